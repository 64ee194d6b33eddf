// Typing slips in the words that name and describe levels ("Targetted Early Help", "Specalist"), read as the word
// meant when levels are matched and banded. Data in level-words.json. Pure.
import data from './level-words.json' with { type: 'json' };

const WORDS: string[] = data.words;
const KEEP = new Set<string>([...data.words, ...data.keep]);
/** Shorter words are left alone: one slip away from a short word is too often another real word. */
const MIN_LENGTH = 7;

/** Whether a and b differ by at most one letter added, dropped or changed, or two neighbours swapped. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one letter changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // two swapped
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

const memo = new Map<string, string | null>();

/** The vocabulary word a word is a slip of (lower case), or null when it is one already or none is near. */
export function slipOf(word: string): string | null {
  const w = word.toLowerCase();
  if (w.length < MIN_LENGTH || KEEP.has(w)) return null;
  let hit = memo.get(w);
  if (hit === undefined) {
    // a plural is not a slip: cues that want plurals say so
    hit = WORDS.find((v) => v[0] === w[0] && w !== `${v}s` && oneSlipApart(v, w)) ?? null;
    if (memo.size > 10_000) memo.clear();
    memo.set(w, hit);
  }
  return hit;
}

/** A stretch of text with its slips put right, and where each of its positions came from in the original. */
export interface Respelled {
  text: string;
  /** Original span of the respelled span [start, end). */
  original(start: number, end: number): [number, number];
}

const WORD = /[A-Za-z]+/g;

export function respell(text: string): Respelled {
  const edits: { at: number; from: number; to: number; was: number }[] = []; // respelled start, lengths, original start
  let out = '';
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const fix = slipOf(m[0]);
    if (!fix) continue;
    out += text.slice(last, m.index);
    edits.push({ at: out.length, from: m[0].length, to: fix.length, was: m.index! });
    out += m[0][0] === m[0][0].toUpperCase() ? fix[0].toUpperCase() + fix.slice(1) : fix;
    last = m.index! + m[0].length;
  }
  if (!edits.length) return { text, original: (s, e) => [s, e] };
  out += text.slice(last);
  const back = (p: number, end: boolean): number => {
    let shift = 0;
    for (const e of edits) {
      if (p <= e.at) return p + shift; // before the word, or at its start
      if (p < e.at + e.to) return end ? e.was + e.from : e.was; // inside it: the whole original word
      shift = e.was + e.from - (e.at + e.to);
    }
    return p + shift;
  };
  return { text: out, original: (s, e) => [back(s, false), back(e, true)] };
}
