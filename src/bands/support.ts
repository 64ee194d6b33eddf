// Support for each band from one level's name and description (cues as data in cues.json), plus a prior from its
// position; and how well a range of bands fits that support. Pure functions, no node imports.
import { BANDS, respell, type BandEvidence, type BandId, type LevelDef } from '../model/index.ts';
import cues from './cues.json' with { type: 'json' };

interface Cue {
  label: string;
  re: RegExp;
  bands: BandId[];
  weight: number;
  statutory: boolean;
  /** The cue names one band or another ("early help assessment": single- or multi-agency), not a span of them. */
  either: boolean;
  /** A level name that is a canonical band's own name ("Child Protection"): the level stays inside its bands. */
  exclusive: boolean;
}

interface CueData { label: string; pattern: string; bands: string[]; weight: number; statutory?: boolean; either?: boolean; exclusive?: boolean }

const compile = (list: CueData[]): Cue[] =>
  list.map((c) => ({
    label: c.label, re: new RegExp(c.pattern, 'i'), bands: c.bands as BandId[], weight: c.weight,
    statutory: c.statutory ?? false, either: c.either ?? false, exclusive: c.exclusive ?? false,
  }));

const TEXT_CUES = compile(cues.text as CueData[]);
const NAME_CUES = compile(cues.name as CueData[]);
const CONTRAST = new RegExp(cues.contrast, 'i');
const RANGE_WORDS = new RegExp(cues.rangeWords, 'i');
const PRIORS = cues.priors as Record<string, BandId[][]>;
export const N = BANDS.length;
const JOIN_DATA = cues.joinPenalty as unknown as Record<string, number>;
/** JOIN[b]: cost of a range containing both band b and band b + 1. */
const JOIN = BANDS.slice(0, -1).map((b, i) => JOIN_DATA[`${b}|${BANDS[i + 1]}`] ?? 0.3);
const idx = (b: BandId) => BANDS.indexOf(b);

/**
 * Support for a run of bands counted once: an `either` cue ("one of these bands") for a range that meets the run; a
 * sentence that names several bands as one span ("including children in need") for a range that covers it.
 */
export interface EitherSupport {
  lo: number;
  hi: number;
  weight: number;
  from: 'text' | 'name';
  span?: boolean;
}

export const counts = (e: EitherSupport, r: { lo: number; hi: number }) => (e.span ? r.lo <= e.lo && e.hi <= r.hi : e.lo <= r.hi && r.lo <= e.hi);

export interface LevelSupport {
  text: number[];
  name: number[];
  prior: number[];
  statutory: number[];
  either: EitherSupport[];
  /** Bands the level's name restricts it to (a canonical band name), or null. */
  exclusive: Set<number> | null;
  phrases: BandEvidence[];
  notes: string[];
}

/** The prior range of a level by its position, for a scheme of `size` levels (larger schemes scale onto 6). */
export function priorRange(position: number, size: number): BandId[] {
  const s = Math.min(Math.max(size, 1), 6);
  const p = size <= 6 ? position : Math.round((position / Math.max(size - 1, 1)) * 5);
  return PRIORS[String(s)][Math.min(p, s - 1)];
}

export const isCued = (sup: LevelSupport) => sup.text.some((x) => x > 0) || sup.name.some((x) => x > 0) || sup.either.length > 0;

function sentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
}

export function supportFor(level: LevelDef, position: number, size: number): LevelSupport {
  const sup: LevelSupport = { text: Array(N).fill(0), name: Array(N).fill(0), prior: Array(N).fill(0), statutory: Array(N).fill(0), either: [], exclusive: null, phrases: [], notes: [] };
  const eitherOf = (cue: Cue, weight: number, from: EitherSupport['from']) => sup.either.push({ lo: idx(cue.bands[0]), hi: idx(cue.bands[cue.bands.length - 1]), weight, from });
  for (const span of level.description) {
    for (const original of sentences(span.text)) {
      // cues read the words meant ("Targetted" is "targeted"); evidence quotes the document's own spelling
      const spelled = respell(original);
      const sentence = spelled.text;
      const quote = (m: RegExpExecArray) => original.slice(...spelled.original(m.index, m.index + m[0].length));
      const factor = CONTRAST.test(sentence) ? cues.contrastFactor : 1;
      const here: number[] = Array(N).fill(0);
      const solo: number[] = Array(N).fill(0);
      const statutoryBands = new Set<number>();
      for (const cue of TEXT_CUES) {
        const m = cue.re.exec(sentence);
        if (!m) continue;
        if (cue.either) eitherOf(cue, cue.weight * factor, 'text');
        else for (const b of cue.bands) here[idx(b)] += (cue.weight * factor) / cue.bands.length ** 0.5;
        if (!cue.either && cue.bands.length === 1) solo[idx(cue.bands[0])] += cue.weight * factor;
        if (cue.statutory && cue.bands.length === 1) statutoryBands.add(idx(cue.bands[0]));
        if (cue.statutory && factor === 1) for (const b of cue.bands) sup.statutory[idx(b)] += cue.weight;
        if (factor === 1) {
          const phrase = quote(m);
          if (!sup.phrases.some((p) => p.phrase === phrase.toLowerCase())) sup.phrases.push({ phrase: phrase.toLowerCase(), page: span.page ?? null });
          sup.notes.push(`"${phrase}" (${cue.label}${span.page ? `, p.${span.page}` : ''})`);
        }
      }
      // "covers both s17 and s47", "multi-agency help ... including children in need": one sentence naming a span
      // of bands is support for a range covering that span, not for each band alone. The span runs between the
      // bands its one-band cues name ("early help" alone names two, and does not stretch it).
      const hits = (v: number[]) => v.map((w, b) => (w > 0 ? b : -1)).filter((b) => b >= 0);
      const named = hits(solo).length >= 2 ? solo : here;
      const hit = hits(named);
      // a sentence naming two statutory footings ("child in need or child protection services") spans them too
      if (factor === 1 && hit.length >= 2 && (RANGE_WORDS.test(sentence) || statutoryBands.size >= 2)) {
        sup.either.push({ lo: hit[0], hi: hit[hit.length - 1], weight: named.reduce((a, w) => a + w, 0), from: 'text', span: true });
        sup.notes.push('one sentence spans several bands');
        for (let b = 0; b < N; b++) sup.text[b] += here[b] - named[b];
      } else for (let b = 0; b < N; b++) sup.text[b] += here[b];
    }
  }
  const name = respell(level.local);
  for (const cue of NAME_CUES) {
    const m = cue.re.exec(name.text);
    if (!m) continue;
    const said = level.local.slice(...name.original(m.index, m.index + m[0].length));
    if (cue.either) eitherOf(cue, cue.weight, 'name');
    else for (const b of cue.bands) sup.name[idx(b)] += cue.weight / cue.bands.length ** 0.5;
    if (cue.exclusive) for (const b of cue.bands) (sup.exclusive ??= new Set()).add(idx(b));
    sup.phrases.push({ phrase: `name: ${said}`, page: null });
    sup.notes.push(`name "${said}" (${cue.label})`);
  }
  // a band the level's own description names by its statutory footing ("section 17") stays open to it
  if (sup.exclusive) sup.statutory.forEach((w, b) => { if (w > 0) sup.exclusive!.add(b); });
  // the position prior only breaks ties once the document says something about the level
  const cued = isCued(sup);
  const prior = priorRange(position, size);
  for (const b of prior) sup.prior[idx(b)] += (cues.priorWeight * (cued ? 0.5 : 1)) / prior.length;
  return sup;
}

export interface Range {
  lo: number;
  hi: number;
}

export const RANGES: Range[] = [];
for (let lo = 0; lo < N; lo++) for (let hi = lo; hi < N; hi++) RANGES.push({ lo, hi });

/** A level's support as shares of its total: per band, and per `either` cue (counted once if the range meets it). */
export interface Shares {
  band: number[];
  either: EitherSupport[];
  exclusive: Set<number> | null;
}

export function rangeScore(p: Shares, r: Range): number {
  let s = 0;
  for (let b = r.lo; b <= r.hi; b++) s += p.band[b];
  for (let b = r.lo; b < r.hi; b++) s -= JOIN[b];
  for (const e of p.either) if (counts(e, r)) s += e.weight;
  if (p.exclusive) for (let b = r.lo; b <= r.hi; b++) if (!p.exclusive.has(b)) s -= cues.exclusivePenalty;
  return s;
}

export function normalised(sup: LevelSupport): Shares {
  const s = sup.text.map((t, b) => t + sup.name[b] + sup.prior[b]);
  const total = s.reduce((a, b) => a + b, 0) + sup.either.reduce((a, e) => a + e.weight, 0) || 1;
  return { band: s.map((x) => x / total), either: sup.either.map((e) => ({ ...e, weight: e.weight / total })), exclusive: sup.exclusive };
}
