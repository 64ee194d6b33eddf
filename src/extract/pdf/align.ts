// Tagged tables lose empty cells: pdf.js only returns structure elements that have content on the page.
// Put each cell back under its column by its x position (reading space), inserting empty cells.
import type { TableCell, TableRow } from '../../model/index.ts';

/** Reading-space x extent of each cell's text, recorded by the readers. */
export const cellX = new WeakMap<TableCell, [number, number]>();

const width = (r: TableRow): number => r.cells.reduce((n, c) => n + (c.colspan ?? 1), 0);

/** Column x-ranges from the widest rows whose cells all have positions; null if unknown. */
export function columnsOf(rows: TableRow[]): [number, number][] | null {
  const n = Math.max(0, ...rows.map(width));
  const full = rows.filter((r) => r.cells.length === n && r.cells.every((c) => cellX.has(c)));
  if (!full.length || n < 2) return null;
  const cols: [number, number][] = Array.from({ length: n }, () => [Infinity, -Infinity]);
  for (const r of full) {
    r.cells.forEach((c, i) => {
      const [a, b] = cellX.get(c)!;
      cols[i][0] = Math.min(cols[i][0], a);
      cols[i][1] = Math.max(cols[i][1], b);
    });
  }
  return cols;
}

/** Re-seat short rows' cells under the columns their text starts in. */
export function alignRows(rows: TableRow[], cols: [number, number][] | null): TableRow[] {
  if (!cols) return rows;
  const n = cols.length;
  const bounds = cols.slice(1).map((c, i) => (Math.min(cols[i][1], c[0]) + c[0]) / 2);
  const colOf = (x: number) => {
    let i = 0;
    while (i < bounds.length && x >= bounds[i] - 1) i++;
    return i;
  };
  return rows.map((r) => {
    const placed = r.cells.filter((c) => c.items.length || cellX.has(c));
    if (width(r) >= n || !placed.every((c) => cellX.has(c))) return r;
    const seats: (TableCell | null)[] = Array.from({ length: n }, () => null);
    for (const c of placed) {
      let i = colOf(cellX.get(c)![0]);
      while (i < n && seats[i]) i++;
      if (i >= n) return r; // does not fit: leave as is
      seats[i] = c;
    }
    const header = r.cells[0]?.header ?? false;
    return { cells: seats.map((c, i) => c ?? { header: header && i === 0, items: [] }) };
  });
}

/** The runs' reading-space boxes of each tagged cell, recorded by the tagged reader (for `contradicted`). */
export const cellBoxes = new WeakMap<TableCell, { x0: number; y0: number; x1: number; y1: number; base: number }[]>();

/**
 * Whether a tagged table's tree puts text in a cell where the page does not: a cell with a line lying wholly right
 * of another of its lines (left-aligned or centred text in one cell never does: it is two columns' text), text
 * that starts where the next column's text starts, or, past the first column, text lower than the top of the next
 * row's own text. LibreOffice does this when one list runs through several cells: the later cells' items, even of
 * later rows, are nested under the first cell's list. The page is then better read from its geometry.
 */
export function contradicted(rows: TableRow[]): boolean {
  const cols = columnsOf(rows);
  const n = cols?.length ?? Math.max(0, ...rows.map(width));
  const tops = rows.map((r) => Math.max(-Infinity, ...r.cells.flatMap((c) => (cellBoxes.get(c) ?? []).map((b) => b.y1))));
  if (rows.some((r) => r.cells.some((c) => twoColumns(cellBoxes.get(c) ?? [])))) return true;
  return rows.some((r, i) => {
    if (r.cells.length !== n || r.cells.some((c) => (c.colspan ?? 1) > 1 || (c.rowspan ?? 1) > 1)) return false;
    const nextTop = i + 1 < rows.length ? tops[i + 1] : -Infinity;
    return r.cells.some((c, j) => (cellBoxes.get(c) ?? []).some((b) =>
      (cols && j + 1 < n && b.x0 >= cols[j + 1][0] - 1) || (j > 0 && b.y1 < nextTop - 2)));
  });
}

/** A line (the runs on one baseline) lying wholly right of another line of the same cell. */
function twoColumns(boxes: { x0: number; x1: number; base: number }[]): boolean {
  const lines: { base: number; x0: number; x1: number }[] = [];
  for (const b of [...boxes].sort((p, q) => q.base - p.base)) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.base - b.base) <= 1) { last.x0 = Math.min(last.x0, b.x0); last.x1 = Math.max(last.x1, b.x1); }
    else lines.push({ base: b.base, x0: b.x0, x1: b.x1 });
  }
  if (lines.length < 2) return false;
  const firstEnd = Math.min(...lines.map((l) => l.x1));
  const left = Math.min(...lines.map((l) => l.x0));
  return lines.some((l) => l.x0 >= firstEnd + 2 && l.x0 >= left + 36);
}
