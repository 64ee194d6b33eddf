import { BANDS, type BandId } from '../model/index.ts';

const INDEX: Record<string, number> = Object.fromEntries(BANDS.map((b, i) => [b, i]));

/** Index of a band in the canonical order (0 = universal). -1 if unknown. */
export function bandIndex(b: BandId): number {
  return INDEX[b] ?? -1;
}

/** [min, max] band indices of a band list, or null when empty. Ranges are kept as ranges. */
export function bandSpan(bands: readonly BandId[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const b of bands) {
    const i = INDEX[b];
    if (i === undefined) continue;
    if (i < lo) lo = i;
    if (i > hi) hi = i;
  }
  return lo === Infinity ? null : [lo, hi];
}

/** Contiguous band range from index lo to hi inclusive. */
export function bandRange(lo: number, hi: number): BandId[] {
  return BANDS.slice(lo, hi + 1) as BandId[];
}

/** Human label for a band list: "child_in_need" or "child_in_need..child_protection". */
export function bandLabel(bands: readonly BandId[]): string {
  const s = bandSpan(bands);
  if (!s) return '?';
  return s[0] === s[1] ? BANDS[s[0]] : `${BANDS[s[0]]}..${BANDS[s[1]]}`;
}
