import { describe, expect, it } from 'vitest';
import { bandSchemeMetrics, formatTagMetrics, tagMetrics } from './tagging.ts';

describe('tagMetrics', () => {
  const pairs = [
    { gold: { bands: ['universal' as const], topics: ['health'] }, found: { bands: ['universal' as const], topics: ['health'] } },
    { gold: { bands: ['child_in_need' as const, 'child_protection' as const], topics: ['neglect', 'housing'] }, found: { bands: ['child_protection' as const], topics: ['neglect'] } },
    { gold: { bands: ['early_help' as const], topics: [] }, found: { bands: ['targeted_early_help' as const], topics: ['health'] } },
  ];
  const m = tagMetrics(pairs);
  it('band exact and overlap', () => {
    expect(m.bands.exact).toBe(1);
    expect(m.bands.overlap).toBe(2);
    expect(m.bands.exactRate).toBeCloseTo(1 / 3);
  });
  it('micro and macro topic scores', () => {
    expect(m.topics.micro).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(m.topics.micro.precision).toBeCloseTo(2 / 3);
    expect(m.topics.micro.recall).toBeCloseTo(2 / 3);
    const health = m.topics.perTopic.find((r) => r.topic === 'health')!;
    expect(health).toMatchObject({ support: 1, tp: 1, fp: 1, fn: 0 });
    expect(health.f1).toBeCloseTo(2 / 3);
    // macro over health (P .5 R 1), neglect (1, 1), housing (0, 0)
    expect(m.topics.macro.precision).toBeCloseTo(0.5);
    expect(m.topics.macro.recall).toBeCloseTo(2 / 3);
    expect(m.topics.exactSetRate).toBeCloseTo(1 / 3);
  });
  it('formats a table', () => {
    const s = formatTagMetrics(m);
    expect(s).toMatch(/Bands \(3 matched indicators\): exact 0\.333/);
    expect(s).toMatch(/^housing\s+1\s+0\.000\s+0\.000\s+0\.000\s+0\s+1$/m);
  });
  it('empty input gives zeros, not NaN', () => {
    expect(tagMetrics([]).topics.micro.f1).toBe(0);
  });
});

describe('bandSchemeMetrics', () => {
  it('compares gold levels with mapped levels by name', () => {
    const r = bandSchemeMetrics([{
      gold: [{ local: 'L1', order: 1, bands: ['universal'] }, { local: 'L2', order: 2, bands: ['child_in_need', 'child_protection'] }],
      found: [
        { local: 'L1', order: 1, bands: ['universal'], evidence: '', evidencePhrases: [], confidence: 'low' },
        { local: 'L2', order: 2, bands: ['child_protection'], evidence: '', evidencePhrases: [], confidence: 'medium' },
      ],
    }]);
    expect(r).toMatchObject({ levels: 2, exact: 1, overlap: 2 });
    expect(r.mismatches[0]).toMatchObject({ local: 'L2', confidence: 'medium' });
  });
});
