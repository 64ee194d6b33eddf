import { describe, expect, it } from 'vitest';
import type { LevelDef } from '../model/index.ts';
import { levelNumber, padNumbered } from './numbered.ts';

const level = (local: string, order: number): LevelDef => ({ local, order, description: [] });

describe('levelNumber', () => {
  it('reads the number a level name gives, in figures or words, before or after the name', () => {
    expect(['Tier 2 (Additional)', 'Level Three', '3. Plus', 'Getting On - Stage 1', 'Step:4', 'Universal', 'Level 2a'].map(levelNumber))
      .toEqual([2, 3, 3, 1, 4, null, null]);
  });
});

describe('padNumbered', () => {
  it('adds the missing upper levels of a four-level scheme after Levels 1..n', () => {
    const out = padNumbered([level('Level 1', 1), level('Level 2 - Some Help', 2)]);
    expect(out).toHaveLength(4);
    expect(out.slice(2).every((l) => l.description.length === 0 && l.order > 2)).toBe(true);
  });
  it('leaves unnumbered, out-of-order and four-level schemes alone', () => {
    const named = [level('Open to All', 1), level('Some Help', 2)];
    expect(padNumbered(named)).toBe(named);
    const gap = [level('Level 1', 1), level('Level 3', 2)];
    expect(padNumbered(gap)).toBe(gap);
    const four = [1, 2, 3, 4].map((n) => level(`Tier ${n}`, n));
    expect(padNumbered(four)).toBe(four);
  });
});
