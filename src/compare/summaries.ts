// Per-topic lottery summaries for the index: the lottery over each authority's latest document, with the
// situations kept apart (they go to their own data file). Pure.
import type { Profile, TopicSummary } from '../model/index.ts';
import { lottery, type Lottery } from './lottery.ts';
import { neighbourLookup } from './neighbours.ts';

/** Outliers and disagreeing neighbours kept per topic in the index (the topic's own file has them all). */
const TOP = 10;

export function topicSummaries(l: Lottery): TopicSummary[] {
  return [...l.topics]
    .sort((a, b) => b.dispersion - a.dispersion || a.topic.localeCompare(b.topic))
    .map((t) => ({
      topic: t.topic,
      authorities: t.authorities,
      dispersion: t.dispersion,
      entropy: t.entropy,
      situations: t.situations.length,
      outliers: [...t.outliers].sort((a, b) => b.situations - a.situations).slice(0, TOP),
      outlierCount: t.outliers.length,
      neighbourDisagreements: [...t.neighbourDisagreements].sort((a, b) => b.maxGap - a.maxGap || b.situations - a.situations).slice(0, TOP),
      disagreementCount: t.neighbourDisagreements.length,
    }));
}

/** The lottery over `profiles` (latest per authority) with hex-map neighbours, and its per-topic summaries. */
export function lotteryWithSummaries(profiles: Profile[], hexes: { id: string; hex: { q: number; r: number } | null }[]): { lottery: Lottery; topics: TopicSummary[] } {
  const l = lottery(profiles, { neighbours: neighbourLookup(hexes) });
  return { lottery: l, topics: topicSummaries(l) };
}
