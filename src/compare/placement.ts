import { BANDS, type Profile, type TopicPlacement } from '../model/index.ts';
import { bandRange, bandSpan } from './bands.ts';

/**
 * Where a profile's indicators on each topic sit: contiguous range from the lowest to the highest band,
 * the modal band (ties -> lower) and how many indicators carry the topic.
 * An indicator whose level spans several bands counts toward each band it spans for the mode,
 * and both ends toward the range. Indicators without bands are counted but do not place.
 */
export function topicPlacements(profile: Profile): Record<string, TopicPlacement> {
  const acc = new Map<string, { lo: number; hi: number; votes: number[]; count: number }>();
  for (const ind of profile.indicators) {
    const span = bandSpan(ind.bands);
    for (const topic of ind.topics) {
      let a = acc.get(topic);
      if (!a) {
        a = { lo: Infinity, hi: -Infinity, votes: new Array(BANDS.length).fill(0), count: 0 };
        acc.set(topic, a);
      }
      a.count++;
      if (!span) continue;
      a.lo = Math.min(a.lo, span[0]);
      a.hi = Math.max(a.hi, span[1]);
      // a range shares one vote so a wide level does not outweigh a precise one
      const w = 1 / (span[1] - span[0] + 1);
      for (let i = span[0]; i <= span[1]; i++) a.votes[i] += w;
    }
  }
  const out: Record<string, TopicPlacement> = {};
  for (const topic of [...acc.keys()].sort()) {
    const a = acc.get(topic)!;
    if (a.lo === Infinity) continue;
    let modal = a.lo;
    for (let i = a.lo; i <= a.hi; i++) if (a.votes[i] > a.votes[modal] + 1e-9) modal = i;
    out[topic] = { bands: bandRange(a.lo, a.hi), modal: BANDS[modal], count: a.count };
  }
  return out;
}
