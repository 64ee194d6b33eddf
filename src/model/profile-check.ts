// Profiles read back from disk (public/data/profiles, a dropped file in the app) may be truncated,
// hand-edited or written by an older version. Every consumer (compare, where, lottery, reports) assumes
// the full Profile shape, so a profile is checked and its optional parts filled in once, at load time:
// a missing `topics` list must not become "ind.topics is not iterable" in front of a user.
import { BANDS, type BandId, type Indicator, type Profile, type SchemeLevel } from './types.ts';

/** A profile that cannot be used at all; the message is a one-line human reason. */
export class ProfileInvalid extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ProfileInvalid';
  }
}

const BAND_SET = new Set<string>(BANDS);

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown, d: string): string => (typeof v === 'string' ? v : d);
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const bands = (v: unknown): BandId[] | null => (Array.isArray(v) ? (v.filter((b) => typeof b === 'string' && BAND_SET.has(b)) as BandId[]) : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** Check a parsed profile and fill in what may be missing; throws ProfileInvalid when it is not a profile. */
export function normaliseProfile(raw: unknown): Profile {
  if (!isObj(raw)) throw new ProfileInvalid('not a profile (not a JSON object)');
  if (!Array.isArray(raw.indicators)) throw new ProfileInvalid('not a profile (no list of indicators)');
  const id = typeof raw.id === 'string' && raw.id ? raw.id : typeof raw.authorityId === 'string' && raw.authorityId ? raw.authorityId : null;
  if (!id) throw new ProfileInvalid('not a profile (no id)');
  const scheme: SchemeLevel[] = (Array.isArray(raw.scheme) ? raw.scheme : [])
    .filter((l): l is Record<string, unknown> => isObj(l) && typeof l.local === 'string')
    .map((l, i) => ({
      local: l.local as string,
      order: num(l.order, i + 1),
      bands: bands(l.bands) ?? [],
      evidence: str(l.evidence, ''),
      evidencePhrases: Array.isArray(l.evidencePhrases) ? (l.evidencePhrases as SchemeLevel['evidencePhrases']) : [],
      confidence: (['high', 'medium', 'low'].includes(l.confidence as string) ? l.confidence : 'low') as SchemeLevel['confidence'],
    }));
  const byLevel = new Map(scheme.map((l) => [l.local, l]));
  const indicators: Indicator[] = raw.indicators
    .filter((x): x is Record<string, unknown> => isObj(x) && typeof x.text === 'string')
    .map((x, i) => {
      const level = str(x.level, '');
      const own = byLevel.get(level);
      const bbox = Array.isArray(x.bbox) && x.bbox.length === 4 && x.bbox.every((n) => typeof n === 'number') ? (x.bbox as Indicator['bbox']) : null;
      return {
        id: str(x.id, `${id}#${i}`),
        text: x.text as string,
        level,
        order: num(x.order, own?.order ?? 0),
        bands: bands(x.bands) ?? own?.bands ?? [],
        domain: strOrNull(x.domain),
        topics: strings(x.topics),
        qualifiers: isObj(x.qualifiers) ? (x.qualifiers as Indicator['qualifiers']) : {},
        page: num(x.page, 0),
        bbox,
        ...(typeof x.ref === 'string' ? { ref: x.ref } : {}),
        ...(typeof x.part === 'number' && Number.isInteger(x.part) && x.part >= 0 ? { part: x.part } : {}),
        ...(isObj(x.review) && typeof x.review.status === 'string' ? { review: x.review as unknown as NonNullable<Indicator['review']> } : {}),
      };
    });
  return {
    id,
    authorityId: typeof raw.authorityId === 'string' && raw.authorityId ? raw.authorityId : id.split('@')[0],
    authority: strOrNull(raw.authority),
    version: strOrNull(raw.version),
    source: str(raw.source, ''),
    format: str(raw.format, 'text') as Profile['format'],
    pages: num(raw.pages, 0),
    scheme,
    indicators,
    warnings: strings(raw.warnings),
    ...(typeof raw.hash === 'string' ? { hash: raw.hash } : {}),
    ...(Array.isArray(raw.parts) ? { parts: raw.parts.filter(isObj) as unknown as NonNullable<Profile['parts']> } : {}),
    ...(isObj(raw.review) && Array.isArray(raw.review.removed) ? { review: raw.review as unknown as NonNullable<Profile['review']> } : {}),
  };
}
