// Unbulleted items: a paragraph under a level counts as an indicator only when the level has no list or
// table of its own and the paragraph reads like an item (short, not guidance, not a lead-in, not a
// service response); otherwise it describes the level.
import { nameKey, wordCount } from './levels.ts';
import { COLUMN_HEADS } from './vocab.ts';
import { isCaseVignette, isDescriptive, isPrompt, notAnItem, QUESTION_START } from './cues.ts';
import { PSEUDO_LEVEL, type Candidate, type Description, type Frame } from './context.ts';

const HEADS = new Set(COLUMN_HEADS);

/** Reads like an item rather than guidance about the level. */
export function itemLike(c: Pick<Candidate, 'text'>): boolean {
  return wordCount(c.text) <= 40 && !isDescriptive(c.text) && !/:$/.test(c.text) && /^[A-Z0-9“"'‘(]/.test(c.text) && !/[→⇒➔]/.test(c.text);
}

/** The candidates kept as indicators; paragraph candidates that are not go to `descriptions`. */
export function keepItems(candidates: Candidate[], listsUnder: Map<Frame | null, number>, descriptions: Description[]): Candidate[] {
  const itemsUnder = new Map<Frame | null, number>();
  for (const c of candidates) if (c.fromParagraph && itemLike(c)) itemsUnder.set(c.frame, (itemsUnder.get(c.frame) ?? 0) + 1);
  // Under a level heading: item-like paragraphs that stay items, and paragraphs that are prose (guidance, instructions)
  const realItemsUnder = new Map<Frame | null, number>();
  const proseUnder = new Map<Frame | null, number>();
  for (const c of candidates) {
    if (!c.fromParagraph) continue;
    const under = itemLike(c) && !notAnItem(c.text) && !isPrompt(c.text) ? realItemsUnder : proseUnder;
    under.set(c.frame, (under.get(c.frame) ?? 0) + 1);
  }
  const leading = levelLeadParagraphs(candidates);
  const kept: Candidate[] = [];
  for (const [k, c] of candidates.entries()) {
    if (leading.has(c)) {
      descriptions.push({ level: c.level, span: c.span });
      continue;
    }
    if (k > 0 && k === candidates.length - 1 && cutOff(c, candidates[k - 1], candidates[k - 2])) continue;
    if (isPrompt(c.text)) continue; // a question for the practitioner
    if (HEADS.has(nameKey(c.text))) continue; // a flattened table's column head
    if (c.fromParagraph && c.frame?.kind === 'level' && isCaseVignette(c.text)) {
      kept.push(c); // one named child's story under a level: one example of the level
      continue;
    }
    if (notAnItem(c.text)) {
      descriptions.push({ level: c.level, span: c.span });
      continue;
    }
    if (c.fromParagraph) {
      // Unbulleted items: only several item-like lines under a level with no list of its own, or lines after a lead-in.
      const pseudo = c.frame !== null && c.frame.depth >= PSEUDO_LEVEL;
      // Under a level, a lone item-like sentence among the level's prose (its description, the response, instructions)
      // is prose too; a lone paragraph with nothing else under a level heading (one cell of a table) stays an item.
      const amongProse = c.frame?.kind === 'level' && (proseUnder.get(c.frame) ?? 0) > 0 && (realItemsUnder.get(c.frame) ?? 0) < 2;
      const leadItem = c.afterLeadIn && itemLike(c) && wordCount(c.text) <= 20;
      const listsBeside = listsUnder.get(c.section ?? c.frame) ?? 0;
      if (!leadItem && (listsBeside > 0 || !itemLike(c) || amongProse || (pseudo && (itemsUnder.get(c.frame) ?? 0) < 2))) {
        descriptions.push({ level: c.level, span: c.span });
        continue;
      }
    }
    kept.push(c);
  }
  const overview = overviewFrames(kept);
  if (!overview.size) return kept;
  for (const c of kept) if (c.frame && overview.has(c.frame)) descriptions.push({ level: c.level, span: c.span });
  return kept.filter((c) => !c.frame || !overview.has(c.frame));
}

/**
 * "Level 2: Early Help" / a sentence about the children at the level / "Health" / items ...: the paragraph right
 * under a level's label, before its first domain sub-heading, when its items sit under domain sub-headings, is the
 * level's description.
 */
function levelLeadParagraphs(candidates: Candidate[]): Set<Candidate> {
  const out = new Set<Candidate>();
  const seen = new Set<Frame | null>();
  for (const [k, c] of candidates.entries()) {
    if (seen.has(c.frame)) continue;
    seen.add(c.frame);
    if (!c.frame || c.frame.kind !== 'level' || !c.fromParagraph || c.domain !== null || c.afterLeadIn || isCaseVignette(c.text)) continue;
    const rest = candidates.slice(k + 1).filter((x) => x.frame === c.frame);
    // before the level's domains, or before its needs lead-in ("Examples:"): the level's own description
    if ((rest.length >= 2 && rest.every((x) => x.domain !== null)) || (!c.needsCue && rest.length >= 1 && rest.every((x) => x.needsCue))) out.add(c);
  }
  return out;
}

/** Most items a level may have in an overview of the levels (a line or two of description each). */
const OVERVIEW_ITEMS = 3;

/**
 * An overview of the scheme before the levels' own sections: three or more levels in a row, each with a line or
 * two under it ("Level 1" - children whose needs are met - parents meeting them, "Level 2" - ...), and one of them
 * named again later over a longer list. Those lines describe the levels; the indicators are in the later sections.
 */
function overviewFrames(kept: Candidate[]): Set<Frame> {
  const runs: { frame: Frame; n: number }[] = [];
  for (const c of kept) {
    if (!c.frame || c.frame.kind !== 'level') continue;
    const last = runs[runs.length - 1];
    if (last && last.frame === c.frame) last.n++;
    else runs.push({ frame: c.frame, n: 1 });
  }
  const out = new Set<Frame>();
  let i = 0;
  while (i < runs.length) {
    let j = i;
    const levels = new Set<unknown>();
    while (j < runs.length && runs[j].n <= OVERVIEW_ITEMS && !levels.has(runs[j].frame.level)) levels.add(runs[j++].frame.level);
    if (j - i >= 3 && runs.slice(j).some((r) => levels.has(r.frame.level) && r.n > OVERVIEW_ITEMS)) {
      for (const r of runs.slice(i, j)) out.add(r.frame);
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Lowercase words of one or two letters that can end an item. */
const SHORT_WORDS = new Set(['a', 'i', 'an', 'am', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we', 'ok', 'ie', 'eg', 'etc']);

/**
 * The last line of a page cut off mid-item ("Specia", "Children, young people"): one or two words with no end
 * punctuation after items of four words or more. A copy of a page that stops mid-sentence ends like this.
 */
function cutOff(last: Candidate, before: Candidate, earlier?: Candidate): boolean {
  const words = (t: string) => (t.match(/[A-Za-z]+/g) ?? []).length;
  const t = last.text.trim();
  if (/[.!?;)]$/.test(t) || last.span.page < before.span.page) return false;
  // "... that ne", "... by p": it stops inside a word (a lowercase word of one or two letters that is no word)
  const tail = /\b([a-z]{1,2})$/.exec(t)?.[1];
  if (tail && !SHORT_WORDS.has(tail) && words(t) >= 3) return true;
  // "What other help could" after questions, or any last line opening with a wh- word: a question, cut off
  if ((isPrompt(before.text) && QUESTION_START.test(t)) || /^(?:who|what|when|where|why|how|which)\s+\w+\s+\w+/i.test(t)) return true;
  if (words(last.text) <= 2 && words(before.text) >= 4) return true;
  // "... because my", "risk of the": it stops on a word no item ends with
  if (/\b(?:a|an|the|of|and|or|but|because|my|our|their|his|her|its|whose|very)$/i.test(t)) return true;
  // "... indicators from", "I am at": nor on a preposition, a relative word or an auxiliary
  if (/\s(?:from|with|to|for|by|at|into|onto|about|than|that|which|who|where|when|while|is|are|was|were|been|being|has|have|had|will|would|can|could|should|may|might|this|these|those|such)$/i.test(t)) return true;
  // items that all end with a full stop, then one that does not ("Very low confide")
  const stop = (c?: Candidate) => !!c && /[.;]$/.test(c.text.trim());
  return stop(before) && stop(earlier) && words(last.text) <= 6;
}
