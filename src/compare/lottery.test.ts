import { describe, expect, it } from 'vitest';
import { latestProfiles, lottery } from './lottery.ts';
import { neighbourLookup } from './neighbours.ts';
import { fenmarsh, fenmarsh2025, makeProfile, saltmere, tidewater } from './__fixtures__/profiles.ts';

const neighbours = neighbourLookup([
  { id: 'fenmarsh', hex: { q: 0, r: 0 } }, { id: 'saltmere', hex: { q: 1, r: 0 } }, { id: 'tidewater', hex: { q: 0, r: 1 } },
]);

describe('lottery', () => {
  // the fixtures word situations loosely; a lower threshold and the 'conflict' rule let them align
  const loose = { clusterThreshold: 0.3, qualifierRule: 'conflict' as const, minAuthorities: 3 };
  const L = lottery([fenmarsh, saltmere, fenmarsh2025, tidewater], { neighbours, ...loose });

  it('uses only the latest version per authority', () => {
    expect(latestProfiles([fenmarsh, fenmarsh2025, saltmere]).map((p) => p.id)).toEqual(['fenmarsh@2025-09-01', 'saltmere']);
    expect(L.generated).toEqual({ profiles: 4, authorities: 3, topic: null });
  });

  it('clusters the same situation across authorities and measures its spread', () => {
    const sh = L.situations.find((s) => s.topic === 'self-harm')!;
    expect(sh.authorities).toBe(3);
    expect(sh.mode).toBe('targeted_early_help');
    // fenmarsh@2025 spans early_help..child_in_need, contains the mode: distance 0; tidewater is 2 away
    expect(sh.placements.find((p) => p.authorityId === 'fenmarsh')?.distance).toBe(0);
    expect(sh.outliers.map((o) => [o.authorityId, o.distance])).toEqual([['tidewater', 2]]);
    expect(sh.dispersion).toBeCloseTo(2 / 3, 3);
    expect(sh.neighbourDisagreements).toEqual([{ a: 'saltmere', b: 'tidewater', gap: 2 }, { a: 'fenmarsh', b: 'tidewater', gap: 1 }]);
    const topic = L.topics.find((t) => t.topic === 'self-harm')!;
    expect(topic).toMatchObject({ authorities: 3, dispersion: sh.dispersion });
    expect(topic.outliers).toEqual([{ authorityId: 'tidewater', authority: 'Tidewater', situations: 1 }]);
    expect(topic.neighbourDisagreements[0]).toEqual({ a: 'saltmere', b: 'tidewater', situations: 1, maxGap: 2 });
  });

  it('keeps situations apart when their qualifiers differ (default rule)', () => {
    const strict = lottery([fenmarsh, saltmere, tidewater], { neighbours, clusterThreshold: 0.3, minAuthorities: 1 });
    const selfHarm = strict.situations.filter((s) => s.topic === 'self-harm');
    // fenmarsh says "repeatedly" (frequency: repeated); the other two do not
    expect(selfHarm.map((s) => s.authorities).sort()).toEqual([1, 2]);
  });

  it('represents each authority by one indicator per situation', () => {
    const twice = makeProfile('twice', 'Twice', null, [['A', ['early_help']], ['B', ['child_protection']]], [
      ['Child self-harms and has expressed suicidal thoughts', 'A', ['self-harm']],
      ['Child self-harms and has suicidal thoughts', 'B', ['self-harm']],
    ]);
    const T = lottery([twice, saltmere, tidewater], { neighbours, ...loose, topic: 'self-harm' });
    const pl = T.situations[0].placements.find((p) => p.authorityId === 'twice')!;
    expect(pl.indicatorIds).toEqual(['twice#0']);
    expect(pl.bands).toEqual(['early_help']);
  });

  it('ranks the most inconsistent first', () => {
    expect(L.situations[0].topic).toBe('self-harm');
    const att = L.situations.find((s) => s.topic === 'school-attendance')!;
    expect(att.dispersion).toBe(0);
    for (let i = 1; i < L.topics.length; i++) expect(L.topics[i - 1].dispersion).toBeGreaterThanOrEqual(L.topics[i].dispersion);
  });

  it('restricts to one topic', () => {
    const T = lottery([fenmarsh, saltmere, tidewater], { neighbours, topic: 'housing', ...loose });
    expect(T.topics.map((t) => t.topic)).toEqual(['housing']);
    expect(T.situations).toHaveLength(1);
    expect(T.situations[0].distribution).toMatchObject({ early_help: 2, child_in_need: 1 });
  });
});
