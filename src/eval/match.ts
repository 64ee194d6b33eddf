// Matching extracted indicators to gold ones.
// EXACT: equal after normalise() (Unicode NFKC, curly quotes -> straight, dashes -> "-", ellipsis, whitespace collapsed).
// NEAR: case-insensitive, and either normalised Levenshtein similarity >= 0.9
//       (1 - distance / longer length), or one text contains the other and the shorter is >= 0.9 of the longer.
// One-to-one: exact pairs first, then near pairs greedily by descending similarity.

export const NEAR_THRESHOLD = 0.9;

export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

export function levenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Similarity in [0, 1] under the NEAR rule (0 when clearly below the threshold). */
export function similarity(a: string, b: string): number {
  const x = normalise(a).toLowerCase();
  const y = normalise(b).toLowerCase();
  if (x === y) return 1;
  const long = Math.max(x.length, y.length);
  const short = Math.min(x.length, y.length);
  if (long === 0 || short / long < NEAR_THRESHOLD) return 0;
  if (x.includes(y) || y.includes(x)) return short / long;
  const budget = Math.floor(long * (1 - NEAR_THRESHOLD));
  const d = levenshtein(x, y, budget);
  return d > budget ? 0 : 1 - d / long;
}

export interface Match {
  gold: number;
  found: number;
  exact: boolean;
  similarity: number;
}

/** One-to-one matching of found texts to gold texts. */
export function matchTexts(gold: string[], found: string[]): Match[] {
  const matches: Match[] = [];
  const usedGold = new Set<number>();
  const usedFound = new Set<number>();
  const byText = new Map<string, number[]>();
  found.forEach((t, i) => {
    const k = normalise(t);
    byText.set(k, [...(byText.get(k) ?? []), i]);
  });
  gold.forEach((t, g) => {
    const list = byText.get(normalise(t));
    const f = list?.find((i) => !usedFound.has(i));
    if (f === undefined) return;
    usedGold.add(g);
    usedFound.add(f);
    matches.push({ gold: g, found: f, exact: true, similarity: 1 });
  });
  const near: Match[] = [];
  gold.forEach((gt, g) => {
    if (usedGold.has(g)) return;
    found.forEach((ft, f) => {
      if (usedFound.has(f)) return;
      const s = similarity(gt, ft);
      if (s >= NEAR_THRESHOLD) near.push({ gold: g, found: f, exact: false, similarity: s });
    });
  });
  near.sort((a, b) => b.similarity - a.similarity || a.gold - b.gold || a.found - b.found);
  for (const m of near) {
    if (usedGold.has(m.gold) || usedFound.has(m.found)) continue;
    usedGold.add(m.gold);
    usedFound.add(m.found);
    matches.push(m);
  }
  return matches.sort((a, b) => a.gold - b.gold);
}
