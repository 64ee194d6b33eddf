// How many expected texts (e.g. gold indicators) appear inside a single Span of a Layout.
import type { Layout, Span } from '../../model/index.ts';

export function normaliseText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function layoutSpans(l: Layout): Span[] {
  return l.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.items)) : [b.span]));
}

export interface Coverage {
  total: number;
  found: number;
  /** Expected texts that are a whole Span (not merged with neighbours). */
  exact: number;
  missing: string[];
  /** Found only inside a longer Span. */
  merged: string[];
  /** Where each expected text was found (span index), -1 if missing. */
  at: number[];
}

export function goldCoverage(l: Layout, expected: string[]): Coverage {
  const spans = layoutSpans(l).map((s) => normaliseText(s.text));
  const whole = new Set(spans.map(bare));
  const at = expected.map((t) => {
    const n = normaliseText(t);
    return spans.findIndex((s) => s.includes(n));
  });
  const isExact = expected.map((t, i) => at[i] >= 0 && whole.has(bare(normaliseText(t))));
  return {
    total: expected.length,
    found: at.filter((i) => i >= 0).length,
    exact: isExact.filter(Boolean).length,
    missing: expected.filter((_, i) => at[i] < 0),
    merged: expected.filter((_, i) => at[i] >= 0 && !isExact[i]),
    at,
  };
}

const bare = (s: string): string => s.replace(/[.;,:]+$/, '');
