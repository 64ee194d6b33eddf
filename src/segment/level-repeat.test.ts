import { describe, expect, it } from 'vitest';
import { levelsByRepeat } from './level-repeat.ts';

const levels = (names: string[], n: number, minRepeated = 1) => {
  const heads = names.map((name, i) => ({ name, i }));
  const r = levelsByRepeat(heads, (h) => h.name, n, minRepeated);
  return r && heads.map((h) => r.get(h));
};

describe('levelsByRepeat (the k-th repeat of a heading is the k-th level)', () => {
  it('level by level and heading by heading alike', () => {
    expect(levels(['Health', 'Home', 'Health', 'Home'], 3)).toEqual([0, 0, 1, 1]);
    expect(levels(['Health', 'Health', 'Home', 'Home', 'Home'], 3)).toEqual([0, 1, 0, 1, 2]);
  });
  it('counts a name by its key, not its spelling', () => {
    expect(levels(['Health', 'HEALTH ', 'Home'], 2)).toEqual([0, 1, 0]);
  });
  it('reads nothing with fewer than two levels or fewer repeated names than asked', () => {
    expect(levels(['Health', 'Health'], 1)).toBeNull();
    expect(levels(['Health', 'Home'], 3)).toBeNull();
    expect(levels(['Health', 'Health', 'Home'], 3, 2)).toBeNull();
    expect(levels(['Health', 'Health', 'Home', 'Home'], 3, 2)).toEqual([0, 1, 0, 1]);
    expect(levels([], 3)).toBeNull();
  });
  it('reads nothing when a name repeats more often than there are levels', () => {
    expect(levels(['Health', 'Health', 'Health', 'Home'], 2)).toBeNull();
    expect(levels(['Health', 'Health', 'Health', 'Home'], 3)).toEqual([0, 1, 2, 0]);
  });
});
