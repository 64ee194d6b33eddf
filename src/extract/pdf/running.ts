// Running headers/footers (same text at the same place on most pages) and page numbers.
import type { Line } from './lines.ts';

export interface PageLines {
  height: number;
  lines: Line[];
}

const PAGE_NUMBER = /^(page\s*)?[-\u2013(]?\s*\d{1,4}\s*[-\u2013)]?(\s*(of|\/)\s*\d{1,4})?$/i;
const MARGIN = 0.09;

function inMargin(l: Line, height: number): boolean {
  return l.y0 > height * (1 - MARGIN) || l.y1 < height * MARGIN;
}

const keyOf = (l: Line): string => `${l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')}@${Math.round(l.base / 6)}`;

/** Returns the set of lines to drop. */
export function runningLines(pages: PageLines[]): Set<Line> {
  const drop = new Set<Line>();
  const counts = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const l of p.lines) {
      if (!inMargin(l, p.height)) continue;
      for (const k of [keyOf(l), keyOf({ ...l, base: l.base + 3 })]) {
        if (seen.has(k)) continue;
        seen.add(k);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    }
  }
  const need = Math.max(2, Math.ceil(pages.length * 0.5));
  for (const p of pages) {
    for (const l of p.lines) {
      if (!inMargin(l, p.height)) continue;
      if (PAGE_NUMBER.test(l.text.trim())) drop.add(l);
      else if (pages.length >= 2 && Math.max(counts.get(keyOf(l)) ?? 0, counts.get(keyOf({ ...l, base: l.base + 3 })) ?? 0) >= need) drop.add(l);
    }
  }
  return drop;
}
