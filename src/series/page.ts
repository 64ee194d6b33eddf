// What one page of a series says about its level outside its body: title, address, front matter, first heading.
// Pure functions over the Layout; no node imports (the browser worker runs them too).
import type { Block, Layout, PageMeta, Span } from '../model/index.ts';
import { addressWords, bareNumberThenName, findLevelIn, isDomainName, nameKey, parseHeaderCell, parseLevel, vocabName, type ParsedLevel } from '../segment/index.ts';

export { addressWords };

export type PageLevelSource = 'title' | 'address' | 'heading' | 'breadcrumb';

/** The one level a page is about, read from its metadata. */
export interface PageLevel {
  /** The level label as the metadata gives it ("Level 3 – Intensive", "Statutory Services"). */
  label: string;
  parsed: ParsedLevel;
  from: PageLevelSource;
}

const SITE_SEPARATOR = /\s+[|•·»]\s+|\s+::\s+/;
const DASH_SEPARATOR = /\s+[–—-]\s+/;

/** A whole-string parse is trusted only when it cannot be a level plus another phrase ("Tier 2 – Family and Environment"). */
function wholeLevel(text: string): ParsedLevel | null {
  const p = parseLevel(text, { heading: true });
  if (p && SITE_SEPARATOR.test(text) && p.rank === null) return null; // "Level 3 | Health | Site": read part by part
  return p && (!DASH_SEPARATOR.test(text) || p.rank !== null || (p.number !== null && p.name === null)) ? p : null;
}

/**
 * "Level 3 - Intensive Support - Anyshire Partnership": the longest run of dash-separated pieces that is a level with
 * a known name ("Level 3 - Intensive Support"), else the first single piece that is a level ("Tier 2 (Additional)").
 */
function dashWindow(seg: string): ParsedLevel | null {
  const bits = seg.split(/(\s+[–—-]\s+)/); // pieces at even indexes, their separators between
  const n = (bits.length + 1) / 2;
  for (let len = n; len >= 1; len--) {
    for (let start = 0; start + len <= n; start++) {
      const text = bits.slice(2 * start, 2 * (start + len) - 1).join('');
      const q = parseLevel(text, { heading: true });
      if (q && (len === 1 || q.rank !== null)) return q;
    }
  }
  return null;
}

function levelInText(text: string): ParsedLevel | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  const whole = wholeLevel(t);
  if (whole) return whole;
  for (const seg of t.split(SITE_SEPARATOR)) {
    const p = wholeLevel(seg);
    if (p) return p;
    const q = dashWindow(seg);
    if (q) return q;
    const f = findLevelIn(seg);
    if (f) return f;
  }
  return null;
}


/**
 * The level a page names in its title, address or first heading (in that order). A title that names
 * only part of it ("Statutory Services") is completed from the address ("/level-4-statutory/") when both agree.
 */
export function pageLevel(meta: PageMeta | undefined): PageLevel | null {
  if (!meta) return null;
  const found: PageLevel[] = [];
  if (meta.title) {
    const p = levelInText(meta.title);
    if (p) found.push({ label: p.written, parsed: p, from: 'title' });
  }
  if (meta.url) {
    for (const words of addressWords(meta.url)) {
      const p = levelInText(words);
      if (p) { found.push({ label: p.written, parsed: p, from: 'address' }); break; }
    }
  }
  if (meta.heading) {
    const p = levelInText(meta.heading);
    if (p) found.push({ label: p.written, parsed: p, from: 'heading' });
  }
  if (!found.length) return null;
  const best = found[0];
  // Fill a missing number (or name) from another source that agrees on the rest.
  if (best.parsed.number === null || best.parsed.name === null) {
    for (const other of found.slice(1)) {
      const o = other.parsed;
      const agree = (best.parsed.number === null || o.number === best.parsed.number) && (best.parsed.name === null || o.name === best.parsed.name);
      if (!agree) continue;
      if (best.parsed.number === null && o.number !== null && best.parsed.name !== null) {
        const label = `${best.label} (Level ${o.number}${o.sub ?? ''})`;
        const parsed = parseLevel(label, { heading: true });
        if (parsed) return { label, parsed, from: best.from };
      }
    }
  }
  return best;
}

const CRUMB = /\s(?:>|›|»|\/|\\)\s/;

/**
 * A breadcrumb near the top of the body ("Home > Thresholds > Level 3 – Intensive") names the page's level in its
 * last segments. Used when the metadata names none.
 */
export function breadcrumbLevel(layout: Layout): PageLevel | null {
  for (const b of layout.blocks.slice(0, 20)) {
    if (b.kind !== 'paragraph' && b.kind !== 'list-item') continue;
    const text = b.span.text;
    if (text.length > 200 || !CRUMB.test(text)) continue;
    const segs = text.split(/\s(?:>|›|»|\/|\\)\s/).map((x) => x.trim()).filter(Boolean);
    if (segs.length < 2) continue;
    for (const seg of segs.reverse()) {
      const p = levelInText(seg);
      if (p) return { label: p.written, parsed: p, from: 'breadcrumb' };
    }
  }
  return null;
}

/**
 * The domain a level-and-domain page is about, from its title: "Tier 2 (Additional) – Family and Environment |
 * Site" gives "Family and Environment". Null unless the title's first part is exactly a level and one other phrase.
 */
export function pageDomain(meta: PageMeta | undefined): string | null {
  const title = meta?.title;
  if (!title) return meta?.url ? addressDomain(meta.url) : null;
  const parts = title.split(SITE_SEPARATOR).map((s) => s.trim());
  const first = parts[0];
  // "Level 3 | Health | Site": a level, then a domain by its name, then the site
  if (parts.length >= 3 && parseLevel(first, { heading: true }) && !parseLevel(parts[1], { heading: true }) && isDomainName(parts[1])) return parts[1];
  const subs = first.split(DASH_SEPARATOR).map((s) => s.trim()).filter(Boolean);
  if (subs.length !== 2) return null;
  const levels = subs.map((s) => parseLevel(s, { heading: true }));
  const other = levels[0] && !levels[1] ? subs[1] : levels[1] && !levels[0] ? subs[0] : null;
  if (!other || other.split(/\s+/).length > 8 || findLevelIn(other) || opensWithLevelName(other)) return meta?.url ? addressDomain(meta.url) : null;
  return other;
}

/** "Early help single agency", "Targeted support for families": the rest of a level's own name, not a domain. */
function opensWithLevelName(text: string): boolean {
  const words = text.split(/\s+/);
  for (let n = 1; n <= Math.min(3, words.length); n++) if (vocabName(words.slice(0, n).join(' '))) return true;
  return false;
}

/** "/thresholds/level-2/family-and-environment/": the segment after the level's names the domain. */
function addressDomain(url: string): string | null {
  const words = addressWords(url);
  if (words.length < 2 || levelInText(words[0]) || !levelInText(words[1])) return null;
  if (words[0].split(/\s+/).length > 8 || /^(?:index|default|page|home|main)$/i.test(words[0])) return null;
  const lower = words[0].toLowerCase();
  return lower[0].toUpperCase() + lower.slice(1);
}

// ---------------------------------------------------------------- menus

/** One line of a menu naming every level: its level and the whole line (a one-line description, or just the name). */
export interface MenuEntry {
  parsed: ParsedLevel;
  span: Span;
  /** Sentences nested under the entry in a tree menu ("Level 3 / Early Help / Has multiple needs ..."). */
  description?: Span[];
}

const levelKey = (p: ParsedLevel) => (p.number !== null ? `n${p.number}${p.sub ?? ''}` : `k${p.name}`);

function menuLevel(b: Block | undefined, after: ParsedLevel | null = null): ParsedLevel | null {
  if (!b || (b.kind !== 'list-item' && b.kind !== 'paragraph')) return null;
  const text = b.span.text.replace(/\s+/g, ' ').trim();
  if (text.length > 300) return null;
  // "Tier Four – Statutory: children in need of protection": the level is named before the colon, described after it
  const named = /^(.{3,60}?):\s+\S/.exec(text);
  const before = named ? parseLevel(named[1]) : null;
  if (before) return before;
  return parseLevel(text) ?? parseHeaderCell([text]) ?? (after ? nextNumbered(text, after) : null);
}

/**
 * "4. Care for Lasting Need" right after a menu's "3. ...": the next number of a
 * numbered menu, then a name (capitalised, at most 12 words, not a sentence), is the menu's next level even when
 * the vocabulary does not know its name.
 */
function nextNumbered(text: string, after: ParsedLevel): ParsedLevel | null {
  if (after.number === null || after.sub !== null) return null;
  const m = bareNumberThenName(text);
  if (!m || m.number !== after.number + 1 || m.sub !== null) return null;
  const name = m.name.trim();
  if (!/^[A-Z]/.test(name) || /[.;:!?]$/.test(name) || name.split(/\s+/).length > 12) return null;
  return { number: m.number, sub: null, name: nameKey(name), rank: vocabName(name)?.rank ?? null, written: text };
}

/** Every entry numbered and with its description: a numbered menu that a name the vocabulary does not know may continue. */
function numberedAndDescribed(entries: MenuEntry[]): boolean {
  return entries.every((e) => e.parsed.number !== null && e.description);
}

/** Most words a menu entry's description line may have (a tool's panel may explain its level in a few sentences). */
const DESCRIPTION_WORDS = 80;

/** A description line under a menu entry ("For children whose needs are met by ..."). */
function describes(b: Block | undefined): b is Extract<Block, { kind: 'paragraph' }> {
  return b?.kind === 'paragraph' && !menuLevel(b) && b.span.text.split(/\s+/).length <= DESCRIPTION_WORDS && !CRUMB.test(b.span.text);
}

/**
 * Site chrome that lists every level ("an interactive threshold tool" menu: Level 1 – Universal: ..., Level 2 ...)
 * on a page that is itself about one level. Such a run of three or more lines naming a different level each (each
 * line may be followed by one description line) is taken out of the body (it is not the page's level, and its lines
 * are not indicators) and returned as scheme knowledge for the series. Only on one-level pages: a document whose
 * headings name several levels is a whole scheme, and its overview lists stay where they are.
 */
export function splitLevelMenu(layout: Layout): { layout: Layout; menu: MenuEntry[] } {
  const blocks = layout.blocks;
  let best: { from: number; to: number; entries: MenuEntry[] } | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const entries: MenuEntry[] = [];
    const keys = new Set<string>();
    let j = i;
    while (j < blocks.length) {
      // a numbered name the vocabulary does not know continues a menu of numbered levels each with its description
      const continues = entries.length >= 2 && numberedAndDescribed(entries) && describes(blocks[j + 1]);
      const p = menuLevel(blocks[j], continues ? entries[entries.length - 1].parsed : null);
      if (!p || keys.has(levelKey(p))) break;
      keys.add(levelKey(p));
      const entry: MenuEntry = { parsed: p, span: (blocks[j] as { span: Span }).span };
      entries.push(entry);
      j++;
      // name / description / name / description ...: a description is taken when another entry follows it, or
      // when every earlier entry had one (the last entry's)
      const d = blocks[j];
      if (describes(d)) {
        const after = menuLevel(blocks[j + 1], entries.length >= 2 && numberedAndDescribed(entries.slice(0, -1)) && describes(blocks[j + 2]) ? p : null);
        const alternating = entries.length > 1 && entries.slice(0, -1).every((e) => e.description);
        if ((after && !keys.has(levelKey(after))) || alternating) {
          entry.description = [d.span];
          j++;
        }
      }
    }
    if (entries.length >= 3 && (!best || entries.length > best.entries.length)) best = { from: i, to: j, entries };
    if (j > i) i = j - 1;
  }
  const tree = treeMenu(blocks);
  if (tree && (!best || tree.entries.length >= best.entries.length)) best = tree;
  if (!best) return { layout, menu: [] };
  const headingLevels = new Set<string>();
  blocks.forEach((b, k) => {
    if (b.kind !== 'heading' || (k >= best!.from && k < best!.to)) return;
    const p = parseLevel(b.span.text, { heading: true });
    if (p) headingLevels.add(levelKey(p));
  });
  if (headingLevels.size > 1) return { layout, menu: [] };
  return {
    layout: { ...layout, blocks: [...blocks.slice(0, best.from), ...blocks.slice(best.to)] },
    menu: best.entries,
  };
}

/**
 * A menu drawn as a tree of list items: each level at the top depth ("Level 1 Universal"), with its one-line
 * description and links to its domain pages nested under it. Three or more distinct levels, and every top item a level.
 */
function treeMenu(blocks: Block[]): { from: number; to: number; entries: MenuEntry[] } | null {
  let best: { from: number; to: number; entries: MenuEntry[] } | null = null;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'list-item') continue;
    let j = i;
    while (j < blocks.length && blocks[j].kind === 'list-item') j++;
    const run = blocks.slice(i, j) as Extract<Block, { kind: 'list-item' }>[];
    const top = Math.min(...run.map((b) => b.depth));
    const entries: MenuEntry[] = [];
    const keys = new Set<string>();
    let ok = run.length > 0 && run.some((b) => b.depth > top);
    for (const b of run) {
      if (b.depth === top) {
        const p = menuLevel(b);
        if (!p || keys.has(levelKey(p))) { ok = false; break; }
        keys.add(levelKey(p));
        entries.push({ parsed: p, span: b.span, description: [] });
      } else if (entries.length && /[.;]$/.test(b.span.text.trim()) && b.span.text.split(/\s+/).length >= 5) {
        entries[entries.length - 1].description!.push(b.span);
      }
    }
    if (ok && entries.length >= 3 && (!best || entries.length > best.entries.length)) best = { from: i, to: j, entries };
    i = j - 1;
  }
  return best;
}

/** Whether the page's body (headings, label lines) names this level itself, or only its metadata does. */
export function bodyNamesLevel(layout: Layout, level: ParsedLevel): boolean {
  for (const b of layout.blocks) {
    if (b.kind !== 'heading' && b.kind !== 'paragraph') continue;
    const p = parseLevel(b.span.text, { heading: b.kind === 'heading' });
    if (!p) continue;
    if (level.number !== null && p.number === level.number && p.sub === level.sub) return true;
    if (level.name !== null && p.name === level.name) return true;
  }
  return false;
}
