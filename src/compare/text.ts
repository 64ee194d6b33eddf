import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { STOPWORDS } from './stopwords.ts';
import { canonical } from './synonyms.ts';

const STOP = new Set(STOPWORDS);
/** word -> stem, or '' for words dropped (stop words, numbers, single letters). */
const wordCache = new Map<string, string>();

function normWord(raw: string): string {
  let s = wordCache.get(raw);
  if (s !== undefined) return s;
  const w = raw.replace(/^'+|'+$/g, '').replace(/'s$/, '');
  s = w.length < 2 || STOP.has(w) || /^\d+$/.test(w) ? '' : PorterStemmer.stem(w);
  wordCache.set(raw, s);
  return s;
}

const WORD = /[a-z0-9']+/g;

/** Lower-cased, synonym-rewritten (synonyms.ts), stop-word-free, Porter-stemmed tokens. "Self-harms" -> ["selfharm"]. */
export function stemTokens(text: string): string[] {
  const out: string[] = [];
  const lower = canonical(text);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const s = normWord(m[0]);
    if (s) out.push(s);
  }
  return out;
}

const tokenCache = new WeakMap<object, string[]>();

/** Tokens of an indicator (or any {text} object), computed once per object and kept while it lives. */
export function tokensOf(item: { text: string }): string[] {
  let t = tokenCache.get(item);
  if (!t) {
    t = stemTokens(item.text);
    tokenCache.set(item, t);
  }
  return t;
}

/** L2-normalised sparse vector: term ids ascending, weights parallel. */
export interface SparseVec {
  ids: readonly number[];
  w: readonly number[];
}

// plain arrays: for vectors of ~10 terms they allocate far cheaper than typed arrays
const EMPTY: SparseVec = { ids: [], w: [] };

/**
 * TF-IDF over one collection of texts. idf = ln((1 + N) / (1 + df)) + 1 (smoothed, always > 0),
 * tf = raw count; vectors are L2-normalised so cosine is a dot product.
 */
export class TfIdf {
  private readonly terms = new Map<string, number>();
  private readonly df: number[] = [];
  private docs = 0;
  private idfs: Float64Array | null = null;

  /** Count one document (its tokens) toward document frequencies. */
  add(tokens: readonly string[]): void {
    this.docs++;
    this.idfs = null;
    const seen = new Set<number>();
    for (const tok of tokens) {
      let id = this.terms.get(tok);
      if (id === undefined) {
        id = this.df.length;
        this.terms.set(tok, id);
        this.df.push(0);
      }
      if (!seen.has(id)) {
        seen.add(id);
        this.df[id]++;
      }
    }
  }

  idf(termId: number): number {
    if (!this.idfs) {
      this.idfs = new Float64Array(this.df.length);
      for (let i = 0; i < this.df.length; i++) this.idfs[i] = Math.log((1 + this.docs) / (1 + this.df[i])) + 1;
    }
    return this.idfs[termId];
  }

  /** Vector of a token list against this collection; unseen terms are dropped (they cannot match anything). */
  vector(tokens: readonly string[]): SparseVec {
    const raw: number[] = [];
    for (const t of tokens) {
      const id = this.terms.get(t);
      if (id !== undefined) raw.push(id);
    }
    if (raw.length === 0) return EMPTY;
    raw.sort((x, y) => x - y);
    const ids: number[] = [];
    const w: number[] = [];
    let norm = 0;
    for (const id of raw) {
      const x = this.idf(id);
      if (ids.length > 0 && ids[ids.length - 1] === id) w[w.length - 1] += x;
      else { ids.push(id); w.push(x); }
    }
    for (const x of w) norm += x * x;
    norm = Math.sqrt(norm);
    for (let i = 0; i < w.length; i++) w[i] /= norm;
    return { ids, w };
  }
}

/** Cosine of two normalised sparse vectors (merge over sorted ids). */
export function cosine(a: SparseVec, b: SparseVec): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i];
    const y = bi[j];
    if (x === y) {
      s += a.w[i++] * b.w[j++];
    } else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Jaccard overlap of two topic lists (0 when both empty). */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.includes(x)) inter++;
  return inter / (a.length + b.length - inter);
}
