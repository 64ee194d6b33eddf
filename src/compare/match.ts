// Situation matching (issue 18): a small logistic model over the text cosine (synonyms rewritten), topic overlap
// and the disagreements of the two situation frames, trained on the alignment gold (scripts/devset/align/train.ts,
// measured leave-one-authority-out) and shipped as data (lexicon/match-model.json). Its output is a calibrated
// probability that the two indicators describe the same situation. A conflict of agent or polarity is a mismatch:
// the score is 0, whatever the words share.
import type { Indicator } from '../model/index.ts';
import model from './lexicon/match-model.json' with { type: 'json' };
import { conflictOf, intenseBoth, situationOf, type Conflict, type Situation } from './situation.ts';
import { jaccard, stemTokens } from './text.ts';
import { canonical, conceptsOf } from './synonyms.ts';
import { STOPWORDS } from './stopwords.ts';

export const FEATURES = ['cosine', 'containment', 'topics', 'sharedTopic', 'frequency', 'severity', 'age', 'concern', 'strengthVsUnclear', 'frequencyOneSide', 'severityOneSide', 'trigrams', 'stemJaccard', 'parentOneSide', 'qualifiersAgree', 'sharedConcept'] as const;

/** Sign each weight may take when trained (scripts/devset/align): -1 never positive (a disagreement between the two
 *  frames never makes them more alike), 1 never negative, 0 free. */
export const FEATURE_SIGNS: readonly number[] = [0, 0, 0, 0, -1, -1, -1, -1, -1, -1, -1, 0, 0, -1, 0, 0];

export interface MatchModel {
  weights: number[];
  bias: number;
  /** Calibrated threshold: below it, two indicators are not the same situation. */
  threshold: number;
  /** Probability cut-offs for the confidence shown: high >= high, medium >= medium, low >= threshold. */
  high: number;
  medium: number;
}

export const MATCH_MODEL: MatchModel = model as MatchModel;

type Side = Pick<Indicator, 'text' | 'topics' | 'qualifiers'>;

export function frameOf(i: Side): Situation {
  return situationOf(i.text, i.topics, i.qualifiers);
}

/** Share of the shorter indicator's terms that the other one has (a short name inside a long description). */
function containment(a: string, b: string): number {
  const x = new Set(stemTokens(a));
  const y = new Set(stemTokens(b));
  const [s, l] = x.size <= y.size ? [x, y] : [y, x];
  if (s.size === 0) return 0;
  let n = 0;
  for (const t of s) if (l.has(t)) n++;
  return n / s.size;
}

/** Shorter over longer, in content terms: a heading-like name against a full description is rarely one situation. */
function lengthRatio(a: string, b: string): number {
  const x = new Set(stemTokens(a)).size;
  const y = new Set(stemTokens(b)).size;
  return x && y ? Math.min(x, y) / Math.max(x, y) : 0;
}

function stemJaccard(a: string, b: string): number {
  const x = new Set(stemTokens(a));
  const y = new Set(stemTokens(b));
  let n = 0;
  for (const t of x) if (y.has(t)) n++;
  return x.size + y.size - n ? n / (x.size + y.size - n) : 0;
}

const STOP = new Set(STOPWORDS);
const gramCache = new Map<string, Map<string, number>>();
/** Character trigrams of the content words (synonyms rewritten): catches variants stemming misses. */
function trigrams(text: string): Map<string, number> {
  let g = gramCache.get(text);
  if (g) return g;
  g = new Map();
  for (const w of canonical(text).match(/[a-z]+/g) ?? []) {
    if (w.length < 3 || STOP.has(w)) continue;
    const p = ` ${w} `;
    for (let i = 0; i + 3 <= p.length; i++) { const t = p.slice(i, i + 3); g.set(t, (g.get(t) ?? 0) + 1); }
  }
  if (gramCache.size > 20_000) gramCache.clear();
  gramCache.set(text, g);
  return g;
}

function trigramCosine(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let dot = 0, nx = 0, ny = 0;
  for (const [t, v] of x) { nx += v * v; const w = y.get(t); if (w) dot += v * w; }
  for (const v of y.values()) ny += v * v;
  return nx && ny ? dot / Math.sqrt(nx * ny) : 0;
}

/** The parent named as the one it is about on one side; nobody named on the other (whose problem it is is unknown). */
const parentSaidOneSide = (a: Situation, b: Situation) =>
  (a.ownerSaid && a.owner === 'parent' && !b.ownerSaid) || (b.ownerSaid && b.owner === 'parent' && !a.ownerSaid);
const differ = (x: string | null, y: string | null) => (x !== null && y !== null && x !== y ? 1 : 0);
/** Frequency in two steps: once or now and then, against again and again. */
const often = (f: string | null) => (f === null ? null : f === 'single' || f === 'occasional' ? 'low' : 'high');

/** Both mention one synonym class of lexicon/situation.json ("young carer", "attendance", "online"...), whatever words. */
function sharedConcept(a: string, b: string): boolean {
  const y = conceptsOf(b);
  for (const c of conceptsOf(a)) if (y.has(c)) return true;
  return false;
}

/** The feature vector of a pair (FEATURES order) and its hard conflict, if any. */
export function matchFeatures(cos: number, a: Side, b: Side): { x: number[]; conflict: Conflict | null } {
  const fa = frameOf(a);
  const fb = frameOf(b);
  // serious on one side, persistent on the other: both say it is intense (no severity conflict, no one-sided qualifier)
  const intense = intenseBoth(fa, fb) || intenseBoth(fb, fa);
  const shared = a.topics.some((t) => b.topics.includes(t)) ? 1 : 0;
  const x = [
    cos, containment(a.text, b.text), jaccard(a.topics, b.topics), shared, differ(often(fa.frequency), often(fb.frequency)),
    differ(fa.severity, fb.severity), differ(fa.age, fb.age), fa.concern !== fb.concern ? 1 : 0,
    (fa.polarity === 'strength') !== (fb.polarity === 'strength') ? 1 : 0,
    (fa.frequency === null) !== (fb.frequency === null) && !intense ? 1 : 0,
    (fa.severity === null) !== (fb.severity === null) && !intense ? 1 : 0,
    trigramCosine(a.text, b.text), stemJaccard(a.text, b.text),
    parentSaidOneSide(fa, fb) ? 1 : 0,
    // the same frequency or marked severity said on both sides (those words are kept out of the text similarity)
    // scaled by the text cosine: an agreeing qualifier says nothing about two unrelated situations
    cos * ((often(fa.frequency) !== null && often(fa.frequency) === often(fb.frequency) ? 1 : 0)
      + (fa.severity !== null && fa.severity === fb.severity ? 1 : 0)),
    sharedConcept(a.text, b.text) ? 1 : 0,
  ];
  return { x, conflict: conflictOf(fa, fb) };
}

export function logistic(x: readonly number[], m: Pick<MatchModel, 'weights' | 'bias'>): number {
  let z = m.bias;
  for (let i = 0; i < x.length; i++) z += m.weights[i] * x[i];
  return 1 / (1 + Math.exp(-z));
}

export interface Match {
  /** Calibrated probability (0..1) that the two are the same situation; 0 on a conflict. */
  score: number;
  conflict: Conflict | null;
}

/** How likely two indicators describe the same situation, given their text cosine. */
export function matchScore(cos: number, a: Side, b: Side, m: MatchModel = MATCH_MODEL): Match {
  const { x, conflict } = matchFeatures(cos, a, b);
  return { score: conflict ? 0 : logistic(x, m), conflict };
}

export type MatchConfidence = 'high' | 'medium' | 'low' | 'none';

/** Confidence of a calibrated score: none below the threshold (no counterpart / no close match). */
export function matchConfidence(score: number, m: MatchModel = MATCH_MODEL): MatchConfidence {
  if (score >= m.high) return 'high';
  if (score >= m.medium) return 'medium';
  if (score >= m.threshold) return 'low';
  return 'none';
}
