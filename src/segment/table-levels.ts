// Finding levels in tables: a header row naming levels (a matrix), a column naming a level on each row
// (overviews and "Situation | Level" listings), a second header row of level names; and registering them
// in the scheme (pass 1).
import type { TableCell } from '../model/index.ts';
import { nameKey, normSpace, parseLevel, wordCount, type LevelRegistry, type ParsedLevel } from './levels.ts';
import { cueOf } from './cues.ts';
import { cellText, type GridCell } from './grid.ts';
import { bareNumber, levelWordAlone } from './level-grammar.ts';
import type { Parse } from './context.ts';

/** Levels named by the cells of grid row r (one per cell, however many columns it spans). */
export function rowLevels(grid: GridCell[][], r: number, registry: LevelRegistry | null, parse: Parse): Map<number, ParsedLevel> {
  const row = grid[r];
  const texts = row.map((g) => (g.origin || g.row === r ? cellText(g.cell) : ''));
  const bareCount = texts.filter((t) => bareNumber(t) !== null).length;
  const out = new Map<number, ParsedLevel>();
  let prev: TableCell | null = null;
  row.forEach((g, c) => {
    if (g.cell === prev) return; // colspan continuation: one level per cell
    prev = g.cell;
    if (!texts[c]) return;
    const p = parse(texts[c], bareCount >= 3, false, g.cell.items.map((i) => i.text));
    if (p && (!registry || registry.find(p))) out.set(c, p);
  });
  return out;
}

export function levelHeader(grid: GridCell[][], registry: LevelRegistry | null, parse: Parse): { row: number; levels: Map<number, ParsedLevel> } | null {
  for (let r = 0; r < Math.min(5, grid.length); r++) {
    const levels = rowLevels(grid, r, registry, parse);
    // A header names at least two different levels ("Level 2 | Level 2: what it means" is an overview row).
    const distinct = new Set([...levels.values()].map((p) => (p.number !== null ? `${p.number}${p.sub ?? ''}` : p.name)));
    // "Tier 1 | Universal services: needs are met by ..." is an overview row, not a header.
    const loose = [...levels.values()].some((p) => p.loose);
    if (distinct.size >= 2 && (!loose || distinct.size >= 3)) return { row: r, levels: withSandwiched(grid, r, levels) };
    // A one-level matrix ("Area of need | Level 4 – Acute"): two columns, the first row's second cell a level.
    if (r === 0 && distinct.size === 1 && !loose && grid[0].length === 2 && levels.has(1) && grid.length >= 2
      && grid.slice(1).every((_, k) => rowLevels(grid, k + 1, null, parse).size === 0)) return { row: r, levels };
  }
  return null;
}

/**
 * "Universal | Community Plus | Statutory Response": a short name-like header cell between two level columns is a
 * level too, though its name is no known level name.
 */
function withSandwiched(grid: GridCell[][], r: number, levels: Map<number, ParsedLevel>): Map<number, ParsedLevel> {
  const cols = [...levels.keys()].sort((a, b) => a - b);
  if (cols.some((c) => levels.get(c)!.number !== null)) return levels;
  const out = new Map(levels);
  const row = grid[r];
  for (let c = cols[0] + 1; c < cols[cols.length - 1]; c++) {
    const g = row[c];
    if (out.has(c) || !g || !g.origin || row[c - 1]?.cell === g.cell) continue;
    const t = normSpace(cellText(g.cell));
    if (!t || wordCount(t) > 8 || !/^[A-Z]/.test(t) || /[.?!;,]$/.test(t) || /\d/.test(t) || cueOf(t) !== null) continue;
    out.set(c, { number: null, sub: null, name: nameKey(t), rank: null, written: t });
  }
  return new Map([...out].sort((a, b) => a[0] - b[0]));
}

/** A column naming a level on each row: "Level | ..." overview tables and "Situation | Level" listings. */
export interface LevelCol {
  col: number;
  /** grid row where a level cell starts -> its level; a cell merged down (rowspan) covers the rows below */
  rows: Map<number, ParsedLevel>;
}

const NO_COLUMN: LevelCol = { col: 0, rows: new Map() };

export function levelColumn(grid: GridCell[][], registry: LevelRegistry | null, parse: Parse): LevelCol {
  const width = grid[0]?.length ?? 0;
  let best = NO_COLUMN;
  for (let c = 0; c < Math.min(width, 8); c++) {
    const rows = new Map<number, ParsedLevel>();
    // A column headed "Level" or "Usual tier" may give bare numbers: 1, 2, 3b.
    const head = levelWordAlone(cellText(grid[0][c]?.cell ?? { header: false, items: [] }));
    const bare = head !== null;
    // "3" under "Usual level" is written "Level 3"
    const word = head ? head[0].toUpperCase() + head.slice(1).toLowerCase() : '';
    grid.forEach((row, r) => {
      const g = row[c];
      if (!g || !g.origin || (c > 0 && row[c - 1]?.cell === g.cell)) return;
      const t = cellText(g.cell);
      let p = t ? parse(t, bare, false, g.cell.items.map((i) => i.text)) : null;
      if (p && bare && /^\d/.test(p.written)) p = { ...p, written: `${word} ${p.written}` };
      // Beyond the first column only short level labels count; prose there merely mentions a level.
      if (c > 0 && (!p || p.loose || wordCount(t) > 6)) return;
      if (p && (!registry || registry.find(p))) rows.set(r, p);
    });
    const distinct = new Set([...rows.values()].map((p) => (p.number !== null ? `${p.number}${p.sub ?? ''}` : p.name)));
    // A first column headed "Level" may name a single level: one table per level (or per group of areas), the
    // areas of need as the other columns' heads.
    // So may a first column headed "Level" that repeats one level on every row (a listing of that level's rows).
    const headed = bare && c === 0 && rows.size >= 1 && distinct.size === 1 && !rows.has(0);
    if (((rows.size >= 2 && distinct.size >= 2) || headed) && rows.size > best.rows.size) best = { col: c, rows };
  }
  return best;
}

/** The level of grid row r, carried down a level cell merged over several rows. */
export function levelAt(grid: GridCell[][], column: LevelCol, r: number): ParsedLevel | null {
  const g = grid[r][column.col];
  if (!g || g.row < 0) return null;
  const p = column.rows.get(g.row);
  return p && grid[g.row][column.col].cell === g.cell ? p : null;
}

export function discoverTable(grid: GridCell[][], registry: LevelRegistry, parse: Parse): void {
  const header = levelHeader(grid, null, parse);
  if (header) {
    for (const p of header.levels.values()) registry.add(p, 2);
    // "Level 1 | Level 2" over "Universal | Additional": the second row names the numbered levels.
    for (const { levels } of nameRows(grid, header, parse)) {
      for (const [c, p] of levels) {
        const top = headerLevelAt(grid, header, c);
        if (top && p.number === null && top.number !== null) registry.add({ ...p, number: top.number, sub: top.sub }, 1);
      }
    }
    return;
  }
  const column = levelColumn(grid, null, parse);
  for (const [r, p] of column.rows) {
    const e = registry.add(p, 2);
    // An overview row may pair a numbered level with its name in the next cell: "Level 2 | Early Help | ...".
    const next = grid[r][column.col + 1];
    const second = next ? cellText(next.cell) : '';
    const named = second ? parseLevel(second) : null;
    if (named?.name && named.number === null) e.names.add(named.name);
  }
}

export function headerLevelAt(grid: GridCell[][], header: { row: number; levels: Map<number, ParsedLevel> }, c: number): ParsedLevel | null {
  for (let k = c; k >= 0; k--) {
    const p = header.levels.get(k);
    if (p) return grid[header.row][k].cell === grid[header.row][c].cell ? p : null;
  }
  return null;
}

/** Rows right under a level header that name the same levels again (a two-row header). */
export function nameRows(grid: GridCell[][], header: { row: number; levels: Map<number, ParsedLevel> }, parse: Parse): { row: number; levels: Map<number, ParsedLevel> }[] {
  const out: { row: number; levels: Map<number, ParsedLevel> }[] = [];
  for (let r = header.row + 1; r < Math.min(grid.length, header.row + 3); r++) {
    const levels = rowLevels(grid, r, null, parse);
    if (levels.size < 2 || ![...levels.keys()].every((c) => headerLevelAt(grid, header, c))) break;
    if ([...levels.values()].some((p) => p.number !== null)) break;
    out.push({ row: r, levels });
  }
  return out;
}
