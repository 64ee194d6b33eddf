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
}

const compile = (list: { label: string; pattern: string; bands: string[]; weight: number; statutory?: boolean }[]): Cue[] =>
  list.map((c) => ({ label: c.label, re: new RegExp(c.pattern, 'i'), bands: c.bands as BandId[], weight: c.weight, statutory: c.statutory ?? false }));

const TEXT_CUES = compile(cues.text);
const NAME_CUES = compile(cues.name);
const CONTRAST = new RegExp(cues.contrast, 'i');
const RANGE_WORDS = new RegExp(cues.rangeWords, 'i');
const PRIORS = cues.priors as Record<string, BandId[][]>;
const N = BANDS.length;
const JOIN_DATA = cues.joinPenalty as unknown as Record<string, number>;
/** JOIN[b]: cost of a range containing both band b and band b + 1. */
const JOIN = BANDS.slice(0, -1).map((b, i) => JOIN_DATA[`${b}|${BANDS[i + 1]}`] ?? 0.3);
const idx = (b: BandId) => BANDS.indexOf(b);
/** How src/series names the levels a series does not hold. */
const PLACEHOLDER = '\u2063placeholder';

interface LevelSupport {
  text: number[];
  name: number[];
  prior: number[];
  statutory: number[];
  phrases: BandEvidence[];
  notes: string[];
}

/** The prior range of a level by its position, for a scheme of `size` levels (larger schemes scale onto 6). */
export function priorRange(position: number, size: number): BandId[] {
  const s = Math.min(Math.max(size, 1), 6);
  const p = size <= 6 ? position : Math.round((position / Math.max(size - 1, 1)) * 5);
  return PRIORS[String(s)][Math.min(p, s - 1)];
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
}

function supportFor(level: LevelDef, position: number, size: number): LevelSupport {
  const sup: LevelSupport = { text: Array(N).fill(0), name: Array(N).fill(0), prior: Array(N).fill(0), statutory: Array(N).fill(0), phrases: [], notes: [] };
  for (const span of level.description) {
    for (const sentence of sentences(span.text)) {
      const factor = CONTRAST.test(sentence) ? cues.contrastFactor : 1;
      const here: number[] = Array(N).fill(0);
      for (const cue of TEXT_CUES) {
        const m = cue.re.exec(sentence);
        if (!m) continue;
        for (const b of cue.bands) {
          here[idx(b)] += (cue.weight * factor) / cue.bands.length ** 0.5;
          if (cue.statutory && factor === 1) sup.statutory[idx(b)] += cue.weight;
        }
        if (factor === 1) {
          if (!sup.phrases.some((p) => p.phrase === m[0].toLowerCase())) sup.phrases.push({ phrase: m[0].toLowerCase(), page: span.page ?? null });
          sup.notes.push(`"${m[0]}" (${cue.label}${span.page ? `, p.${span.page}` : ''})`);
        }
      }
      // "covers both s17 and s47", "multi-agency help ... including children in need": one sentence naming a span
      // of bands lifts the weaker ones towards the strongest, so the range is kept
      const hit = here.map((w, b) => (w > 0 ? b : -1)).filter((b) => b >= 0);
      if (factor === 1 && hit.length >= 2 && RANGE_WORDS.test(sentence)) {
        const top = Math.max(...here);
        for (const b of hit) here[b] = Math.max(here[b], top * 0.8);
        sup.notes.push('one sentence spans several bands');
      }
      for (let b = 0; b < N; b++) sup.text[b] += here[b];
    }
  }
  for (const cue of NAME_CUES) {
    const m = cue.re.exec(level.local);
    if (!m) continue;
    for (const b of cue.bands) sup.name[idx(b)] += cue.weight / cue.bands.length ** 0.5;
    sup.phrases.push({ phrase: `name: ${m[0]}`, page: null });
    sup.notes.push(`name "${m[0]}" (${cue.label})`);
  }
  // the position prior only breaks ties once the document says something about the level
  const cued = sup.text.some((x) => x > 0) || sup.name.some((x) => x > 0);
  const prior = priorRange(position, size);
  // A level a document series does not hold (src/series: "\u2063placeholder n") only keeps the others in their
  // places: a weak prior, so a held level's own evidence decides where the bands between them fall.
  const weight = level.local.startsWith(PLACEHOLDER) ? cues.priorWeight * 0.25 : cues.priorWeight * (cued ? 0.5 : 1);
  for (const b of prior) sup.prior[idx(b)] += weight / prior.length;
  if (level.local.startsWith(PLACEHOLDER)) for (let b = 0; b < N; b++) sup.prior[b] += (cues.priorWeight * 0.75) / N;
  return sup;
}

interface Range {
  lo: number;
  hi: number;
}

const RANGES: Range[] = [];
for (let lo = 0; lo < N; lo++) for (let hi = lo; hi < N; hi++) RANGES.push({ lo, hi });

function rangeScore(p: number[], r: Range): number {
  let s = 0;
  for (let b = r.lo; b <= r.hi; b++) s += p[b];
  for (let b = r.lo; b < r.hi; b++) s -= JOIN[b];
  return s;
}

function normalised(sup: LevelSupport): number[] {
  const s = sup.text.map((t, b) => t + sup.name[b] + sup.prior[b]);
  const total = s.reduce((a, b) => a + b, 0) || 1;
  return s.map((x) => x / total);
}

function bandsOf(r: Range): BandId[] {
  return BANDS.slice(r.lo, r.hi + 1) as BandId[];
}

function confidenceOf(sup: LevelSupport, r: Range, best: Range): Confidence {
  const inside = (arr: number[]) => arr.slice(r.lo, r.hi + 1).reduce((a, b) => a + b, 0);
  const outside = (arr: number[]) => arr.reduce((a, b) => a + b, 0) - inside(arr);
  const agreesWithOwnBest = best.lo <= r.hi && r.lo <= best.hi;
  const statutory = inside(sup.statutory);
  const text = inside(sup.text);
  const name = inside(sup.name);
  let c: Confidence = 'low';
  if ((statutory >= 3 || text >= 4 || (text >= 2 && name >= 2)) && inside(sup.text) > outside(sup.text)) c = 'high';
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

/** Map each local level to a contiguous range of canonical bands, with evidence and confidence. */
export function mapBands(scheme: LevelDef[]): SchemeLevel[] {
  if (!scheme.length) return [];
  const levels = regroupDescriptions([...scheme].sort((a, b) => a.order - b.order));
  const size = levels.length;
  const sups = levels.map((l, i) => supportFor(l, i, size));
  const probs = sups.map(normalised);

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
        score[i][k] = own - cues.gapPenalty * r.lo;
        continue;
      }
      for (let j = 0; j < R; j++) {
        const q = RANGES[j];
        if (r.lo < q.lo || r.hi < q.hi || score[i - 1][j] === -Infinity) continue;
        const gap = Math.max(0, r.lo - q.hi - 1);
        const shared = Math.max(0, q.hi - r.lo + 1);
        const s = score[i - 1][j] + own - cues.gapPenalty * gap - cues.overlapPenalty * shared;
        if (s > score[i][k]) { score[i][k] = s; back[i][k] = j; }
      }
    }
  }
  let k = 0;
  for (let j = 0; j < R; j++) {
    const endPenalty = (x: number) => score[size - 1][x] - cues.gapPenalty * (N - 1 - RANGES[x].hi);
    if (endPenalty(j) > endPenalty(k)) k = j;
  }
  const chosen: Range[] = Array(size);
  for (let i = size - 1; i >= 0; i--) {
    chosen[i] = RANGES[k];
    k = back[i][k];
  }

  return levels.map((l, i) => {
    const sup = sups[i];
    const best = RANGES.reduce((a, r) => (rangeScore(probs[i], r) > rangeScore(probs[i], a) ? r : a), RANGES[0]);
    const confidence = confidenceOf(sup, chosen[i], best);
    const bands = bandsOf(chosen[i]);
    const priorNote = `order ${i + 1} of ${size}`;
    const evidencePhrases: BandEvidence[] = [...sup.phrases, { phrase: priorNote, page: null }];
    const why = sup.notes.length ? sup.notes.join('; ') : 'no cue in the name or description';
    const evidence = `${bands.join(' + ')} (${confidence}): ${why}; ${priorNote}${confidence === 'low' ? ' (decided mainly by position in the scheme)' : ''}`;
    return { local: l.local, order: l.order, bands, evidence, evidencePhrases, confidence };
  });
}
