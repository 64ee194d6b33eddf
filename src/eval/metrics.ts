import type { Gold, Indicator, Profile } from '../model/index.ts';
import { parseLevel } from '../segment/index.ts';
import { matchTexts, normalise } from './match.ts';

export interface MatchedPair {
  gold: Gold['indicators'][number];
  found: Indicator;
}

export interface DocResult {
  authorityId: string;
  authority: string;
  file: string;
  layout: string | null;
  format: string | null;
  expectError: boolean;
  /** ok: analysed; error: failed unexpectedly; expected-error: failed as the manifest expects; unexpected-success. */
  status: 'ok' | 'error' | 'expected-error' | 'unexpected-success';
  error: string | null;
  gold: number;
  found: number;
  matched: number;
  exact: number;
  levelCorrect: number;
  recall: number | null;
  precision: number | null;
  levelAccuracy: number | null;
  schemeGold: number;
  schemeFound: number;
  /** Gold texts not found, found texts not in gold, level mistakes (for the report; capped). */
  missed: string[];
  extra: string[];
  wrongLevel: { text: string; gold: string; found: string }[];
  pairs: MatchedPair[];
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

/** Same local level? By name as written, else by number/name key, else by order when the schemes are the same size. */
export function sameLevel(goldLevel: string, found: Indicator, gold: Gold, profile: Profile): boolean {
  const g = normalise(goldLevel).toLowerCase();
  const f = normalise(found.level).toLowerCase();
  if (g === f) return true;
  const pg = parseLevel(goldLevel);
  const pf = parseLevel(found.level);
  if (pg && pf) {
    if (pg.number !== null && pf.number !== null) return pg.number === pf.number && pg.sub === pf.sub;
    if (pg.name && pf.name && pg.name === pf.name) return true;
  }
  if (gold.scheme.length === profile.scheme.length) {
    const order = gold.scheme.find((l) => l.local === goldLevel)?.order;
    return order !== undefined && order === found.order;
  }
  return false;
}

export function evaluateDocument(
  entry: { authorityId: string; authority: string; file: string; layout?: string; expectError?: boolean },
  gold: Gold | null,
  outcome: { profile: Profile } | { error: string },
): DocResult {
  const base = {
    authorityId: entry.authorityId, authority: entry.authority, file: entry.file, layout: entry.layout ?? null,
    expectError: !!entry.expectError, missed: [], extra: [], wrongLevel: [], pairs: [],
  };
  if ('error' in outcome) {
    const goldCount = gold?.indicators.length ?? 0;
    return {
      ...base, format: null, status: entry.expectError ? 'expected-error' : 'error', error: outcome.error,
      gold: goldCount, found: 0, matched: 0, exact: 0, levelCorrect: 0,
      recall: entry.expectError ? null : goldCount ? 0 : null, precision: null, levelAccuracy: null,
      schemeGold: gold?.scheme.length ?? 0, schemeFound: 0,
      missed: gold?.indicators.slice(0, 10).map((i) => i.text) ?? [],
    };
  }
  const { profile } = outcome;
  const goldItems = gold?.indicators ?? [];
  const matches = matchTexts(goldItems.map((i) => i.text), profile.indicators.map((i) => i.text));
  const pairs: MatchedPair[] = matches.map((m) => ({ gold: goldItems[m.gold], found: profile.indicators[m.found] }));
  const wrongLevel = pairs
    .filter((p) => !sameLevel(p.gold.level, p.found, gold!, profile))
    .map((p) => ({ text: p.gold.text, gold: p.gold.level, found: p.found.level }));
  const matchedGold = new Set(matches.map((m) => m.gold));
  const matchedFound = new Set(matches.map((m) => m.found));
  return {
    ...base,
    format: profile.format,
    status: entry.expectError ? 'unexpected-success' : 'ok',
    error: null,
    gold: goldItems.length,
    found: profile.indicators.length,
    matched: matches.length,
    exact: matches.filter((m) => m.exact).length,
    levelCorrect: pairs.length - wrongLevel.length,
    recall: ratio(matches.length, goldItems.length),
    precision: ratio(matches.length, profile.indicators.length),
    levelAccuracy: ratio(pairs.length - wrongLevel.length, pairs.length),
    schemeGold: gold?.scheme.length ?? 0,
    schemeFound: profile.scheme.length,
    missed: goldItems.filter((_, i) => !matchedGold.has(i)).map((i) => i.text),
    extra: profile.indicators.filter((_, i) => !matchedFound.has(i)).map((i) => i.text),
    wrongLevel,
    pairs,
  };
}

export interface Totals {
  documents: number;
  authorities: number;
  expectedErrorsPassed: number;
  expectedErrors: number;
  unexpectedErrors: number;
  /** Each authority counts equally: mean over authorities of the mean over its documents. */
  byAuthority: { recall: number | null; precision: number | null; levelAccuracy: number | null };
  /** Pooled over all indicators. */
  micro: { gold: number; found: number; matched: number; exact: number; levelCorrect: number; recall: number | null; precision: number | null; levelAccuracy: number | null };
}

function mean(xs: (number | null)[]): number | null {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
}

export function totals(results: DocResult[]): Totals {
  const scored = results.filter((r) => !r.expectError && r.gold > 0);
  const byAuth = new Map<string, DocResult[]>();
  for (const r of scored) byAuth.set(r.authorityId, [...(byAuth.get(r.authorityId) ?? []), r]);
  const perAuth = (k: 'recall' | 'precision' | 'levelAccuracy') => mean([...byAuth.values()].map((docs) => mean(docs.map((d) => d[k]))));
  const sum = (k: 'gold' | 'found' | 'matched' | 'exact' | 'levelCorrect') => scored.reduce((a, r) => a + r[k], 0);
  const micro = { gold: sum('gold'), found: sum('found'), matched: sum('matched'), exact: sum('exact'), levelCorrect: sum('levelCorrect') };
  return {
    documents: results.length,
    authorities: byAuth.size,
    expectedErrors: results.filter((r) => r.expectError).length,
    expectedErrorsPassed: results.filter((r) => r.status === 'expected-error').length,
    unexpectedErrors: results.filter((r) => r.status === 'error').length,
    byAuthority: { recall: perAuth('recall'), precision: perAuth('precision'), levelAccuracy: perAuth('levelAccuracy') },
    micro: {
      ...micro,
      recall: ratio(micro.matched, micro.gold),
      precision: ratio(micro.matched, micro.found),
      levelAccuracy: ratio(micro.levelCorrect, micro.matched),
    },
  };
}
