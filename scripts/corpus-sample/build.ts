// Turns the content data into one DocModel per document: which situations each authority lists,
// at which of its levels, in which words, under which heading. Deterministic (hash-based, no randomness).
import type { BandId, Gold } from '../../src/model/types.ts';
import { BANDS } from '../../src/model/types.ts';
import { AUTHORITIES, type AuthoritySpec } from './content/authorities.ts';
import { STRENGTHS, THEMES, TOPIC_SECTIONS, TRIANGLE } from './content/domains.ts';
import { SITUATIONS, type Category, type Phrasing, type Situation } from './content/situations.ts';

export interface DocItem {
  situation: string;
  category: Category;
  text: string;
  /** Index into spec.levels. */
  level: number;
  domain: string | null;
  topics: string[];
}

export interface DocModel {
  spec: AuthoritySpec;
  items: DocItem[];
}

export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const BASE = AUTHORITIES.filter((a) => !a.revises && !a.expectError && !a.extra);
/** Each situation appears in four of the base documents, spread round the corpus. */
const SPREAD = [0, 3, 7, 10];

function basePicks(docIndex: number): Situation[] {
  return SITUATIONS.filter((_, i) => SPREAD.some((o) => (i + o) % BASE.length === docIndex));
}

function phrase(p: Phrasing, topics: string[]): { text: string; topics: string[] } {
  return typeof p === 'string' ? { text: p, topics } : { text: p[0], topics: p[1] };
}

function pickBand(spec: AuthoritySpec, s: Situation, salt = ''): number {
  return s.lo + (hash(`${spec.id}|${s.id}${salt}`) % (s.hi - s.lo + 1));
}

function levelFor(spec: AuthoritySpec, band: number, s: Situation): number {
  const id = BANDS[band] as BandId;
  const fits = spec.levels.map((l, i) => (l.bands.includes(id) ? i : -1)).filter((i) => i >= 0);
  if (fits.length === 0) throw new Error(`${spec.id}: no level holds band ${id}`);
  // Where two levels share a band (e.g. child protection and immediate protection) the gravest situations go higher.
  return s.lo === 4 ? fits[fits.length - 1] : fits[0];
}

export function domainOf(spec: AuthoritySpec, s: Situation): string | null {
  switch (spec.domainStyle) {
    case 'triangle': return TRIANGLE[s.category];
    case 'themes': return THEMES[s.category];
    case 'topics': return TOPIC_SECTIONS.find(([, ts]) => ts.includes(s.topics[0]))![0];
    case 'none': return null;
  }
}

function item(spec: AuthoritySpec, s: Situation, variant: number, band: number): DocItem {
  const n = s.phrasings.length;
  const v = s.graded && s.hi > s.lo ? Math.round(((band - s.lo) / (s.hi - s.lo)) * (n - 1)) : variant % n;
  const p = spec.childVoice && s.me ? s.me : s.phrasings[v];
  const { text, topics } = phrase(p, s.topics);
  return { situation: s.id, category: s.category, text, level: levelFor(spec, band, s), domain: domainOf(spec, s), topics };
}

function domainOrder(spec: AuthoritySpec): string[] {
  if (spec.domainStyle === 'topics') return TOPIC_SECTIONS.map(([h]) => h);
  const map = spec.domainStyle === 'triangle' ? TRIANGLE : THEMES;
  return [...new Set(Object.values(map))];
}

/** Document order: by level, then domain, then the pool's order. */
function sortItems(spec: AuthoritySpec, items: DocItem[]): DocItem[] {
  const doms = domainOrder(spec);
  const pos = new Map(SITUATIONS.map((s, i) => [s.id, i]));
  return [...items].sort((a, b) =>
    a.level - b.level ||
    doms.indexOf(a.domain ?? '') - doms.indexOf(b.domain ?? '') ||
    pos.get(a.situation)! - pos.get(b.situation)!);
}

function baseModel(spec: AuthoritySpec): DocModel {
  const d = BASE.indexOf(spec);
  const items = basePicks(d).map((s) => item(spec, s, d + SITUATIONS.indexOf(s), pickBand(spec, s)));
  return { spec, items: sortItems(spec, items) };
}

/** A revised version keeps most situations and wording, moves some, drops a few and adds a few. */
function revisedModel(spec: AuthoritySpec): DocModel {
  const base = BASE.find((b) => b.id === spec.revises)!;
  const d = BASE.indexOf(base);
  const kept = basePicks(d).filter((s) => hash(`drop|${spec.version}|${s.id}`) % 9 !== 0);
  const taken = new Set(basePicks(d).map((s) => s.id));
  const added = SITUATIONS.filter((s) => !taken.has(s.id))
    .sort((a, b) => hash(`add|${spec.version}|${a.id}`) - hash(`add|${spec.version}|${b.id}`))
    .slice(0, 4);
  const items = [...kept, ...added].map((s) => {
    const moved = hash(`move|${spec.version}|${s.id}`) % 4 === 0;
    const band = pickBand(base, s, moved ? `|${spec.version}` : '');
    return item({ ...spec, childVoice: base.childVoice }, s, d + SITUATIONS.indexOf(s), band);
  });
  return { spec, items: sortItems(spec, items) };
}

/** Authorities added later pick their own third of the pool, leaving the first thirteen unchanged. */
function extraModel(spec: AuthoritySpec): DocModel {
  const picks = SITUATIONS.filter((s) => hash(`${spec.id}|pick|${s.id}`) % 3 === 0);
  return { spec, items: sortItems(spec, picks.map((s, i) => item(spec, s, hash(spec.id) + i, pickBand(spec, s)))) };
}

/** The scanned (image-only) document has no gold; its content is a small per-level list. */
function scannedModel(spec: AuthoritySpec): DocModel {
  const picks = SITUATIONS.filter((s) => hash(`scan|${s.id}`) % 5 === 0);
  return { spec, items: sortItems(spec, picks.map((s, i) => item(spec, s, i, pickBand(spec, s)))) };
}

export function buildModels(): DocModel[] {
  return AUTHORITIES.map((spec) =>
    spec.expectError ? scannedModel(spec) : spec.revises ? revisedModel(spec) : spec.extra ? extraModel(spec) : baseModel(spec));
}

export function goldOf(m: DocModel): Gold {
  return {
    authority: m.spec.name,
    file: m.spec.file,
    scheme: m.spec.levels.map((l, i) => ({ local: l.local, order: i + 1, bands: l.bands })),
    indicators: m.items.map((it) => ({
      text: it.text.replace(/\s+/g, ' ').trim(),
      level: m.spec.levels[it.level].local,
      domain: it.domain,
      bands: m.spec.levels[it.level].bands,
      topics: it.topics,
    })),
  };
}

/** Items grouped for renderers: level index -> domain -> items (document order kept). */
export function byLevelAndDomain(m: DocModel): Map<number, Map<string | null, DocItem[]>> {
  const out = new Map<number, Map<string | null, DocItem[]>>();
  m.spec.levels.forEach((_, i) => out.set(i, new Map()));
  for (const it of m.items) {
    const doms = out.get(it.level)!;
    if (!doms.has(it.domain)) doms.set(it.domain, []);
    doms.get(it.domain)!.push(it);
  }
  return out;
}

export function domainsOf(m: DocModel): (string | null)[] {
  const order = m.spec.domainStyle === 'none' ? [null] : domainOrder(m.spec);
  return order.filter((d) => m.items.some((it) => it.domain === d));
}

export { STRENGTHS };
