// Output-safety helpers: every writer routes document text through one of these.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML[c]);
}

/** Leading characters that make a spreadsheet treat a cell as a formula (plus LF for good measure). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** Neutralise spreadsheet formula injection: prefix a quote to any text cell that could start a formula. */
export function neutraliseCell(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/**
 * Escape text for a Markdown table cell: backslash-escape Markdown syntax (including pipes and link
 * brackets), write < > & as entities so no renderer treats them as HTML, and fold newlines to spaces.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Strip terminal control characters (ANSI escapes and the like) from text shown in a terminal. */
export function safeTerminal(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, ' ').replace(/\n/g, ' ');
}

/** JSON that is also safe to embed in HTML or a script-free page: < > & and line separators escaped. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
