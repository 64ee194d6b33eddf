import { respell, type Span } from '../model/index.ts';
import { LEVEL_NAMES, LEVEL_NAME_TRIM_END, LEVEL_NAME_TRIM_START } from './vocab.ts';
import { bareNumber, bareNumberThenName, countNumbered, findNumbered, hasNumbered, nameThenNumbered, numberedAtStart, trailingNumbered, type NumberedMatch } from './level-grammar.ts';

/** A level mention parsed from a heading, label, table header or title. */
export interface ParsedLevel {
  number: number | null;
  sub: string | null;
  /** Normalised name key, if the label carries a name. */
  name: string | null;
  rank: number | null;
  /** The label as written (whitespace normalised, trailing colon dropped). */
  written: string;
  /** Read from the start of a longer cell ("Level 1: Universal – needs met by ..."). */
  loose?: boolean;
}

export const normSpace = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Word count, stopping early past `max` (huge hostile paragraphs stay cheap). */
export function wordCount(s: string, max = 100): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord && ++n > max) return n;
    inWord = !space;
  }
  return n;
}

const NAME_TABLE = new Map(LEVEL_NAMES.map((n) => [n.name, n.rank]));
const SENTENCE_START = /^(?:is|are|was|to|and|or|of|in|at|for|from|where|when|the|a|an|should|will|may|can|includes?|covers?|means?)\b/i;

/** nameKey of short strings (labels, cues, sentences): segmenting asks for the same keys many times over. */
const KEYS = new Map<string, string>();

export function nameKey(s: string): string {
  if (s.length > 300) return key(s);
  let k = KEYS.get(s);
  if (k === undefined) {
    if (KEYS.size >= 50_000) KEYS.clear();
    k = key(s);
    KEYS.set(s, k);
  }
  return k;
}

function key(s: string): string {
  // a typing slip in a level word ("Targetted") keys as the word meant, so it still names the same level
  return respell(s).text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The vocabulary name (and rank) a label stands for, or null. */
export function vocabName(label: string): { name: string; rank: number } | null {
  const k = nameKey(label);
  if (!k || k.split(' ').length > 7) return null;
  // "Child in Need (Section 17)": the bracket explains, the name is outside it.
  const bare = nameKey(label.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
  const tries = new Set<string>([k, bare].filter(Boolean));
  // "Statutory Response by the Children's Service": a name, then who gives it.
  const by = /^(.+?) (?:by|from|through|via) (?:the )?\S.*$/.exec(k);
  if (by && by[1].split(' ').length <= 3) tries.add(by[1]);
  for (const s of LEVEL_NAME_TRIM_START) if (k.startsWith(`${s} `)) tries.add(k.slice(s.length + 1));
  for (const t of [...tries]) {
    for (const e of LEVEL_NAME_TRIM_END) if (t.endsWith(` ${e}`)) tries.add(t.slice(0, -(e.length + 1)));
  }
  for (const t of tries) {
    const rank = NAME_TABLE.get(t);
    if (rank !== undefined) return { name: t, rank };
  }
  // "Community Plus", "Early Help Community Plus": a level one step above the level its stem names (an unknown
  // stem: the coordinated multi-agency step, the usual place of a "Plus" level)
  const plus = /^([a-z][a-z ]{2,40}) plus$/.exec(bare || k);
  if (plus && plus[1].split(' ').length <= 3) {
    const stem = NAME_TABLE.get(plus[1]);
    return { name: plus[0], rank: stem !== undefined ? Math.min(stem + 1, 5) : 3 };
  }
  return null;
}

function clean(s: string): string {
  return normSpace(s).replace(/[:\s]+$/, '');
}

/**
 * Parse a label that names a level and nothing else: "Level 3 - Targeted Early Help", "Tier 2", "3b",
 * "Universal", "Additional needs". Sentences that merely mention a level return null.
 * `bareNumbers` accepts "2" alone (only in table headers where the document numbers its columns).
 */
export function parseLevel(label: string, opts: { bareNumbers?: boolean; knownNames?: Set<string>; heading?: boolean } = {}): ParsedLevel | null {
  const written = clean(label);
  if (!written || written.length > 90) return null;
  const m = numberedAtStart(written);
  if (m) {
    let rest = m.rest.replace(/^[\s:\-–—.)(|/,]+/, '').replace(/\)$/, '').trim();
    // "Tier 1/Level 1 - No additional needs": the same level named twice
    const again = numberedAtStart(rest);
    if (again && again.number === m.number && again.sub === m.sub) {
      rest = again.rest.replace(/^[\s:\-–—.)(|/,]+/, '').trim();
    }
    if (rest && SENTENCE_START.test(rest)) return null;
    // "Level 2 needs", "Tier 3 indicators": the level and a generic word, no name
    if (/^(?:needs?|indicators?|support|services|help|concerns|descriptors?)$/i.test(rest)) return { number: m.number, sub: m.sub, name: null, rank: null, written };
    if (rest && /[a-z]/.test(rest[0]) && !vocabName(rest)) return describedLevel(m, rest);
    // "Level 4: Children facing the most serious difficulties, some of whom may be unsafe at home" (a heading, or a label line
    // without a full stop): a level whose name is a long description of the children it is for, after a separator.
    if (rest && wordCount(rest) > 9 && SEPARATED.test(m.rest) && wordCount(rest) <= (opts.heading ? LONG_NAME_WORDS : LONG_LABEL_WORDS) && /^[A-Z]/.test(rest) && !/\s[–—-]\s|:/.test(rest) && !/[.?!;:]$/.test(rest) && !hasNumbered(rest)) {
      return { number: m.number, sub: m.sub, name: nameKey(rest), rank: null, written };
    }
    if (rest && (wordCount(rest) > 9 || hasNumbered(rest))) return null;
    if (/[.?!;]$/.test(rest) && wordCount(rest) > 1) return null;
    if (/\.{3,}|…/.test(rest)) return null; // a contents line: "Level 1 - Universal ........ 5"
    if (/^[a-z]/.test(rest) && wordCount(rest) > 1) return describedLevel(m, rest);
    const v = rest ? vocabName(rest) : null;
    return { number: m.number, sub: m.sub, name: rest ? v?.name ?? nameKey(rest) : null, rank: v?.rank ?? null, written };
  }
  const nt = nameThenNumbered(written);
  if (nt) {
    const v = vocabName(nt.name);
    if (v || opts.knownNames?.has(nameKey(nt.name)) || shortName(nt.name)) return { number: nt.number, sub: nt.sub, name: v?.name ?? nameKey(nt.name), rank: v?.rank ?? null, written };
  }
  if (opts.heading) {
    const t = trailingNumbered(written);
    if (t && wordCount(written) <= 8 && !/[.?!]$/.test(written) && countNumbered(written) === 1) {
      return { number: t.number, sub: t.sub, name: null, rank: null, written };
    }
  }
  const b = bareNumberThenName(written);
  if (b) {
    const v = vocabName(b.name);
    if (v || opts.knownNames?.has(nameKey(b.name))) return { number: b.number, sub: b.sub, name: v?.name ?? nameKey(b.name), rank: v?.rank ?? null, written };
  }
  if (opts.bareNumbers) {
    const n = bareNumber(written);
    if (n) return { ...n, name: null, rank: null, written };
  }
  const v = vocabName(written);
  if (v) return { number: null, sub: null, name: v.name, rank: v.rank, written };
  const k = nameKey(written);
  if (opts.knownNames?.has(k)) return { number: null, sub: null, name: k, rank: null, written };
  return null;
}

/** "Everyday Help" of "Everyday Help - Level 1": a short capitalised name, not a phrase or sentence. */
function shortName(s: string): boolean {
  const t = normSpace(s);
  return /^[A-Z]/.test(t) && wordCount(t) <= 4 && !/[.?!;:,]/.test(t) && !SENTENCE_START.test(t) && !/\d/.test(t);
}

const SEPARATED = /^\s*[:\-–—|]/;
/** Longest descriptive level name a heading may carry after "Level N:". */
const LONG_NAME_WORDS = 24;
/** The same in a label line that is not a heading (a paragraph, a title). */
const LONG_LABEL_WORDS = 16;
const FINITE_VERB = /\b(?:is|are|was|were|be|been|can|could|will|would|should|may|might|must|has|have|had|need to|needs to)\b/i;

/**
 * "Level 1 - doing well (Universal)", "Level 2: additional needs": a numbered level whose name is a
 * short lower-case description after a separator. Its name is the vocabulary name in brackets, if any, else the
 * description. Sentences ("Level 2 needs are met by ...") stay null.
 */
function describedLevel(m: NumberedMatch, rest: string): ParsedLevel | null {
  if (!SEPARATED.test(m.rest) || wordCount(rest) > 8 || /[.?!;,]$/.test(rest) || FINITE_VERB.test(rest)) return null;
  const bracket = /\(([^()]+)\)?\s*$/.exec(rest);
  const v = bracket ? vocabName(bracket[1]) : null;
  return { number: m.number, sub: m.sub, name: v?.name ?? nameKey(rest), rank: v?.rank ?? null, written: clean(m.label + m.rest) };
}

/**
 * A table header cell may add a description after the level: try the whole cell, its first item,
 * then the part before a colon or dash ("Level 1: Universal – needs met by universal services").
 */
export function parseHeaderCell(items: string[], opts: { bareNumbers?: boolean; knownNames?: Set<string> } = {}): ParsedLevel | null {
  const whole = items.join(' ');
  const direct = parseLevel(whole, opts) ?? (items.length > 1 ? parseLevel(items[0], opts) ?? parseLevel(`${items[0]} ${items[1]}`, opts) : null);
  if (direct) return direct;
  // Prefer "Level 1: Universal" over "Level 1" when the name survives the cut.
  const two = /^(.{2,50}?\s*[:–—-]\s*[^:(–—]+?)\s*(?:[:(]|\s[–—-]\s)/.exec(whole);
  const p2 = two ? parseLevel(two[1], opts) : null;
  if (p2) return { ...p2, loose: true };
  const cut = /^(.{2,50}?)\s*(?:[:(]|\s[–—-]\s)\s*\S.*$/.exec(whole);
  const p1 = cut ? parseLevel(cut[1], opts) : null;
  return p1 ? { ...p1, loose: true } : null;
}

/** Find a level named inside a longer string (a page title): "Level 2: Early Help | Anyshire manual". */
export function findLevelIn(text: string): ParsedLevel | null {
  const m = findNumbered(text);
  if (m) {
    // the numbered level and what follows it up to a title separator, else the numbered level alone
    const p = parseLevel(m.label + /^[^|–—]*/.exec(m.rest)![0]) ?? parseLevel(m.label);
    if (p) return p;
  }
  for (const seg of text.split(/\s[|–—-]\s|[|:]/)) {
    const p = parseLevel(seg);
    if (p && p.number === null) return p;
  }
  return null;
}

// ------------------------------------------------------------------ registry

export interface LevelEntry {
  number: number | null;
  sub: string | null;
  names: Set<string>;
  /** Written forms with a preference score; the best becomes LevelDef.local. */
  forms: { text: string; score: number }[];
  rank: number | null;
  firstSeen: number;
  description: Span[];
  indicators: number;
}

/** Canonicalises level mentions so "Level 3", "Level 3 - Targeted" and "Targeted" are one level. */
export class LevelRegistry {
  entries: LevelEntry[] = [];
  private seen = 0;

  find(p: ParsedLevel): LevelEntry | null {
    if (p.number !== null) {
      const byNum = this.entries.find((e) => e.number === p.number && e.sub === p.sub);
      if (byNum) return byNum;
      if (p.name) {
        const byName = this.entries.find((e) => e.number === null && e.names.has(p.name!));
        if (byName) return byName;
      }
      return null;
    }
    if (!p.name) return null;
    return this.entries.find((e) => e.names.has(p.name!)) ?? null;
  }

  /** Record a mention; `score` prefers headings and full "number + name" forms for the local name. */
  add(p: ParsedLevel, score: number): LevelEntry {
    // Forms that literally carry both a number and a name ("Level 3 - Targeted") are the fullest.
    const s = score + (p.number !== null && p.name && /\d/.test(p.written) ? 2 : 0);
    let e = this.find(p);
    if (!e) {
      e = { number: p.number, sub: p.sub, names: new Set(), forms: [], rank: p.rank, firstSeen: this.seen++, description: [], indicators: 0 };
      this.entries.push(e);
    }
    if (e.number === null && p.number !== null) {
      // A numbered mention names a level first seen by name only: merge any numbered twin into it.
      const twin = this.entries.find((x) => x !== e && x.number === p.number && x.sub === p.sub);
      e.number = p.number;
      e.sub = p.sub;
      if (twin) this.merge(e, twin);
    }
    if (p.name) e.names.add(p.name);
    if (e.rank === null) e.rank = p.rank;
    if (!e.forms.some((f) => f.text === p.written)) e.forms.push({ text: p.written, score: s });
    else for (const f of e.forms) if (f.text === p.written) f.score = Math.max(f.score, s);
    return e;
  }

  private merge(into: LevelEntry, from: LevelEntry): void {
    for (const n of from.names) into.names.add(n);
    into.forms.push(...from.forms);
    into.description.push(...from.description);
    into.indicators += from.indicators;
    into.firstSeen = Math.min(into.firstSeen, from.firstSeen);
    this.entries = this.entries.filter((x) => x !== from);
  }

  knownNames(): Set<string> {
    return new Set(this.entries.flatMap((e) => [...e.names]));
  }

  local(e: LevelEntry): string {
    const numbered = (t: string) => (/\d/.test(t) ? 1 : 0);
    return [...e.forms].sort((a, b) => b.score - a.score || numbered(b.text) - numbered(a.text) || b.text.length - a.text.length)[0]?.text ?? `Level ${e.number}`;
  }
}
