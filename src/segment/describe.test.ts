import { describe, expect, it } from 'vitest';
import type { Layout } from '../model/index.ts';
import { describeLevels } from './describe.ts';
import type { LevelEntry } from './levels.ts';

const entry = (number: number, names: string[]): LevelEntry => ({ number, sub: null, names: new Set(names), forms: [], rank: null, firstSeen: number, description: [], indicators: 0 });
const layout = (lines: string[]): Layout => ({ blocks: lines.map((text) => ({ kind: 'paragraph', span: { text, page: 1, bbox: null } })) }) as unknown as Layout;

describe('describeLevels', () => {
  it('gives a level the sentences naming it by number or by its own name', () => {
    const two = entry(2, ['joined help']);
    const three = entry(3, ['close support']);
    describeLevels(layout(['Joined help means a team around the family.', 'Needs continue despite work at level 2.']), [two, three]);
    expect(two.description.map((d) => d.text)).toEqual(['Joined help means a team around the family.', 'Needs continue despite work at level 2.']);
    expect(three.description).toEqual([]);
  });
  it('ignores a name two levels share (a header cut at a page break): it names neither', () => {
    const two = entry(2, ['community services one agency', 'community']);
    const three = entry(3, ['community services several agencies', 'community']);
    describeLevels(layout(['Level Three - Community Services - Several Agencies']), [two, three]);
    expect(two.description).toEqual([]);
    expect(three.description.map((d) => d.text)).toEqual(['Level Three - Community Services - Several Agencies']);
  });
});
