import { describe, expect, it } from 'vitest';
import { topicPlacements } from './placement.ts';
import { fenmarsh, fenmarsh2025, makeProfile } from './__fixtures__/profiles.ts';

describe('topicPlacements', () => {
  it('gives range, modal band and count per topic', () => {
    const p = topicPlacements(fenmarsh);
    expect(p['school-attendance']).toEqual({ bands: ['universal', 'early_help'], modal: 'universal', count: 2 });
    expect(p['self-harm']).toEqual({ bands: ['child_in_need', 'child_protection'], modal: 'child_in_need', count: 1 });
    expect(p['housing']).toEqual({ bands: ['early_help'], modal: 'early_help', count: 1 });
  });

  it('keeps ranges contiguous and never collapses a wide level', () => {
    const p = topicPlacements(fenmarsh2025);
    expect(p['self-harm'].bands).toEqual(['early_help', 'targeted_early_help', 'child_in_need']);
    expect(p['school-attendance'].bands).toEqual(['universal', 'early_help', 'targeted_early_help', 'child_in_need']);
  });

  it('breaks modal ties toward the lower band and skips unbanded indicators', () => {
    const p = makeProfile('x', 'X', null, [['A', ['early_help']], ['B', ['child_protection']], ['C', []]], [
      ['one', 'B', ['neglect']], ['two', 'A', ['neglect']], ['three', 'C', ['neglect']], ['four', 'C', ['housing']],
    ]);
    const out = topicPlacements(p);
    expect(out.neglect).toEqual({
      bands: ['early_help', 'targeted_early_help', 'child_in_need', 'child_protection'], modal: 'early_help', count: 3,
    });
    expect(out.housing).toBeUndefined();
  });
});
