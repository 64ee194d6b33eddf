// Checking corrections that come from outside (a POST, an imported file, a hand-edited file).
import { BANDS, type BandId } from '../model/index.ts';
import { ACTS, type Correction, type CorrectionsFile } from './types.ts';

export class CorrectionInvalid extends Error {}

const BAND_SET = new Set<string>(BANDS);
const HEX64 = /^[0-9a-f]{64}$/;
/** Authority ids are slugs: no path separators, no dots, nothing a file name could misuse. */
export const AUTHORITY_ID = /^[a-z0-9][a-z0-9_-]{0,79}$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/;
const TOPIC = /^[a-z][a-z0-9_-]{0,59}$/;

export function isAuthorityId(s: unknown): s is string {
  return typeof s === 'string' && AUTHORITY_ID.test(s);
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const shortText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max && !/[\u0000-\u001f]/.test(v);

function bandsOk(v: unknown): v is BandId[] {
  if (!Array.isArray(v) || !v.length || v.length > BANDS.length || !v.every((b) => typeof b === 'string' && BAND_SET.has(b))) return false;
  // a contiguous range, lowest first
  const idx = v.map((b) => BANDS.indexOf(b as BandId));
  return idx.every((n, i) => i === 0 || n === idx[i - 1] + 1);
}

/** Check one correction entry; returns it with only the known fields, or throws CorrectionInvalid. */
export function checkCorrection(raw: unknown): Correction {
  const bad = (why: string): never => { throw new CorrectionInvalid(why); };
  if (!isObj(raw)) bad('a correction must be an object');
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' || !ID.test(r.id)) bad('id: letters, digits and . _ : - only (at most 80)');
  if (!ACTS.includes(r.act as Correction['act'])) bad(`act: one of ${ACTS.join(', ')}`);
  if (!shortText(r.who, 80) || !(r.who as string).trim()) bad('who: a name or initials (at most 80 characters)');
  if (typeof r.when !== 'string' || Number.isNaN(Date.parse(r.when))) bad('when: an ISO date-time');
  const a = r.anchor;
  if (!isObj(a)) bad('anchor: an object');
  const an = a as Record<string, unknown>;
  if (typeof an.document !== 'string' || !HEX64.test(an.document)) bad('anchor.document: the sha256 of the document version');
  if (an.version !== null && an.version !== undefined && !(typeof an.version === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(an.version))) bad('anchor.version: YYYY-MM-DD or null');
  const int = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e9;
  if (!int(an.part) || !int(an.page)) bad('anchor.part and anchor.page: whole numbers');
  const act = r.act as Correction['act'];
  const anchor: Correction['anchor'] = { document: an.document as string, version: (an.version as string | null | undefined) ?? null, part: an.part as number, page: an.page as number };
  if (act === 'set-level-bands') {
    if (!shortText(an.level, 200) || !(an.level as string).trim()) bad('anchor.level: the level as the document names it');
    anchor.level = an.level as string;
  } else {
    if (typeof an.textHash !== 'string' || !HEX64.test(an.textHash)) bad('anchor.textHash: the sha256 of the indicator text');
    anchor.textHash = an.textHash as string;
    if (an.occurrence !== undefined) { if (!int(an.occurrence)) bad('anchor.occurrence: a whole number'); anchor.occurrence = an.occurrence as number; }
  }
  if (act === 'add') {
    if (!int(an.start) || !int(an.end) || (an.end as number) <= (an.start as number) || (an.end as number) - (an.start as number) > 2000) bad('anchor.start/end: offsets of the added text (at most 2000 characters)');
    anchor.start = an.start as number;
    anchor.end = an.end as number;
  }
  const out: Correction = { id: r.id as string, act, who: (r.who as string).trim(), when: new Date(r.when as string).toISOString(), anchor };
  const needLevel = act === 'set-level' || act === 'add';
  if (r.level !== undefined || needLevel) {
    if (!shortText(r.level, 200) || !(r.level as string).trim()) bad('level: the level as the document names it');
    out.level = r.level as string;
  }
  if (r.bands !== undefined || act === 'set-bands' || act === 'set-level-bands') {
    if (!bandsOk(r.bands)) bad(`bands: a contiguous range of ${BANDS.join(', ')}`);
    out.bands = [...(r.bands as BandId[])];
  }
  if (r.domain !== undefined || act === 'set-domain') {
    if (r.domain !== null && !shortText(r.domain, 200)) bad('domain: text or null');
    out.domain = (r.domain as string | null) ?? null;
    if (out.domain !== null && !out.domain.trim()) out.domain = null;
  }
  if (r.topics !== undefined || act === 'set-topics') {
    if (!Array.isArray(r.topics) || r.topics.length > 3 || !r.topics.every((t) => typeof t === 'string' && TOPIC.test(t))) bad('topics: at most three topic ids');
    out.topics = [...new Set(r.topics as string[])];
  }
  if (r.before !== undefined) {
    if (!isObj(r.before)) bad('before: an object');
    const b = r.before as Record<string, unknown>;
    const before: NonNullable<Correction['before']> = {};
    if (b.level !== undefined) { if (!shortText(b.level, 200)) bad('before.level: text'); before.level = b.level as string; }
    if (b.bands !== undefined) { if (!Array.isArray(b.bands) || !b.bands.every((x) => BAND_SET.has(x as string))) bad('before.bands: band ids'); before.bands = b.bands as BandId[]; }
    if (b.domain !== undefined) { if (b.domain !== null && !shortText(b.domain, 200)) bad('before.domain: text or null'); before.domain = b.domain as string | null; }
    if (b.topics !== undefined) { if (!Array.isArray(b.topics) || !b.topics.every((t) => typeof t === 'string' && t.length < 60)) bad('before.topics: topic ids'); before.topics = b.topics as string[]; }
    out.before = before;
  }
  if (r.note !== undefined) {
    if (typeof r.note !== 'string' || r.note.length > 500) bad('note: at most 500 characters');
    out.note = r.note as string;
  }
  return out;
}

/** Check a whole corrections file (as read from disk or imported). */
export function checkCorrectionsFile(raw: unknown, authorityId?: string): CorrectionsFile {
  if (!isObj(raw)) throw new CorrectionInvalid('not a corrections file (not a JSON object)');
  if (raw.schema !== 1) throw new CorrectionInvalid('not a corrections file (schema must be 1)');
  if (!isAuthorityId(raw.authorityId)) throw new CorrectionInvalid('authorityId: a slug (a-z, 0-9, -)');
  if (authorityId && raw.authorityId !== authorityId) throw new CorrectionInvalid(`authorityId is ${raw.authorityId}, expected ${authorityId}`);
  const revision = raw.revision;
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0) throw new CorrectionInvalid('revision: a whole number');
  if (!Array.isArray(raw.corrections)) throw new CorrectionInvalid('corrections: a list');
  const corrections = raw.corrections.map((c, i) => {
    try {
      return checkCorrection(c);
    } catch (e) {
      throw new CorrectionInvalid(`corrections[${i}]: ${(e as Error).message}`);
    }
  });
  const ids = new Set<string>();
  for (const c of corrections) {
    if (ids.has(c.id)) throw new CorrectionInvalid(`corrections: id ${c.id} appears twice`);
    ids.add(c.id);
  }
  return { schema: 1, authorityId: raw.authorityId, revision, corrections };
}

/** Human-readable JSON, one correction per block. */
export function formatCorrectionsFile(f: CorrectionsFile): string {
  return JSON.stringify(f, null, 2) + '\n';
}
