import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { STOPWORDS } from './stopwords.ts';

const STOP = new Set(STOPWORDS);
const stemCache = new Map<string, string>();

function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    stemCache.set(word, s);
  }
  return s;
}

/** Lower-cased, stop-word-free, Porter-stemmed tokens. "Self-harms" -> ["self", "harm"]. */
export function stemTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9']+/)) {
    const w = raw.replace(/^'+|'+$/g, '').replace(/'s$/, '');
    if (w.length < 2 || STOP.has(w) || /^\d+$/.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** L2-normalised sparse vector: term ids ascending, weights parallel. */
export interface SparseVec {
  ids: Int32Array;
  w: Float32Array;
}

const EMPTY: SparseVec = { ids: new Int32Array(0), w: new Float32Array(0) };

/**
 * TF-IDF over one collection of texts. idf = ln((1 + N) / (1 + df)) + 1 (smoothed, always > 0),
 * tf = raw count; vectors are L2-normalised so cosine is a dot product.
 */
export class TfIdf {
  private readonly terms = new Map<string, number>();
  private readonly df: number[] = [];
  private docs = 0;
  private readonly tokenCache = new Map<string, string[]>();

  tokens(text: string): string[] {
    let t = this.tokenCache.get(text);
    if (!t) {
      t = stemTokens(text);
      this.tokenCache.set(text, t);
    }
    return t;
  }

  /** Count one document toward document frequencies. */
  add(text: string): void {
    this.docs++;
    for (const tok of new Set(this.tokens(text))) {
      let id = this.terms.get(tok);
      if (id === undefined) {
        id = this.df.length;
        this.terms.set(tok, id);
        this.df.push(0);
      }
      this.df[id]++;
    }
  }

  idf(termId: number): number {
    return Math.log((1 + this.docs) / (1 + this.df[termId])) + 1;
  }

  /** Vector of a text against this collection; unseen terms are dropped (they cannot match anything). */
  vector(text: string): SparseVec {
    const counts = new Map<number, number>();
    for (const tok of this.tokens(text)) {
      const id = this.terms.get(tok);
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    if (counts.size === 0) return EMPTY;
    const ids = Int32Array.from([...counts.keys()].sort((x, y) => x - y));
    const w = new Float32Array(ids.length);
    let norm = 0;
    for (let i = 0; i < ids.length; i++) {
      w[i] = counts.get(ids[i])! * this.idf(ids[i]);
      norm += w[i] * w[i];
    }
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
