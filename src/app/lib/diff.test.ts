import { describe, expect, it } from 'vitest';
import type { DiffRow } from './core.ts';
import { groupByTopic, indicatorIndex, placeOf, rowMatches } from './diff.ts';

function row(kind: DiffRow['kind'], topics: string[], a: string[] | null, b: string[] | null): DiffRow {
  const side = (bands: string[]) => ({ indicatorId: 'x#1', text: 't', level: 'L', order: 1, bands, domain: null, topics, qualifiers: {}, page: 1, bbox: null });
  return { kind, topics, a: a && side(a), b: b && side(b), score: null, similarity: null, delta: null, gap: null, qualifierDiffs: [] } as unknown as DiffRow;
}

describe('compare view helpers', () => {
  const rows = [
    row('a_higher', ['neglect'], ['child_protection'], ['child_in_need']),
    row('same', ['housing'], ['early_help'], ['early_help']),
    row('b_only', [], null, ['universal']),
  ];
  it('filters by topic, band (either side) and kind', () => {
    expect(rows.filter((r) => rowMatches(r, { topic: 'neglect' }))).toHaveLength(1);
    expect(rows.filter((r) => rowMatches(r, { band: 'child_in_need' }))).toHaveLength(1);
    expect(rows.filter((r) => rowMatches(r, { band: 'universal' }))).toHaveLength(1);
    expect(rows.filter((r) => rowMatches(r, { kind: 'differs' }))).toHaveLength(1);
    expect(rows.filter((r) => rowMatches(r, { kind: 'same', topic: 'neglect' }))).toHaveLength(0);
  });
  it('groups by topic with untagged rows last', () => {
    expect(groupByTopic(rows).map((g) => g.topic)).toEqual(['housing', 'neglect', null]);
  });
  it('reads the indicator index from its id, even when the profile id has a version', () => {
    expect(indicatorIndex('fenmarsh@2025-09-01#12')).toBe('12');
  });
  it('says where an indicator is: page, line or in source', () => {
    expect(placeOf({ page: 3 })).toBe('p.\u00a03');
    expect(placeOf({ page: 36, ref: 'lines 36-37' })).toBe('line 36-37');
    expect(placeOf({ page: 2, ref: 'body > ul[4] > li[2]' })).toBe('in source');
  });
});
