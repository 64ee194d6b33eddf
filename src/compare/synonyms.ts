// One wording for the synonyms and abbreviations threshold pages use (lexicon/situation.json "synonyms").
import data from './lexicon/situation.json' with { type: 'json' };

const SYNONYMS: [RegExp, string][] = data.synonyms.map(([p, r]) => [new RegExp(`\\b(?:${p})\\b`, 'gi'), r]);
const NOT_CONCEPTS = new Set(data.notConcepts);

const canonicalCache = new Map<string, string>();
/** Lower-cased text with the synonyms and abbreviations rewritten to one wording ("DV" -> "domestic abuse").
 *  Kept per text: an indicator's text is rewritten for its tokens and for its trigrams. */
export function canonical(text: string): string {
  let s = canonicalCache.get(text);
  if (s !== undefined) return s;
  s = text.toLowerCase().replace(/[’‘]/g, "'");
  for (const [re, r] of SYNONYMS) s = s.replace(re, r);
  if (canonicalCache.size > 20_000) canonicalCache.clear();
  canonicalCache.set(text, s);
  return s;
}

const conceptCache = new Map<string, Set<number>>();
/** The synonym classes a text mentions (indices into lexicon/situation.json "synonyms"), the general ones
 *  ("notConcepts": parent, child, difficulty, repeated...) left out. */
export function conceptsOf(text: string): Set<number> {
  let c = conceptCache.get(text);
  if (c) return c;
  const s = text.toLowerCase().replace(/[’‘]/g, "'");
  c = new Set(SYNONYMS.flatMap(([re, r], i) => { re.lastIndex = 0; return !NOT_CONCEPTS.has(r) && re.test(s) ? [i] : []; }));
  if (conceptCache.size > 20_000) conceptCache.clear();
  conceptCache.set(text, c);
  return c;
}
