// Situation matching (issue 18): a small logistic model over the text cosine (synonyms rewritten), topic overlap
// and the disagreements of the two situation frames, trained on the alignment gold (scripts/devset/align/train.ts,
// measured leave-one-authority-out) and shipped as data (lexicon/match-model.json). Its output is a calibrated
// probability that the two indicators describe the same situation. A conflict of agent or polarity is a mismatch:
// the score is 0, whatever the words share.
import type { Indicator } from '../model/index.ts';
import model from './lexicon/match-model.json' with { type: 'json' };
import {
  conflictIn, conflictOf, frameParts, fullFrame, intenseBoth, plainConflict, type Conflict, type FrameParts, type Situation, type SituationBase,
} from './situation.ts';
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
  return fullFrame(prepare(i).parts);
}

/** One side of a pair, prepared once: its situation frame and what its text gives the features. */
interface Prepared {
  text: string;
  topics: Side['topics'];
  qualifiers: Side['qualifiers'];
  parts: FrameParts;
  side: TextSide;
}

const preparedCache = new WeakMap<object, Prepared>();

/**
 * The frame and text features of an indicator, kept per object while it lives (a compare scores each indicator
 * against hundreds of others). Indicators are read as immutable: a field replaced by a new value (a review sets a
 * new topics array) is seen and the side recomputed; an array or object edited in place is not.
 */
function prepare(i: Side): Prepared {
  const hit = preparedCache.get(i);
  if (hit && hit.text === i.text && hit.topics === i.topics && hit.qualifiers === i.qualifiers) return hit;
  const p: Prepared = {
    text: i.text, topics: i.topics, qualifiers: i.qualifiers,
    parts: frameParts(i.text, i.topics, i.qualifiers), side: textSide(i.text),
  };
  preparedCache.set(i, p);
  return p;
}

/**
 * What a pair's features need of one text, computed once per text (not once per pair): its stem set (synonyms
 * rewritten), its character trigrams with their squared norm, and its synonym classes.
 */
interface TextSide {
  stems: Set<string>;
  grams: Map<string, number>;
  /** Sum of the squared trigram counts (an integer: exact whatever the order). */
  gramNorm2: number;
  concepts: Set<number>;
}

const STOP = new Set(STOPWORDS);
const textCache = new Map<string, TextSide>();

function textSide(text: string): TextSide {
  let s = textCache.get(text);
  if (s) return s;
  const grams = trigrams(text);
  let gramNorm2 = 0;
  for (const v of grams.values()) gramNorm2 += v * v;
  s = { stems: new Set(stemTokens(text)), grams, gramNorm2, concepts: conceptsOf(text) };
  if (textCache.size > 20_000) textCache.clear();
  textCache.set(text, s);
  return s;
}

/** Share of the shorter indicator's terms that the other one has (a short name inside a long description). */
function containment(x: Set<string>, y: Set<string>): number {
  const [s, l] = x.size <= y.size ? [x, y] : [y, x];
  if (s.size === 0) return 0;
  let n = 0;
  for (const t of s) if (l.has(t)) n++;
  return n / s.size;
}

function stemJaccard(x: Set<string>, y: Set<string>): number {
  let n = 0;
  for (const t of x) if (y.has(t)) n++;
  return x.size + y.size - n ? n / (x.size + y.size - n) : 0;
}

/** Character trigrams of the content words (synonyms rewritten): catches variants stemming misses. */
function trigrams(text: string): Map<string, number> {
  const g = new Map<string, number>();
  for (const w of canonical(text).match(/[a-z]+/g) ?? []) {
    if (w.length < 3 || STOP.has(w)) continue;
    const p = ` ${w} `;
    for (let i = 0; i + 3 <= p.length; i++) { const t = p.slice(i, i + 3); g.set(t, (g.get(t) ?? 0) + 1); }
  }
  return g;
}

/** Cosine of the trigram counts. Counts are integers, so the dot product and norms are exact in any order. */
function trigramCosine(a: TextSide, b: TextSide): number {
  const [x, y] = a.grams.size <= b.grams.size ? [a.grams, b.grams] : [b.grams, a.grams];
  let dot = 0;
  for (const [t, v] of x) { const w = y.get(t); if (w) dot += v * w; }
  return a.gramNorm2 && b.gramNorm2 ? dot / Math.sqrt(a.gramNorm2 * b.gramNorm2) : 0;
}

/** The parent named as the one it is about on one side; nobody named on the other (whose problem it is is unknown). */
const parentSaidOneSide = (a: Situation, b: Situation) =>
  (a.ownerSaid && a.owner === 'parent' && !b.ownerSaid) || (b.ownerSaid && b.owner === 'parent' && !a.ownerSaid);
const differ = (x: string | null, y: string | null) => (x !== null && y !== null && x !== y ? 1 : 0);
/** Frequency in two steps: once or now and then, against again and again. */
const often = (f: string | null) => (f === null ? null : f === 'single' || f === 'occasional' ? 'low' : 'high');

/** Both mention one synonym class of lexicon/situation.json ("young carer", "attendance", "online"...), whatever words. */
function sharedConcept(x: Set<number>, y: Set<number>): boolean {
  for (const c of x) if (y.has(c)) return true;
  return false;
}

/** The feature vector of a pair (FEATURES order) and its hard conflict, if any. */
export function matchFeatures(cos: number, a: Side, b: Side): { x: number[]; conflict: Conflict | null } {
  const pa = prepare(a);
  const pb = prepare(b);
  const fa = fullFrame(pa.parts);
  const fb = fullFrame(pb.parts);
  return { x: features(cos, a, b, pa, pb, parentSaidOneSide(fa, fb) ? 1 : 0), conflict: conflictOf(fa, fb) };
}

/** The features; the one that needs whose situation it is (parentOneSide) is given: the rest read the base frames. */
function features(cos: number, a: Side, b: Side, pa: Prepared, pb: Prepared, parentOneSide: number): number[] {
  const fa: SituationBase = pa.parts.base;
  const fb: SituationBase = pb.parts.base;
  const sa = pa.side;
  const sb = pb.side;
  // serious on one side, persistent on the other: both say it is intense (no severity conflict, no one-sided qualifier)
  const intense = intenseBoth(fa, fb) || intenseBoth(fb, fa);
  const shared = a.topics.some((t) => b.topics.includes(t)) ? 1 : 0;
  return [
    cos, containment(sa.stems, sb.stems), jaccard(a.topics, b.topics), shared, differ(often(fa.frequency), often(fb.frequency)),
    differ(fa.severity, fb.severity), differ(fa.age, fb.age), fa.concern !== fb.concern ? 1 : 0,
    (fa.polarity === 'strength') !== (fb.polarity === 'strength') ? 1 : 0,
    (fa.frequency === null) !== (fb.frequency === null) && !intense ? 1 : 0,
    (fa.severity === null) !== (fb.severity === null) && !intense ? 1 : 0,
    trigramCosine(sa, sb), stemJaccard(sa.stems, sb.stems),
    parentOneSide,
    // the same frequency or marked severity said on both sides (those words are kept out of the text similarity)
    // scaled by the text cosine: an agreeing qualifier says nothing about two unrelated situations
    cos * ((often(fa.frequency) !== null && often(fa.frequency) === often(fb.frequency) ? 1 : 0)
      + (fa.severity !== null && fa.severity === fb.severity ? 1 : 0)),
    sharedConcept(sa.concepts, sb.concepts) ? 1 : 0,
  ];
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
  const pa = prepare(a);
  const pb = prepare(b);
  const fa = fullFrame(pa.parts);
  const fb = fullFrame(pb.parts);
  // a conflict scores 0 whatever the features: they are not computed
  const conflict = conflictOf(fa, fb);
  return { score: conflict ? 0 : logistic(features(cos, a, b, pa, pb, parentSaidOneSide(fa, fb) ? 1 : 0), m), conflict };
}

const PARENT_ONE_SIDE = FEATURES.indexOf('parentOneSide');

/** A pair's score before whose situation each side is was read: `owners` says whether it was (see scoreBeforeOwners). */
export interface EarlyScore {
  score: number;
  /** false: the score stands only if ownersConflict(a, b) is false. */
  owners: boolean;
}

/**
 * matchScore(cos, a, b, m).score when it is at least `threshold` (> 0), else null, found with less work: the
 * conflicts the base frames tell come first, then the features, with parentOneSide left at 0 when its weight is 0
 * (it adds nothing to the sum). The conflicts that need whose situation each side is (compromise parses the subject)
 * are left to the caller (owners: false): ownersConflict(a, b) true means matchScore would have said 0. compare()
 * asks that only of the pairs its one-to-one matching reaches, which parses far fewer subjects.
 */
export function scoreBeforeOwners(cos: number, a: Side, b: Side, threshold: number, m: MatchModel = MATCH_MODEL): EarlyScore | null {
  if (!(threshold > 0) || m.weights[PARENT_ONE_SIDE] !== 0) {
    const s = matchScore(cos, a, b, m).score;
    return s >= threshold ? { score: s, owners: true } : null;
  }
  const pa = prepare(a);
  const pb = prepare(b);
  if (plainConflict(pa.parts.base, pb.parts.base)) return null;
  const s = logistic(features(cos, a, b, pa, pb, 0), m);
  return s >= threshold ? { score: s, owners: false } : null;
}

/** The two indicators' situations conflict (conflictOf on their whole frames): matchScore is 0. */
export function ownersConflict(a: Side, b: Side): boolean {
  return conflictIn(prepare(a).parts, prepare(b).parts);
}

export type MatchConfidence = 'high' | 'medium' | 'low' | 'none';

/** Confidence of a calibrated score: none below the threshold (no counterpart / no close match). */
export function matchConfidence(score: number, m: MatchModel = MATCH_MODEL): MatchConfidence {
  if (score >= m.high) return 'high';
  if (score >= m.medium) return 'medium';
  if (score >= m.threshold) return 'low';
  return 'none';
}
