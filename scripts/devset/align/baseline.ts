// The matcher as it was before issue 18 (kept here only to print the "before" figures):
// 0.7 x TF-IDF cosine + 0.3 x topic Jaccard - 0.1 per qualifier conflict - 0.3 strength/need,
// aligned when cosine >= 0.25 and score >= 0.45 (compare's defaults).
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { cosine } from '../../../src/compare/index.ts';
import { STOPWORDS } from '../../../src/compare/stopwords.ts';
import { jaccard } from '../../../src/compare/text.ts';
import { qualifierConflicts } from '../../../src/compare/qualifiers.ts';
import { isStrength } from '../../../src/compare/polarity.ts';
import { tagIndicator } from '../../../src/tag/index.ts';
import { pairTfIdf, type AlignGold, type AlignItem } from './gold.ts';

export const BASELINE_THRESHOLD = 0.45;

const STOP = new Set(STOPWORDS);
/** The tokeniser as it was (no synonym rewriting): lower case, stop words, numbers and single letters out, Porter. */
function stemTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[a-z0-9']+/g)) {
    const w = m[0].replace(/^'+|'+$/g, '').replace(/'s$/, '');
    if (w.length < 2 || STOP.has(w) || /^\d+$/.test(w)) continue;
    out.push(PorterStemmer.stem(w));
  }
  return out;
}

export function baselineScores(gold: AlignGold): number[] {
  const tf = pairTfIdf(gold, stemTokens);
  const tagged = (i: AlignItem) => ({ text: i.text, ...tagIndicator(i.text) });
  return gold.pairs.map((p) => {
    const t = tf(p.a.authority, p.b.authority);
    const cos = cosine(t.vector(stemTokens(p.a.text)), t.vector(stemTokens(p.b.text)));
    if (cos < 0.25) return 0;
    const a = tagged(p.a);
    const b = tagged(p.b);
    return 0.7 * cos + 0.3 * jaccard(a.topics, b.topics) - 0.1 * qualifierConflicts(a.qualifiers, b.qualifiers)
      - (isStrength(a.text) !== isStrength(b.text) ? 0.3 : 0);
  });
}
