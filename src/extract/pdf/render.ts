// Compact, stable text rendering of a Layout, for golden files and eyeballing.
import type { Layout, Span } from '../../model/index.ts';

const box = (s: Span): string => (s.bbox ? s.bbox.map((v) => Math.round(v)).join(',') : '-');
const span = (s: Span): string => `${s.bullet ? '• ' : ''}${s.text}  [p${s.page} ${box(s)}]`;

export function renderLayout(l: Layout, withBoxes = true): string {
  const sp = (s: Span) => (withBoxes ? span(s) : `${s.bullet ? '• ' : ''}${s.text} [p${s.page}]`);
  const out: string[] = [`# ${l.source} pages=${l.pages} title=${JSON.stringify(l.title)}`];
  for (const w of l.warnings) out.push(`! ${w}`);
  for (const b of l.blocks) {
    if (b.kind === 'heading') out.push(`H${b.depth} ${sp(b.span)}`);
    else if (b.kind === 'paragraph') out.push(`P ${sp(b.span)}`);
    else if (b.kind === 'list-item') out.push(`${'  '.repeat(b.depth - 1)}LI ${sp(b.span)}`);
    else {
      out.push(`TABLE p${b.page} rows=${b.rows.length}`);
      b.rows.forEach((r, ri) => {
        r.cells.forEach((c, ci) => {
          const span = `${c.colspan ? ` colspan=${c.colspan}` : ''}${c.rowspan ? ` rowspan=${c.rowspan}` : ''}`;
          out.push(`  r${ri}c${ci}${c.header ? ' TH' : ''}${span}`);
          for (const it of c.items) out.push(`    ${sp(it)}`);
        });
      });
    }
  }
  return `${out.join('\n')}\n`;
}
