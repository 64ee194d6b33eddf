import { describe, expect, it } from 'vitest';
import {
  bareNumber, bareNumberThenName, countNumbered, findNumbered, hasNumbered, levelWordAlone, isNumberedContentsEntry, levelNumber, nameBracketThenText,
  nameThenNumbered, numberedAtStart, numberedMentions, talksOfLevels, trailingNumbered, escalatedFrom,
} from './level-grammar.ts';

describe('the level grammar', () => {
  it('a numbered level: a level word, a number in digits or words, an optional sub-level', () => {
    expect(numberedAtStart('Level 3 - Targeted Early Help')).toEqual({ number: 3, sub: null, label: 'Level 3', rest: ' - Targeted Early Help' });
    expect(numberedAtStart('Tier Two')).toMatchObject({ number: 2, sub: null, label: 'Tier Two', rest: '' });
    expect(numberedAtStart('level 3a: intensive')).toMatchObject({ number: 3, sub: 'a', label: 'level 3a' });
    expect(numberedAtStart('Stage 2b')).toMatchObject({ number: 2, sub: 'b' });
    expect(numberedAtStart('Level 3 a child')).toMatchObject({ number: 3, sub: null, rest: ' a child' });
    expect(numberedAtStart('Band 5')).toMatchObject({ number: 5 });
    expect(numberedAtStart('Level 3 abc')).toMatchObject({ number: 3, sub: null, rest: ' abc' });
    expect(numberedAtStart('Level 3rd')).toBeNull();
    expect(numberedAtStart('Levels of need')).toBeNull();
    expect(numberedAtStart('The Level 3 team')).toBeNull();
    expect(levelNumber('Four')).toBe(4);
  });

  it('"name – Level N" and "name (Level N)"', () => {
    expect(nameThenNumbered('Targeted Early Help – Level 3')).toEqual({ name: 'Targeted Early Help', number: 3, sub: null });
    expect(nameThenNumbered('Universal Services (Level 1)')).toEqual({ name: 'Universal Services', number: 1, sub: null });
    expect(nameThenNumbered('Specialist: Tier Four')).toMatchObject({ number: 4 });
    expect(nameThenNumbered('Level 3 needs')).toBeNull();
    expect(nameBracketThenText('Universal (Level 1) Children whose needs are met')).toEqual({ name: 'Universal', level: 'Level 1', text: 'Children whose needs are met' });
    expect(nameBracketThenText('Universal (Level 1)')).toBeNull();
  });

  it('a numbered level ending a heading, inside a title, mentioned in a sentence', () => {
    expect(trailingNumbered('Indicators at Level 2')).toEqual({ number: 2, sub: null });
    expect(trailingNumbered('Needs in Tier 3b')).toEqual({ number: 3, sub: 'b' });
    expect(trailingNumbered('Level 2 indicators')).toBeNull();
    expect(findNumbered('Level 2: Early Help | Anyshire manual')).toMatchObject({ number: 2, label: 'Level 2', rest: ': Early Help | Anyshire manual' });
    expect(hasNumbered('escalate to tier 3 if')).toBe(true);
    expect(hasNumbered('levels of need')).toBe(false);
    expect(countNumbered('Level 1 and Level 2, not the level of need')).toBe(2);
    expect(numberedMentions('needs at levels 3 and 4 or Level 2b; level two')).toEqual([{ number: 3, sub: null }, { number: 2, sub: 'b' }, { number: 2, sub: null }]);
  });

  it('a bare number as a level, and a bare number then a name', () => {
    expect(bareNumber('3B')).toEqual({ number: 3, sub: 'b' });
    expect(bareNumber('3 Targeted')).toBeNull();
    expect(bareNumberThenName('2 Universal Plus')).toEqual({ number: 2, sub: null, name: 'Universal Plus' });
    expect(bareNumberThenName('3a: Intensive')).toEqual({ number: 3, sub: 'a', name: 'Intensive' });
  });

  it('a level word alone, level words at all, a contents entry', () => {
    expect(levelWordAlone('Level of need')).toBe('Level');
    expect(levelWordAlone('Suggested tier')).toBe('tier');
    expect(levelWordAlone('Level 2')).toBeNull();
    expect(talksOfLevels('the four tiers of support')).toBe(true);
    expect(talksOfLevels('a levelled playing field')).toBe(false);
    expect(isNumberedContentsEntry('Level 1: No additional support 8')).toBe(true);
    expect(isNumberedContentsEntry('Level 1: No additional support')).toBe(false);
  });
});

describe('one grammar', () => {
  it('no other file in src/segment builds its own level pattern', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('.', import.meta.url);
    const offenders: string[] = [];
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts') && n !== 'level-grammar.ts')) {
      const src = readFileSync(new URL(f, dir), 'utf8');
      // the level vocabulary turned into a pattern, a level word followed by a number, or a number with a sub-level letter
      if (f !== 'vocab.ts' && /\b(?:LEVEL_WORDS|WORD_NUMBERS|SUB_LEVELS)\b/.test(src)) offenders.push(`${f}: uses the level vocabulary directly`);
      if (/(?:level|tier|stage|band)[|)?s]*\\s[*+?]*\\d/i.test(src)) offenders.push(`${f}: a level word then a number`);
      if (/\\d\{1,2\}\)?\(?\[a-e\]/.test(src)) offenders.push(`${f}: a number with a sub-level letter`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('escalatedFrom (needs that go on past a level)', () => {
  it('"despite <support> at N" is level N + 1, with or without a level word', () => {
    expect(escalatedFrom('Despite help at 2, worries about the child keep growing:')).toEqual({ number: 2, next: 3 });
    expect(escalatedFrom('Notwithstanding the early help input at Tier Three, needs are unmet')).toEqual({ number: 3, next: 4 });
  });
  it('"after <support> at N" only with a word of continuing need', () => {
    expect(escalatedFrom('Needs persist after involvement at Level 1')).toEqual({ number: 1, next: 2 });
    expect(escalatedFrom('After support at level 2 the family were signposted')).toBeNull();
  });
  it('never a step down, a sub-level or a level without support words', () => {
    expect(escalatedFrom('Despite support at level 3, the case can step down')).toBeNull();
    expect(escalatedFrom('Despite support at Level 2b needs continue')).toBeNull();
    expect(escalatedFrom('Despite living at 2 Church Lane')).toBeNull();
  });
});
