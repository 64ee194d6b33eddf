// "Where would it sit?", evaluated: each gold indicator that has a labelled same-situation counterpart is asked as
// a query against the other authorities (profiles built from the gold corpus: text, level, bands, tagger topics).
// For each labelled counterpart's authority: does the top answer carry a band, and is it the counterpart's band?
import { where, type WhereAnswer, type WhereOptions } from '../../../src/compare/index.ts';
import { MATCH_MODEL } from '../../../src/compare/match.ts';
import type { Indicator, Profile } from '../../../src/model/index.ts';
import { tagIndicator } from '../../../src/tag/index.ts';
import type { AlignGold, AlignItem, AlignPair } from './gold.ts';
import type { MatchModel } from '../../../src/compare/match.ts';
import { train, type PairFeatures } from './matcher.ts';

export interface WhereFigures {
  /** (query, counterpart authority) cases asked. */
  cases: number;
  /** Cases where the answer carried a band (the best match reached the calibrated threshold). */
  answered: number;
  /** Answered cases whose implied bands equal the counterpart's bands. */
  agree: number;
  /** Answered cases whose implied bands share a band with the counterpart's. */
  overlap: number;
  /** Answers carrying a band although their score is below the calibrated threshold: must be 0. */
  bandBelowThreshold: number;
  /** Over every answer given (all authorities, all queries): how many said "no close match". */
  answers: number;
  noCloseMatch: number;
}

function profileOf(authority: string, items: AlignItem[]): Profile {
  const levels = new Map<string, Indicator['bands']>();
  for (const i of items) levels.set(i.level, i.bands);
  const indicators: Indicator[] = items.map((i, n) => ({
    id: `${authority}#${n}`, text: i.text, level: i.level, order: 0, bands: i.bands, domain: null,
    ...tagIndicator(i.text, { leaveOut: authority }), page: 1, bbox: null, ref: i.ref,
  }));
  return {
    id: authority, authorityId: authority, authority, version: null, source: `${authority}.pack`, format: 'text', pages: 1,
    scheme: [...levels].map(([local, bands], n) => ({ local, order: n + 1, bands, evidence: '', evidencePhrases: [], confidence: 'high' })),
    indicators, warnings: [],
  };
}

const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((b) => y.includes(b));

/**
 * Leave-one-authority-out where: a query from authority Q asked of authority X is scored by a model trained on the
 * gold pairs involving neither Q nor X (threshold and cut-offs stay the shipped, calibrated ones).
 * Without feats, the shipped model answers (in-sample).
 */
export interface WhereCase {
  query: AlignItem;
  /** The counterpart's authority and its labelled same-situation counterparts there. */
  authority: string;
  counterparts: AlignItem[];
  answer: WhereAnswer;
  agree: boolean;
  overlap: boolean;
}

/**
 * Leave-one-authority-out where: a query from authority Q asked of authority X is scored by a model trained on the
 * gold pairs involving neither Q nor X (threshold and cut-offs stay the shipped, calibrated ones).
 * Without feats, the shipped model answers (in-sample). Returns one record per (query, counterpart authority) and
 * the tallies over every authority asked.
 */
export function whereCases(gold: AlignGold, feats?: readonly PairFeatures[], options: WhereOptions = {}): { cases: WhereCase[]; answers: WhereAnswer[] } {
  const models = new Map<string, MatchModel | undefined>();
  const modelFor = (q: string, x: string): MatchModel | undefined => {
    if (!feats) return undefined;
    const k = [q, x].sort().join('|');
    if (!models.has(k)) {
      const keep = gold.pairs.map((_, j) => j).filter((j) => ![gold.pairs[j].a.authority, gold.pairs[j].b.authority].some((a) => a === q || a === x));
      const m = train(keep.map((j) => gold.pairs[j]) as AlignPair[], keep.map((j) => feats[j]));
      models.set(k, { ...MATCH_MODEL, weights: m.weights, bias: m.bias });
    }
    return models.get(k);
  };
  const profiles = new Map(Object.entries(gold.corpus).map(([a, items]) => [a, profileOf(a, items)]));
  // query ref -> counterparts (same situation, another authority)
  const counterparts = new Map<string, { query: AlignItem; others: AlignItem[] }>();
  for (const p of gold.pairs) {
    if (p.label !== 'same' || p.a.authority === p.b.authority) continue;
    for (const [q, o] of [[p.a, p.b], [p.b, p.a]] as const) {
      const e = counterparts.get(q.ref) ?? { query: q, others: [] };
      e.others.push(o);
      counterparts.set(q.ref, e);
    }
  }
  const cases: WhereCase[] = [];
  const all: WhereAnswer[] = [];
  for (const { query, others } of counterparts.values()) {
    const asked = [...profiles.values()].filter((p) => p.authorityId !== query.authority);
    const answers = asked.map((p) => where(query.text, [p], { limit: 1, ...options, model: modelFor(query.authority, p.authorityId) }).answers[0]);
    all.push(...answers);
    const byAuthority = new Map<string, AlignItem[]>();
    for (const o of others) byAuthority.set(o.authority, [...(byAuthority.get(o.authority) ?? []), o]);
    for (const [authority, cps] of byAuthority) {
      const a = answers.find((x) => x.authorityId === authority)!;
      const answered = a.bands.length > 0;
      cases.push({
        query, authority, counterparts: cps, answer: a,
        agree: answered && cps.some((c) => same(c.bands, a.bands)),
        overlap: answered && cps.some((c) => c.bands.some((b) => a.bands.includes(b))),
      });
    }
  }
  return { cases, answers: all };
}

export function whereFigures(gold: AlignGold, feats?: readonly PairFeatures[], options: WhereOptions = {}): WhereFigures {
  const { cases, answers } = whereCases(gold, feats, options);
  const f: WhereFigures = { cases: 0, answered: 0, agree: 0, overlap: 0, bandBelowThreshold: 0, answers: 0, noCloseMatch: 0 };
  for (const a of answers) {
    f.answers++;
    if (a.confidence === 'none') f.noCloseMatch++;
    if (a.bands.length > 0 && a.score < MATCH_MODEL.threshold) f.bandBelowThreshold++;
  }
  for (const c of cases) {
    f.cases++;
    if (c.answer.bands.length > 0) f.answered++;
    if (c.agree) f.agree++;
    if (c.overlap) f.overlap++;
  }
  return f;
}

export function formatWhere(f: WhereFigures, models = 'leave-one-authority-out models'): string {
  const pct = (x: number, n: number) => (n ? (x / n).toFixed(2) : '-');
  return [
    `## where (${models}): each gold indicator with a labelled same-situation counterpart, asked against the other authorities`,
    `cases (query x counterpart's authority): ${f.cases}; answered with a band: ${f.answered} (${pct(f.answered, f.cases)})`,
    `top-1 band agreement with the counterpart, over answered cases: ${pct(f.agree, f.answered)} (${f.agree}/${f.answered}); over all cases: ${pct(f.agree, f.cases)}`,
    `top-1 band overlap (shares a band) over answered: ${pct(f.overlap, f.answered)}`,
    `answers over all authorities asked: ${f.answers}; "no close match": ${f.noCloseMatch}; answers with a band below the calibrated threshold: ${f.bandBelowThreshold}`,
  ].join('\n') + '\n';
}
