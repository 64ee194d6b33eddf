// bands: map each local level to a contiguous range of canonical bands, with evidence and confidence.
// Each level collects support per band from cues (its description, its name) plus a weak prior from its
// position in the scheme; a dynamic programme then picks, for the whole scheme at once, ranges that
// best fit the support while staying non-decreasing with order and leaving no gaps in the continuum.
import { BANDS, type BandEvidence, type BandId, type Confidence, type LevelDef, type SchemeLevel } from '../model/index.ts';
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
const N = BANDS.length;
const JOIN_DATA = cues.joinPenalty as unknown as Record<string, number>;
/** JOIN[b]: cost of a range containing both band b and band b + 1. */
const JOIN = BANDS.slice(0, -1).map((b, i) => JOIN_DATA[`${b}|${BANDS[i + 1]}`] ?? 0.3);
const GAP_DATA = cues.gapPenalty as unknown as Record<string, number>;
/** GAP[b]: cost of band b when no level covers it. */
const GAP = BANDS.map((b) => GAP_DATA[b] ?? GAP_DATA.default);
const OVERLAP_DATA = cues.overlapPenalty as unknown as Record<string, number>;
/** OVERLAP[b]: cost of band b shared by two consecutive described levels. */
const OVERLAP = BANDS.map((b) => OVERLAP_DATA[b] ?? OVERLAP_DATA.default);
const idx = (b: BandId) => BANDS.indexOf(b);

/**
 * Support for a run of bands counted once: an `either` cue ("one of these bands") for a range that meets the run; a
 * sentence that names several bands as one span ("including children in need") for a range that covers it.
 */
interface EitherSupport {
  lo: number;
  hi: number;
  weight: number;
  from: 'text' | 'name';
  span?: boolean;
}

const counts = (e: EitherSupport, r: { lo: number; hi: number }) => (e.span ? r.lo <= e.lo && e.hi <= r.hi : e.lo <= r.hi && r.lo <= e.hi);

interface LevelSupport {
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

const isCued = (sup: LevelSupport) => sup.text.some((x) => x > 0) || sup.name.some((x) => x > 0) || sup.either.length > 0;

function sentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
}

function supportFor(level: LevelDef, position: number, size: number): LevelSupport {
  const sup: LevelSupport = { text: Array(N).fill(0), name: Array(N).fill(0), prior: Array(N).fill(0), statutory: Array(N).fill(0), either: [], exclusive: null, phrases: [], notes: [] };
  const eitherOf = (cue: Cue, weight: number, from: EitherSupport['from']) => sup.either.push({ lo: idx(cue.bands[0]), hi: idx(cue.bands[cue.bands.length - 1]), weight, from });
  for (const span of level.description) {
    for (const sentence of sentences(span.text)) {
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
          if (!sup.phrases.some((p) => p.phrase === m[0].toLowerCase())) sup.phrases.push({ phrase: m[0].toLowerCase(), page: span.page ?? null });
          sup.notes.push(`"${m[0]}" (${cue.label}${span.page ? `, p.${span.page}` : ''})`);
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
  for (const cue of NAME_CUES) {
    const m = cue.re.exec(level.local);
    if (!m) continue;
    if (cue.either) eitherOf(cue, cue.weight, 'name');
    else for (const b of cue.bands) sup.name[idx(b)] += cue.weight / cue.bands.length ** 0.5;
    if (cue.exclusive) for (const b of cue.bands) (sup.exclusive ??= new Set()).add(idx(b));
    sup.phrases.push({ phrase: `name: ${m[0]}`, page: null });
    sup.notes.push(`name "${m[0]}" (${cue.label})`);
  }
  // the position prior only breaks ties once the document says something about the level
  const cued = isCued(sup);
  const prior = priorRange(position, size);
  for (const b of prior) sup.prior[idx(b)] += (cues.priorWeight * (cued ? 0.5 : 1)) / prior.length;
  return sup;
}

interface Range {
  lo: number;
  hi: number;
}

const RANGES: Range[] = [];
for (let lo = 0; lo < N; lo++) for (let hi = lo; hi < N; hi++) RANGES.push({ lo, hi });

/** A level's support as shares of its total: per band, and per `either` cue (counted once if the range meets it). */
interface Shares {
  band: number[];
  either: EitherSupport[];
  exclusive: Set<number> | null;
}

function rangeScore(p: Shares, r: Range): number {
  let s = 0;
  for (let b = r.lo; b <= r.hi; b++) s += p.band[b];
  for (let b = r.lo; b < r.hi; b++) s -= JOIN[b];
  for (const e of p.either) if (counts(e, r)) s += e.weight;
  if (p.exclusive) for (let b = r.lo; b <= r.hi; b++) if (!p.exclusive.has(b)) s -= cues.exclusivePenalty;
  return s;
}

function normalised(sup: LevelSupport): Shares {
  const s = sup.text.map((t, b) => t + sup.name[b] + sup.prior[b]);
  const total = s.reduce((a, b) => a + b, 0) + sup.either.reduce((a, e) => a + e.weight, 0) || 1;
  return { band: s.map((x) => x / total), either: sup.either.map((e) => ({ ...e, weight: e.weight / total })), exclusive: sup.exclusive };
}

/** Cost of the bands lo..hi (inclusive) that no level covers; at an end of the scheme it is scaled by `factor`. */
function gapCost(lo: number, hi: number, factor = 1): number {
  let s = 0;
  for (let b = lo; b <= hi; b++) s += GAP[b] * factor;
  return s;
}

function bandsOf(r: Range): BandId[] {
  return BANDS.slice(r.lo, r.hi + 1) as BandId[];
}

function confidenceOf(sup: LevelSupport, r: Range, best: Range): Confidence {
  const meets = (from: EitherSupport['from']) => sup.either.filter((e) => e.from === from && counts(e, r)).reduce((a, e) => a + e.weight, 0);
  const inside = (arr: number[]) => arr.slice(r.lo, r.hi + 1).reduce((a, b) => a + b, 0);
  const outside = (arr: number[]) => arr.reduce((a, b) => a + b, 0) - inside(arr);
  const agreesWithOwnBest = best.lo <= r.hi && r.lo <= best.hi;
  const statutory = inside(sup.statutory);
  const text = inside(sup.text) + meets('text');
  const name = inside(sup.name) + meets('name');
  let c: Confidence = 'low';
  if ((statutory >= 3 || text >= 4 || (text >= 2 && name >= 2)) && text > outside(sup.text)) c = 'high';
  else if (text >= 1.5 || name >= 2) c = 'medium';
  if (!agreesWithOwnBest && c !== 'low') c = c === 'high' ? 'medium' : 'low';
  return c;
}

const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Descriptions sometimes run on into the next level's block (its name, then its text). A span that is just
 * another level's name hands the spans after it to that level; a span that is just the level's own name is
 * dropped (the name cues already read it).
 */
export function regroupDescriptions(levels: LevelDef[]): LevelDef[] {
  const byName = new Map(levels.map((l) => [key(l.local), l.local]));
  const spans = new Map<string, LevelDef['description']>(levels.map((l) => [l.local, []]));
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  for (const l of levels) {
    let owner = l.local;
    for (const span of l.description) {
      const k = key(span.text);
      const named = byName.get(k);
      if (named) { owner = named; continue; }
      // "Targeted: multi-agency help..." inside another level's description belongs to Targeted
      const lead = names.find((n) => k.startsWith(`${n} `) && /^[^:\-\u2013\u2014]{0,60}?\s*[:\-\u2013\u2014]/.test(span.text));
      const target = lead ? byName.get(lead)! : owner;
      const list = spans.get(target)!;
      if (!list.some((x) => x.text === span.text)) list.push(span);
    }
  }
  return levels.map((l) => ({ ...l, description: spans.get(l.local) ?? [] }));
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const LEVEL_NUMBER = new RegExp(cues.levelNumber, 'i');

/** The number a level's name gives it ("Level Two", "Tier 2 (Additional)", "3. Targeted"), or null. */
export function levelNumber(local: string): number | null {
  const m = LEVEL_NUMBER.exec(local);
  const n = m ? m[1] ?? m[2] : null;
  if (!n) return null;
  return /^\d+$/.test(n) ? Number(n) : NUMBER_WORDS[n.toLowerCase()] ?? null;
}

const PAD = '\u2063beyond ';

/**
 * "Level 1" and "Level 2" alone (or Levels 1..3) are most often the first levels of a longer scheme (most English
 * schemes have four): a short scheme whose every level is numbered 1..n in order is banded as the first n levels
 * of `commonSchemeSize`, so its top level is not stretched over the bands of levels the document does not show.
 */
function padNumbered(levels: LevelDef[]): LevelDef[] {
  const common = cues.commonSchemeSize;
  if (levels.length >= common || !levels.every((l, i) => levelNumber(l.local) === i + 1)) return levels;
  const pad: LevelDef[] = [];
  for (let n = levels.length + 1; n <= common; n++) pad.push({ local: `${PAD}${n}`, order: levels[levels.length - 1].order + n, description: [] });
  return [...levels, ...pad];
}

/** Map each local level to a contiguous range of canonical bands, with evidence and confidence. */
export function mapBands(scheme: LevelDef[]): SchemeLevel[] {
  if (!scheme.length) return [];
  const shown = scheme.length;
  const levels = padNumbered(regroupDescriptions([...scheme].sort((a, b) => a.order - b.order)));
  const size = levels.length;
  const sups = levels.map((l, i) => supportFor(l, i, size));
  const probs = sups.map(normalised);
  // A scheme's end level that the document itself describes (a name or description cue) and that stops short of
  // an end of the continuum is most often a partial document (an early help guide, one page of a series): the
  // bands beyond it cost less than a stretch of that level would.
  const cued = sups.map(isCued);
  const endFactor = (i: number) => (cued[i] ? cues.endGapFactorCued : 1);

  // Viterbi over ranges: non-decreasing lo and hi; gaps between consecutive levels and at the ends cost.
  const R = RANGES.length;
  const score: number[][] = [];
  const back: number[][] = [];
  for (let i = 0; i < size; i++) {
    score.push(Array(R).fill(-Infinity));
    back.push(Array(R).fill(-1));
    for (let k = 0; k < R; k++) {
      const r = RANGES[k];
      const own = rangeScore(probs[i], r);
      if (i === 0) {
        score[i][k] = own - gapCost(0, r.lo - 1, endFactor(0));
        continue;
      }
      for (let j = 0; j < R; j++) {
        const q = RANGES[j];
        if (r.lo < q.lo || r.hi < q.hi || score[i - 1][j] === -Infinity) continue;
        // two levels the document describes rarely share a band; a level it says nothing about (a placeholder
        // for a level the series does not hold) is only a guess, and sharing with it costs less; a band one of the
        // two is named after ("Targeted Early Help") belongs to that one, and sharing it costs the exclusive penalty
        let overlap = 0;
        for (let b = r.lo; b <= q.hi; b++) {
          const named = probs[i].exclusive?.has(b) || probs[i - 1].exclusive?.has(b);
          overlap += named ? cues.exclusivePenalty : OVERLAP[b] * (cued[i] && cued[i - 1] ? 1 : cues.placeholderOverlapFactor);
        }
        const s = score[i - 1][j] + own - gapCost(q.hi + 1, r.lo - 1) - overlap;
        if (s > score[i][k]) { score[i][k] = s; back[i][k] = j; }
      }
    }
  }
  let k = 0;
  for (let j = 0; j < R; j++) {
    const endPenalty = (x: number) => score[size - 1][x] - gapCost(RANGES[x].hi + 1, N - 1, endFactor(size - 1));
    if (endPenalty(j) > endPenalty(k)) k = j;
  }
  const chosen: Range[] = Array(size);
  for (let i = size - 1; i >= 0; i--) {
    chosen[i] = RANGES[k];
    k = back[i][k];
  }

  return levels.slice(0, shown).map((l, i) => {
    const sup = sups[i];
    const best = RANGES.reduce((a, r) => (rangeScore(probs[i], r) > rangeScore(probs[i], a) ? r : a), RANGES[0]);
    const confidence = confidenceOf(sup, chosen[i], best);
    const bands = bandsOf(chosen[i]);
    const priorNote = `order ${i + 1} of ${size}${size > shown ? ` (read as the first ${shown} levels of ${size})` : ''}`;
    const evidencePhrases: BandEvidence[] = [...sup.phrases, { phrase: priorNote, page: null }];
    const why = sup.notes.length ? sup.notes.join('; ') : 'no cue in the name or description';
    const evidence = `${bands.join(' + ')} (${confidence}): ${why}; ${priorNote}${confidence === 'low' ? ' (decided mainly by position in the scheme)' : ''}`;
    return { local: l.local, order: l.order, bands, evidence, evidencePhrases, confidence };
  });
}
