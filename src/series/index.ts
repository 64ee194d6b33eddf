// A document series: several pages or files of one authority that together make one scheme (a web page per
// level, per level and domain, a landing page with a menu of every level). Pure functions: the pipeline
// extracts and segments each part, then `assembleSeries` merges the parts' levels into one ordered scheme,
// bands it once (src/bands) and points every indicator at its part.
import type { BandId, DraftIndicator, LevelDef, SchemeLevel, Segmented, Span } from '../model/index.ts';
import { NOT_STATED } from '../model/index.ts';
import { mapBands } from '../bands/index.ts';
import { findLevelIn, LevelRegistry, nameKey, parseLevel, type LevelEntry, type ParsedLevel } from '../segment/index.ts';
import type { MenuEntry, PageLevel } from './page.ts';

export { pageLevel, breadcrumbLevel, pageDomain, splitLevelMenu, bodyNamesLevel, addressWords, type PageLevel, type MenuEntry } from './page.ts';

/** One part as the pipeline hands it over: its segmentation (null when it held no level), menu and metadata. */
export interface SeriesPart {
  source: string;
  segmented: Segmented | null;
  menu: MenuEntry[];
  /** The level its metadata names, if any. */
  pageLevel: PageLevel | null;
  /** True when the page's level is known only from its metadata (the body never names it). */
  levelFromMetaOnly: boolean;
  /** Domain named by a level-and-domain page's title, for indicators with no domain heading. */
  domain: string | null;
  /** The words of the page's address, folder by folder ("targeted", "threshold guide"): matched to a menu's levels. */
  addressWords?: string[];
}

export interface SeriesIndicator extends DraftIndicator {
  part: number;
}

export interface AssembledSeries {
  scheme: SchemeLevel[];
  indicators: SeriesIndicator[];
  warnings: string[];
}

/** The band a level name's vocabulary rank stands for ("Targeted" 3 -> targeted early help). */
const RANK_BAND: Record<number, BandId> = { 1: 'universal', 2: 'early_help', 3: 'targeted_early_help', 4: 'child_in_need', 5: 'child_protection' };

interface MenuScheme {
  entries: (LevelEntry & { matchedBy?: string })[];
  bands: Map<LevelEntry, BandId[]>;
}

/** The levels the series' menus list (three or more), banded as a scheme of their own. */
function menuLevels(entries: LevelEntry[]): MenuScheme | null {
  if (entries.length < 3) return null;
  const ordered = entries.every((e) => e.number !== null) ? [...entries].sort((a, b) => a.number! - b.number! || (a.sub ?? '').localeCompare(b.sub ?? '')) : [...entries];
  const defs: LevelDef[] = ordered.map((e, k) => ({ local: `\u2063menu ${k}`, order: k + 1, description: e.description }));
  // the names carry band words too ("Specialist"): band on the entries' own labels
  const named = defs.map((d, k) => ({ ...d, local: bestForm(ordered[k]) ?? d.local }));
  const banded = mapBands(named);
  return { entries: ordered, bands: new Map(ordered.map((e, k) => [e, banded[k].bands])) };
}

const bestForm = (e: LevelEntry) => [...e.forms].sort((a, b) => b.score - a.score)[0]?.text ?? null;

/**
 * Which of the menu's levels a page's own level is: by number, by name, by a word of its address, by the
 * vocabulary rank of its name, or by the band its name stands for.
 */
function matchMenuLevel(p: ParsedLevel, part: SeriesPart, menu: MenuScheme): (LevelEntry & { matchedBy?: string }) | null {
  const found = (e: LevelEntry | undefined, by: string) => (e ? Object.assign(e, { matchedBy: by }) : null);
  if (p.number !== null) return found(menu.entries.find((e) => e.number === p.number && e.sub === p.sub), 'same number');
  const key = p.name;
  // "Universal Plus" contains "Universal" but is the level above it: names of different known ranks never match
  const otherRank = (e: LevelEntry) => p.rank !== null && e.rank !== null && e.rank !== p.rank;
  if (key) {
    const byName = menu.entries.filter((e) => !otherRank(e) && [...e.names].some((n) => n === key || ` ${n} `.includes(` ${key} `) || ` ${key} `.includes(` ${n} `)));
    if (byName.length === 1) return found(byName[0], 'same name');
  }
  for (const w of part.addressWords ?? []) {
    const k = nameKey(w);
    const byAddress = menu.entries.filter((e) => !otherRank(e) && [...e.names].some((n) => n.length > 3 && (` ${k} `.includes(` ${n} `) || ` ${n} `.includes(` ${k} `))));
    if (byAddress.length === 1) return found(byAddress[0], 'address word');
  }
  if (p.rank !== null) {
    const byRank = menu.entries.filter((e) => e.rank === p.rank);
    if (byRank.length === 1) return found(byRank[0], 'name of the same rank');
    // a menu whose every level has a known name of another rank does not list this one (a "related pages" menu
    // lists the other levels): a level of its own, not the menu's nearest band
    if (menu.entries.every((e) => e.rank !== null)) return null;
    const band = RANK_BAND[p.rank];
    const byBand = menu.entries.filter((e) => menu.bands.get(e)?.includes(band));
    if (byBand.length) return found(byBand.length === 1 ? byBand[0] : byBand.sort((a, b) => menu.bands.get(a)!.length - menu.bands.get(b)!.length)[0], `band words: ${band.replace(/_/g, ' ')}`);
  }
  return null;
}

/** Vocabulary rank at which a scheme reaches statutory work (child in need and above). */
const STATUTORY_RANK = 4;

interface SeriesLevel {
  entry: LevelEntry;
  fromBody: boolean;
  metaOnlySources: string[];
}

function parseLocal(local: string): ParsedLevel {
  return parseLevel(local, { heading: true }) ?? findLevelIn(local) ?? { number: null, sub: null, name: nameKey(local), rank: null, written: local };
}

/** The most common number of levels in English threshold documents (shared/DESIGN.md). */
const COMMON_SCHEME_SIZE = 4;

/** A scheme is whole when it has two or more levels and its numbers (if any) run from 1 without gaps, three or more of them. */
function wholeScheme(scheme: LevelDef[]): boolean {
  if (scheme.length < 2) return false;
  const nums = scheme.map((l) => parseLocal(l.local)).filter((p) => p.number !== null && p.sub === null).map((p) => p.number!);
  if (nums.length !== scheme.length) return true;
  // "Level 1" and "Level 2" alone are the first two of a longer scheme (most have four), not a two-level one
  return scheme.length >= 3 && Math.max(...nums) <= scheme.length;
}

/**
 * Merge the parts' levels into one scheme, band it once for the whole series and point every indicator at its part.
 * A single part whose segmentation is a whole scheme (and which needed neither a menu nor its metadata) is banded
 * exactly as before, so ordinary documents are unchanged.
 */
export function assembleSeries(parts: SeriesPart[]): AssembledSeries {
  const warnings: string[] = [];
  const prefix = (i: number, w: string) => (parts.length > 1 ? `${parts[i].source}: ${w}` : w);
  parts.forEach((p, i) => { for (const w of p.segmented?.warnings ?? []) warnings.push(prefix(i, w)); });

  const only = parts.length === 1 ? parts[0] : null;
  if (only?.segmented && !only.menu.length && !only.levelFromMetaOnly && wholeScheme(only.segmented.scheme)) {
    return {
      scheme: mapBands(only.segmented.scheme),
      indicators: only.segmented.indicators.map((d) => ({ ...d, ...(d.domain === null && only.domain ? { domain: only.domain } : {}), part: 0 })),
      warnings,
    };
  }

  // 1. Every level any part names: menus first (they list the scheme in order), then each part's own levels.
  const registry = new LevelRegistry();
  const info = new Map<LevelEntry, SeriesLevel>();
  const note = (e: LevelEntry) => {
    let s = info.get(e);
    if (!s) info.set(e, (s = { entry: e, fromBody: false, metaOnlySources: [] }));
    return s;
  };
  const describe = (e: LevelEntry, spans: Span[]) => {
    for (const s of spans) if (!e.description.some((d) => d.page === s.page && d.text === s.text)) e.description.push(s);
  };
  for (const part of parts) {
    for (const m of part.menu) {
      const e = registry.add(m.parsed, 1);
      describe(e, [m.span, ...(m.description ?? [])]);
      note(e);
    }
  }
  const localOf = parts.map(() => new Map<string, LevelEntry>());
  const menuScheme = menuLevels(registry.entries);
  parts.forEach((part, i) => {
    for (const def of part.segmented?.scheme ?? []) {
      if (def.local === NOT_STATED) continue; // a page naming no level: its indicators stay "not stated", unbanded
      const parsed = parseLocal(def.local);
      const metaOnly = part.levelFromMetaOnly && part.pageLevel !== null && part.segmented!.scheme.length === 1;
      // A one-level page of a site whose menu lists the whole scheme is one of the menu's levels, never a new one.
      const matched = menuScheme && part.segmented!.scheme.length === 1 && !registry.find(parsed) ? matchMenuLevel(parsed, part, menuScheme) : null;
      if (matched) {
        if (parsed.name) matched.names.add(parsed.name);
        describe(matched, def.description);
        const s = note(matched);
        if (metaOnly) s.metaOnlySources.push(`${part.pageLevel!.from} of ${part.source}`);
        else s.fromBody = true;
        localOf[i].set(def.local, matched);
        warnings.push(prefix(i, `level "${def.local}" read as the menu's "${registry.local(matched)}" (${matched.matchedBy})`));
        continue;
      }
      if (menuScheme && part.segmented!.scheme.length === 1 && !registry.find(parsed)) {
        warnings.push(prefix(i, `level "${def.local}" matches none of the menu's levels by number, name, address or band words: kept as a level of its own`));
      }
      const e = registry.add(parsed, metaOnly ? 3 : 4);
      // A one-level page's metadata may write the level more fully than its body ("Specialist Help - Level 4").
      if (part.pageLevel && part.segmented!.scheme.length === 1 && registry.find(part.pageLevel.parsed) === e) registry.add(part.pageLevel.parsed, 3);
      describe(e, def.description);
      const s = note(e);
      if (metaOnly) s.metaOnlySources.push(`${part.pageLevel!.from} of ${part.source}`);
      else s.fromBody = true;
      localOf[i].set(def.local, e);
    }
  });
  // Registry merges can retire an entry; resolve every mapping to the surviving one.
  const live = (e: LevelEntry) => (registry.entries.includes(e) ? e : registry.entries.find((x) => (e.number !== null && x.number === e.number && x.sub === e.sub) || [...e.names].some((n) => x.names.has(n))) ?? e);

  // 2. Order: by number when every level has one; else by the vocabulary's rank when every level has a
  //    distinct one; else in the order first named (menu order, then part order).
  const entries = [...registry.entries];
  const numbered = entries.every((e) => e.number !== null);
  const ranks = entries.map((e) => e.rank);
  const ranked = !numbered && ranks.every((r) => r !== null) && new Set(ranks).size === ranks.length;
  // Some levels numbered, the others named with a vocabulary rank ("Level 3" pages beside "Universal" and
  // "Statutory ..." pages): each sits at its number or, failing one, its name's rank.
  const mixed = !numbered && !ranked && entries.some((e) => e.number !== null && e.sub === null && e.number <= 9) && entries.every((e) => (e.number !== null && e.sub === null && e.number <= 9) || e.rank !== null);
  const estimate = (e: LevelEntry) => e.number ?? e.rank!;
  if (numbered) entries.sort((a, b) => a.number! - b.number! || (a.sub ?? '').localeCompare(b.sub ?? ''));
  else if (ranked) entries.sort((a, b) => a.rank! - b.rank!);
  else if (mixed) entries.sort((a, b) => estimate(a) - estimate(b) || a.firstSeen - b.firstSeen);
  else entries.sort((a, b) => a.firstSeen - b.firstSeen);
  // Two pages naming one level two ways ("Level 4 Specialist" in an address, "Statutory ..." as a heading, both
  // of the vocabulary's rank 4): one level, named as its body names it.
  const alias = new Map<LevelEntry, LevelEntry>();
  if (mixed) {
    for (const n of entries.filter((e) => e.number !== null && !alias.has(e))) {
      const twins = entries.filter((u) => u.number === null && u.rank === n.number && (n.rank === null || n.rank === u.rank) && !alias.has(u));
      if (twins.length !== 1 || entries.some((x) => x !== n && x.number === n.number)) continue;
      const keep = info.get(twins[0])?.fromBody || !info.get(n)?.fromBody ? twins[0] : n;
      const drop = keep === n ? twins[0] : n;
      alias.set(drop, keep);
      for (const d of drop.description) keep.description.push(d);
      const sk = note(keep);
      const sd = note(drop);
      sk.fromBody ||= sd.fromBody;
      sk.metaOnlySources.push(...sd.metaOnlySources);
    }
    for (const d of alias.keys()) entries.splice(entries.indexOf(d), 1);
  }
  const byNumber = numbered && entries.every((e) => e.sub === null && e.number! >= 1 && e.number! <= 9);

  // 3. Positions in the whole scheme, for banding: a series may hold only some of its levels (Level 4 of four,
  //    or "Statutory Services" alone). Levels it does not hold become placeholders, so each level is banded
  //    where it sits in the whole scheme, never as a one-level scheme spanning every band.
  let positions: number[] = entries.map((_, k) => k + 1);
  if (byNumber) positions = entries.map((e) => e.number!);
  else if (ranked) positions = entries.map((e) => e.rank!);
  else if (mixed) positions = entries.map(estimate);
  let size = Math.max(entries.length, ...positions);
  const hasMenu = parts.some((p) => p.menu.length > 0);
  const top = entries[entries.length - 1];
  if (!hasMenu && top && top.rank !== null && top.rank < STATUTORY_RANK) size += STATUTORY_RANK - top.rank;
  // A few numbered levels without the rest ("Level 2" alone, or Levels 2 and 4): most schemes have four levels,
  // so a lone Level 2 is the second of four, not the top of two. Levels 1..n all present (n >= 3) are a whole scheme.
  if (byNumber && !hasMenu) {
    const complete = entries.length >= 3 && positions.every((p, k) => p === k + 1);
    if (!complete) size = Math.max(size, COMMON_SCHEME_SIZE);
  }
  const locals = entries.map((e) => registry.local(e));
  // A level the series never describes (its pages are lists only) is banded on what its items say
  // ("Evidence of significant harm"), the way a description would be read.
  const describes = (spans: Span[]) => spans.some((sp) => sp.text.split(/\s+/).length >= 8 && !parseLevel(sp.text, { heading: true }));
  const itemsOf = (e: LevelEntry): Span[] => parts.flatMap((part, i) => (part.segmented?.indicators ?? [])
    .filter((d) => { const x = localOf[i].get(d.level); return !!x && (x === e || live(x) === e || alias.get(x) === e); })
    .map((d) => ({ text: d.text, page: d.page, bbox: d.bbox })));
  const full: LevelDef[] = [];
  const missing: number[] = [];
  for (let pos = 1; pos <= size; pos++) {
    const at = positions.flatMap((p, k) => (p === pos ? [k] : []));
    if (at.length) for (const k of at) full.push({ local: locals[k], order: pos, description: describes(entries[k].description) ? entries[k].description : [...entries[k].description, ...itemsOf(entries[k])] });
    else {
      missing.push(pos);
      full.push({ local: `\u2063placeholder ${pos}`, order: pos, description: [] });
    }
  }
  const banded = new Map(mapBands(full).map((l) => [l.local, l]));
  const scheme: SchemeLevel[] = entries.map((e, k) => {
    const b = banded.get(locals[k])!;
    const s = info.get(e) ?? info.get(live(e));
    let { confidence, evidence } = b;
    const extra: string[] = [];
    if (missing.length) {
      const kind = byNumber ? 'levels' : 'positions';
      extra.push(`banded within a series of ${size} levels (${kind} ${missing.join(', ')} not among the parts)`);
    }
    if (s && !s.fromBody && s.metaOnlySources.length) {
      extra.push(`level named only in the page metadata (${s.metaOnlySources.join('; ')}): a guess from its name and place in the series`);
      confidence = confidence === 'high' ? 'medium' : 'low';
      evidence = evidence.replace(/\((high|medium|low)\)/, `(${confidence})`);
    }
    if (extra.length) evidence = `${evidence}; ${extra.join('; ')}`;
    return { ...b, order: byNumber ? e.number! : k + 1, confidence, evidence, evidencePhrases: b.evidencePhrases };
  });
  const localFor = new Map(entries.map((e, k) => [e, locals[k]]));
  for (const [d, k] of alias) localFor.set(d, localFor.get(k)!);

  const indicators: SeriesIndicator[] = [];
  // Each item once per level across the series too: two stored versions of one level's page list it twice.
  const seen = new Set<string>();
  const first = (level: string, text: string) => {
    const k = `${level}|${nameKey(text)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  };
  parts.forEach((part, i) => {
    for (const d of part.segmented?.indicators ?? []) {
      if (d.level === NOT_STATED) {
        if (!first(`${i}|${d.level}`, d.text)) continue;
        indicators.push({ ...d, ...(d.domain === null && part.domain ? { domain: part.domain } : {}), part: i });
        continue;
      }
      const e = localOf[i].get(d.level);
      const local = e ? localFor.get(live(e)) ?? localFor.get(e) : undefined;
      if (!local || !first(local, d.text)) continue;
      indicators.push({ ...d, level: local, ...(d.domain === null && part.domain ? { domain: part.domain } : {}), part: i });
    }
  });
  return { scheme, indicators, warnings };
}
