import { describe, expect, it } from 'vitest';
import type { Block } from '../model/index.ts';
import { LevelRegistry } from './levels.ts';
import { makeParse, type Description } from './context.ts';
import { tableIndicators, type MatrixCarry } from './tables.ts';

const table = (...texts: string[][]): Extract<Block, { kind: 'table' }> => ({
  kind: 'table', page: 1, rows: texts.map((r) => ({ cells: r.map((t) => ({ header: false, items: t ? [{ text: t, page: 1, bbox: null }] : [] })) })),
});

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

  it('a table inside one level\'s section: every item under that level, the first column as domain', () => {
    const r = read(table(['Health', 'Hungry'], ['Education', 'Often late']), 'Level 2');
    expect(r.found).toEqual([['Level 2', 'Health', 'Hungry'], ['Level 2', 'Education', 'Often late']]);
    expect(read(table(['Health', 'Hungry'])).found).toEqual([]);
  });
});
