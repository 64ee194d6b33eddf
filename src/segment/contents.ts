// A document's table of contents copied with the page (procedures-manual chapters): short title lines with the
// level names among them ("Introduction", "Level 1 - Open to all", ..., "Agreement and Record Keeping").
// Its other lines are section titles, never indicators; its level lines still name the scheme.
import type { Block } from '../model/index.ts';
import { normSpace, parseLevel, wordCount } from './levels.ts';
import { cueOf } from './cues.ts';
import { numberedAtStart } from './level-grammar.ts';

const SMALL = new Set(['a', 'an', 'and', 'of', 'the', 'to', 'for', 'in', 'on', 'or', 'at', 'by', 'with', 'from']);

/** "Agreement and Record Keeping": every word but the small ones capitalised, two or more of them. */
function titleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  const big = words.filter((w) => !SMALL.has(w.toLowerCase()));
  return big.length >= 2 && big.every((w) => /^[A-Z0-9“"'‘(]/.test(w));
}

function shortLine(b: Block): string | null {
  if (b.kind === 'table') return null;
  const t = normSpace(b.span.text);
  // an entry may be a question ("Who answers when I call?"): it does not end the run
  return t && wordCount(t) <= 12 && !/[.;:!,]$/.test(t) ? t : null;
}

/** Indices of the non-level lines of every contents run: six or more short lines, three or more level lines in a row, two or more section titles. */
export function contentsLines(blocks: Block[]): Set<number> {
  const drop = new Set<number>();
  let i = 0;
  while (i < blocks.length) {
    const lines: string[] = [];
    while (i + lines.length < blocks.length) {
      const t = shortLine(blocks[i + lines.length]);
      if (t === null) break;
      lines.push(t);
    }
    if (lines.length >= 6) {
      // a contents entry for a level ("Level 1: No additional support ... 8") is kept: it still names the level
      const isLevel = lines.map((t) => numberedAtStart(t) !== null || parseLevel(t, { heading: true }) !== null);
      const isCue = lines.map((t) => cueOf(t) !== null);
      let run = 0;
      let best = 0;
      for (const l of isLevel) best = Math.max(best, (run = l ? run + 1 : 0));
      const titles = lines.filter((t, k) => !isLevel[k] && (isCue[k] || titleCase(t))).length;
      // headings and cue lines ("Contents", "Useful links") stay: they still structure what follows
      if (best >= 3 && titles >= 2) lines.forEach((_, k) => { if (!isLevel[k] && !isCue[k] && blocks[i + k].kind !== 'heading') drop.add(i + k); });
    }
    i += Math.max(lines.length, 1);
  }
  return drop;
}
