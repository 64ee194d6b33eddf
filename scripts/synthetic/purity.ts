// Quality check of the lottery's situation clustering against the synthetic generator's ground truth
// (each indicator is one subject x one severity pattern). Purity = share of each situation's
// placements that come from its majority truth; a mixed situation inflates dispersion, so the top of
// the ranking is where impurity would mislead. Usage: npx tsx scripts/synthetic/purity.ts [--top 5]
import type { Indicator, Profile } from '../../src/model/index.ts';
import { lottery } from '../../src/compare/index.ts';
import { authorities } from '../../src/authorities/index.ts';
import { generateCorpus } from './generate.ts';
import { PATTERNS, SUBJECTS } from './vocab.ts';

const top = Number(process.argv[process.argv.indexOf('--top') + 1] || 5);
const profiles: Profile[] = generateCorpus(authorities.map((a) => ({ id: a.id, name: a.name, onsCode: a.onsCode, hex: a.hex })), 1, 400);
const byId = new Map<string, Indicator>(profiles.flatMap((p) => p.indicators.map((i) => [i.id, i] as const)));

function truth(text: string): string {
  const t = text.toLowerCase();
  let subject = '';
  for (const list of Object.values(SUBJECTS)) for (const s of list) if (t.includes(s.toLowerCase()) && s.length > subject.length) subject = s;
  let pattern = -1;
  PATTERNS.forEach((p, k) => p.forms.forEach((f) => {
    const [before, after] = f.text.toLowerCase().split('{s}').map((x) => x.trim());
    if ((!before || t.includes(before)) && (!after || t.includes(after))) pattern = k;
  }));
  return `${subject} | band ${pattern}`;
}

for (const threshold of [0.5, 0.6, 0.7, 0.8]) {
  const L = lottery(profiles, { neighbours: () => [], clusterThreshold: threshold });
  let pure = 0;
  let total = 0;
  const covered = new Set<string>();
  const topRows: string[] = [];
  L.situations.forEach((s, i) => {
    const counts = new Map<string, number>();
    for (const p of s.placements) for (const id of p.indicatorIds) {
      const k = truth(byId.get(id)!.text);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const [major, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const all = [...counts.values()].reduce((a, b) => a + b, 0);
    pure += n;
    total += all;
    covered.add(major);
    if (i < top) topRows.push(`    #${i + 1} dispersion ${s.dispersion} purity ${(n / all).toFixed(2)}  ${s.label}`);
  });
  process.stdout.write(`threshold ${threshold}: ${L.situations.length} situations, purity ${(pure / total).toFixed(3)}, ` +
    `${covered.size} of ${Object.values(SUBJECTS).flat().length * PATTERNS.length} true situations found\n${topRows.join('\n')}\n`);
}
