// How outputs say what a person reviewed: a mark on a reviewed value and "n of m indicators reviewed".
import type { Indicator, Profile } from '../model/index.ts';

export interface ReviewCount {
  reviewed: number;
  indicators: number;
}

export function reviewCount(p: Profile): ReviewCount {
  return { reviewed: p.indicators.filter((i) => i.review).length, indicators: p.indicators.length };
}

export function reviewedText(c: ReviewCount | undefined | null): string {
  return c ? `${c.reviewed} of ${c.indicators} indicators reviewed` : 'not reviewed';
}

/** "n of m indicators reviewed" for each authority a person reviewed, the others in one count; null when none was. */
export function reviewedSummary(all: Array<[name: string, count: ReviewCount | undefined | null]>): string | null {
  const done = all.filter(([, c]) => (c?.reviewed ?? 0) > 0);
  const rest = all.length - done.length;
  if (!done.length) return null;
  return `${done.map(([n, c]) => `${n}: ${reviewedText(c)}`).join('; ')}${rest ? `; ${rest} other authorit${rest === 1 ? 'y' : 'ies'} not reviewed` : ''}`;
}

/** " [reviewed]", " [corrected]" or " [added]" after a value a person checked; "" otherwise. */
export function reviewMark(i: Pick<Indicator, 'review'> | null | undefined): string {
  const s = i?.review?.status;
  return s === 'confirmed' ? ' [reviewed]' : s === 'corrected' ? ' [corrected]' : s === 'added' ? ' [added]' : '';
}
