import { cellText, type ReportDoc } from './doc.ts';
import { escapeMarkdown } from './escape.ts';

/** Markdown for papers and tickets: pipe tables, all text escaped. */
export function renderMarkdown(doc: ReportDoc): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, ''];
  for (const [k, v] of doc.meta) out.push(`- **${escapeMarkdown(k)}:** ${escapeMarkdown(v)}`);
  for (const s of doc.sections) {
    out.push('', `## ${escapeMarkdown(s.title)}`, '');
    if (s.note) out.push(escapeMarkdown(s.note), '');
    if (s.rows.length === 0) {
      out.push('_None._');
      continue;
    }
    out.push(`| ${s.columns.map(escapeMarkdown).join(' | ')} |`);
    out.push(`|${s.columns.map((_, i) => (typeof s.rows[0][i] === 'number' ? ' ---: ' : ' --- ')).join('|')}|`);
    for (const r of s.rows) out.push(`| ${r.map((c) => escapeMarkdown(cellText(c))).join(' | ')} |`);
  }
  out.push('');
  return out.join('\n');
}
