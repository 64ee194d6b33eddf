import { cellText, type ReportDoc, type Section } from './doc.ts';
import { safeTerminal } from './escape.ts';

export interface TextOptions {
  /** Max characters for free-text columns. */
  wide?: number;
  /** Max characters for other columns. */
  narrow?: number;
  /** Only these section ids (default: all but evidence). */
  sections?: string[];
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function table(s: Section, o: Required<Omit<TextOptions, 'sections'>>): string[] {
  const cells = [s.columns, ...s.rows.map((r) => r.map(cellText))].map((r) =>
    r.map((c, i) => clip(safeTerminal(c), s.wide?.includes(i) ? o.wide : o.narrow)));
  const widths = s.columns.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const num = s.columns.map((_, i) => s.rows.length > 0 && s.rows.every((r) => typeof r[i] === 'number' || r[i] === null));
  const line = (r: string[]) => r.map((c, i) => (num[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
}

/** Readable terminal tables (the CLI default). Control characters in document text are blanked. */
export function renderText(doc: ReportDoc, opts: TextOptions = {}): string {
  const o = { wide: opts.wide ?? 48, narrow: opts.narrow ?? 28 };
  const out: string[] = [safeTerminal(doc.title), ...doc.meta.map(([k, v]) => `  ${safeTerminal(k)}: ${safeTerminal(v)}`)];
  for (const s of doc.sections) {
    if (opts.sections ? !opts.sections.includes(s.id) : s.sheet === 'evidence') continue;
    out.push('', `== ${safeTerminal(s.title)} ==`);
    if (s.rows.length === 0) out.push('(none)');
    else out.push(...table(s, o));
  }
  out.push('');
  return out.join('\n');
}
