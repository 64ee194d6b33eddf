// A table that continues on the next page (often with its header row repeated) becomes one table.
import type { Block, TableRow } from '../../model/index.ts';

type Table = Extract<Block, { kind: 'table' }>;

const width = (r: TableRow): number => r.cells.reduce((n, c) => n + (c.colspan ?? 1), 0);
const maxWidth = (t: Table): number => Math.max(...t.rows.map(width));
const rowText = (r: TableRow): string =>
  r.cells.map((c) => c.items.map((i) => i.text).join(' ')).join(' | ').toLowerCase().replace(/\s+/g, ' ').trim();

export function mergeContinuedTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (b.kind === 'table' && last?.kind === 'table' && continues(last, b)) {
      const rows = b.rows.slice(rowText(b.rows[0]) === rowText(last.rows[0]) ? 1 : 0);
      out[out.length - 1] = { ...last, rows: [...last.rows, ...rows] };
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
  return maxWidth(a) === maxWidth(b);
}
