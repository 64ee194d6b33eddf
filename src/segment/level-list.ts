// Overview lines that name the scheme, one level per line with its description:
//   "1. Thriving: children whose needs ...", "Universal: The needs of children are met by ...",
//   "Universal (Level 1) Children whose needs are fully met ...", "Level 2: Early Help in response to ...".
// A run of such lines (list items or paragraphs) is the scheme's levels with their descriptions, never indicators.
import type { Block, Span } from '../model/index.ts';
import { nameKey, normSpace, parseLevel, vocabName, wordCount, type ParsedLevel } from './levels.ts';
import { nameBracketThenText, talksOfLevels } from './level-grammar.ts';

export interface ListedLevel {
  /** The level's label as written ("Thriving", "Universal (Level 1)", "Level 2"). */
  name: string;
  /** The label parsed as a level, when it reads as one without the list around it. */
  parsed: ParsedLevel | null;
  description: Span;
  block: number;
}

const NAME_THEN_DESCRIPTION = /^([A-Z0-9“"'‘][^:–—]{0,58}?)\s*(?::|\s[–—-])\s+(\S.{9,})$/;
/** How many other blocks (continuations, sub-items) may sit between two lines of one overview. */
const MAX_GAP = 3;

/** The level label at the start of a line that goes on to describe it. */
export function leadingLevel(text: string): { name: string; parsed: ParsedLevel | null } | null {
  const t = normSpace(text);
  if (t.length > 1500) return null;
  // "Universal (Level 1) Children whose needs ..."
  const n = nameBracketThenText(t);
  if (n && wordCount(n.name) <= 6) {
    const name = `${n.name.trim()} (${n.level})`;
    return { name, parsed: parseLevel(name, { heading: true }) };
  }
  // "Level 1 – Universal: needs met by ...", "Level 2 – Additional": a label that carries a number and a name is
  // taken whole (up to its colon), not cut after the number with its name read as the description
  const colon = /^([^:]{1,60}?):\s+\S/.exec(t);
  for (const label of [colon?.[1].trim(), wordCount(t) <= 8 ? t : undefined]) {
    const full = label ? parseLevel(label, { heading: true }) : null;
    if (full && full.number !== null && full.name) return { name: label!, parsed: full };
  }
  const m = NAME_THEN_DESCRIPTION.exec(t);
  if (!m) return null;
  const name = m[1].trim();
  if (wordCount(name) > 6 || /[.?!;,]$/.test(name)) return null;
  return { name, parsed: parseLevel(name, { heading: true }) };
}

const keyOf = (l: ListedLevel) => (l.parsed?.number != null ? `n${l.parsed.number}${l.parsed.sub ?? ''}` : `k${l.parsed?.name ?? nameKey(l.name)}`);

function accepted(run: ListedLevel[], blocks: Block[]): boolean {
  const parsed = run.filter((l) => l.parsed).length;
  if (run.length >= 2 && parsed === run.length) return true;
  if (run.length < 3 || run.length > 7) return false;
  const first = run[0].block;
  const talks = blocks.slice(Math.max(0, first - 3), first).some((b) => b.kind !== 'table' && talksOfLevels(b.span.text));
  return talks || parsed >= 2 || run.some((l) => vocabName(l.name) !== null);
}

/** Every overview run in the document (levels in the order listed). */
export function levelLists(blocks: Block[]): ListedLevel[][] {
  const runs: ListedLevel[][] = [];
  let run: ListedLevel[] = [];
  let last = -Infinity;
  const close = () => {
    if (accepted(run, blocks)) runs.push(run);
    run = [];
  };
  blocks.forEach((b, i) => {
    if (b.kind === 'heading' || b.kind === 'table') { close(); return; }
    const l = leadingLevel(b.span.text);
    if (!l) {
      if (/:\s*$/.test(b.span.text)) close(); // a lead-in starts another list
      return;
    }
    const item: ListedLevel = { ...l, description: b.span, block: i };
    if (i - last > MAX_GAP + 1 || run.some((r) => keyOf(r) === keyOf(item))) close();
    run.push(item);
    last = i;
  });
  close();
  return runs;
}
