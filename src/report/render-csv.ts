import { cellText, type ReportDoc, type Section } from './doc.ts';
import { neutraliseCell } from './escape.ts';

function field(c: string | number | null): string {
  const s = typeof c === 'string' ? neutraliseCell(c) : cellText(c);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function sectionCsv(s: Section): string {
  const lines = [s.columns.map(field).join(','), ...s.rows.map((r) => r.map(field).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** CSV (RFC 4180, CRLF): one row per difference, i.e. the 'differences' sheet; text cells neutralised. */
export function renderCsv(doc: ReportDoc): string {
  const s = doc.sections.find((x) => x.sheet === 'differences') ?? doc.sections[0];
  return sectionCsv(s);
}
