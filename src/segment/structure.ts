// Levels named in the document's own words ("Everyday Help", "Extra Help"), found from structure when no
// label reads as a level: a run of sibling headings that either define themselves in the paragraph right
// after them ("Extra Help: a team around the family ..."), or share the same sub-headings (level x area), or are
// each a sentence about the children the level is for, over its list.
import type { Block } from '../model/index.ts';
import { nameKey, normSpace, wordCount } from './levels.ts';
import { isLevelSubtitle } from './cues.ts';

type Heading = { i: number; depth: number; text: string };

const MIN_LEVELS = 3;
const MAX_LEVELS = 8;

/** Block indices of the headings that name the levels, in document order; null when none qualify. */
export function structuralLevels(blocks: Block[]): number[] | null {
  const heads: Heading[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') heads.push({ i, depth: b.depth, text: normSpace(b.span.text) });
  });
  const depths = [...new Set(heads.map((h) => h.depth))].sort((a, b) => a - b);
  for (const d of depths) {
    // runs of siblings: headings of depth d with no shallower heading between them
    const runs: Heading[][] = [];
    let run: Heading[] = [];
    for (const h of heads) {
      if (h.depth < d) {
        if (run.length) runs.push(run);
        run = [];
      } else if (h.depth === d) run.push(h);
    }
    if (run.length) runs.push(run);
    for (const sibs of runs) {
      if (sibs.length < MIN_LEVELS || sibs.length > MAX_LEVELS) continue;
      const named = sibs.filter((h) => wordCount(h.text) <= 6 && !/[.?!:]$/.test(h.text));
      const levels = selfDefined(blocks, named) ?? sharedChildren(heads, named) ?? describedLevels(blocks, sibs);
      if (levels) return levels.map((h) => h.i);
    }
  }
  return null;
}

const enough = (levels: Heading[]) => (levels.length >= MIN_LEVELS ? levels : null);

/** The siblings followed by "Heading: what it means". */
function selfDefined(blocks: Block[], sibs: Heading[]): Heading[] | null {
  return enough(sibs.filter((h) => {
    const next = blocks[h.i + 1];
    if (next?.kind !== 'paragraph') return false;
    const m = /^(.{1,60}?)\s*[:–—]\s+\S/.exec(normSpace(next.span.text));
    return !!m && nameKey(m[1]) === nameKey(h.text);
  }));
}

/** When two or more sub-heading titles recur under every sibling but at most one: the siblings holding them. */
function sharedChildren(heads: Heading[], sibs: Heading[]): Heading[] | null {
  const counts = new Map<string, number>();
  const under = new Map<Heading, Set<string>>();
  for (const s of sibs) {
    const k = heads.findIndex((h) => h.i === s.i);
    const titles = new Set<string>();
    for (let j = k + 1; j < heads.length && heads[j].depth > s.depth; j++) titles.add(nameKey(heads[j].text));
    under.set(s, titles);
    for (const t of titles) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const shared = [...counts].filter(([, n]) => n >= Math.max(2, sibs.length - 1)).map(([t]) => t);
  if (shared.length < 2) return null;
  return enough(sibs.filter((s) => shared.some((t) => under.get(s)!.has(t))));
}

/**
 * "Children and families whose needs are met by universal services", "Children who are suffering significant harm":
 * every sibling is a sentence about the children a level is for (a long descriptive name), each over a list.
 */
function describedLevels(blocks: Block[], sibs: Heading[]): Heading[] | null {
  const ok = sibs.every((h) => wordCount(h.text) <= 25 && isLevelSubtitle(h.text) && blocks[h.i + 1]?.kind === 'list-item');
  return ok ? enough(sibs) : null;
}
