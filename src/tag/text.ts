// Text handling for the tagger: normalise, split into clauses, tokenise and stem.
// natural is imported per module (never the whole package: slow to load, does not bundle).
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import AggressiveTokenizer from 'natural/lib/natural/tokenizers/aggressive_tokenizer.js';
import data from './lexicon/normalise.json' with { type: 'json' };

const tokenizer = new AggressiveTokenizer();
const merge: Record<string, string> = data.stemMerge;
const stemCache = new Map<string, string>();

/** Porter stem, then joined with its word family (see normalise.json stemMerge). Cached. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    const p = PorterStemmer.stem(word);
    s = merge[p] ?? merge[word] ?? p;
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

const contractions = data.contractions.filter(([from]) => from.includes("'")).map(([from, to]) => [new RegExp(from, 'g'), to] as const);
/** Contractions written without an apostrophe ("cannot"): expanded in every text, as whole words. */
const bareContractions = data.contractions.filter(([from]) => !from.includes("'")).map(([from, to]) => [from, new RegExp(`\\b${from}\\b`, 'g'), to] as const);
const spellingMap = new Map(data.spelling.map(([from, to]) => [from, to]));
const SPELLING = new RegExp(`(${data.spelling.map(([from]) => from).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

/** Lower case, straight quotes, contractions expanded, possessive 's dropped, US spellings to UK, hyphens and every slash to spaces. */
export function normalise(text: string): string {
  let t = text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2010-\u2015]/g, '-');
  if (t.includes("'")) {
    for (const [re, to] of contractions) t = t.replace(re, to);
    t = t.replace(/(\w)'s\b/g, '$1').replace(/(\w)s'(?=\s|$)/g, '$1s').replace(/'/g, ' ');
  }
  for (const [from, re, to] of bareContractions) if (t.includes(from)) t = t.replace(re, to);
  t = t.replace(SPELLING, (m) => spellingMap.get(m) ?? m);
  // a slash is always a word break: the tokenizer keeps one that a space follows ("emotional/ behavioural")
  return t.replace(/&/g, ' and ').replace(/(\w)[-/+](?=\w)/g, '$1 ').replace(/\//g, ' ');
}

/** A clause boundary: sentence ends, semicolons, bullets, line breaks, " - " dashes. */
const CLAUSE = /[.;!?\n\u2022\u25cf\u25aa\u2023]+|\s-\s|:\s/;

export interface Tokens {
  /** Surface tokens (normalised, lower case). */
  words: string[];
  stems: string[];
  /** Clause number of each token. */
  clause: number[];
}

export function tokenise(normalised: string): Tokens {
  const words: string[] = [];
  const stems: string[] = [];
  const clause: number[] = [];
  const parts = normalised.split(CLAUSE);
  for (let c = 0; c < parts.length; c++) {
    for (const w of tokenizer.tokenize(parts[c])) {
      if (!w) continue;
      words.push(w);
      stems.push(stem(w));
      clause.push(c);
    }
  }
  return { words, stems, clause };
}
