// Untagged pages: reading order (columns), then lines -> headings, paragraphs, list items; tables placed in flow.
import type { Block, Span } from '../../model/index.ts';
import { wrapsUnderBullet, type Line } from './lines.ts';
import { union } from './tagged.ts';
import { cellItems } from './tables.ts';
import { joinLines } from './text.ts';
import type { TableCell, TableRow } from '../../model/index.ts';

export interface PlacedTable {
  block: Block;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Item = { line: Line; colRight: number } | { table: PlacedTable };

/** Body font size: the size carrying most characters. */
export function bodySize(lines: Iterable<Line>): number {
  const hist = new Map<number, number>();
  for (const l of lines) {
    const k = Math.round(l.size * 2) / 2;
    hist.set(k, (hist.get(k) ?? 0) + l.text.length);
  }
  let best = 10, n = -1;
  for (const [k, v] of hist) if (v > n) [best, n] = [k, v];
  return best;
}

/** Distinct heading sizes (larger than body), largest first. */
export function headingSizes(lines: Iterable<Line>, body: number): number[] {
  const sizes: number[] = [];
  for (const l of lines) if (l.size >= body * 1.15 && l.text.length <= 160 && /[A-Za-z]{3}/.test(l.text)) sizes.push(Math.round(l.size * 2) / 2);
  return [...new Set(sizes)].sort((a, b) => b - a);
}

/** Order a page's lines and tables: full-width items cut the page; columns read left to right in between. */
export function readingOrder(lines: Line[], tables: PlacedTable[], pageWidth: number, page = 0): Item[] {
  // Tables only (as found: unruled ones first, then ruled grids): top to bottom.
  if (!lines.length) return [...tables].sort((a, b) => b.y1 - a.y1).map((t) => ({ table: t }));
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  const gutters = findGutters(lines, left, right, pageWidth);
  const crosses = (x0: number, x1: number) => gutters.some(([a, b]) => x0 < a && x1 > b);
  type Cut = { top: number; item: Item };
  const cuts: Cut[] = tables.map((t) => ({ top: t.y1, item: { table: t } }));
  const flow: Line[] = [];
  for (const l of lines) {
    if (gutters.length && crosses(l.x0, l.x1)) cuts.push({ top: l.y1, item: { line: l, colRight: right } });
    else flow.push(l);
  }
  cuts.sort((a, b) => b.top - a.top);
  const colOf = (l: Line) => gutters.filter(([a]) => l.x0 >= a).length;
  const colRights = new Map<number, number>();
  for (const l of flow) {
    const c = colOf(l);
    colRights.set(c, Math.max(colRights.get(c) ?? -Infinity, l.x1));
  }
  const out: Item[] = [];
  const emit = (group: Line[]) => {
    const t = gutters.length ? unruledTable(group, gutters, colOf, page) : null;
    if (t) {
      out.push(...t.before.map((l) => ({ line: l, colRight: right })), { table: t.table });
      return;
    }
    group.sort((a, b) => colOf(a) - colOf(b) || b.base - a.base || a.x0 - b.x0);
    for (const l of group) out.push({ line: l, colRight: colRights.get(colOf(l)) ?? right });
  };
  let rest = flow.sort((a, b) => b.y1 - a.y1);
  for (const cut of cuts) {
    const above = rest.filter((l) => (l.y0 + l.y1) / 2 > cut.top);
    rest = rest.filter((l) => (l.y0 + l.y1) / 2 <= cut.top);
    emit(above);
    out.push(cut.item);
  }
  emit(rest);
  return out;
}

/** Vertical whitespace strips between side-by-side text columns. */
function findGutters(lines: Line[], left: number, right: number, pageWidth: number): [number, number][] {
  const width = right - left;
  if (width < 100) return [];
  const narrow = lines.filter((l) => l.x1 - l.x0 < 0.62 * width);
  if (narrow.length < 4) return [];
  const w = Math.ceil(width) + 1;
  // A strip may be crossed by a few lines (a title or intro sentence); those become full-width cuts.
  const cover = new Uint16Array(w);
  for (const l of narrow) {
    const a = Math.max(0, Math.floor(l.x0 - left)), b = Math.min(w, Math.ceil(l.x1 - left) + 1);
    for (let i = a; i < b; i++) cover[i]++;
  }
  const allowed = Math.max(2, Math.floor(narrow.length * 0.06));
  const gutters: [number, number][] = [];
  let start = -1;
  for (let i = 0; i < w; i++) {
    if (cover[i] <= allowed) {
      if (start < 0) start = i;
      continue;
    }
    if (start > 0 && i - start >= Math.max(12, pageWidth * 0.015)) {
      const a = left + start, b = left + i;
      // real text on both sides (not bullet glyphs or numbers)
      const wordy = (l: Line) => l.x1 - l.x0 >= 20 && /[A-Za-z]{3}/.test(l.text);
      const L = narrow.filter((l) => l.x1 <= a + 1 && wordy(l));
      const R = narrow.filter((l) => l.x0 >= b - 1 && wordy(l));
      const rows = (ls: Line[]) => new Set(ls.map((l) => Math.round(l.base))).size;
      if (rows(L) >= 2 && rows(R) >= 2) {
        const lo = Math.max(Math.min(...L.map((l) => l.y0)), Math.min(...R.map((l) => l.y0)));
        const hi = Math.min(Math.max(...L.map((l) => l.y1)), Math.max(...R.map((l) => l.y1)));
        const span = Math.min(Math.max(...L.map((l) => l.y1)) - Math.min(...L.map((l) => l.y0)), Math.max(...R.map((l) => l.y1)) - Math.min(...R.map((l) => l.y0)));
        if (hi - lo > 0.3 * span) gutters.push([a, b]);
      }
    }
    start = -1;
  }
  return gutters;
}

interface Open {
  kind: 'heading' | 'paragraph' | 'list-item';
  depth: number;
  text: string;
  lines: Line[];
}

/** Ordered items -> blocks. */
export function flowBlocks(items: Item[], page: number, body: number, hsizes: number[], bodyBold: boolean): Block[] {
  const out: Block[] = [];
  let cur: Open | null = null;
  const indents: number[] = [];
  const flush = () => {
    if (cur && cur.kind === 'heading' && cur.text.length > 200) cur.kind = 'paragraph';
    if (cur && cur.text) {
      const span: Span = { text: cur.text, page, bbox: union(cur.lines.map((l) => l.box)) };
      if (cur.kind === 'heading') out.push({ kind: 'heading', depth: cur.depth, span });
      else if (cur.kind === 'list-item') out.push({ kind: 'list-item', depth: cur.depth, span: { ...span, bullet: true } });
      else out.push({ kind: 'paragraph', span });
    }
    cur = null;
  };
  let prev: Line | null = null;
  for (const it of items) {
    if ('table' in it) {
      flush();
      out.push(it.table.block);
      prev = null;
      indents.length = 0;
      continue;
    }
    let l = it.line;
    // "2. Early help" in a heading font is a numbered heading, not a list item
    if (l.bullet && /^\s*\(?\d/.test(l.raw) && (l.size >= body * 1.15 || (l.bold && !bodyBold)) && l.raw.length <= 120) {
      l = { ...l, text: l.raw, bullet: false };
    }
    const heading = isHeading(l, body, bodyBold);
    const sameRow = prev !== null && Math.abs(l.base - prev.base) < 0.35 * l.size && l.x0 >= prev.x1 - 1 && l.x0 - prev.x1 < 3 * l.size;
    if (sameRow && cur && !l.bullet && !heading) {
      // a line split at a wide justified gap: same baseline, same column
      (cur as Open).text = `${(cur as Open).text} ${l.text}`;
      (cur as Open).lines.push(l);
      prev = l;
      continue;
    }
    const gap = prev ? prev.y0 - l.y1 : Infinity;
    const newColumn = prev !== null && (l.y1 > prev.y1 + 2 || l.x0 > prev.x1 + 5);
    const close = !newColumn && gap < 0.6 * Math.max(l.size, 1) && gap > -0.5 * l.size;
    const c = cur as Open | null;
    if (heading) {
      const hdepth = 1 + hsizes.filter((s) => s > l.size + 0.4).length;
      if (c && c.kind === 'heading' && close && c.depth === Math.min(6, hdepth)) {
        c.text = joinLines(c.text, l.text);
        c.lines.push(l);
      } else {
        flush();
        cur = { kind: 'heading', depth: Math.min(6, hdepth), text: l.text, lines: [l] };
      }
      indents.length = 0;
    } else if (l.bullet) {
      flush();
      if (newColumn) indents.length = 0;
      while (indents.length && l.bulletX < indents[indents.length - 1] - 3) indents.pop();
      if (!indents.length || l.bulletX > indents[indents.length - 1] + 3) indents.push(l.bulletX);
      cur = { kind: 'list-item', depth: indents.length, text: l.text, lines: [l] };
    } else if (c && c.kind !== 'heading' && close && continues(c, l, prev!, it.colRight)) {
      c.text = joinLines(c.text, l.text);
      c.lines.push(l);
    } else {
      flush();
      if (!(c && c.kind === 'list-item' && close)) indents.length = 0;
      cur = { kind: 'paragraph', depth: 0, text: l.text, lines: [l] };
    }
    prev = l;
  }
  flush();
  return out;
}

function isHeading(l: Line, body: number, bodyBold: boolean): boolean {
  if (l.bullet || l.text.length > 160 || !/[A-Za-z]/.test(l.text)) return false;
  if (l.size >= body * 1.15) return true;
  return l.bold && !bodyBold && Math.abs(l.size - body) < 1 && l.text.length <= 100 && !/[.;,:]$/.test(l.text);
}

/** Does line l continue the open paragraph or list item? */
function continues(c: Open, l: Line, prev: Line, colRight: number): boolean {
  if (Math.abs(prev.size - l.size) > 1) return false;
  if (c.kind === 'list-item') {
    const first = c.lines[0];
    if (l.x0 < first.textX - 3 && l.x0 < first.x0 + 2 && !wrapsUnderBullet(first, prev, l, colRight)) return false;
  } else if (Math.abs(l.x0 - prev.x0) > 2.5 * l.size && c.lines.length > 1) {
    return false;
  }
  // A short previous line followed by a capitalised line: a line break, not a wrap.
  const width = colRight - Math.min(prev.x0, c.lines[0].x0);
  const slack = colRight - prev.x1;
  if (slack > Math.max(40, 0.25 * width) && /^[A-Z0-9\u2018\u201c"']/.test(l.text) && !/[,\-]$/.test(prev.text)) return false;
  return true;
}

/**
 * Columns without ruling lines are a table (not newspaper columns) when there are three or more,
 * or two with a narrow label column. Rows start where a new block starts in the first column.
 */
function unruledTable(
  group: Line[],
  gutters: [number, number][],
  colOf: (l: Line) => number,
  page: number,
): { before: Line[]; table: PlacedTable } | null {
  if (group.length < 4) return null;
  const cols = new Map<number, Line[]>();
  for (const l of group) {
    const c = colOf(l);
    let list = cols.get(c);
    if (!list) cols.set(c, (list = []));
    list.push(l);
  }
  const n = gutters.length + 1;
  if (cols.size < 2 || !cols.has(0)) return null;
  if (n === 2) {
    const w = (ls: Line[]) => Math.max(...ls.map((l) => l.x1)) - Math.min(...ls.map((l) => l.x0));
    const left = w(cols.get(0)!), right = w(cols.get(1) ?? []);
    if (!(left < 0.6 * right)) return null;
  }
  const col0 = cols.get(0)!.sort((a, b) => b.base - a.base);
  // first-column blocks: a gap wider than line spacing starts a new row
  const tops: number[] = [];
  let prev: Line | null = null;
  for (const l of col0) {
    if (!prev || prev.y0 - l.y1 > 0.6 * l.size || prev.bold !== l.bold) tops.push(l.y1);
    prev = l;
  }
  if (tops.length < 2) return null;
  const tol = 2;
  // lines above the first row that sit in one column only are text before the table
  const top = tops[0] + tol;
  const before = group.filter((l) => l.y0 > top).sort((a, b) => b.base - a.base);
  const inTable = group.filter((l) => l.y0 <= top);
  const rows: TableRow[] = [];
  let boldHeader = true;
  for (let r = 0; r < tops.length; r++) {
    const hi = tops[r] + tol, lo = r + 1 < tops.length ? tops[r + 1] + tol : -Infinity;
    const cells: TableCell[] = [];
    for (let c = 0; c < n; c++) {
      const ls = inTable.filter((l) => colOf(l) === c && l.y1 <= hi + 0.5 * l.size && l.y1 > lo);
      if (r === 0 && ls.some((l) => !l.bold)) boldHeader = false;
      if (sideBySide(ls)) return null; // a column boundary was missed: not a clean grid
      cells.push({ header: false, items: cellItems(ls, page) });
    }
    rows.push({ cells });
  }
  if (boldHeader && rows.length > 1) for (const c of rows[0].cells) c.header = true;
  // a table needs its rows to have content beside the first column
  const filled = rows.filter((r) => r.cells.slice(1).some((c) => c.items.length)).length;
  if (filled < Math.max(2, rows.length * 0.6)) return null;
  const xs = inTable.map((l) => [l.x0, l.x1]).flat(), ys = inTable.map((l) => [l.y0, l.y1]).flat();
  return {
    before,
    table: { block: { kind: 'table', page, rows }, x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) },
  };
}

/** Two fragments on one baseline with a wide gap between them. */
function sideBySide(ls: Line[]): boolean {
  const sorted = [...ls].sort((a, b) => b.base - a.base || a.x0 - b.x0);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1], b = sorted[i];
    if (Math.abs(a.base - b.base) < 0.35 * b.size && b.x0 - a.x1 > 1.5 * b.size) return true;
  }
  return false;
}
