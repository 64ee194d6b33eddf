import { ABOUT_THE_DOCUMENT, CASE_CUES, LEVEL_DESCRIPTION_OPENINGS, NEED_CUES, NON_INDICATOR_CUES, NON_INDICATOR_PATTERNS, RESPONSE_VERBS, STRENGTH_CUES, DESCRIPTION_CUES } from './vocab.ts';
import { nameKey, wordCount } from './levels.ts';
import { isNumberedContentsEntry } from './level-grammar.ts';

export type Cue = 'strengths' | 'needs' | 'exclude' | 'case' | null;

const STRENGTH = new Set(STRENGTH_CUES.map(nameKey));
const NEED = new Set(NEED_CUES.map(nameKey));
const EXCLUDE = new Set(NON_INDICATOR_CUES.map(nameKey));
const CASE = new Set(CASE_CUES.map(nameKey));

function hit(key: string, set: Set<string>): boolean {
  if (set.has(key)) return true;
  const words = key.split(' ');
  for (const cue of set) {
    const multi = cue.includes(' ');
    if ((multi || words.length <= 3) && key.startsWith(`${cue} `)) return true;
  }
  return false;
}

/** What a heading, label or column header says about the items under it. */
export function cueOf(label: string): Cue {
  const key = nameKey(label);
  if (!key || wordCount(key) > 8) return null;
  if (hit(key, CASE)) return 'case';
  if (hit(key, STRENGTH)) return 'strengths';
  if (hit(key, EXCLUDE) || NON_INDICATOR_PATTERNS.some((re) => re.test(label.trim()))) return 'exclude';
  if (hit(key, NEED)) return 'needs';
  return null;
}

export function isDescriptive(text: string): boolean {
  return DESCRIPTION_CUES.some((re) => re.test(text));
}

const RESPONSE_START = new RegExp(`^(?:${RESPONSE_VERBS.join('|')})\\b`, 'i');
const sentencesOf = (t: string) => t.split(/(?<=[.!?])\s+(?=[A-Z])/).filter((s) => s.trim());

/**
 * Lines that sit in a level's list but are not one situation of a child: an instruction to the practitioner,
 * a line about the document or the partnership, or the level's own description ("These children have ...").
 */
export function notAnItem(text: string): boolean {
  const t = text.trim();
  if (RESPONSE_START.test(t)) return true;
  // a bracketed qualifier ("Teen parent (higher level of need);") does not make an item a line about the document
  const main = t.replace(/\s*\([^()]*\)/g, '');
  if (ABOUT_THE_DOCUMENT.some((re) => re.test(main)) || isNumberedContentsEntry(t)) return true;
  const sentences = sentencesOf(t);
  if (sentences.length < 2 && wordCount(t) <= 25) return false;
  return sentences.some((sentence) => LEVEL_DESCRIPTION_OPENINGS.some((re) => re.test(sentence)));
}

/** Opens like a level's own description ("Children at risk of ...", "Families where ..."), not one child's situation. */
export function isLevelSubtitle(text: string): boolean {
  return LEVEL_DESCRIPTION_OPENINGS.some((re) => re.test(text.trim()));
}

/** A question put to the practitioner ("Who else do you need to talk to?"): a prompt, never a child's situation. */
export function isPrompt(text: string): boolean {
  return /\?\s*["”’)]?\s*$/.test(text.trim());
}

/** The opening word of a question: a line cut off after questions ("What other help could") is another one. */
export const QUESTION_START = /^(?:who|what|when|where|why|how|which|whose|is|are|do|does|did|can|could|should|would|will|has|have|if)\b/i;

/** Words that open a sentence about children in general, not a named child. */
const GENERIC_SUBJECT = /^(?:child|children|young|baby|babies|parents?|carers?|mother|father|family|families|pupils?|students?|siblings?)$/i;

/**
 * A case vignette: a short story of one named child with an age ("Ravi, 9, ...", "Ravi is 9 years old. ..."),
 * told in several sentences, the name coming back. Under a level it is one example of that level.
 */
export function isCaseVignette(text: string): boolean {
  const t = text.trim();
  const m = /^([A-Z][a-z]+)(?:,\s*(?:aged\s+)?\d{1,2}(?:\s*(?:years?(?: old)?|yrs?|months?(?: old)?))?,|\s+(?:is|was)\s+(?:aged\s+|now\s+)?\d{1,2}\b|\s+\((?:aged\s+)?\d{1,2}(?:\s*(?:years?|yrs?|months?))?\)|\s+aged\s+\d{1,2}\b)/.exec(t);
  if (!m || GENERIC_SUBJECT.test(m[1])) return false;
  const rest = t.slice(m[0].length);
  const sentences = sentencesOf(t).length;
  return sentences >= 2 && wordCount(t) >= 15 && wordCount(t) <= 150 && new RegExp(`\\b${m[1]}\\b|\\b(?:he|she|they|his|her|their)\\b`, 'i').test(rest);
}
