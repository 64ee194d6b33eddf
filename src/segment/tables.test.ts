import { describe, expect, it } from 'vitest';
import type { Block } from '../model/index.ts';
import { LevelRegistry } from './levels.ts';
import { makeParse, type Description } from './context.ts';
import { tableIndicators, type MatrixCarry } from './tables.ts';

/** A cell given as an array holds one item per string. */
const table = (...texts: (string | string[])[][]): Extract<Block, { kind: 'table' }> => ({
  kind: 'table', page: 1, rows: texts.map((r) => ({ cells: r.map((t) => ({ header: false, items: (Array.isArray(t) ? t : t ? [t] : []).map((text) => ({ text, page: 1, bbox: null })) })) })),
});

/** The table set on page n. */
const onPage = (b: Extract<Block, { kind: 'table' }>, n: number): Extract<Block, { kind: 'table' }> =>
  ({ ...b, page: n, rows: b.rows.map((r) => ({ cells: r.cells.map((c) => ({ ...c, items: c.items.map((i) => ({ ...i, page: n })) })) })) });

function read(b: Extract<Block, { kind: 'table' }>, context: string | null = null, carry: { matrix: MatrixCarry | null } = { matrix: null }) {
  const registry = new LevelRegistry();
  const parse = makeParse(registry);
  for (const l of ['Level 1', 'Level 2', 'Level 3']) registry.add(parse(l)!, 4);
  const descriptions: Description[] = [];
  const level = context ? registry.find(parse(context)!) : null;
  const found = tableIndicators(b, registry, parse, level, null, descriptions, carry);
  return { found: found.map((f) => [registry.local(f.level), f.domain, f.text]), descriptions: descriptions.map((d) => d.span.text), carry };
}

describe('table kinds', () => {
  it('a matrix: levels across, domains down; its columns carry over to a headerless continuation', () => {
    const r = read(table(['Domain', 'Level 1', 'Level 2'], ['Health', 'Well', 'Hungry']));
    expect(r.found).toEqual([['Level 1', 'Health', 'Well'], ['Level 2', 'Health', 'Hungry']]);
    const next = read(table(['Education', 'Attends', 'Often late']), null, r.carry);
    expect(next.found).toEqual([['Level 1', 'Education', 'Attends'], ['Level 2', 'Education', 'Often late']]);
  });

  it('a level column: one indicator per row under the row\'s level', () => {
    const r = read(table(['Situation', 'Level'], ['Hungry', 'Level 1'], ['Often late', 'Level 1'], ['Neglect', 'Level 3']));
    expect(r.found).toEqual([['Level 1', null, 'Hungry'], ['Level 1', null, 'Often late'], ['Level 3', null, 'Neglect']]);
  });

  it('a first column headed "Level" naming one level: the other columns are areas of need (one table per level)', () => {
    const r = read(table(['Level', 'Health', 'Learning'], ['Level 2', 'Missed two clinic visits', 'Often late to school']));
    expect(r.found).toEqual([['Level 2', 'Health', 'Missed two clinic visits'], ['Level 2', 'Learning', 'Often late to school']]);
    // without the "Level" head a lone level row is not enough to read the table
    expect(read(table(['Area', 'Health'], ['Level 2', 'Missed two clinic visits'])).found).toEqual([]);
  });

  it('one level per table: a column holding a single long item beside columns of lists is a list of one, not the level\'s description', () => {
    const long = 'beginning to manage some everyday tasks such as packing a school bag, making toast and catching the right bus';
    const r = read(table(['Level', 'Health', 'Self care'], ['Level 2', ['Missed two clinic visits', 'Teeth often not brushed'], long]));
    expect(r.found).toEqual([['Level 2', 'Health', 'Missed two clinic visits'], ['Level 2', 'Health', 'Teeth often not brushed'], ['Level 2', 'Self care', long]]);
    expect(r.descriptions).toEqual([]);
  });

  it('levels as rows, a column of case stories of named children: each story is an example of its row\'s level, however long', () => {
    const ana = 'Ana, 8, often comes to the breakfast club without a coat in winter. Her dad says the heating at home has been off for a month. Ana told a teacher she sleeps in her clothes to keep warm at night.';
    const tom = 'Tom, 13, has stopped going to his swimming club and spends most nights out with older boys. His mum found cash and two new phones in his room and Tom will not say where they came from.';
    const r = read(table(['Level', 'Examples'], ['Level 2', [ana]], ['Level 3', [tom]]));
    expect(r.found).toEqual([['Level 2', null, ana], ['Level 3', null, tom]]);
    // a long description of a level (no named child) stays a description
    const desc = 'Children and families at this level have needs that more than one agency should meet together, under a plan agreed with the family and reviewed by a lead practitioner every few weeks.';
    expect(read(table(['Level', 'What it means'], ['Level 2', [desc]], ['Level 3', [desc]])).found).toEqual([]);
  });

  it('levels as rows continued over a page break under the repeated header: a first row with no level carries on the last level', () => {
    const carry = { matrix: null };
    const head = ['Level', 'Health', 'Learning'];
    const first = read(table(head, ['Level 1', 'Sees the dentist', 'Enjoys school'], ['Level 2', 'Missed two clinic visits', '']), null, carry);
    expect(first.found.at(-1)).toEqual(['Level 2', 'Health', 'Missed two clinic visits']);
    const cut = table(head, ['', '', ['Often late to school', 'Homework not handed in']], ['Level 3', 'Untreated tooth decay', '']);
    const saved = { ...carry };
    const next = read(onPage(cut, 2), null, carry);
    expect(next.found).toEqual([['Level 2', 'Learning', 'Often late to school'], ['Level 2', 'Learning', 'Homework not handed in'], ['Level 3', 'Health', 'Untreated tooth decay']]);
    // on the same page (not cut by a page break) or under another header the row with no level is not continued
    expect(read(cut, null, { ...saved }).found).toEqual([['Level 3', 'Health', 'Untreated tooth decay']]);
    const other = read(onPage(table(['Level', 'Home', 'Friends'], ['', 'Moved house twice', ''], ['Level 3', 'No heating', 'Bullied online']), 3), null, carry);
    expect(other.found).toEqual([['Level 3', 'Home', 'No heating'], ['Level 3', 'Friends', 'Bullied online']]);
  });

  it('a table inside one level\'s section: every item under that level, the first column as domain', () => {
    const r = read(table(['Health', 'Hungry'], ['Education', 'Often late']), 'Level 2');
    expect(r.found).toEqual([['Level 2', 'Health', 'Hungry'], ['Level 2', 'Education', 'Often late']]);
    expect(read(table(['Health', 'Hungry'])).found).toEqual([]);
  });
});
