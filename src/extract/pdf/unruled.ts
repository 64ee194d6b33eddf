// Matrices drawn with no ruling lines (at most row shading): a bold header row of short labels fixes the
// columns; the lines under it that each sit inside one column are the body; wide vertical gaps (or the
// edges of row shading) separate rows. Returned as grids with row rules only, for gridTable.
import { makeLine, type Line } from './lines.ts';
import type { Grid } from './tables.ts';
import type { Rule } from './types.ts';

const SAME_BASE = 1;

function byBaseline(lines: Line[]): Line[][] {
  const sorted = [...lines].sort((a, b) => b.base - a.base || a.x0 - b.x0);
  const out: Line[][] = [];
  for (const l of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(last[0].base - l.base) <= SAME_BASE) last.push(l);
    else out.push([l]);
  }
  return out.map((g) => g.sort((a, b) => a.x0 - b.x0));
}

const words = (s: string) => s.trim().split(/\s+/).length;
/** A line begun by a bullet; a number ("3. Partnership Plus") is part of a level's label, not a bullet. */
const glyphBullet = (l: Line) => l.bullet && !/^\(?\d/.test(l.raw.trim());

/**
 * Two or more short bold labels (a long level name's first line: up to 8 words) on one baseline, apart, spread
 * over much of the page. Apart: by more than a
 * word space (lines are split there); a long label that wraps fills its column, ending a cell's padding (10-15 pt)
 * before the next column's label starts.
 */
function isHeader(row: Line[], pageWidth: number): boolean {
  if (row.length < 2) return false;
  if (!row.every((l) => l.bold && !glyphBullet(l) && words(l.text) <= 8 && l.text.length <= 60)) return false;
  for (let i = 1; i < row.length; i++) if (row[i].x0 - row[i - 1].x1 < Math.max(1.2 * Math.min(row[i].size, row[i - 1].size), 8)) return false;
  return row[row.length - 1].x0 - row[0].x0 >= 0.4 * pageWidth;
}

/**
 * Two short bold labels on one baseline, apart, spanning less of the page than a header must: the header of a
 * one-level table whose first column (the areas of need) is narrow. Only a body of bullets under the second label
 * makes it a table (see matrixAt).
 */
function isPairHeader(row: Line[], pageWidth: number): boolean {
  if (row.length !== 2 || isHeader(row, pageWidth)) return false;
  if (!row.every((l) => l.bold && !glyphBullet(l) && words(l.text) <= 8 && l.text.length <= 60)) return false;
  if (row[1].x0 - row[0].x1 < Math.max(1.2 * Math.min(row[0].size, row[1].size), 8)) return false;
  return row[1].x0 - row[0].x0 >= 0.12 * pageWidth;
}

/** Columns of an unruled matrix that ran to the foot of its page: the next page may carry on, with or without its header. */
export interface OpenMatrix {
  starts: number[];
  /** The header's words per column (white space and dashes dropped), to know the header when it is repeated. */
  head: string[];
}

const MAX_HEAD_LINES = 5;

/**
 * A bold row just above a header row whose labels start where that row's do: the first line of a header wrapped
 * over several lines (its own labels may sit too close together to read as a header on their own).
 */
function wrapsInto(above: Line[], below: Line[]): boolean {
  if (above.length < below.length || above.length < 2) return false;
  if (above[0].base - below[0].base > 1.6 * Math.max(...below.map((l) => l.size))) return false;
  if (!above.every((l) => l.bold && !glyphBullet(l) && words(l.text) <= 6 && l.text.length <= 50)) return false;
  for (let i = 1; i < above.length; i++) if (above[i].x0 - above[i - 1].x1 < 4) return false;
  return below.every((l) => above.some((a) => Math.abs(a.x0 - l.x0) <= 2));
}

const squash = (s: string) => s.toLowerCase().replace(/[\s\-\u2010-\u2015]+/g, '');

/** The header's words per column, lines read top to bottom. */
function headTexts(head: Line[], starts: number[]): string[] {
  const { colOf } = columns(starts);
  const out = starts.map(() => '');
  for (const l of [...head].sort((a, b) => b.base - a.base || a.x0 - b.x0)) {
    const c = colOf(l);
    if (c >= 0) out[c] += squash(l.text);
  }
  return out;
}

/** How many rows from k repeat the open matrix's header (the same words in each column, however wrapped); 0 if they do not. */
function repeatedHead(rows: Line[][], k: number, open: OpenMatrix): number {
  if (!open.head.some(Boolean)) return 0;
  const { fits } = columns(open.starts);
  const acc: Line[] = [];
  for (let j = k; j < rows.length && j < k + MAX_HEAD_LINES; j++) {
    if (!rows[j].every((l) => fits(l) && !glyphBullet(l))) return 0;
    acc.push(...rows[j]);
    const got = headTexts(acc, open.starts);
    if (got.every((t, c) => t === open.head[c])) return j - k + 1;
    if (got.some((t, c) => !open.head[c].startsWith(t))) return 0;
  }
  return 0;
}

/**
 * A line running across a column start, joined from two cells' text because the gap between them is no wider
 * than a word space (cells filled up to their padding): cut at the runs that start the next column.
 */
function splitAtColumns(l: Line, starts: number[], bold: Set<string>): Line[] {
  if (l.runs.length < 2) return [l];
  const runs = [...l.runs].sort((a, b) => a.x0 - b.x0);
  const out: Line[] = [];
  let cur = [runs[0]];
  for (let i = 1; i < runs.length; i++) {
    const prev = runs[i - 1], r = runs[i];
    if (starts.some((s) => s > l.x0 + 3 && r.x0 >= s - 3 && prev.x1 <= s + 1 && r.x0 - prev.x1 >= 2)) {
      out.push(makeLine(cur, bold));
      cur = [];
    }
    cur.push(r);
  }
  out.push(makeLine(cur, bold));
  return out.length > 1 ? out : [l];
}

/** Cut the lines of rows[from..] that run across the columns' starts (in place); the cut lines are recorded. */
function splitRows(rows: Line[][], from: number, starts: number[], bold: Set<string> | null, split: Map<Line, Line[]>): void {
  if (!bold) return;
  const { fits } = columns(starts);
  for (let k = from; k < rows.length; k++) {
    if (rows[k].every(fits)) continue;
    rows[k] = rows[k].flatMap((l) => {
      if (fits(l)) return [l];
      const parts = splitAtColumns(l, starts, bold);
      if (parts.length > 1) split.set(l, parts);
      return parts;
    }).sort((a, b) => a.x0 - b.x0);
  }
}

/** Put rows[from..] back as they were before `splitRows` (saved from `base` on), forgetting their cuts. */
function unsplit(rows: Line[][], saved: Line[][], base: number, from: number, split: Map<Line, Line[]>): void {
  for (let k = from; k < rows.length; k++) {
    const orig = saved[k - base];
    if (!orig || orig === rows[k]) continue;
    for (const l of orig) split.delete(l);
    rows[k] = orig;
  }
}

/**
 * `bold` (the page's bold fonts) lets lines that run across a column be cut at its start; `split` says which
 * lines were cut into which (the caller reads the cut lines instead).
 */
export function findUnruledMatrices(lines: Line[], rules: Rule[], pageWidth: number, carried: OpenMatrix | null = null, bold: Set<string> | null = null): { grids: Grid[]; open: OpenMatrix | null; split: Map<Line, Line[]> } {
  const rows = byBaseline(lines);
  const grids: Grid[] = [];
  const split = new Map<Line, Line[]>();
  let open: OpenMatrix | null = null;
  // Carried over from the page before: the first rows that sit in its columns continue it.
  if (carried) {
    const saved = rows.slice();
    splitRows(rows, 0, carried.starts, bold, split);
    let end = 0;
    for (let k = 0; k < Math.min(3, rows.length); k++) {
      // The header repeated at the top of the page, wrapped over one or more lines: a header, not content.
      const n = repeatedHead(rows, k, carried);
      if (n) {
        const m = matrixAt(rows, k + n, carried.starts, rows.slice(k, k + n).flat(), rules, pageWidth);
        if (m) {
          grids.push(m.grid);
          end = m.end;
          if (m.end >= rows.length - 2) open = carried;
        }
        break;
      }
      if (isHeader(rows[k], pageWidth) || (k + 1 < rows.length && isHeader(rows[k + 1], pageWidth) && wrapsInto(rows[k], rows[k + 1]))) break;
      const m = matrixAt(rows, k, carried.starts, [], rules, pageWidth);
      if (m) {
        grids.push(m.grid);
        end = m.end;
        if (m.end >= rows.length - 2) open = carried;
        break;
      }
    }
    unsplit(rows, saved, 0, end, split);
  }
  for (let h = 0; h < rows.length; h++) {
    if (grids.some((g) => rows[h][0].base <= g.y1 && rows[h][0].base >= g.y0)) continue;
    if (!isHeader(rows[h], pageWidth) && !isPairHeader(rows[h], pageWidth)) continue;
    // Its first line may be the bold row above, whose labels sit too close to read as a header alone.
    let h0 = h;
    while (h0 > 0 && h - h0 < MAX_HEAD_LINES - 1 && wrapsInto(rows[h0 - 1], rows[h0]) && !grids.some((g) => rows[h0 - 1][0].base <= g.y1 && rows[h0 - 1][0].base >= g.y0)) h0--;
    const head = rows.slice(h0, h + 1).flat();
    const starts = rows[h0].map((l) => l.x0);
    const { fits } = columns(starts);
    // A header wrapped over several lines ("Stage 1" / "Universal"): bold lines right under it, in its columns.
    let k0 = h + 1;
    while (k0 < rows.length && k0 < h0 + MAX_HEAD_LINES) {
      const next = rows[k0];
      const near = rows[k0 - 1][0].base - next[0].base <= 1.6 * Math.max(...next.map((l) => l.size));
      if (!near || !next.every((l) => l.bold && !l.bullet && fits(l) && words(l.text) <= 6)) break;
      head.push(...next);
      k0++;
    }
    const saved = rows.slice(k0);
    splitRows(rows, k0, starts, bold, split);
    const m = matrixAt(rows, k0, starts, head, rules, pageWidth);
    // Lines are cut only inside the matrix: the rows after it (or all, when there is none) are put back.
    unsplit(rows, saved, k0, m ? m.end : k0, split);
    if (!m) continue;
    grids.push(m.grid);
    // Ran to the foot of the page (at most a footer line or two below): it may go on overleaf.
    open = m.end >= rows.length - 2 ? { starts, head: headTexts(head, starts) } : null;
    h = m.end - 1;
  }
  return { grids, open, split };
}

function columns(starts: number[]) {
  const colOf = (l: Line) => {
    let c = -1;
    while (c + 1 < starts.length && l.x0 >= starts[c + 1] - 3) c++;
    return c;
  };
  const fits = (l: Line) => {
    const c = colOf(l);
    return c >= 0 && (c === starts.length - 1 || l.x1 <= starts[c + 1] + 2);
  };
  return { colOf, fits };
}

/** The matrix body from row k0 under `head` (empty when continued from the page before); `end` is the first row after it. */
function matrixAt(rows: Line[][], k0: number, starts: number[], head: Line[], rules: Rule[], pageWidth: number): { grid: Grid; end: number } | null {
  const { colOf, fits } = columns(starts);
  const body: Line[][] = [];
  let prevBase = head.length ? Math.min(...head.map((l) => l.base)) : rows[k0]?.[0].base;
  let k = k0;
  for (; k < rows.length; k++) {
    const row = rows[k];
    if (isHeader(row, pageWidth) || !row.every(fits)) break;
    if (prevBase - row[0].base > 4 * Math.max(...row.map((l) => l.size))) break;
    body.push(row);
    prevBase = row[0].base;
  }
  if (!body.length) return null;
  const used = body.flat();
  // A matrix has text under at least two columns besides the first; a two-column table is a listing
  // whose right-hand column holds short labels (a level per row), unlike two columns of prose.
  const last = used.filter((l) => colOf(l) === starts.length - 1);
  const listing = starts.length === 2 && last.length >= 2 && last.every((l) => words(l.text) <= 5) &&
    last.every((l) => body.some((r) => r[0].base === l.base && r.some((x) => colOf(x) === 0)));
  // One level's examples under a header of two labels: bullets under the second; the first column holds at most
  // short bold labels (areas of need, perhaps wrapped), the first level with a bullet.
  const col0 = used.filter((l) => colOf(l) === 0);
  const oneLevel = starts.length === 2 && head.length > 0 && last.filter(glyphBullet).length >= 2 &&
    col0.every((l) => l.bold && !glyphBullet(l) && words(l.text) <= 8) &&
    (!col0.length || last.some((x) => Math.abs(x.base - col0[0].base) <= SAME_BASE && glyphBullet(x)));
  // Under a header of three or more labels, one column besides the first will do (a page of a matrix may hold
  // one level's examples only).
  const needCols = head.length && starts.length >= 3 ? 1 : 2;
  if (starts.length === 2 ? !listing && !oneLevel : new Set(used.map(colOf).filter((c) => c > 0)).size < needCols) return null;
  // Continued without a header: the page must go on in the matrix's columns for a few rows at least.
  if (!head.length && body.length < 3) return null;
  const all = [...head, ...used];
  const x0 = Math.min(starts[0], ...all.map((l) => l.x0)) - 2;
  const x1 = Math.max(...all.map((l) => l.x1)) + 2;
  // Line spacing: the smallest baseline step inside one column (columns interleave in the union).
  let lead = Infinity;
  for (let c = 0; c < starts.length; c++) {
    const bases = used.filter((l) => colOf(l) === c).map((l) => l.base);
    for (let i = 1; i < bases.length; i++) if (bases[i - 1] - bases[i] > SAME_BASE) lead = Math.min(lead, bases[i - 1] - bases[i]);
  }
  const shadeEdges = rules.filter((r) => r.horizontal && r.to - r.from >= 0.8 * (x1 - x0));
  const top = (r: Line[]) => Math.max(...r.map((l) => l.y1));
  const bottom = (r: Line[]) => Math.min(...r.map((l) => l.y0));
  const ys = [top(head.length ? head : body[0]) + 2];
  if (head.length) ys.push((bottom(head) + top(body[0])) / 2);
  for (let i = 1; i < body.length; i++) {
    const above = bottom(body[i - 1]), below = top(body[i]);
    const gap = body[i - 1][0].base - body[i][0].base;
    const shaded = shadeEdges.some((r) => r.at < above && r.at > below);
    // In a listing each label starts a row; a bold line alone after plain text is a theme row.
    const labelled = listing && body[i].some((l) => colOf(l) === 1);
    const theme = listing && body[i].length === 1 && body[i][0].bold && !body[i - 1].every((l) => l.bold);
    const afterTheme = listing && body[i - 1].length === 1 && body[i - 1][0].bold && !body[i].every((l) => l.bold);
    if (gap > 1.8 * lead || shaded || labelled || theme || afterTheme) ys.push((above + below) / 2);
  }
  const y0 = bottom(body[body.length - 1]) - 2;
  ys.push(y0);
  const xs = [x0, ...starts.slice(1).map((s) => s - 3), x1];
  // Vertical rules between its columns down the body: a ruled table (its grid reads it, header cells and all).
  if (ruledBetween(starts, used, rules, top(body[0]), y0)) return null;
  const rowRules: Rule[] = ys.map((y) => ({ horizontal: true, at: y, from: x0, to: x1 }));
  return { grid: { x0, y0, x1, y1: ys[0], xs, ys, rules: rowRules }, end: k };
}

/**
 * Whether every gap between two columns holds vertical rules over most of the body's height (cell borders),
 * as in a bordered table whose lines happen to line up like an unruled matrix. Row shading has no such rules.
 */
function ruledBetween(starts: number[], used: Line[], rules: Rule[], top: number, bottom: number): boolean {
  if (starts.length < 2 || top - bottom < 1) return false;
  const { colOf } = columns(starts);
  const verticals = rules.filter((r) => !r.horizontal && r.to > bottom && r.from < top);
  for (let c = 1; c < starts.length; c++) {
    // the gap: from the right edge of the column's text to the next column's start
    const left = Math.max(...used.filter((l) => colOf(l) === c - 1).map((l) => l.x1), starts[c - 1]);
    const inGap = verticals.filter((r) => r.at >= left - 1 && r.at <= starts[c] + 1);
    const spans = inGap.map((r) => [Math.max(r.from, bottom), Math.min(r.to, top)] as const).sort((a, b) => a[0] - b[0]);
    let covered = 0, reach = bottom;
    for (const [a, b] of spans) {
      if (b <= reach) continue;
      covered += b - Math.max(a, reach);
      reach = b;
    }
    if (covered < 0.6 * (top - bottom)) return false;
  }
  return true;
}
