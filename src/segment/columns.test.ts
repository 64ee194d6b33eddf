import { describe, expect, it } from 'vitest';
import { columnsByRepeat } from './columns.ts';
import type { Candidate, Frame } from './context.ts';
import type { LevelEntry } from './levels.ts';

const level = { number: null, sub: null, names: new Set<string>(), forms: [], rank: null, firstSeen: 0, description: [], indicators: 0 } as LevelEntry;
const section = (text: string): Frame => ({ depth: 9, kind: 'section', text });
const item = (text: string, cell: Frame | null): Candidate => ({ text, level, domain: cell?.text ?? null, span: { text, page: 1, bbox: null } as unknown as Candidate['span'], frame: null, fromParagraph: true, cell });

/** Candidates for headings written in order, two items under each. */
function page(headings: string[]): Candidate[] {
  return headings.flatMap((h, k) => {
    const f = section(h);
    return [item(`${h} item a${k}`, f), item(`${h} item b${k}`, f)];
  });
}

describe('columnsByRepeat (a flattened domains x levels table)', () => {
  it('row by row: the k-th heading of a domain is column k', () => {
    const c = page(['Health', 'Health', 'Health', 'Home', 'Home', 'Home']);
    expect(c.map((x) => columnsByRepeat(c, 3)!.get(x))).toEqual([0, 0, 1, 1, 2, 2, 0, 0, 1, 1, 2, 2]);
  });
  it('column by column gives the same columns', () => {
    const c = page(['Health', 'Home', 'Health', 'Home']);
    expect(c.map((x) => columnsByRepeat(c, 4)!.get(x))).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });
  it('a domain written twice in a row is two cells, not one', () => {
    const c = page(['Health', 'Home', 'Home', 'Family', 'Family']);
    expect(c.map((x) => columnsByRepeat(c, 4)!.get(x))).toEqual([0, 0, 0, 0, 1, 1, 0, 0, 1, 1]);
  });
  it('reads nothing when fewer than two domains repeat, a domain repeats past the levels, or an item has no heading', () => {
    expect(columnsByRepeat(page(['Health', 'Home', 'Family']), 4)).toBeNull();
    expect(columnsByRepeat(page(['Health', 'Health', 'Home']), 4)).toBeNull();
    expect(columnsByRepeat(page(['Health', 'Health', 'Health', 'Home', 'Home']), 2)).toBeNull();
    const c = page(['Health', 'Health', 'Home', 'Home']);
    expect(columnsByRepeat([item('loose line', null), ...c], 4)).toBeNull();
  });
});
