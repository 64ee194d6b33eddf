// Trains the situation matcher on the real alignment gold and writes src/compare/lexicon/match-model.json:
// weights fitted on every pair; the threshold and confidence cut-offs calibrated on the leave-one-authority-out
// scores (threshold: the middle of the range of scores whose pairs at or above reach precision 0.90 with the most
// recall; medium: 0.95; high: 0.98). Usage: tsx scripts/devset/align/train.ts
import { writeFileSync } from 'node:fs';
import { prAt } from './metrics.ts';
import { loadRealGold } from './real.ts';
import { loaoScores, pairFeatures, train } from './matcher.ts';
import type { AlignPair } from './gold.ts';

export function cutAt(pairs: readonly AlignPair[], scores: readonly number[], precision: number): number | null {
  const cands = [...new Set(scores)].filter((s) => s > 0).sort((x, y) => x - y).map((t) => prAt(pairs, scores, t));
  const ok = cands.filter((r) => r.precision >= precision && r.aligned >= 3);
  if (!ok.length) return null;
  // the middle of the range of thresholds that keep the most recall (its ends sit on a pair's score)
  const best = Math.max(...ok.map((r) => r.recall));
  const range = ok.filter((r) => r.recall === best).map((r) => r.threshold);
  return (Math.min(...range) + Math.max(...range)) / 2;
}

const gold = loadRealGold();
if (gold.pairs.length === 0) {
  console.log('train: no gold text on this machine; nothing written');
  process.exit(0);
}
const feats = pairFeatures(gold);
const m = train(gold.pairs, feats);
const loao = loaoScores(gold.pairs, feats);
// four decimals, rounded down (a rounded-up threshold would drop the pair the cut was set on)
const r = (x: number) => Math.floor(x * 10000) / 10000;
const threshold = r(cutAt(gold.pairs, loao, 0.9) ?? 0.5);
const medium = r(Math.max(threshold, cutAt(gold.pairs, loao, 0.95) ?? threshold));
const high = r(Math.max(medium, cutAt(gold.pairs, loao, 0.98) ?? medium));
const out = {
  _comment: `Trained by scripts/devset/align/train.ts on ${gold.pairs.length} gold pairs (${new Set(gold.pairs.flatMap((p) => [p.a.authority, p.b.authority])).size} authorities); features: src/compare/match.ts FEATURES. threshold/medium/high calibrated on leave-one-authority-out scores for precision 0.90/0.95/0.98.`,
  weights: m.weights, bias: m.bias, threshold, high, medium,
};
writeFileSync('src/compare/lexicon/match-model.json', JSON.stringify(out, null, 1) + '\n');
console.log(JSON.stringify(out, null, 1));
