// A page that names no level, under a menu (or legend) of every level taken off it (src/series/page.ts
// splitLevelMenu), whose headings repeat once per level: the k-th repeat of a heading is the menu's k-th level,
// whether the page runs level by level (A B A B) or heading by heading (A A B B). Two structures are read so, each
// finding its own headings: panels.ts (tool panels, on the raw blocks) and columns.ts (a domains x levels table
// flattened cell by cell, on the candidates after the walk).
import { nameKey } from './levels.ts';

/**
 * Each heading's level (0-based, menu order) by its name's repeat, or null when the headings do not read so: fewer
 * than two levels, fewer than `minRepeated` names written more than once, or a name written more often than there
 * are levels.
 */
export function levelsByRepeat<T>(headings: T[], nameOf: (h: T) => string, levels: number, minRepeated: number): Map<T, number> | null {
  if (levels < 2) return null;
  const written = new Map<string, number>();
  const levelOf = new Map<T, number>();
  for (const h of headings) {
    const key = nameKey(nameOf(h));
    const k = written.get(key) ?? 0;
    written.set(key, k + 1);
    levelOf.set(h, k);
  }
  const counts = [...written.values()];
  if (counts.filter((n) => n >= 2).length < minRepeated || Math.max(0, ...counts) > levels) return null;
  return levelOf;
}
