import { describe, expect, it } from 'vitest';
import { findPassage, lineRange } from './passage.ts';

describe('findPassage', () => {
  const text = 'Intro words here.\n\nLevel 3\n  Child is   frequently\n missing from school and home.\nNext item follows.';
  it('finds text across line breaks and spacing, keeping the original characters', () => {
    const p = findPassage(text, 'child is frequently missing from school', 10)!;
    expect(p.match).toBe('Child is   frequently\n missing from school');
    expect(p.before).toMatch(/^… .*3\n  $/s);
    expect(p.after).toBe(' and …');
  });
  it('falls back to the leading part of a long indicator the source words slightly differently', () => {
    const p = findPassage(text, 'Child is frequently missing from school and home, and from the youth club', 10);
    expect(p?.match.startsWith('Child is')).toBe(true);
  });
  it('returns null when nothing matches', () => {
    expect(findPassage(text, 'nothing like this anywhere at all in it')).toBeNull();
  });
  it('reads line ranges', () => {
    expect(lineRange('lines 12-14')).toEqual([12, 14]);
    expect(lineRange('line 3')).toEqual([3, 3]);
    expect(lineRange('/html/body/ul[2]/li[3]')).toBeNull();
  });
});
