import { describe, expect, it } from 'vitest';
import { classify, compare } from './compare.ts';
import { fenmarsh, fenmarsh2025, saltmere } from './__fixtures__/profiles.ts';

describe('classify', () => {
  it('compares ranges honestly', () => {
    expect(classify(['early_help'], ['early_help'])).toEqual({ kind: 'same', delta: [0, 0], gap: 0 });
    expect(classify(['child_protection'], ['early_help'])).toEqual({ kind: 'a_higher', delta: [3, 3], gap: 3 });
    expect(classify(['child_in_need', 'child_protection'], ['targeted_early_help'])).toMatchObject({ kind: 'a_higher', gap: 1, delta: [1, 2] });
    expect(classify(['early_help'], ['child_in_need', 'child_protection'])).toMatchObject({ kind: 'b_higher', gap: 2 });
    expect(classify(['child_in_need', 'child_protection'], ['child_protection'])).toMatchObject({ kind: 'overlap', gap: 0, delta: [-1, 0] });
    expect(classify(['child_in_need', 'child_protection'], ['child_in_need', 'child_protection'])).toMatchObject({ kind: 'same', delta: [-1, 1] });
    expect(classify([], ['early_help'])).toEqual({ kind: 'unplaced', delta: null, gap: null });
  });
});

describe('compare', () => {
  const c = compare(fenmarsh, saltmere);
  const byA = (t: string) => c.rows.find((r) => r.a?.text.startsWith(t));

  it('aligns the same situation across differently worded documents, one to one', () => {
    expect(byA('Family living in overcrowded')?.b?.text).toBe('Family living in overcrowded housing');
    expect(byA('Attendance falling')?.b?.text).toBe('Attendance below ninety percent without a clear reason');
    const bIds = c.rows.filter((r) => r.a && r.b).map((r) => r.b!.indicatorId);
    expect(new Set(bIds).size).toBe(bIds.length);
    expect(c.rows.length).toBe(8);
  });

  it('classifies each aligned situation and carries evidence on both sides', () => {
    const housing = byA('Family living in overcrowded')!;
    expect(housing).toMatchObject({ kind: 'b_higher', gap: 2 });
    expect(housing.a).toMatchObject({ level: 'Level 2 Early Help', bands: ['early_help'], page: 3 });
    expect(housing.b).toMatchObject({ level: 'Child in Need', bands: ['child_in_need'] });
    expect(housing.a?.bbox).not.toBeNull();
    expect(byA('Child self-harms')).toMatchObject({ kind: 'a_higher', gap: 1 });
    expect(byA('Any bruising')).toMatchObject({ kind: 'overlap' });
    expect(byA('Young person caring')).toMatchObject({ kind: 'a_only', b: null });
    expect(c.rows.find((r) => r.b?.text.startsWith('Child missing'))).toMatchObject({ kind: 'b_only', a: null });
    expect(c.totals).toMatchObject({ a_higher: 1, b_higher: 1, overlap: 1, same: 2, a_only: 2, b_only: 1 });
  });

  it('flags qualifier differences', () => {
    expect(byA('Child self-harms')?.qualifierDiffs).toEqual([{ key: 'frequency', a: 'repeated', b: null }]);
  });

  it('summarises per topic and compares schemes side by side', () => {
    const housing = c.topics.find((t) => t.topic === 'housing')!;
    expect(housing.modalDelta).toBe(2);
    expect(housing.counts.b_higher).toBe(1);
    const cin = c.schemes.bands.find((b) => b.band === 'child_in_need')!;
    expect(cin).toEqual({ band: 'child_in_need', a: ['Level 4 Specialist'], b: ['Child in Need'] });
    expect(c.schemes.a.levels).toHaveLength(4);
    expect(c.schemes.b.levels).toHaveLength(5);
  });

  it('puts real band differences first, largest gap first', () => {
    expect(c.rows.slice(0, 2).map((r) => r.kind)).toEqual(['b_higher', 'a_higher']);
    expect(c.rows[0].gap).toBe(2);
  });

  it('filters by topic', () => {
    const t = compare(fenmarsh, saltmere, { topic: 'self-harm' });
    expect(t.rows.map((r) => r.kind)).toEqual(['a_higher']);
    expect(t.topics.map((x) => x.topic)).toEqual(['self-harm']);
  });

  it('labels two versions of one authority as versions', () => {
    const v = compare(fenmarsh, fenmarsh2025);
    expect(v.mode).toBe('versions');
    expect(v.labels).toEqual({ a: 'Fenmarsh 2024-04-01', b: 'Fenmarsh 2025-09-01' });
    const sh = v.rows.find((r) => r.a?.text.startsWith('Child self-harms'))!;
    expect(sh.kind).toBe('overlap');
    expect(sh.delta).toEqual([0, 3]);
    expect(v.rows.find((r) => r.b?.text.includes('county lines'))?.kind).toBe('b_only');
  });
});
