// Apply a reviewer's corrections to the analysed profiles of one authority. Pure: profiles in, profiles out.
import type { BandId, Indicator, IndicatorReview, Profile, SchemeLevel } from '../model/index.ts';
import { normaliseAnchorText, textHash } from './sha256.ts';
import type { Correction, CorrectionOutcome, CorrectionsFile } from './types.ts';

export interface ApplyOptions {
  /**
   * Plain text of each part of a document (src/review/source-text.ts), by profile id: needed to place an
   * added indicator (its anchor has offsets and a text hash, never the text). Missing: the addition is stale
   * on that profile unless the atlas itself now reads an indicator with that text.
   */
  texts?: Map<string, (string | null)[]>;
}

export interface ApplyResult {
  profiles: Profile[];
  outcomes: CorrectionOutcome[];
}

const byTime = (a: Correction, b: Correction) => a.when.localeCompare(b.when) || a.id.localeCompare(b.id);

/** Whether a correction made on one version is looked for in profile `p` (its own version, or a newer one). */
function eligible(c: Correction, p: Profile): 'exact' | 'inherit' | null {
  if (p.hash && c.anchor.document === p.hash) return 'exact';
  return (p.version ?? '') >= (c.anchor.version ?? '') ? 'inherit' : null;
}

/** Offsets [start, end) of the added text in `text`: where the anchor says, else the same words elsewhere. */
export function locateAdded(text: string, c: Correction): [number, number] | null {
  const { start = 0, end = 0, textHash: h } = c.anchor;
  if (end <= text.length && textHash(text.slice(start, end)) === h) return [start, end];
  const len = end - start;
  for (let i = 0; i + 1 <= text.length; i++) {
    if (/\s/.test(text[i]) || (i > 0 && /\w/.test(text[i - 1]) && /\w/.test(text[i]))) continue;
    // the same words may sit in a window a little longer or shorter (whitespace changed)
    for (const l of [len, len - 1, len + 1]) {
      if (l <= 0 || i + l > text.length) continue;
      if (textHash(text.slice(i, i + l)) === h) return [i, i + l];
    }
  }
  return null;
}

function linesOf(text: string, start: number, end: number): string {
  const a = text.slice(0, start).split('\n').length;
  const b = a + (text.slice(start, end).match(/\n/g)?.length ?? 0);
  return a === b ? `lines ${a}` : `lines ${a}-${b}`;
}

interface ProfileOutcome {
  profile: Profile;
  applied: Map<string, 'exact' | 'inherit'>;
  missing: Map<string, string>;
}

/** Apply the eligible corrections to one profile. */
export function applyToProfile(raw: Profile, corrections: Correction[], revision: number, texts?: (string | null)[]): ProfileOutcome {
  const applied = new Map<string, 'exact' | 'inherit'>();
  const missing = new Map<string, string>();
  const mine = corrections.map((c) => ({ c, how: eligible(c, raw) })).filter((x) => x.how).sort((x, y) => byTime(x.c, y.c));
  if (!mine.length) return { profile: raw, applied, missing };

  // 1. Band mapping of levels.
  const scheme: SchemeLevel[] = raw.scheme.map((l) => ({ ...l, bands: [...l.bands] }));
  const levels: NonNullable<Profile['review']>['levels'] = [];
  for (const { c, how } of mine) {
    if (c.act !== 'set-level-bands') continue;
    const l = scheme.find((x) => x.local === c.anchor.level);
    if (!l) { missing.set(c.id, 'that level is not in this version of the document'); continue; }
    const prev = levels.find((x) => x.local === l.local);
    if (prev) prev.correction = c.id;
    else levels.push({ local: l.local, before: raw.scheme.find((x) => x.local === l.local)!.bands, correction: c.id });
    l.bands = [...c.bands!];
    applied.set(c.id, how!);
  }
  const levelBands = new Map(scheme.map((l) => [l.local, l]));
  const rawBands = new Map(raw.scheme.map((l) => [l.local, l.bands.join()]));

  // 2. Indicators: the atlas's list with the level mapping applied, then each act in time order.
  const inds: Indicator[] = raw.indicators.map((i) => {
    const l = levelBands.get(i.level);
    return l && rawBands.get(i.level) === i.bands.join() ? { ...i, bands: [...l.bands] } : { ...i };
  });
  const hashes = raw.indicators.map((i) => textHash(i.text));
  const removed = new Map<number, string>();
  const reviews = new Map<number, IndicatorReview>();
  let carried = 0;

  const review = (k: number, c: Correction, how: 'exact' | 'inherit', status: IndicatorReview['status'], field?: keyof NonNullable<IndicatorReview['before']>) => {
    const r = reviews.get(k) ?? { status, corrections: [], who: c.who, when: c.when };
    r.corrections.push(c.id);
    r.who = c.who;
    r.when = c.when;
    if (r.status === 'confirmed' && status === 'corrected') r.status = 'corrected';
    if (how === 'inherit') r.carried = true;
    if (field) {
      r.before ??= {};
      if (!(field in r.before)) (r.before as Record<string, unknown>)[field] = structuredClone(raw.indicators[k]?.[field] ?? null);
    }
    reviews.set(k, r);
  };

  const setFields = (k: number, c: Correction, how: 'exact' | 'inherit'): string | null => {
    const ind = inds[k];
    if (c.level !== undefined && c.level !== ind.level) {
      const l = levelBands.get(c.level);
      if (!l) return `level "${c.level}" is not in this version of the document`;
      review(k, c, how, 'corrected', 'level');
      if (ind.bands.join() !== l.bands.join()) review(k, c, how, 'corrected', 'bands');
      ind.level = l.local; ind.order = l.order; ind.bands = [...l.bands];
    }
    if (c.bands !== undefined && c.bands.join() !== ind.bands.join()) { review(k, c, how, 'corrected', 'bands'); ind.bands = [...c.bands]; }
    if (c.domain !== undefined && c.domain !== ind.domain) { review(k, c, how, 'corrected', 'domain'); ind.domain = c.domain; }
    if (c.topics !== undefined && c.topics.join() !== ind.topics.join()) { review(k, c, how, 'corrected', 'topics'); ind.topics = [...c.topics]; }
    if (!reviews.get(k)?.corrections.includes(c.id)) review(k, c, how, 'confirmed');
    return null;
  };

  const find = (c: Correction, how: 'exact' | 'inherit'): number | null => {
    const cands: number[] = [];
    hashes.forEach((h, k) => { if (h === c.anchor.textHash) cands.push(k); });
    if (!cands.length) return null;
    const occ = c.anchor.occurrence ?? 0;
    if (how === 'exact') return cands[occ] ?? cands[0];
    // another version: the same part and page first, else the same occurrence
    return cands.find((k) => (inds[k].part ?? 0) === c.anchor.part && inds[k].page === c.anchor.page) ?? cands[Math.min(occ, cands.length - 1)];
  };

  for (const { c, how } of mine) {
    if (c.act === 'set-level-bands') continue;
    let k = find(c, how!);
    if (c.act === 'add' && k === null) {
      const text = texts?.[c.anchor.part] ?? null;
      const at = text === null ? null : locateAdded(text, c);
      if (!at) { missing.set(c.id, text === null ? 'the source text was not available to place the added indicator' : 'the added text is no longer in the document'); continue; }
      const l = levelBands.get(c.level!);
      if (!l) { missing.set(c.id, `level "${c.level}" is not in this version of the document`); continue; }
      const format = raw.parts?.[c.anchor.part]?.format ?? raw.format;
      const added: Indicator = {
        id: `${raw.id}#${inds.length}`,
        text: normaliseAnchorText(text!.slice(at[0], at[1])),
        level: l.local, order: l.order, bands: c.bands ? [...c.bands] : [...l.bands],
        domain: c.domain ?? null, topics: c.topics ? [...c.topics] : [], qualifiers: {},
        // a plain-text source's "page" is its first line, as the pipeline gives it
        page: format === 'text' ? text!.slice(0, at[0]).split('\n').length : c.anchor.page, bbox: null,
        ...(format === 'text' ? { ref: linesOf(text!, at[0], at[1]) } : {}),
        ...(raw.parts ? { part: c.anchor.part } : {}),
      };
      inds.push(added);
      hashes.push(c.anchor.textHash!);
      k = inds.length - 1;
      reviews.set(k, { status: 'added', corrections: [c.id], who: c.who, when: c.when, ...(how === 'inherit' ? { carried: true } : {}) });
      applied.set(c.id, how!);
      continue;
    }
    if (k === null) { missing.set(c.id, "the indicator's text is no longer in the document"); continue; }
    if (c.act === 'not-indicator') {
      removed.set(k, c.id);
      applied.set(c.id, how!);
      continue;
    }
    if (removed.has(k) && c.when > (mine.find((x) => x.c.id === removed.get(k))?.c.when ?? '')) removed.delete(k); // a later review brings it back
    const why = setFields(k, c, how!);
    if (why) { missing.set(c.id, why); continue; }
    applied.set(c.id, how!);
  }
  for (const how of applied.values()) if (how === 'inherit') carried++;

  const out: Indicator[] = [];
  inds.forEach((ind, k) => {
    if (removed.has(k)) return;
    const r = reviews.get(k);
    out.push(r ? { ...ind, review: r } : ind);
  });
  const profile: Profile = {
    ...raw,
    scheme,
    indicators: out,
    review: {
      revision,
      reviewed: out.filter((i) => i.review).length,
      indicators: out.length,
      removed: [...removed.entries()].map(([k, id]) => ({
        id: inds[k].id, text: inds[k].text, level: inds[k].level, page: inds[k].page, ...(inds[k].part !== undefined ? { part: inds[k].part } : {}), correction: id,
      })),
      levels,
      carried,
    },
  };
  return { profile, applied, missing };
}

/**
 * Apply an authority's corrections to every current profile of that authority. Each correction applies to the
 * version it was made on and is inherited by newer versions whose text still holds its anchor. A correction
 * that applies nowhere is reported as stale (and kept in the file: nothing is dropped).
 */
export function applyCorrections(profiles: Profile[], file: CorrectionsFile, opts: ApplyOptions = {}): ApplyResult {
  const results = profiles.map((p) => ({ p, r: applyToProfile(p, file.corrections, file.revision, opts.texts?.get(p.id)) }));
  const outcomes: CorrectionOutcome[] = file.corrections.map((c) => {
    const exact = results.filter(({ r }) => r.applied.get(c.id) === 'exact').map(({ p }) => p.id);
    const inherited = results.filter(({ r }) => r.applied.get(c.id) === 'inherit').map(({ p }) => p.id);
    if (exact.length) return { id: c.id, act: c.act, status: 'applied', profiles: [...exact, ...inherited] };
    if (inherited.length) return { id: c.id, act: c.act, status: 'carried', profiles: inherited };
    const reason = results.map(({ r }) => r.missing.get(c.id)).find(Boolean) ?? 'the document version it was made on is no longer in the corpus';
    return { id: c.id, act: c.act, status: 'stale', profiles: [], reason };
  });
  return { profiles: results.map(({ r }) => r.profile), outcomes };
}

/** Count of stale corrections, for summaries. */
export function staleCount(outcomes: CorrectionOutcome[]): number {
  return outcomes.filter((o) => o.status === 'stale').length;
}

export type { BandId };
