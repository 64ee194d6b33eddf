import { describe, expect, it } from 'vitest';
import { isBulletGlyph, joinLines, stripBullet } from './text.ts';

describe('joinLines', () => {
  it('mends words broken by hyphenation', () => {
    expect(joinLines('an assess-', 'ment of need')).toBe('an assessment of need');
    expect(joinLines('a soft\u00ad', 'hyphen')).toBe('a softhyphen');
  });
  it('keeps real hyphens', () => {
    expect(joinLines('emotional well-', 'being')).toBe('emotional well-being');
    expect(joinLines('repeated self-', 'harm')).toBe('repeated self-harm');
    expect(joinLines('multi-', 'agency')).toBe('multi-agency');
    expect(joinLines('Covid-', '19 restrictions')).toBe('Covid-19 restrictions');
  });
  it('joins wrapped lines with one space', () => {
    expect(joinLines('child is ', ' at risk')).toBe('child is at risk');
    expect(joinLines('', 'x')).toBe('x');
  });
});

describe('bullets', () => {
  it('strips glyphs and numbering', () => {
    expect(stripBullet('\u2022 Child is hungry')).toBe('Child is hungry');
    expect(stripBullet('\uf0b7 Word symbol bullet')).toBe('Word symbol bullet');
    expect(stripBullet('- dash item')).toBe('dash item');
    expect(stripBullet('3. third item')).toBe('third item');
    expect(stripBullet('b) lettered')).toBe('lettered');
    expect(stripBullet('o Courier o bullet')).toBe('Courier o bullet');
    expect(stripBullet('\u00a7 Wingdings bullet without mapping')).toBe('Wingdings bullet without mapping');
    expect(stripBullet('\u00d8 Arrow bullet')).toBe('Arrow bullet');
  });
  it('leaves ordinary text alone', () => {
    expect(stripBullet('Child is hungry')).toBeNull();
    expect(stripBullet('3 children in the home')).toBeNull();
    expect(stripBullet('-5 degrees')).toBeNull();
    expect(stripBullet('o the other')).toBeNull();
    expect(stripBullet('\u00a7 17 of the Act')).toBeNull();
  });
  it('recognises lone bullet glyphs', () => {
    expect(isBulletGlyph('\u2022')).toBe(true);
    expect(isBulletGlyph('\u25aa')).toBe(true);
    expect(isBulletGlyph('a')).toBe(false);
    expect(isBulletGlyph('\u00a7')).toBe(true);
  });
});
