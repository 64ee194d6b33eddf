import { describe, expect, it } from 'vitest';
import type { TableRow } from '../model/index.ts';
import { toGrid } from './grid.ts';
import { LevelRegistry } from './levels.ts';
import { makeParse } from './context.ts';
import { discoverTable, levelAt, levelColumn, levelHeader } from './table-levels.ts';

const rows = (...texts: (string | null)[][]): TableRow[] =>
  texts.map((r) => ({ cells: r.map((t) => ({ header: false, items: t === null ? [] : [{ text: t, page: 1, bbox: null }] })) }));

describe('levels in tables', () => {
  it('a header row naming two or more levels is a matrix header', () => {
    const grid = toGrid(rows(['Domain', 'Level 1', 'Level 2', 'Level 3'], ['Health', 'Well', 'Missed visits', 'Neglect']));
    const h = levelHeader(grid, null, makeParse(new LevelRegistry()));
    expect(h?.row).toBe(0);
    expect([...h!.levels.keys()]).toEqual([1, 2, 3]);
  });

  it('a column of bare numbers under "Level" is a level column, written "Level n"', () => {
    const grid = toGrid(rows(['Situation', 'Level'], ['Hungry', '2'], ['Bruised baby', '4']));
    const col = levelColumn(grid, null, makeParse(new LevelRegistry()));
    expect(col.col).toBe(1);
    expect([...col.rows.values()].map((p) => p.written)).toEqual(['Level 2', 'Level 4']);
  });

  it('a level cell merged down its rows covers them', () => {
    const table = rows(['Level', 'Description'], ['Level 1', 'Well'], ['Level 2', 'Hungry'], ['Level 3', 'Neglect']);
    table[1].cells[0].rowspan = 2;
    table[2].cells.shift();
    const grid = toGrid(table);
    const col = levelColumn(grid, null, makeParse(new LevelRegistry()));
    expect(levelAt(grid, col, 2)?.number).toBe(1);
    expect(levelAt(grid, col, 3)?.number).toBe(3);
  });

  it('discoverTable registers a matrix header and the level names of a second header row', () => {
    const registry = new LevelRegistry();
    discoverTable(toGrid(rows(['Area', 'Level 1', 'Level 2'], ['', 'Universal', 'Early Help'], ['Health', 'Well', 'Hungry'])), registry, makeParse(registry));
    expect(registry.entries.map((e) => [e.number, [...e.names]])).toEqual([[1, ['universal']], [2, ['early help']]]);
  });
});
