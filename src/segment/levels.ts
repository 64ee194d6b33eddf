import type { Span } from '../model/index.ts';
import { LEVEL_NAMES, LEVEL_NAME_TRIM_END, LEVEL_NAME_TRIM_START, LEVEL_WORDS, WORD_NUMBERS } from './vocab.ts';

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

const NUMBER = `(\\d{1,2}|${Object.keys(WORD_NUMBERS).join('|')})`;
const NUMBERED = new RegExp(`^(?:${LEVEL_WORDS.join('|')})\\s*${NUMBER}\\s*([a-e])?(?![\\w])\\s*(.*)$`, 'i');
const BARE_NUMBER_NAMED = /^(\d{1,2})([a-e])?\s*[:\-–—.)]?\s+(.+)$/i;
/** A numbered level at the start of a label, and nothing after it checked ("Level 1" of "Level 1 - Universal"). */
const LEVEL_PREFIX = new RegExp(`^(?:${LEVEL_WORDS.join('|')})\\s*${NUMBER}\\s*([a-e])?(?![\\w])`, 'i');
/** "Universal Services (Level 1)", "Targeted – Tier 3" */
const NAME_THEN_NUMBER = new RegExp(`^(.+?)\\s*[(\\[:–—-]\\s*(?:${LEVEL_WORDS.join('|')})\\s*${NUMBER}\\s*([a-e])?\\s*[)\\]]?$`, 'i');
/** "Indicators at Level 2", "Examples of need: Tier 3" (headings only). */
const TRAILING_LEVEL = new RegExp(`\\b(?:at|for|of|in)\\s+(?:${LEVEL_WORDS.join('|')})\\s*${NUMBER}\\s*([a-e])?$`, 'i');

const toNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : WORD_NUMBERS[s.toLowerCase()]);
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
  return s
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
  for (const s of LEVEL_NAME_TRIM_START) if (k.startsWith(`${s} `)) tries.add(k.slice(s.length + 1));
  for (const t of [...tries]) {
    for (const e of LEVEL_NAME_TRIM_END) if (t.endsWith(` ${e}`)) tries.add(t.slice(0, -(e.length + 1)));
  }
  for (const t of tries) {
    const rank = NAME_TABLE.get(t);
    if (rank !== undefined) return { name: t, rank };
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
  const m = NUMBERED.exec(written);
  if (m) {
    let rest = m[3].replace(/^[\s:\-–—.)(|/,]+/, '').replace(/\)$/, '').trim();
    // "Tier 1/Level 1 - No additional needs": the same level named twice
    const again = LEVEL_PREFIX.exec(rest);
    if (again && toNumber(again[1]) === toNumber(m[1]) && (again[2] ?? '').toLowerCase() === (m[2] ?? '').toLowerCase()) {
      rest = rest.slice(again[0].length).replace(/^[\s:\-–—.)(|/,]+/, '').trim();
    }
    if (rest && SENTENCE_START.test(rest)) return null;
    if (rest && /[a-z]/.test(rest[0]) && !vocabName(rest)) return describedLevel(m, rest);
    if (rest && (wordCount(rest) > 9 || NUMBERED.test(rest) || /\b(?:level|tier)\s*\d/i.test(rest))) return null;
    if (/[.?!;]$/.test(rest) && wordCount(rest) > 1) return null;
    if (/\.{3,}|…/.test(rest)) return null; // a contents line: "Level 1 - Universal ........ 5"
    if (/^[a-z]/.test(rest) && wordCount(rest) > 1) return describedLevel(m, rest);
    const v = rest ? vocabName(rest) : null;
    return { number: toNumber(m[1]), sub: m[2]?.toLowerCase() ?? null, name: rest ? v?.name ?? nameKey(rest) : null, rank: v?.rank ?? null, written };
  }
  const nt = NAME_THEN_NUMBER.exec(written);
  if (nt) {
    const v = vocabName(nt[1]);
    if (v || opts.knownNames?.has(nameKey(nt[1]))) return { number: toNumber(nt[2]), sub: nt[3]?.toLowerCase() ?? null, name: v?.name ?? nameKey(nt[1]), rank: v?.rank ?? null, written };
  }
  if (opts.heading) {
    const t = TRAILING_LEVEL.exec(written);
    if (t && wordCount(written) <= 8 && !/[.?!]$/.test(written) && (written.match(/\b(?:level|tier)\s*\w/gi) ?? []).length === 1) {
      return { number: toNumber(t[1]), sub: t[2]?.toLowerCase() ?? null, name: null, rank: null, written };
    }
  }
  const b = BARE_NUMBER_NAMED.exec(written);
  if (b) {
    const v = vocabName(b[3]);
    if (v || opts.knownNames?.has(nameKey(b[3]))) return { number: Number(b[1]), sub: b[2]?.toLowerCase() ?? null, name: v?.name ?? nameKey(b[3]), rank: v?.rank ?? null, written };
  }
  if (opts.bareNumbers) {
    const n = /^(\d{1,2})([a-e])?$/i.exec(written);
    if (n) return { number: Number(n[1]), sub: n[2]?.toLowerCase() ?? null, name: null, rank: null, written };
  }
  const v = vocabName(written);
  if (v) return { number: null, sub: null, name: v.name, rank: v.rank, written };
  const k = nameKey(written);
  if (opts.knownNames?.has(k)) return { number: null, sub: null, name: k, rank: null, written };
  return null;
}

const SEPARATED = /^\s*[:\-–—|]/;
const FINITE_VERB = /\b(?:is|are|was|were|be|been|can|could|will|would|should|may|might|must|has|have|had|need to|needs to)\b/i;

/**
 * "Level 1 - meeting expected outcomes (Universal)", "Level 2: additional needs": a numbered level whose name is a
 * short lower-case description after a separator. Its name is the vocabulary name in brackets, if any, else the
 * description. Sentences ("Level 2 needs are met by ...") stay null.
 */
function describedLevel(m: RegExpExecArray, rest: string): ParsedLevel | null {
  if (!SEPARATED.test(m[3]) || wordCount(rest) > 8 || /[.?!;,]$/.test(rest) || FINITE_VERB.test(rest)) return null;
  const bracket = /\(([^()]+)\)?\s*$/.exec(rest);
  const v = bracket ? vocabName(bracket[1]) : null;
  return { number: toNumber(m[1]), sub: m[2]?.toLowerCase() ?? null, name: v?.name ?? nameKey(rest), rank: v?.rank ?? null, written: clean(m[0]) };
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
  const re = new RegExp(`\\b(?:${LEVEL_WORDS.join('|')})\\s*\\d{1,2}[a-e]?\\b[^|–—]*`, 'i');
  const m = re.exec(text);
  if (m) {
    const p = parseLevel(m[0]) ?? parseLevel(m[0].match(new RegExp(`^(?:${LEVEL_WORDS.join('|')})\\s*\\d{1,2}[a-e]?`, 'i'))![0]);
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
