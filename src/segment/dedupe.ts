// Each item once per level (print and screen copies, tooltips), each description span once.
import type { Span } from '../model/index.ts';
import { nameKey } from './levels.ts';
import type { Candidate } from './context.ts';

/** The candidates with text, each once per level; counts them on their level (the scheme keeps levels with indicators). */
export function dedupeIndicators(kept: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  const indicators: Candidate[] = [];
  for (const c of kept) {
    if (!c.text || !/[A-Za-z]/.test(c.text)) continue;
    const key = `${c.level.firstSeen}|${nameKey(c.text)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    c.level.indicators++;
    indicators.push(c);
  }
  return indicators;
}

export function dedupeSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const k = `${s.page}|${s.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
