import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runEval } from './run-node.ts';
import { evaluateDocument, totals } from './metrics.ts';
import type { Gold, Profile } from '../model/index.ts';

const corpus = fileURLToPath(new URL('../../corpus/sample', import.meta.url));

describe('atlas eval on the sample corpus', () => {
  it('meets the extraction bar: recall >= 0.98 and local-level accuracy >= 0.98', async () => {
    const { totals: t, results } = await runEval(corpus);
    expect(results.length).toBeGreaterThanOrEqual(10);
    expect(t.unexpectedErrors).toBe(0);
    expect(t.expectedErrorsPassed).toBe(t.expectedErrors);
    expect(t.micro.recall).toBeGreaterThanOrEqual(0.98);
    expect(t.micro.levelAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(t.byAuthority.recall).toBeGreaterThanOrEqual(0.98);
    expect(t.byAuthority.levelAccuracy).toBeGreaterThanOrEqual(0.98);
  }, 300_000);
});

describe('atlas eval on the series fixtures (corpus/series-fixtures)', () => {
  it('reads each manifest series as one document and scores it whole, bands included', async () => {
    const { totals: t, results, json } = await runEval(fileURLToPath(new URL('../../corpus/series-fixtures', import.meta.url)));
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(t.unexpectedErrors).toBe(0);
    expect(t.micro.recall).toBe(1);
    expect(t.micro.precision).toBe(1);
    expect(t.micro.levelAccuracy).toBe(1);
    // every matched indicator has its gold bands: a lone level is not banded as a one-level scheme
    const { tagMetrics } = await import('./tagging.ts');
    const m = tagMetrics(results.flatMap((r) => r.pairs));
    expect(m.bands.exactRate).toBe(1);
    expect(json.documents.length).toBe(results.length);
  }, 300_000);
});

describe('scoring', () => {
  const gold: Gold = {
    authority: 'A', file: 'a.txt',
    scheme: [{ local: 'Level 1', order: 1, bands: ['universal'] }, { local: 'Level 2', order: 2, bands: ['early_help'] }],
    indicators: [
      { text: 'Child is well', level: 'Level 1', domain: null, bands: ['universal'], topics: [] },
      { text: 'Child is often late', level: 'Level 2', domain: null, bands: ['early_help'], topics: [] },
      { text: 'Child is hungry', level: 'Level 2', domain: null, bands: ['early_help'], topics: [] },
    ],
  };
  const ind = (text: string, level: string, order: number) => ({ id: 'x', text, level, order, bands: [], domain: null, topics: [], qualifiers: {}, page: 1, bbox: null });
  const profile = {
    id: 'a', authorityId: 'a', authority: 'A', version: null, source: 'a.txt', format: 'text', pages: 1, warnings: [],
    scheme: [{ local: 'Level 1 - Universal', order: 1 }, { local: 'Level 2 - Early Help', order: 2 }],
    indicators: [ind('Child is well', 'Level 1 - Universal', 1), ind('Child is often late.', 'Level 1 - Universal', 1), ind('Prose line', 'Level 2 - Early Help', 2)],
  } as unknown as Profile;

  it('computes recall, precision and level accuracy (levels compared by number/name, not spelling)', () => {
    const r = evaluateDocument({ authorityId: 'a', authority: 'A', file: 'a.txt' }, gold, { profile });
    expect([r.gold, r.found, r.matched, r.exact, r.levelCorrect]).toEqual([3, 3, 2, 1, 1]);
    expect(r.missed).toEqual(['Child is hungry']);
    expect(r.wrongLevel).toEqual([{ text: 'Child is often late', gold: 'Level 2', found: 'Level 1 - Universal' }]);
  });

  it('weights authorities equally and counts expected errors as passed only when they fail', () => {
    const a = evaluateDocument({ authorityId: 'a', authority: 'A', file: 'a.txt' }, gold, { profile });
    const b1 = evaluateDocument({ authorityId: 'b', authority: 'B', file: 'b1.txt' }, gold, { error: 'no recognisable levels of need' });
    const b2 = evaluateDocument({ authorityId: 'b', authority: 'B', file: 'b2.txt' }, gold, { profile });
    const s = evaluateDocument({ authorityId: 'c', authority: 'C', file: 's.pdf', expectError: true }, null, { error: 'no text layer' });
    const t = totals([a, b1, b2, s]);
    expect(t.byAuthority.recall).toBeCloseTo((2 / 3 + (0 + 2 / 3) / 2) / 2);
    expect(t.micro.recall).toBeCloseTo(4 / 9);
    expect([t.expectedErrors, t.expectedErrorsPassed, t.unexpectedErrors]).toEqual([1, 1, 1]);
  });
});
