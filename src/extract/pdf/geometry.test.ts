import { describe, expect, it } from 'vitest';
import type { Block } from '../../model/index.ts';
import { readingOrder, type PlacedTable } from './geometry.ts';

// Fictional tables placed on a page (reading space: y grows up the page).
const placed = (name: string, y0: number, y1: number): PlacedTable => ({
  block: { kind: 'table', page: 2, rows: [{ cells: [{ header: true, items: [{ text: name, page: 2, bbox: null }] }] }] } satisfies Block,
  x0: 40, x1: 550, y0, y1,
});

describe('readingOrder', () => {
  it('a page holding tables only (its running lines dropped) reads them top to bottom, whatever order they were found in', () => {
    const low = placed('Lower table', 240, 280), high = placed('Upper table', 500, 790);
    const order = readingOrder([], [low, high], 595).map((i) => ('table' in i ? i.table : null));
    expect(order).toEqual([high, low]);
  });
});
