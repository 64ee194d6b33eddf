// Table grids from ruling lines; text lines assigned to cells.
import type { Block, Span, TableCell, TableRow } from '../../model/index.ts';
import { wrapsUnderBullet, type Line } from './lines.ts';
import { union } from './tagged.ts';
import { joinLines } from './text.ts';
import type { PageText, Rule } from './types.ts';

export interface Grid {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Column boundaries, left to right. */
  xs: number[];
  /** Row boundaries, top to bottom (descending y). */
  ys: number[];
  rules: Rule[];
}

const TOL = 3;

/** Merge collinear, touching rules. */
function mergeRules(rules: Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Rule[] = [];
  for (const r of sorted) {
    // look back a little for a collinear, overlapping rule (sorted by at, so nearby)
    let merged = false;
    for (let k = out.length - 1; k >= 0 && r.at - out[k].at <= 1; k--) {
      const o = out[k];
      if (o.horizontal === r.horizontal && r.from <= o.to + TOL && r.to >= o.from - TOL) {
        o.from = Math.min(o.from, r.from);
        o.to = Math.max(o.to, r.to);
        merged = true;
        break;
      }
    }
    if (!merged) out.push({ ...r });
  }
  return out;
}

function cluster(values: number[], tol: number): number[] {
  const s = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of s) {
    if (out.length && v - out[out.length - 1] <= tol) continue;
    out.push(v);
  }
  return out;
}

/** Find ruled table grids: connected groups of horizontal and vertical rules. */
export function findGrids(all: Rule[], lines: Line[]): Grid[] {
  if (all.length > 5000) return [];
  const hs = mergeRules(all.filter((r) => r.horizontal && r.to - r.from > 8));
  const vs = mergeRules(all.filter((r) => !r.horizontal && r.to - r.from > 5));
  const n = hs.length + vs.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const crossed = new Uint8Array(hs.length);
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i];
    for (let j = 0; j < vs.length; j++) {
      const v = vs[j];
      if (v.at >= h.from - TOL && v.at <= h.to + TOL && h.at >= v.from - TOL && h.at <= v.to + TOL) {
        parent[find(i)] = find(hs.length + j);
        crossed[i] = 1;
      }
    }
  }
  // Parallel horizontal rules of the same extent (tables ruled only between rows) join too.
  for (let i = 0; i < hs.length; i++) {
    if (crossed[i]) continue;
    for (let j = i + 1; j < hs.length; j++) {
      if (crossed[j]) continue;
      const a = hs[i], b = hs[j];
      if (Math.abs(a.from - b.from) <= TOL * 2 && Math.abs(a.to - b.to) <= TOL * 2 && Math.abs(a.at - b.at) < 120) {
        parent[find(i)] = find(j);
      }
    }
  }
  const groups = new Map<number, Rule[]>();
  const all2 = [...hs, ...vs];
  for (let i = 0; i < n; i++) {
    const root = find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = []));
    g.push(all2[i]);
  }
  const grids: Grid[] = [];
  for (const rules of groups.values()) {
    const h = rules.filter((r) => r.horizontal);
    const v = rules.filter((r) => !r.horizontal);
    if (h.length < 2) continue;
    const x0 = Math.min(...rules.map((r) => (r.horizontal ? r.from : r.at)));
    const x1 = Math.max(...rules.map((r) => (r.horizontal ? r.to : r.at)));
    const y0 = Math.min(...rules.map((r) => (r.horizontal ? r.at : r.from)));
    const y1 = Math.max(...rules.map((r) => (r.horizontal ? r.at : r.to)));
    if (x1 - x0 < 30 || y1 - y0 < 10) continue;
    let xs = cluster([x0, x1, ...v.map((r) => r.at)], TOL);
    const ys = cluster([y0, y1, ...h.map((r) => r.at)], TOL).reverse();
    const inside = lines.filter((l) => l.x0 >= x0 - 2 && l.x1 <= x1 + 2 && l.y0 >= y0 - 2 && l.y1 <= y1 + 2);
    if (!inside.length) continue;
    if (xs.length <= 2) xs = gapColumns(inside, x0, x1);
    if (xs.length <= 2 && ys.length <= 3) continue; // a box or underline around text, not a table
    grids.push({ x0, y0, x1, y1, xs, ys, rules });
  }
  return grids;
}

/** Column boundaries from vertical whitespace running through all lines of a region. */
function gapColumns(lines: Line[], x0: number, x1: number): number[] {
  const w = Math.ceil(x1 - x0) + 1;
  const cover = new Uint8Array(w);
  for (const l of lines) {
    const a = Math.max(0, Math.floor(l.x0 - x0)), b = Math.min(w - 1, Math.ceil(l.x1 - x0));
    cover.fill(1, a, b + 1);
  }
  const xs = [x0];
  let start = -1;
  let seenText = false;
  for (let i = 0; i < w; i++) {
    if (cover[i]) {
      if (start >= 0 && seenText && i - start >= 8) xs.push(x0 + (start + i) / 2);
      start = -1;
      seenText = true;
    } else if (start < 0) {
      start = i;
    }
  }
  xs.push(x1);
  return xs;
}

const covers = (r: Rule, at: number, a: number, b: number): boolean => {
  const lo = Math.max(r.from, a), hi = Math.min(r.to, b);
  return Math.abs(r.at - at) <= TOL && hi - lo >= 0.5 * (b - a);
};

/** Turn a grid and the lines inside it into a table block; returns the lines it used. */
export function gridTable(grid: Grid, lines: Line[], pt: PageText): { block: Block; used: Set<Line> } | null {
  const { xs, ys } = grid;
  const nc = xs.length - 1, nr = ys.length - 1;
  const hs = grid.rules.filter((r) => r.horizontal);
  const vs = grid.rules.filter((r) => !r.horizontal);
  const ruledColumns = vs.length > 0;
  // Union units that have no rule between them.
  const id = (r: number, c: number) => r * nc + c;
  const parent = Array.from({ length: nr * nc }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (c + 1 < nc && ruledColumns && !vs.some((v) => covers(v, xs[c + 1], ys[r + 1], ys[r]))) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < nr && !hs.some((h) => covers(h, ys[r + 1], xs[c], xs[c + 1]))) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  interface Acc { r0: number; c0: number; r1: number; c1: number; lines: Line[] }
  const cells = new Map<number, Acc>();
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const root = find(id(r, c));
      const a = cells.get(root);
      if (!a) cells.set(root, { r0: r, c0: c, r1: r, c1: c, lines: [] });
      else {
        a.r0 = Math.min(a.r0, r); a.c0 = Math.min(a.c0, c); a.r1 = Math.max(a.r1, r); a.c1 = Math.max(a.c1, c);
      }
    }
  }
  const used = new Set<Line>();
  for (const l of lines) {
    const cx = l.bullet ? l.textX + 1 : (l.x0 + Math.min(l.x1, l.x0 + 20)) / 2;
    const cy = (l.y0 + l.y1) / 2;
    if (cx < grid.x0 - 2 || cx > grid.x1 + 2 || cy < grid.y0 - 2 || cy > grid.y1 + 2) continue;
    let c = 0;
    while (c < nc - 1 && cx > xs[c + 1]) c++;
    let r = 0;
    while (r < nr - 1 && cy < ys[r + 1]) r++;
    cells.get(find(id(r, c)))!.lines.push(l);
    used.add(l);
  }
  if (!used.size) return null;
  const rows: TableRow[] = [];
  const accs = [...cells.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  for (const a of accs) {
    while (rows.length <= a.r0) rows.push({ cells: [] });
    const cell: TableCell = { header: false, items: cellItems(a.lines, pt.page) };
    if (a.c1 > a.c0) cell.colspan = a.c1 - a.c0 + 1;
    if (a.r1 > a.r0) cell.rowspan = a.r1 - a.r0 + 1;
    rows[a.r0].cells.push(cell);
  }
  const kept = rows.filter((r) => r.cells.length && r.cells.some((c) => c.items.length));
  // A first row in bold is a header row.
  if (kept.length > 1) {
    const first = accs.filter((a) => a.r0 === 0 && a.lines.length);
    if (first.length && first.every((a) => a.lines.every((l) => l.bold))) {
      // A header label's number ("3. Partnership Plus") is part of the label, not a list's numbering.
      const heads = accs.filter((a) => a.r0 === 0);
      const numbered = (l: Line) => l.bullet && /^\(?\d/.test(l.raw.trim());
      kept[0].cells.forEach((c, i) => {
        c.header = true;
        const a = heads[i];
        if (a?.lines.some(numbered)) c.items = cellItems(a.lines.map((l) => (numbered(l) ? { ...l, text: l.raw.trim(), bullet: false } : l)), pt.page);
      });
    }
  }
  // A later row in bold in every cell, cut as the header is, under a header row: the header of a second table set
  // right under the first (tables that touch share a rule and read as one grid); splitAtNewHeaders splits there.
  if (kept.length > 2 && kept[0].cells.every((c) => c.header)) {
    const cols = (r: number) => accs.filter((a) => a.r0 === r).map((a) => `${a.c0}-${a.c1}`).join();
    for (let r = 1; r < rows.length; r++) {
      const here = accs.filter((a) => a.r0 === r);
      if (!rows[r].cells.length || cols(r) !== cols(0) || !here.every((a) => a.lines.length && a.lines.every((l) => l.bold))) continue;
      for (const c of rows[r].cells) c.header = true;
    }
  }
  // So is a first column in bold (row headers such as domains).
  const body = accs.filter((a) => a.r0 > 0 && a.lines.length);
  const col0 = body.filter((a) => a.c0 === 0);
  if (nc > 1 && col0.length > 1 && col0.every((a) => a.lines.every((l) => l.bold)) && body.some((a) => a.c0 > 0 && a.lines.some((l) => !l.bold))) {
    for (const r of kept.slice(1)) if (r.cells[0]) r.cells[0].header = true;
  }
  if (!kept.length) return null;
  return { block: { kind: 'table', page: pt.page, rows: kept }, used };
}

/** Lines of one cell -> paragraphs / bullet items (wrapped lines joined). */
export function cellItems(lines: Line[], page: number): Span[] {
  const sorted = [...lines].sort((a, b) => b.base - a.base || a.x0 - b.x0);
  // the cell's right edge as its text reaches it
  const right = Math.max(...lines.map((l) => l.x1));
  const items: Span[] = [];
  let cur: { text: string; lines: Line[]; bullet: boolean } | null = null;
  let prev: Line | null = null;
  const flush = () => {
    if (cur && cur.text) {
      const s: Span = { text: cur.text, page, bbox: union(cur.lines.map((l) => l.box)) };
      if (cur.bullet) s.bullet = true;
      items.push(s);
    }
    cur = null;
  };
  for (const l of sorted) {
    const sameRow = prev && Math.abs(prev.base - l.base) <= 0.35 * l.size;
    const gap = prev ? prev.y0 - l.y1 : 0;
    if (cur && prev && sameRow && !l.bullet) {
      cur.text = `${cur.text} ${l.text}`;
      cur.lines.push(l);
    } else if (cur && prev && !l.bullet && gap < 0.6 * l.size && Math.abs(prev.size - l.size) < 1.5 && !(cur.bullet && l.x0 < cur.lines[0].textX - 3 && !wrapsUnderBullet(cur.lines[0], prev, l, right))) {
      cur.text = joinLines(cur.text, l.text);
      cur.lines.push(l);
    } else {
      flush();
      cur = { text: l.text, lines: [l], bullet: l.bullet };
    }
    prev = l;
  }
  flush();
  return items;
}
