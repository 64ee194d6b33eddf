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
  /** Qualifiers set in both the description and the indicator with different values (e.g. repeated / single). */
  conflicts: QualifierDiff[];
}

export interface WhereAnswer {
  profileId: string;
  authorityId: string;
  authority: string | null;
  version: string | null;
  /** Bands implied by the best match (its level's bands); a range when the level spans bands or the
   *  near-best matches disagree. Empty when nothing matched. */
  bands: BandId[];
  /** The local level of the best match. */
  level: string | null;
  /** Best match score 0..1: calibrated probability of the same situation (see match.ts). */
  score: number;
  confidence: Confidence | 'none';
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
  /** Matches within this score of the best widen the implied range when they sit elsewhere. */
  tie?: number;
  /** Situation model (default: the shipped, calibrated one); the evaluation passes leave-one-out models. */
  model?: MatchModel;
  /** Tagger for the description (default: src/tag's tagIndicator); tests pass a fixed one. */
  tag?: (text: string) => Tagging;
}

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

/** Where would a described situation sit in each authority? Pure; tags the query like an indicator. */
export function where(description: string, profiles: Profile[], options: WhereOptions = {}): WhereResult {
  const limit = options.limit ?? 3;
  const minScore = options.minScore ?? MATCH_MODEL.threshold;
  const tie = options.tie ?? 0.05;
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
    const scored: WhereMatch[] = [];
    for (const ind of p.indicators) {
      const cos = qv.ids.length ? cosine(qv, tf.vector(tokensOf(ind))) : 0;
      const score = matchScore(cos, query, ind, options.model).score;
      if (score > 0) {
        const conflicts = qualifierDiffs(query.qualifiers, ind.qualifiers).filter((d) => d.a !== null && d.b !== null);
        scored.push({ score: r3(score), similarity: r3(cos), indicator: evidence(ind, p), conflicts });
      }
    }
    scored.sort((x, y) => y.score - x.score || x.indicator.page - y.indicator.page);
    const best = scored[0];
    const base = {
      profileId: p.id, authorityId: p.authorityId, authority: p.authority, version: p.version,
      // only matches that reach the threshold: below it an indicator is not evidence of where the situation sits
      matches: scored.filter((m) => m.score >= minScore).slice(0, limit),
      reviewed: { reviewed: p.indicators.filter((i) => i.review).length, indicators: p.indicators.length },
    };
    if (!best || best.score < minScore) {
      return { ...base, bands: [], level: null, score: best?.score ?? 0, confidence: 'none' };
    }
    let lo = Infinity;
    let hi = -Infinity;
    for (const m of scored) {
      if (m.score < best.score - tie || m.score < minScore) break;
      const s = bandSpan(m.indicator.bands);
      if (!s) continue;
      lo = Math.min(lo, s[0]);
      hi = Math.max(hi, s[1]);
    }
    return {
      ...base,
      bands: lo === Infinity ? [] : bandRange(lo, hi),
      level: best.indicator.level,
      score: best.score,
      confidence: confidenceOf(best.score, minScore),
    };
  });
  return { query: description, tagging, answers };
}

function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
