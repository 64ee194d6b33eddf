// Per-topic lottery summaries for the index: the lottery over each authority's latest document, with the
// situations kept apart (they go to their own data file). Pure.
import type { Profile, TopicSummary } from '../model/index.ts';
import { lottery, type Lottery } from './lottery.ts';
import { neighbourLookup } from './neighbours.ts';

export function topicSummaries(l: Lottery): TopicSummary[] {
  return [...l.topics]
    .sort((a, b) => b.dispersion - a.dispersion || a.topic.localeCompare(b.topic))
    .map((t) => ({
      topic: t.topic,
      authorities: t.authorities,
      dispersion: t.dispersion,
      entropy: t.entropy,
      situations: t.situations.length,
      outliers: t.outliers,
      neighbourDisagreements: t.neighbourDisagreements,
    }));
}

/** The lottery over `profiles` (latest per authority) with hex-map neighbours, and its per-topic summaries. */
export function lotteryWithSummaries(profiles: Profile[], hexes: { id: string; hex: { q: number; r: number } | null }[]): { lottery: Lottery; topics: TopicSummary[] } {
  const l = lottery(profiles, { neighbours: neighbourLookup(hexes) });
  return { lottery: l, topics: topicSummaries(l) };
}
