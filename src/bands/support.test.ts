import { describe, expect, it } from 'vitest';
import type { LevelDef } from '../model/index.ts';
import { normalised, RANGES, rangeScore, supportFor } from './support.ts';

const level = (local: string, text: string): LevelDef => ({ local, order: 1, description: text ? [{ text, page: 2, bbox: null }] : [] });
const best = (l: LevelDef, position = 1, size = 4) => {
  const p = normalised(supportFor(l, position, size));
  const r = RANGES.reduce((a, x) => (rangeScore(p, x) > rangeScore(p, a) ? x : a), RANGES[0]);
  return `${r.lo}-${r.hi}`;
};

describe('supportFor', () => {
  it('counts an either-or cue once, for whichever of its bands the range takes', () => {
    const sup = supportFor(level('Tier B', 'An early help assessment by one practitioner.'), 1, 4);
    expect(sup.either.map((e) => [e.lo, e.hi, e.span ?? false])).toEqual([[1, 2, false]]);
    expect(best(level('Tier B', 'An early help assessment by one practitioner.'))).toBe('1-1');
  });
  it('reads a sentence naming a span of bands as support for a range covering it', () => {
    const sup = supportFor(level('Tier C', 'Help from several agencies, including children in need under section 17.'), 2, 4);
    expect(sup.either.filter((e) => e.span).map((e) => [e.lo, e.hi])).toEqual([[2, 3]]);
    const alt = supportFor(level('Tier D', 'Children helped by child in need or child protection services under section 17 or section 47.'), 3, 4);
    expect(alt.either.filter((e) => e.span).map((e) => [e.lo, e.hi])).toEqual([[3, 4]]);
  });
  it('marks a name that is a canonical band name as exclusive to that band', () => {
    expect([...(supportFor(level('Tier D - Acute / Child Protection', ''), 3, 4).exclusive ?? [])]).toEqual([4]);
    expect([...(supportFor(level('Targeted Early Help', ''), 2, 4).exclusive ?? [])]).toEqual([2]);
    expect(supportFor(level('Tier D - Specialist', ''), 3, 4).exclusive).toBeNull();
  });
  it('does not read "with universal services" (a partner) as a universal level', () => {
    expect(supportFor(level('Tier C', 'Local services work together with universal services.'), 2, 4).text[0]).toBe(0);
  });
  it('reads "led by one practitioner" as a lead professional, not a single agency', () => {
    const sup = supportFor(level('Tier C', 'Several agencies working together, led by one practitioner.'), 2, 4);
    expect(sup.text[1]).toBe(0);
    expect(sup.text[2]).toBeGreaterThan(0);
  });
});

