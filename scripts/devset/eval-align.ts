// npm run eval:align: measures situation matching on the alignment gold (corpus/real-dev/align, pack form; text
// from the git-ignored .devset/text). Skips cleanly without the text.
// Usage: tsx scripts/devset/eval-align.ts [--gold FILE] [--fictional] [--json FILE] [--wrong N]
import { writeFileSync } from 'node:fs';
import { baselineScores, BASELINE_THRESHOLD } from './align/baseline.ts';
import { figures, formatFigures } from './align/metrics.ts';
import { loadRealGold, pairFiles } from './align/real.ts';
import { loadFictionalGold } from './align/fictional.ts';
import type { AlignGold } from './align/gold.ts';
import { loaoScores, pairFeatures, shippedScores } from './align/matcher.ts';
import { MATCH_MODEL } from '../../src/compare/match.ts';
import { formatWhere, whereFigures } from './align/where-eval.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

let gold: AlignGold;
let source: string;
if (args.includes('--fictional')) {
  gold = loadFictionalGold();
  source = 'fictional gold (test/fixtures/align)';
} else {
  const files = opt('--gold') ? [opt('--gold')!] : pairFiles();
  const real = loadRealGold(files);
  if (real.pairs.length === 0) {
    console.log(`eval:align: skipped: none of the ${real.total} gold pairs' text is on this machine (.devset/text; see docs/alignment.md to rebuild it)`);
    process.exit(0);
  }
  source = `${files.join(', ')}: ${real.pairs.length} of ${real.total} pairs readable${real.skipped ? ` (${real.skipped} skipped: text missing)` : ''}`;
  gold = real;
}
const authorities = new Set(gold.pairs.flatMap((p) => [p.a.authority, p.b.authority]));
console.log(`eval:align on ${source}; ${authorities.size} authorities\n`);

const before = figures(gold.pairs, baselineScores(gold), BASELINE_THRESHOLD);
process.stdout.write(formatFigures('before: TF-IDF cosine + topic Jaccard (compare defaults 0.45 / cosine 0.25)', before));


const feats = pairFeatures(gold);
const loao = loaoScores(gold.pairs, feats);
const after = figures(gold.pairs, loao, MATCH_MODEL.threshold);
process.stdout.write('\n' + formatFigures(`after: situation matcher, logistic model leave-one-authority-out (threshold ${MATCH_MODEL.threshold})`, after));
const shipped = figures(gold.pairs, shippedScores(feats), MATCH_MODEL.threshold);
process.stdout.write('\n' + formatFigures(args.includes('--fictional')
  ? 'after, the shipped model (trained on the real gold: out of sample here)'
  : 'after, the shipped model (trained on all of this gold: in-sample, for reference)', shipped));
const conflicts = new Map<string, Record<string, number>>();
gold.pairs.forEach((p, i) => {
  const c = feats[i].conflict ?? 'none';
  const row = conflicts.get(c) ?? { same: 0, related: 0, different: 0 };
  row[p.label]++;
  conflicts.set(c, row);
});
console.log('\nhard conflicts found (a mismatch by rule) x gold label:');
for (const [c, row] of conflicts) console.log(`  ${c.padEnd(20)} same ${row.same}  related ${row.related}  different ${row.different}`);

// fictional gold: the shipped model (trained on the real gold) answers; real gold: leave-one-authority-out models
const fictional = args.includes('--fictional');
const whereFig = whereFigures(gold, fictional ? undefined : feats);
process.stdout.write('\n' + formatWhere(whereFig, fictional ? 'the shipped model' : 'leave-one-authority-out models'));

const wrongN = Number(opt('--wrong') ?? 0);
if (wrongN) {
  console.log(`\npairs still wrong (ids only):`);
  const wrong = gold.pairs.map((p, i) => ({ p, s: loao[i], f: feats[i] }))
    .filter(({ p, s }) => (p.label === 'same') !== (s >= MATCH_MODEL.threshold));
  for (const { p, s, f } of wrong.slice(0, wrongN)) {
    console.log(`  ${p.id} gold ${p.label}/${p.hard} score ${s.toFixed(3)} cos ${f.cos.toFixed(2)} conflict ${f.conflict ?? '-'}`);
    // --text: the two indicators' text, for reading on this machine only (never paste it into a commit)
    if (args.includes('--text')) console.log(`      A: ${p.a.text}\n      B: ${p.b.text}`);
  }
}

const out = opt('--json');
if (out) writeFileSync(out, JSON.stringify({ source, before, after, shipped, where: whereFig }, null, 1) + '\n');
