// The level grammar: what a level label is, written once. Every file in src/segment that recognises a level in
// text uses these patterns; the words themselves are data in vocab.ts (LEVEL_WORDS, WORD_NUMBERS, SUB_LEVELS).
//
//   numbered level   = level-word number                  "Level 3", "Tier Two", "Level 3a"
//   level-word       = LEVEL_WORDS                        level | tier | band | stage
//   number           = 1-2 digits [sub-level] | WORD_NUMBERS   3 | 3a | 12 | two
//   sub-level        = SUB_LEVELS, right after the digits  a .. e
//   name             = a vocabulary name (LEVEL_NAMES) or a name the document uses elsewhere
//   label            = numbered level [separator name]    "Level 3 - Targeted Early Help", "Level 3: Intensive"
//                    | name separator numbered level      "Targeted Early Help – Level 3", "Universal (Level 1)"
//                    | bare number [separator name]       "3b" (a numbered column), "2 Universal Plus" (a diagram)
//                    | name                               "Universal", "Additional needs"
//   escalation       = DESPITE|AFTER [2 words] SUPPORT at [level-word] number   "Despite intervention at 2, ..."
//                      (a line about needs that go on past a level: the needs after it are the next level's)
//
// parseLevel (levels.ts) decides which labels are levels; this module only says where the parts are.
import { ESCALATION, LEVEL_WORDS, SUB_LEVELS, WORD_NUMBERS } from './vocab.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A level word: "level", "tier", ... (no capture). */
export const LEVEL_WORD = `(?:${LEVEL_WORDS.map(esc).join('|')})`;
/** A level word, singular or plural ("levels 3 and 4"). */
const LEVEL_WORD_PLURAL = `(?:${LEVEL_WORDS.map((w) => `${esc(w)}s?`).join('|')})`;
/** A level number: digits with an optional sub-level letter right after them ("3", "3a", "12"), or a number word. */
const NUMBER = `(?:(\\d{1,2})([${SUB_LEVELS.map(esc).join('')}])?|(${Object.keys(WORD_NUMBERS).map(esc).join('|')}))`;
/** "Level 3", "Tier Two", "Level 3a": never followed by a word character ("Level 3rd", "Level 3abc" are not levels). */
const NUMBERED = `${LEVEL_WORD}\\s*${NUMBER}(?![\\w])`;
/** Capture groups NUMBERED adds to a pattern. */
const GROUPS = 3;

/** The number a written number stands for ("3" -> 3, "Two" -> 2). */
export function levelNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : WORD_NUMBERS[s.toLowerCase()];
}

const BARE = new RegExp(`^(\\d{1,2})([${SUB_LEVELS.map(esc).join('')}])?$`, 'i');
const BARE_THEN_NAME = new RegExp(`^(\\d{1,2})([${SUB_LEVELS.map(esc).join('')}])?\\s*[:\\-–—.)]?\\s+(.+)$`, 'i');

/** A number alone, as a level: "3", "3b" (a header of numbered columns, a diagram label). */
export function bareNumber(text: string): { number: number; sub: string | null } | null {
  const m = BARE.exec(text);
  return m ? { number: Number(m[1]), sub: m[2]?.toLowerCase() ?? null } : null;
}

/** A number, then a name: "2 Universal Plus", "3a: Intensive" (the name is checked by the caller). */
export function bareNumberThenName(text: string): { number: number; sub: string | null; name: string } | null {
  const m = BARE_THEN_NAME.exec(text);
  return m ? { number: Number(m[1]), sub: m[2]?.toLowerCase() ?? null, name: m[3] } : null;
}

/** Number and sub-level from NUMBERED's groups, starting at group `at`. */
function numberAt(m: RegExpMatchArray, at: number): { number: number; sub: string | null } {
  return m[at] !== undefined ? { number: Number(m[at]), sub: m[at + 1]?.toLowerCase() ?? null } : { number: levelNumber(m[at + 2]), sub: null };
}

export interface NumberedMatch {
  number: number;
  sub: string | null;
  /** The numbered level as written ("Level 3a"). */
  label: string;
  /** What follows it, untrimmed ("- Targeted Early Help"). */
  rest: string;
}

const AT_START = new RegExp(`^${NUMBERED}`, 'i');

/** A numbered level at the start of a text: "Level 3 - Targeted" -> 3, rest "- Targeted". */
export function numberedAtStart(text: string): NumberedMatch | null {
  const m = AT_START.exec(text);
  if (!m) return null;
  return { ...numberAt(m, 1), label: m[0], rest: text.slice(m[0].length) };
}

const NAME_THEN_NUMBERED = new RegExp(`^(.+?)\\s*[(\\[:–—-]\\s*${NUMBERED}\\s*[)\\]]?$`, 'i');

/** "Universal Services (Level 1)", "Targeted – Tier 3": the name and the numbered level after it, ending the text. */
export function nameThenNumbered(text: string): { name: string; number: number; sub: string | null } | null {
  const m = NAME_THEN_NUMBERED.exec(text);
  return m ? { name: m[1], ...numberAt(m, 2) } : null;
}

const NAME_BRACKET_THEN_TEXT = new RegExp(`^(.{2,60}?)\\s*\\(\\s*(${NUMBERED})\\s*\\)\\s*[:–—-]?\\s*(\\S.{9,})$`, 'i');

/** "Universal (Level 1) Children whose needs ...": the name, the bracketed level and the text after it. */
export function nameBracketThenText(text: string): { name: string; level: string; text: string } | null {
  const m = NAME_BRACKET_THEN_TEXT.exec(text);
  return m ? { name: m[1], level: m[2], text: m[3 + GROUPS] } : null;
}

const TRAILING = new RegExp(`\\b(?:at|for|of|in)\\s+${NUMBERED}$`, 'i');

/** "Indicators at Level 2", "Needs in Tier 3b": a numbered level ending a heading, right after at/for/of/in. */
export function trailingNumbered(text: string): { number: number; sub: string | null } | null {
  const m = TRAILING.exec(text);
  return m ? numberAt(m, 1) : null;
}

const ANYWHERE = new RegExp(`\\b${NUMBERED}`, 'i');
const ANYWHERE_ALL = new RegExp(`\\b${NUMBERED}`, 'gi');

/** Whether a numbered level is named anywhere in the text. */
export function hasNumbered(text: string): boolean {
  return ANYWHERE.test(text);
}

/** How many numbered levels the text names. */
export function countNumbered(text: string): number {
  return text.match(ANYWHERE_ALL)?.length ?? 0;
}

/** The first numbered level inside a longer text ("Level 2: Early Help | Anyshire manual"), with what follows it. */
export function findNumbered(text: string): NumberedMatch | null {
  const m = ANYWHERE.exec(text);
  if (!m) return null;
  return { ...numberAt(m, 1), label: m[0], rest: text.slice(m.index! + m[0].length) };
}

const MENTION = new RegExp(`\\b${LEVEL_WORD_PLURAL}\\s*${NUMBER}(?![\\w])`, 'gi');

/** Every numbered level a sentence mentions, plural words included ("levels 3 and 4" -> 3). */
export function numberedMentions(text: string): { number: number; sub: string | null }[] {
  return [...text.matchAll(MENTION)].map((m) => numberAt(m, 1));
}

const WORD_ALONE = new RegExp(`^(?:(?:usual|likely|typical|suggested)\\s+)?(${LEVEL_WORD})(?:\\s+of\\s+need)?$`, 'i');

/** A table header that says "this column holds the level" ("Level", "Level of need", "Usual tier"): its level word. */
export function levelWordAlone(text: string): string | null {
  return WORD_ALONE.exec(text)?.[1] ?? null;
}

const TALKS_OF = new RegExp(`\\b${LEVEL_WORD_PLURAL}\\b`, 'i');

/** Whether the text uses a level word at all ("the four levels of need"). */
export function talksOfLevels(text: string): boolean {
  return TALKS_OF.test(text);
}

const CONTENTS_ENTRY = new RegExp(`^${NUMBERED}.{8,}\\s\\d{1,3}$`, 'i');

/** A contents entry for a level: "Level 1: No additional support ........ 8" (a page number at the end). */
export function isNumberedContentsEntry(text: string): boolean {
  return CONTENTS_ENTRY.test(text);
}

const words = (ws: string[]) => ws.map(esc).join('|');
const ESCALATED = new RegExp(`\\b(${words(ESCALATION.DESPITE)}|${words(ESCALATION.AFTER)})\\s+(?:[a-z\'’-]+\\s+){0,4}?(?:${words(ESCALATION.SUPPORT)})\\s+(?:at|in)\\s+(?:${LEVEL_WORD}\\s*)?${NUMBER}(?![\\w])`, 'i');
const CONTINUING = new RegExp(`\\b(?:${words(ESCALATION.CONTINUING)})\\b`, 'i');
const STEP_DOWN = new RegExp(`\\b(?:${words(ESCALATION.STEP_DOWN)})`, 'i');
const DESPITE = new RegExp(`^(?:${words(ESCALATION.DESPITE)})$`, 'i');

/**
 * "Despite intervention at 2, there is evidence of continuing need:", "Needs persist after support at Level 2":
 * a line saying the needs after it go on past level N, so they are level N + 1's. "After ..." counts only with a
 * word of continuing need in the line; a step-down word cancels either. The number may stand without a level word.
 */
export function escalatedFrom(text: string): { number: number; next: number } | null {
  if (text.length > 300 || STEP_DOWN.test(text)) return null;
  const m = ESCALATED.exec(text);
  if (!m) return null;
  if (!DESPITE.test(m[1]) && !CONTINUING.test(text)) return null;
  const { number, sub } = numberAt(m, 2);
  if (sub !== null || number < 1 || number > 8) return null;
  return { number, next: number + 1 };
}
