// Making a correction entry from what a reviewer did (the app, `atlas review import` checks).
import type { BandId, Indicator, Profile } from '../model/index.ts';
import { textHash } from './sha256.ts';
import type { Act, Anchor, Correction } from './types.ts';

let seq = 0;
/** A unique, readable id: c-<time>-<random>. */
export function correctionId(now = new Date()): string {
  const t = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const r = Math.floor(Math.random() * 0xffffff).toString(16).padStart(6, '0');
  return `c-${t}-${r}${(seq++ % 100).toString().padStart(2, '0')}`;
}

/** The anchor of an indicator of a profile: document version, part, page, text hash and which occurrence. */
export function indicatorAnchor(p: Profile, ind: Indicator): Anchor {
  const h = textHash(ind.text);
  const same = p.indicators.filter((i) => i.review?.status !== 'added' && textHash(i.text) === h);
  const occurrence = Math.max(0, same.indexOf(ind));
  return { document: p.hash ?? '', version: p.version, part: ind.part ?? 0, page: ind.page, textHash: h, ...(occurrence ? { occurrence } : {}) };
}

export interface Change { level?: string; bands?: BandId[]; domain?: string | null; topics?: string[] }

/** A correction on an existing indicator (confirm, set-*, not-indicator), with what it was before. */
export function indicatorCorrection(p: Profile, ind: Indicator, act: Exclude<Act, 'add' | 'set-level-bands'>, change: Change, who: string, now = new Date()): Correction {
  const before: Correction['before'] = {};
  if (change.level !== undefined) before.level = ind.level;
  if (change.bands !== undefined || change.level !== undefined) before.bands = [...ind.bands];
  if (change.domain !== undefined) before.domain = ind.domain;
  if (change.topics !== undefined) before.topics = [...ind.topics];
  return {
    id: correctionId(now), act, who, when: now.toISOString(), anchor: indicatorAnchor(p, ind),
    ...(Object.keys(before).length ? { before } : {}), ...change,
  };
}

/** An indicator the atlas missed: [start, end) of `text`, the plain text of part `part`. */
export function addCorrection(p: Profile, part: number, page: number, text: string, start: number, end: number, change: Change & { level: string }, who: string, now = new Date()): Correction {
  return {
    id: correctionId(now), act: 'add', who, when: now.toISOString(),
    anchor: { document: p.hash ?? '', version: p.version, part, page, textHash: textHash(text.slice(start, end)), start, end },
    ...change,
  };
}

/** A level's band mapping corrected. */
export function levelBandsCorrection(p: Profile, local: string, bands: BandId[], who: string, now = new Date()): Correction {
  const l = p.scheme.find((x) => x.local === local);
  return {
    id: correctionId(now), act: 'set-level-bands', who, when: now.toISOString(),
    anchor: { document: p.hash ?? '', version: p.version, part: 0, page: l?.evidencePhrases.find((e) => e.page)?.page ?? 0, level: local },
    before: { bands: l ? [...l.bands] : [] }, bands,
  };
}
