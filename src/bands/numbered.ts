// A short scheme numbered 1..n: the first n levels of a longer one. Pure; reads its patterns from cues.json.
import type { LevelDef } from '../model/index.ts';
import cues from './cues.json' with { type: 'json' };

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const LEVEL_NUMBER = new RegExp(cues.levelNumber, 'i');

/** The number a level's name gives it ("Level Two", "Tier 2 (Additional)", "3. Targeted"), or null. */
export function levelNumber(local: string): number | null {
  const m = LEVEL_NUMBER.exec(local);
  const n = m ? m[1] ?? m[2] : null;
  if (!n) return null;
  return /^\d+$/.test(n) ? Number(n) : NUMBER_WORDS[n.toLowerCase()] ?? null;
}

const PAD = '\u2063beyond ';

/**
 * "Level 1" and "Level 2" alone (or Levels 1..3) are most often the first levels of a longer scheme (most English
 * schemes have four): a short scheme whose every level is numbered 1..n in order is banded as the first n levels
 * of `commonSchemeSize`, so its top level is not stretched over the bands of levels the document does not show.
 */
export function padNumbered(levels: LevelDef[]): LevelDef[] {
  const common = cues.commonSchemeSize;
  if (levels.length >= common || !levels.every((l, i) => levelNumber(l.local) === i + 1)) return levels;
  const pad: LevelDef[] = [];
  for (let n = levels.length + 1; n <= common; n++) pad.push({ local: `${PAD}${n}`, order: levels[levels.length - 1].order + n, description: [] });
  return [...levels, ...pad];
}
