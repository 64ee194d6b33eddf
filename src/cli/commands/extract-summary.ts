import { emptyReason, type Profile } from '../../model/index.ts';

/** The human-readable `atlas extract` output (without --json). */
export function formatSummary(p: Profile, show = 8): string {
  const lines: string[] = [];
  lines.push(`${p.source}  (${p.format}, ${p.pages} ${p.format === 'pdf' ? 'pages' : p.format === 'text' ? 'lines' : 'sections'})`);
  if (p.authority) lines.push(`authority: ${p.authority}`);
  if (p.parts && p.parts.length > 1) {
    lines.push(`series of ${p.parts.length} parts:`);
    p.parts.forEach((x, k) => lines.push(`  ${k}. ${x.source}${x.title ? `  "${x.title}"` : ''}${x.url ? `  <${x.url}>` : ''}`));
  }
  lines.push(`scheme: ${p.scheme.length} levels`);
  for (const l of p.scheme) {
    const n = p.indicators.filter((i) => i.level === l.local).length;
    const bands = l.bands.length ? l.bands.join('..') : 'bands not mapped';
    lines.push(`  ${l.order}. ${l.local}  [${bands}]  ${n} indicator${n === 1 ? '' : 's'}`);
  }
  const empty = emptyReason(p);
  lines.push(`indicators: ${p.indicators.length}${empty ? ` (${empty})` : ''}`);
  for (const i of p.indicators.slice(0, show)) {
    const where = i.bbox ? `p${i.page}` : i.ref ?? `p${i.page}`;
    const part = p.parts && p.parts.length > 1 ? `part ${i.part ?? 0}, ` : '';
    lines.push(`  - [${i.level}]${i.domain ? ` ${i.domain}:` : ''} ${i.text}  (${part}${where})`);
  }
  if (p.indicators.length > show) lines.push(`  ... ${p.indicators.length - show} more (use --json for all)`);
  if (p.warnings.length) lines.push(`warnings: ${p.warnings.length}`);
  return `${lines.join('\n')}\n`;
}
