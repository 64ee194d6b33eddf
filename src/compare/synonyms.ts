// One wording for the synonyms and abbreviations threshold pages use (lexicon/situation.json "synonyms").
import data from './lexicon/situation.json' with { type: 'json' };

const SYNONYMS: [RegExp, string][] = data.synonyms.map(([p, r]) => [new RegExp(`\\b(?:${p})\\b`, 'gi'), r]);

/** Lower-cased text with the synonyms and abbreviations rewritten to one wording ("DV" -> "domestic abuse"). */
export function canonical(text: string): string {
  let s = text.toLowerCase().replace(/[’‘]/g, "'");
  for (const [re, r] of SYNONYMS) s = s.replace(re, r);
  return s;
}
