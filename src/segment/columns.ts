// A domains x levels table flattened cell by cell, on a page whose levels are named only by a legend above it
// (taken off as a menu, src/series/page.ts) and whose body names no level: each cell comes out as its row's domain
// heading, written again, then the cell's items. Whether the cells run row by row (Health / Health / Health / Home ...)
// or column by column (Health / Home / Health / Home ...), the k-th heading of a domain is the k-th column, so the
// k-th level of the legend (level-repeat.ts); otherwise the items stay "not stated".
import type { LevelEntry, LevelRegistry, ParsedLevel } from './levels.ts';
import type { Candidate, Frame } from './context.ts';
import { levelsByRepeat } from './level-repeat.ts';

/** Fewest domains whose heading must repeat: any heading over a cell counts here, so one repeat alone is not a table. */
const MIN_REPEATED_DOMAINS = 2;

/**
 * Each candidate's column (0-based) by its domain heading's repeat, or null when the page is not such a table:
 * a candidate under no domain heading, fewer than two repeated domains, or a domain repeated more often than
 * there are levels.
 */
export function columnsByRepeat(candidates: Candidate[], levels: number): Map<Candidate, number> | null {
  if (!candidates.length || candidates.some((c) => !c.cell)) return null;
  const cells = [...new Set(candidates.map((c) => c.cell!))];
  const column = levelsByRepeat<Frame>(cells, (f) => f.text, levels, MIN_REPEATED_DOMAINS);
  return column && new Map(candidates.map((c) => [c, column.get(c.cell!)!]));
}

/**
 * Place the candidates of a page naming no level under the legend's levels by their domain heading's repeat.
 * Returns the level entries registered (in legend order) and the warning, or null when the page is not read so
 * (nothing changed).
 */
export function placeByColumns(candidates: Candidate[], legend: ParsedLevel[], registry: LevelRegistry, notStated: LevelEntry): { entries: LevelEntry[]; warning: string } | null {
  const cols = columnsByRepeat(candidates, legend.length);
  if (!cols) return null;
  registry.entries = registry.entries.filter((e) => e !== notStated);
  const entries = legend.map((p) => registry.add(p, 2));
  for (const c of candidates) c.level = entries[cols.get(c)!];
  return { entries, warning: `no level named in the body: its domain headings repeat, read as the columns of a domains x levels table (the k-th heading of a domain is the legend's k-th level, of ${entries.length})` };
}
