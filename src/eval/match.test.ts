import { describe, expect, it } from 'vitest';
import { matchTexts, normalise, similarity } from './match.ts';

describe('indicator matching', () => {
  it('normalises whitespace, curly quotes and dashes for exact matches', () => {
    expect(normalise('  Child\u2019s  needs \u2013 “high”\n')).toBe('Child\'s needs - "high"');
    const m = matchTexts(['Child\u2019s needs \u2013 high'], ["Child's  needs - high"]);
    expect(m).toEqual([{ gold: 0, found: 0, exact: true, similarity: 1 }]);
  });

  it('accepts near matches (similarity >= 0.9) and rejects weaker ones', () => {
    expect(similarity('Parents separating and conflict is affecting the child', 'Parents separating and conflict is affecting the child.')).toBeGreaterThanOrEqual(0.9);
    expect(similarity('Child is often hungry', 'Child is never hungry')).toBeLessThan(0.9);
    expect(similarity('Debt problems', 'Debt problems causing stress in the family')).toBe(0);
  });

  it('matches one-to-one, best pairs first', () => {
    const gold = ['Young person drinking alcohol most weekends', 'Young person drinking alcohol every weekend'];
    const found = ['Young person drinking alcohol every weekend.', 'Young person drinking alcohol every weekend'];
    const m = matchTexts(gold, found);
    expect(m.map((x) => [x.gold, x.found, x.exact])).toEqual([[1, 1, true]]);
    expect(matchTexts(['a b c d e f g h i j'], [])).toEqual([]);
  });
});
