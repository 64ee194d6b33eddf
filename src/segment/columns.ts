// A domains x levels table flattened cell by cell, on a page whose levels are named only by a legend above it
// (taken off as a menu, src/series/page.ts) and whose body names no level: each cell comes out as its row's domain
// heading, written again, then the cell's items. Whether the cells run row by row (Health / Health / Health / Home ...)
// or column by column (Health / Home / Health / Home ...), the k-th heading of a domain is the k-th column, so the
// k-th level of the legend. Read so only when two or more domains repeat and none more often than the legend has
// levels; otherwise the items stay "not stated".
import { nameKey, type LevelEntry, type LevelRegistry, type ParsedLevel } from './levels.ts';
import type { Candidate, Frame } from './context.ts';

/** Fewest domains whose heading must repeat before the repeats are read as columns. */
const MIN_REPEATED_DOMAINS = 2;

/**
 * Each candidate's column (0-based) by its domain heading's repeat, or null when the page is not such a table:
 * a candidate under no domain heading, fewer than two repeated domains, or a domain repeated more often than
 * there are levels.
 */
export function columnsByRepeat(candidates: Candidate[], levels: number): Map<Candidate, number> | null {
  if (levels < 2 || !candidates.length || candidates.some((c) => !c.cell)) return null;
  const column = new Map<Frame, number>();
  const written = new Map<string, number>();
  for (const c of candidates) {
    const f = c.cell!;
    if (column.has(f)) continue;
    const key = nameKey(f.text);
    const k = written.get(key) ?? 0;
    written.set(key, k + 1);
    column.set(f, k);
  }
  const counts = [...written.values()];
  if (counts.filter((n) => n >= 2).length < MIN_REPEATED_DOMAINS || Math.max(...counts) > levels) return null;
  return new Map(candidates.map((c) => [c, column.get(c.cell!)!]));
}

/**
 * Place the candidates of a page naming no level under the legend's levels by their domain heading's repeat.
 * Returns the level entries registered (in legend order), or null when the page is not read so (nothing changed).
 */
export function placeByColumns(candidates: Candidate[], legend: ParsedLevel[], registry: LevelRegistry, notStated: LevelEntry): LevelEntry[] | null {
  const cols = columnsByRepeat(candidates, legend.length);
  if (!cols) return null;
  registry.entries = registry.entries.filter((e) => e !== notStated);
  const entries = legend.map((p) => registry.add(p, 2));
  for (const c of candidates) c.level = entries[cols.get(c)!];
  return entries;
}
