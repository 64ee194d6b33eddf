import { describe, expect, it } from 'vitest';
import { latestProfiles, lottery } from './lottery.ts';
import { neighbourLookup } from './neighbours.ts';
import { fenmarsh, fenmarsh2025, makeProfile, saltmere } from './__fixtures__/profiles.ts';

const tidewater = makeProfile('tidewater', 'Tidewater', '2024-01-01', [
  ['T1', ['universal']], ['T2', ['early_help']], ['T3', ['child_in_need']], ['T4', ['child_protection']],
], [
  ['Young person self-harms and talks about suicidal thoughts', 'T4', ['self-harm']],
  ['Overcrowded housing for the family', 'T2', ['housing']],
  ['Attendance below ninety percent', 'T2', ['school-attendance']],
]);
const neighbours = neighbourLookup([
  { id: 'fenmarsh', hex: { q: 0, r: 0 } }, { id: 'saltmere', hex: { q: 1, r: 0 } }, { id: 'tidewater', hex: { q: 0, r: 1 } },
]);

describe('lottery', () => {
  const L = lottery([fenmarsh, saltmere, fenmarsh2025, tidewater], { neighbours });

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
  });

  it('ranks the most inconsistent first', () => {
    expect(L.situations[0].topic).toBe('self-harm');
    const att = L.situations.find((s) => s.topic === 'school-attendance')!;
    expect(att.dispersion).toBe(0);
    for (let i = 1; i < L.topics.length; i++) expect(L.topics[i - 1].dispersion).toBeGreaterThanOrEqual(L.topics[i].dispersion);
  });

  it('restricts to one topic', () => {
    const T = lottery([fenmarsh, saltmere, tidewater], { neighbours, topic: 'housing', minAuthorities: 2 });
    expect(T.topics.map((t) => t.topic)).toEqual(['housing']);
    expect(T.situations).toHaveLength(1);
    expect(T.situations[0].distribution).toMatchObject({ early_help: 2, child_in_need: 1 });
  });
});
