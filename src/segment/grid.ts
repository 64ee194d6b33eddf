import type { Span, TableCell, TableRow } from '../model/index.ts';

/** One grid position: the cell covering it and whether this is the cell's own (top-left) position. */
export interface GridCell {
  cell: TableCell;
  origin: boolean;
  /** Index of the source row where the cell starts. */
  row: number;
}

/** Expand colspan/rowspan into a rectangular grid so columns line up with header columns. */
export function toGrid(rows: TableRow[]): GridCell[][] {
  const grid: GridCell[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (grid[r][c]) c++;
      const cs = Math.max(1, cell.colspan ?? 1);
      const rs = Math.max(1, Math.min(cell.rowspan ?? 1, rows.length - r));
      for (let dr = 0; dr < rs; dr++) {
        for (let dc = 0; dc < cs; dc++) grid[r + dr][c + dc] = { cell, origin: dr === 0 && dc === 0, row: r };
      }
      c += cs;
    }
  });
  const width = Math.max(0, ...grid.map((g) => g.length));
  const empty: TableCell = { header: false, items: [] };
  return grid.map((g) => Array.from({ length: width }, (_, i) => g[i] ?? { cell: empty, origin: true, row: -1 }));
}

export function cellText(cell: TableCell): string {
  return cell.items.map((s) => s.text).join(' ').replace(/\s+/g, ' ').trim();
}

export function cellSpans(cell: TableCell): Span[] {
  return cell.items;
}
