// The project's situation matcher run on gold pairs: text cosine over both authorities' indicators (as compare
// does), tagger topics and qualifiers (each side tagged without the tagger rules its own authority motivated),
// the situation features of src/compare/match.ts, and a logistic model trained leave-one-authority-out.
import { cosine, stemTokens } from '../../../src/compare/index.ts';
import { FEATURE_SIGNS, logistic, matchFeatures, MATCH_MODEL, type MatchModel } from '../../../src/compare/match.ts';
import type { Conflict } from '../../../src/compare/situation.ts';
import { tagIndicator } from '../../../src/tag/index.ts';
import { pairTfIdf, type AlignGold, type AlignItem, type AlignPair } from './gold.ts';
import { fitLogistic } from './logistic.ts';

export interface PairFeatures { x: number[]; conflict: Conflict | null; cos: number }

export function pairFeatures(gold: AlignGold): PairFeatures[] {
  const tf = pairTfIdf(gold, stemTokens);
  const tagged = (i: AlignItem) => ({ text: i.text, ...tagIndicator(i.text, { leaveOut: i.authority }) });
  return gold.pairs.map((p) => {
    const t = tf(p.a.authority, p.b.authority);
    const cos = cosine(t.vector(stemTokens(p.a.text)), t.vector(stemTokens(p.b.text)));
    return { ...matchFeatures(cos, tagged(p.a), tagged(p.b)), cos };
  });
}

const y = (p: AlignPair) => (p.label === 'same' ? 1 : 0);

/** Fit on every pair (conflicts are mismatches by rule, so they are not training examples). */
export function train(pairs: readonly AlignPair[], feats: readonly PairFeatures[]): { weights: number[]; bias: number } {
  const idx = pairs.map((_, i) => i).filter((i) => !feats[i].conflict);
  return fitLogistic(idx.map((i) => feats[i].x), idx.map((i) => y(pairs[i])), 0.001, 3000, 0.5, FEATURE_SIGNS);
}

/**
 * Leave-one-authority-out scores: each pair is scored by a model trained on the pairs that involve neither of
 * its two authorities.
 */
export function loaoScores(pairs: readonly AlignPair[], feats: readonly PairFeatures[]): number[] {
  const models = new Map<string, { weights: number[]; bias: number }>();
  return pairs.map((p, i) => {
    if (feats[i].conflict) return 0;
    const k = [p.a.authority, p.b.authority].sort().join('|');
    let m = models.get(k);
    if (!m) {
      const keep = pairs.map((_, j) => j).filter((j) => {
        const q = pairs[j];
        return ![q.a.authority, q.b.authority].some((a) => a === p.a.authority || a === p.b.authority);
      });
      m = train(keep.map((j) => pairs[j]), keep.map((j) => feats[j]));
      models.set(k, m);
    }
    return logistic(feats[i].x, m);
  });
}

/** Scores with the shipped model (src/compare/lexicon/match-model.json). */
export function shippedScores(feats: readonly PairFeatures[], m: MatchModel = MATCH_MODEL): number[] {
  return feats.map((f) => (f.conflict ? 0 : logistic(f.x, m)));
}
