// Reading table cells: items inside a cell (glyph-separated bullets, wrapped lines, lead-ins), row keys,
// and placing a body row's cells under header columns by position when a PDF dropped empty cells.
import type { Span, TableCell } from '../model/index.ts';
import { nameKey, normSpace } from './levels.ts';
import { cellText, type GridCell } from './grid.ts';
import { LEADING_GLYPH } from './context.ts';

export function items(cell: TableCell): Span[] {
  const out: Span[] = [];
  for (const s of cell.items) {
    // A cell item may hold several glyph-separated bullets on one line.
    const parts = s.text.split(/\s+[•▪●■]\s+/);
    if (parts.length === 1) out.push(s);
    else for (const p of parts) out.push({ ...s, text: p });
  }
  return out;
}

export function rowKey(grid: GridCell[][], r: number): string {
  return [...new Set(grid[r].map((g) => g.cell))].map((c) => nameKey(cellText(c))).join('|');
}

export function spanCenter(spans: Span[]): number | null {
  const boxes = spans.map((s) => s.bbox).filter((b): b is NonNullable<Span['bbox']> => b !== null);
  if (!boxes.length) return null;
  return (Math.min(...boxes.map((b) => b[0])) + Math.max(...boxes.map((b) => b[2]))) / 2;
}

/** x-centre of each header column, when the header cells carry boxes (PDF); else null. */
export function headerCenters(grid: GridCell[][], headerRow: number): number[] | null {
  const centers: number[] = [];
  for (const g of grid[headerRow]) {
    const c = spanCenter(g.cell.items);
    if (c === null) return null;
    centers.push(c);
  }
  return centers;
}

/**
 * Grid column of each cell in a body row. With boxes, by nearest header column centre: PDF table
 * rebuilding may drop empty cells, which would shift every later cell left.
 */
export function placeCells(cells: TableCell[], row: GridCell[], r: number, centers: number[] | null): { col: number; cell: TableCell }[] {
  const out: { col: number; cell: TableCell }[] = [];
  for (const cell of cells) {
    const gridCol = row.findIndex((g) => g.cell === cell);
    const x = centers ? spanCenter(cell.items) : null;
    if (x === null || !centers) {
      if (gridCol >= 0) out.push({ col: gridCol, cell });
      continue;
    }
    let best = 0;
    for (let k = 1; k < centers.length; k++) if (Math.abs(centers[k] - x) < Math.abs(centers[best] - x)) best = k;
    out.push({ col: best, cell });
  }
  // cells spanning down from an earlier row
  row.forEach((g, c) => {
    if (c === 0 && g.row >= 0 && g.row < r && !out.some((o) => o.cell === g.cell)) out.push({ col: c, cell: g.cell });
  });
  return out.filter((o, i) => out.findIndex((x) => x.cell === o.cell) === i || o.cell.items.length === 0);
}

/** A wrapped line the extractor left as its own item: not bulleted, starts lower-case, follows an unfinished item. */
export function isContinuation(prev: Span | undefined, cur: Span): boolean {
  return !!prev && !cur.bullet && /^[a-z(]/.test(cur.text.trim()) && !/[.;:!?]$/.test(prev.text.trim());
}

export function joinWrapped(list: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of list) {
    const prev = out[out.length - 1];
    if (isContinuation(prev, s)) {
      const bbox = prev.bbox && s.bbox && prev.page === s.page
        ? ([Math.min(prev.bbox[0], s.bbox[0]), Math.min(prev.bbox[1], s.bbox[1]), Math.max(prev.bbox[2], s.bbox[2]), Math.max(prev.bbox[3], s.bbox[3])] as Span['bbox'])
        : prev.bbox;
      out[out.length - 1] = { ...prev, text: `${prev.text.trim()} ${s.text.trim()}`, bbox: bbox };
    } else out.push(s);
  }
  return out;
}

export function indicatorItems(cell: TableCell): Span[] {
  const list = joinWrapped(items(cell));
  return list.filter((s, i) => {
    const t = normSpace(s.text).replace(LEADING_GLYPH, '');
    if (!t || !/[A-Za-z]/.test(t)) return false;
    if (/:$/.test(t) && i < list.length - 1) return false; // lead-in to the items after it
    return true;
  }).map((s) => ({ ...s, text: normSpace(s.text).replace(LEADING_GLYPH, '') }));
}
