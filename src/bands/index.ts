// bands: map each local level to a contiguous range of canonical bands, with evidence and confidence.
// Each level collects support per band from cues (its description, its name) plus a weak prior from its
// position in the scheme (support.ts); a dynamic programme then picks, for the whole scheme at once, ranges that
// best fit the support while staying non-decreasing with order. Bands no level covers cost (child in need most: a
// statutory scheme never skips s17), less beyond a described end level (a partial document); bands two described
// levels share cost, most when one of them is named after that band. A short scheme numbered 1..n is banded as the
// first levels of four (numbered.ts), unless its top level is named or described as child protection.
import { BANDS, type BandEvidence, type BandId, type Confidence, type LevelDef, type SchemeLevel } from '../model/index.ts';
import cues from './cues.json' with { type: 'json' };
import { padNumbered } from './numbered.ts';
import { counts, isCued, N, normalised, RANGES, rangeScore, supportFor, type EitherSupport, type LevelSupport, type Range } from './support.ts';

export { levelNumber } from './numbered.ts';
export { priorRange } from './support.ts';

/** Statutory child-protection support (s47 4, significant harm 3, ...) that makes a top level the continuum's top. */
const STATUTORY_TOP = 3;
const GAP_DATA = cues.gapPenalty as unknown as Record<string, number>;
/** GAP[b]: cost of band b when no level covers it. */
const GAP = BANDS.map((b) => GAP_DATA[b] ?? GAP_DATA.default);
const OVERLAP_DATA = cues.overlapPenalty as unknown as Record<string, number>;
/** OVERLAP[b]: cost of band b shared by two consecutive described levels. */
const OVERLAP = BANDS.map((b) => OVERLAP_DATA[b] ?? OVERLAP_DATA.default);

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

/** Map each local level to a contiguous range of canonical bands, with evidence and confidence. */
export function mapBands(scheme: LevelDef[]): SchemeLevel[] {
  if (!scheme.length) return [];
  const shown = scheme.length;
  const sorted = regroupDescriptions([...scheme].sort((a, b) => a.order - b.order));
  // A top level the document names or describes as child protection ("Acute", "Child Protection", "section 47")
  // has no level above it: the scheme is whole however few its levels, and is not read as the first of four.
  const top = supportFor(sorted[shown - 1], shown - 1, shown);
  const reachesTop = !!top.exclusive?.has(N - 1) || top.statutory[N - 1] >= STATUTORY_TOP;
  const levels = reachesTop ? sorted : padNumbered(sorted);
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
