import { describe, expect, it } from 'vitest';
import type { Span, TableCell } from '../model/index.ts';
import { toGrid } from './grid.ts';
import { indicatorItems, isContinuation, placeCells, rowKey } from './table-cells.ts';

const span = (text: string, bbox: Span['bbox'] = null, bullet = false): Span => ({ text, page: 1, bbox, ...(bullet ? { bullet } : {}) });
const cell = (...items: Span[]): TableCell => ({ header: false, items });

describe('table cells', () => {
  it('splits glyph-separated bullets, joins wrapped lines, drops a lead-in and the glyphs', () => {
    const c = cell(span('Signs include:'), span('• Hungry • Cold'), span('Missed three health visits in a'), span('row this winter'), span('1.'));
    expect(indicatorItems(c).map((s) => s.text)).toEqual(['Hungry', 'Cold', 'Missed three health visits in a row this winter']);
  });

  it('a continuation starts lower-case after an unfinished, unbulleted line', () => {
    expect(isContinuation(span('Parent misusing'), span('alcohol daily'))).toBe(true);
    expect(isContinuation(span('Parent misusing.'), span('alcohol daily'))).toBe(false);
    expect(isContinuation(span('Parent misusing'), span('alcohol daily', null, true))).toBe(false);
  });

  it('places a PDF row whose empty cell was dropped by its x-centre under the header columns', () => {
    const a = cell(span('Health', [0, 0, 40, 10]));
    const c = cell(span('Hungry', [205, 0, 240, 10]));
    const grid = toGrid([{ cells: [a, c] }]);
    // header columns centred at 20, 120, 220: the second cell belongs in column 2, not 1
    expect(placeCells([a, c], grid[0], 0, [20, 120, 220]).map((p) => p.col)).toEqual([0, 2]);
    expect(placeCells([a, c], grid[0], 0, null).map((p) => p.col)).toEqual([0, 1]);
  });

  it('a row key ignores case and punctuation (a header repeated on the next page)', () => {
    const grid = toGrid([{ cells: [cell(span('Domain')), cell(span('Level 1:'))] }, { cells: [cell(span('domain')), cell(span('LEVEL 1'))] }]);
    expect(rowKey(grid, 0)).toBe(rowKey(grid, 1));
  });
});
