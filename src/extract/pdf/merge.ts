// A table that continues on the next page (often with its header row repeated) becomes one table.
import type { Block, TableRow } from '../../model/index.ts';
import { alignRows, columnsOf } from './align.ts';
import { joinLines } from './text.ts';

type Table = Extract<Block, { kind: 'table' }>;

const width = (r: TableRow): number => r.cells.reduce((n, c) => n + (c.colspan ?? 1), 0);
const maxWidth = (t: Table): number => Math.max(...t.rows.map(width));
/** A row's words per cell, white space and dashes dropped: a header repeated overleaf may wrap (and so hyphenate) elsewhere. */
const rowText = (r: TableRow): string =>
  r.cells.map((c) => c.items.map((i) => i.text).join(' ').toLowerCase().replace(/[\s\-\u2010-\u2015]+/g, '')).join('|');

export function mergeContinuedTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (b.kind === 'table' && last?.kind === 'table' && continues(last, b)) {
      const aligned = alignRows(b.rows, columnsOf(last.rows));
      const rows = aligned.slice(rowText(aligned[0]) === rowText(last.rows[0]) ? 1 : 0);
      const prevRows = last.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, items: [...c.items] })) }));
      if (rows.length && joinSplitRow(prevRows[prevRows.length - 1], rows[0])) rows.shift();
      out[out.length - 1] = { ...last, rows: [...prevRows, ...rows] };
      continue;
    }
    out.push(b);
  }
  return out;
}

function continues(a: Table, b: Table): boolean {
  if (!a.rows.length || !b.rows.length) return false;
  const lastPage = Math.max(a.page, ...a.rows.flatMap((r) => r.cells.flatMap((c) => c.items.map((i) => i.page))));
  if (b.page !== lastPage + 1) return false;
  const aligned = alignRows(b.rows, columnsOf(a.rows));
  if (newHeader(a.rows[0], aligned[0])) return false;
  return maxWidth(a) === maxWidth(b) || maxWidth(a) === maxWidth({ ...b, rows: aligned });
}

const cellText = (c: TableRow['cells'][number] | undefined): string =>
  (c?.items ?? []).map((i) => i.text).join(' ').toLowerCase().replace(/[\s\-\u2010-\u2015]+/g, '');
const headerRow = (r: TableRow | undefined): r is TableRow =>
  !!r && r.cells.length >= 2 && r.cells.every((c) => c.header && c.items.length > 0);

/**
 * The next page opens with a header row of its own whose column labels are not the table's (beyond the first,
 * often the same "Level" or "Domain"): a second table set right after the first, not the first one continued.
 */
function newHeader(head: TableRow | undefined, next: TableRow | undefined): boolean {
  if (!headerRow(head) || !headerRow(next) || head.cells.length !== next.cells.length) return false;
  const labels = head.cells.slice(1);
  const same = labels.filter((c, k) => cellText(c) === cellText(next.cells[k + 1])).length;
  return same * 2 < labels.length;
}

/**
 * A row broken by the page end continues in a first row whose row-header cell is empty:
 * fold it into the previous row (a sentence cut mid-way is joined back into one item).
 */
function joinSplitRow(prev: TableRow, next: TableRow): boolean {
  const [p0, n0] = [prev.cells[0], next.cells[0]];
  if (!p0 || !n0 || prev.cells.length !== next.cells.length) return false;
  if (n0.items.length || !p0.items.length) return false;
  if (!next.cells.some((c) => c.items.length)) return true;
  next.cells.forEach((c, k) => {
    const items = prev.cells[k].items;
    for (const [i, it] of c.items.entries()) {
      const tail = items[items.length - 1];
      if (i === 0 && tail && /^[a-z(]/.test(it.text) && !/[.;!?]$/.test(tail.text)) {
        items[items.length - 1] = { ...tail, text: joinLines(tail.text, it.text) };
      } else {
        items.push(it);
      }
    }
  });
  return true;
}

/**
 * A table with a header row partway down whose column labels are not its own: two tables set one right under the
 * other (read as one grid, or one tagged table), split at each such row.
 */
export function splitAtNewHeaders(blocks: Block[]): Block[] {
  return blocks.flatMap((b): Block[] => {
    if (b.kind !== 'table' || b.rows.length < 3) return [b];
    const out: Table[] = [];
    let start = 0;
    for (let r = 2; r < b.rows.length; r++) {
      if (r - start < 2 || !newHeader(b.rows[start], b.rows[r])) continue;
      out.push({ ...b, rows: b.rows.slice(start, r) });
      start = r;
    }
    if (!start) return [b];
    out.push({ ...b, page: Math.min(...b.rows[start].cells.flatMap((c) => c.items.map((i) => i.page))), rows: b.rows.slice(start) });
    return out;
  });
}

/** A lone one-row "table" is a row of boxes (a windscreen or continuum diagram): read it box by box as text. */
export function expandBoxRows(blocks: Block[]): Block[] {
  return blocks.flatMap((b): Block[] => {
    if (b.kind !== 'table' || b.rows.length !== 1 || b.rows[0].cells.length < 2) return [b];
    return b.rows[0].cells.flatMap((c) => c.items.map((s): Block => (s.bullet ? { kind: 'list-item', depth: 1, span: s } : { kind: 'paragraph', span: s })));
  });
}
