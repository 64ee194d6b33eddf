import type { BandId, Confidence, Indicator, Profile, Tagging } from '../model/index.ts';
import { tagIndicator } from '../tag/index.ts';
import { bandRange, bandSpan } from './bands.ts';
import { evidence } from './compare.ts';
import { MATCH_MODEL, matchScore, type MatchModel } from './match.ts';
import { cosine, stemTokens, TfIdf, tokensOf } from './text.ts';
import type { SideEvidence } from './types.ts';
import { qualifierDiffs, type QualifierDiff } from './qualifiers.ts';

export interface WhereMatch {
  score: number;
  similarity: number;
  indicator: SideEvidence;
  /** Qualifiers set in both the description and the indicator with different values (e.g. repeated / single),
   *  and those only the description says that the match set aside (e.g. frequency: repeated / -). */
  conflicts: QualifierDiff[];
}

export interface WhereAnswer {
  profileId: string;
  authorityId: string;
  authority: string | null;
  version: string | null;
  /** Bands of the answering match's level (a range when that level spans bands). Empty when nothing matched. */
  bands: BandId[];
  /** The local level of the answering match (matches[0]). */
  level: string | null;
  /** The answering match's score 0..1: calibrated probability of the same situation (see match.ts). */
  score: number;
  confidence: Confidence | 'none';
  /** Matches at or above the threshold, the answering one first. */
  matches: WhereMatch[];
  /** How much of this authority's document a person reviewed ("n of m indicators reviewed"). */
  reviewed: { reviewed: number; indicators: number };
}

export interface WhereResult {
  query: string;
  tagging: Tagging;
  answers: WhereAnswer[];
}

export interface WhereOptions {
  /** Matches returned per authority. */
  limit?: number;
  /** Below this score nothing is claimed (confidence 'none', no band): default the calibrated threshold. */
  minScore?: number;
  /** Matches within this score of the best are near ties: the one whose wording is closest (text similarity)
   *  answers. The calibrated score saturates near 1, where its order says little. */
  tie?: number;
  /** Qualifiers of the description set aside against an indicator that does not state them (default frequency and
   *  severity): a user's description says more than a one-line indicator. A qualifier both state differently
   *  stays a conflict. */
  relax?: RelaxKey[];
  /** Qualifiers of the indicator set aside when the description does not state them (default frequency only, not
   *  severity). A frequency both state differently stays a conflict. */
  relaxOwn?: RelaxKey[];
  /** Situation model (default: the shipped, calibrated one); the evaluation passes leave-one-out models. */
  model?: MatchModel;
  /** Tagger for the description (default: src/tag's tagIndicator); tests pass a fixed one. */
  tag?: (text: string) => Tagging;
}

export type RelaxKey = 'frequency' | 'severity';

/**
 * Confidence from the best match's calibrated score s (lexicon/match-model.json, cut-offs set on the alignment
 * gold for precision 0.98 / 0.95 / 0.90): high, medium, low when s >= minScore, none below (no close match).
 */
export function confidenceOf(score: number, minScore: number = MATCH_MODEL.threshold): Confidence | 'none' {
  if (score < minScore) return 'none';
  if (score >= MATCH_MODEL.high) return 'high';
  if (score >= MATCH_MODEL.medium) return 'medium';
  return 'low';
}

/** The qualifiers among `keys` that `a` states and `b` does not. */
function unsaid(keys: RelaxKey[], a: Indicator, b: Indicator): RelaxKey[] {
  return keys.filter((k) => a.qualifiers[k] !== undefined && b.qualifiers[k] === undefined);
}

/** The indicator (or the description read as one) without the given qualifiers. */
function withoutQualifiers(i: Indicator, keys: RelaxKey[]): Indicator {
  const qualifiers = { ...i.qualifiers };
  for (const k of keys) delete qualifiers[k];
  return { ...i, qualifiers };
}

interface Relaxed {
  score: number;
  /** The qualifiers set aside to reach this score. */
  setAside: RelaxKey[];
}

/** The relaxed score when it beats the current one. */
function better(current: Relaxed, setAside: RelaxKey[], score: number): Relaxed {
  return score > current.score ? { score, setAside } : current;
}

interface Scored extends WhereMatch {
  /** Unrounded score. */
  raw: number;
}

/**
 * Where would a described situation sit in each authority? Pure; tags the query like an indicator.
 * Each indicator is scored against the description by the situation matcher (match.ts); when the description says a
 * frequency or severity the indicator leaves unsaid, the description without it is scored too and the better score
 * kept. An authority answers with the band of its best match, never below the calibrated threshold.
 */
export function where(description: string, profiles: Profile[], options: WhereOptions = {}): WhereResult {
  const limit = options.limit ?? 3;
  const minScore = options.minScore ?? MATCH_MODEL.threshold;
  const tie = options.tie ?? 0.05;
  const relax = options.relax ?? ['frequency', 'severity'];
  const relaxOwn = options.relaxOwn ?? ['frequency'];
  const tagging = (options.tag ?? tagIndicator)(description);
  const query: Indicator = {
    id: 'query', text: description, level: '', order: 0, bands: [], domain: null,
    topics: tagging.topics, qualifiers: tagging.qualifiers, page: 0, bbox: null,
  };
  const tf = new TfIdf();
  for (const p of profiles) for (const i of p.indicators) tf.add(tokensOf(i));
  const qTokens = stemTokens(description);
  tf.add(qTokens);
  const qv = tf.vector(qTokens);

  const answers = profiles.map((p): WhereAnswer => {
    const scored: Scored[] = [];
    for (const ind of p.indicators) {
      const cos = qv.ids.length ? cosine(qv, tf.vector(tokensOf(ind))) : 0;
      let m: Relaxed = { score: matchScore(cos, query, ind, options.model).score, setAside: [] };
      // what the description says and the indicator leaves unsaid
      const drop = unsaid(relax, query, ind);
      if (drop.length) m = better(m, drop, matchScore(cos, withoutQualifiers(query, drop), ind, options.model).score);
      // the indicator's own frequency, when the description states none ("a young person who self-harms" against
      // "repeated self-harm"): the user did not say how often, so how often the indicator says is not against it.
      // Not its severity: a description silent on severity would get the band of whichever indicator says most.
      const own = unsaid(relaxOwn, ind, query);
      if (own.length) m = better(m, own, matchScore(cos, query, withoutQualifiers(ind, own), options.model).score);
      const { score, setAside } = m;
      if (score > 0) {
        const conflicts = qualifierDiffs(query.qualifiers, ind.qualifiers)
          .filter((d) => (d.a !== null && d.b !== null) || (setAside as string[]).includes(d.key));
        scored.push({ raw: score, score: r3(score), similarity: r3(cos), indicator: evidence(ind, p), conflicts });
      }
    }
    scored.sort((x, y) => y.raw - x.raw || y.similarity - x.similarity || x.indicator.page - y.indicator.page);
    const best = scored[0];
    const head = { profileId: p.id, authorityId: p.authorityId, authority: p.authority, version: p.version };
    const reviewed = { reviewed: p.indicators.filter((i) => i.review).length, indicators: p.indicators.length };
    if (!best || best.raw < minScore) {
      return { ...head, matches: [], reviewed, bands: [], level: null, score: best?.score ?? 0, confidence: 'none' };
    }
    // near ties over the threshold: the closest wording answers
    let pick = best;
    for (const m of scored) {
      if (m.raw < best.raw - tie || m.raw < minScore) break;
      if (m.similarity > pick.similarity) pick = m;
    }
    // only matches that reach the threshold: below it an indicator is not evidence of where the situation sits
    const over = [pick, ...scored.filter((m) => m !== pick && m.raw >= minScore)];
    const span = bandSpan(pick.indicator.bands);
    return {
      ...head,
      matches: over.slice(0, limit).map(({ raw: _, ...m }) => m),
      reviewed,
      bands: span ? bandRange(span[0], span[1]) : [],
      level: pick.indicator.level,
      score: pick.score,
      confidence: confidenceOf(pick.raw, minScore),
    };
  });
  return { query: description, tagging, answers };
}

function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
