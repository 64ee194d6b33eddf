// Plain-text layout: underlined level headings, dashed lists wrapped at 78 columns with a hanging indent.
import { byLevelAndDomain, type DocModel } from '../build.ts';
import { CASE_EXAMPLES, REFERRAL_STEPS } from '../content/prose.ts';

function wrapText(text: string, width: number, first: string, rest: string): string[] {
  const out: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/)) {
    if (line.trim() && (line + word).length > width) { out.push(line.trimEnd()); line = rest; }
    line += `${word} `;
  }
  out.push(line.trimEnd());
  return out;
}

export function textDoc(m: DocModel): string {
  const { spec } = m;
  const lines: string[] = [spec.partnership.toUpperCase(), spec.title, `Version: ${spec.version}`, ''];
  for (const p of spec.intro) lines.push(...wrapText(p, 78, '', ''), '');
  if (spec.steps) {
    lines.push('How to get help:', '');
    for (const s of REFERRAL_STEPS) lines.push(...wrapText(s, 78, '  - ', '    '));
    lines.push('');
  }
  lines.push(`THE ${['', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX'][spec.levels.length]} LEVELS OF NEED`, '');
  spec.levels.forEach((l, i) => lines.push(...wrapText(l.description, 78, `${i + 1}. `, '   ')));
  lines.push('');
  const grid = byLevelAndDomain(m);
  spec.levels.forEach((l, i) => {
    lines.push('', l.local, '='.repeat(l.local.length), '', 'Indicators at this level include:', '');
    for (const items of grid.get(i)!.values())
      for (const it of items) lines.push(...wrapText(it.text, 78, '  - ', '    '));
    if (spec.cases) lines.push('', ...wrapText(CASE_EXAMPLES[l.bands[0]], 78, '', ''));
  });
  lines.push('', '----', `${spec.partnership}. Review date: three years from ${spec.version}.`, '');
  return lines.join('\n');
}
