// Ordering the discovered levels into the scheme: numbers (and sub-levels) first, else order of
// appearance, reversed when the level names' ranks say the document runs from high to low.
import type { LevelDef } from '../model/index.ts';
import type { LevelEntry, LevelRegistry } from './levels.ts';

export function buildScheme(registry: LevelRegistry, defaultLevel: LevelEntry | null): { entry: LevelEntry; def: LevelDef }[] {
  let entries = [...registry.entries];
  const numbered = entries.filter((e) => e.number !== null);
  if (numbered.length >= 2) entries = entries.filter((e) => e.number !== null || e.indicators > 0 || e === defaultLevel);
  // A parent level split into sub-levels (3 -> 3a, 3b) is kept only if it holds indicators itself.
  entries = entries.filter((e) => !(e.sub === null && e.number !== null && e.indicators === 0 && entries.some((x) => x.number === e.number && x.sub !== null)));
  if (entries.every((e) => e.number !== null)) {
    entries.sort((a, b) => a.number! - b.number! || (a.sub ?? '').localeCompare(b.sub ?? ''));
  } else {
    entries.sort((a, b) => a.firstSeen - b.firstSeen);
    const ranked = entries.filter((e) => e.rank !== null);
    if (ranked.length >= 2) {
      let agree = 0;
      for (let i = 0; i < ranked.length; i++) for (let j = i + 1; j < ranked.length; j++) agree += Math.sign(ranked[j].rank! - ranked[i].rank!);
      if (agree < 0) entries.reverse();
    }
  }
  // Numbered levels keep their number as order when they can (a page that shows only Levels 2-4 is not
  // "levels 1-3"); sub-levels (3a, 3b) or unnumbered schemes count 1..n.
  const byNumber = entries.every((e) => e.number !== null && e.sub === null) && new Set(entries.map((e) => e.number)).size === entries.length && entries.every((e) => e.number! >= 1 && e.number! <= 9);
  return entries.map((entry, i) => ({ entry, def: { local: registry.local(entry), order: byNumber ? entry.number! : i + 1, description: [] } }));
}
