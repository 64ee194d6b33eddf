import type { Block, DraftIndicator, Layout, LevelDef, Segmented, Span, TableCell } from '../model/index.ts';
import { DocumentError } from '../model/index.ts';
import { LevelRegistry, findLevelIn, nameKey, normSpace, parseHeaderCell, wordCount, parseLevel, type LevelEntry, type ParsedLevel } from './levels.ts';
import { cueOf, isDescriptive, type Cue } from './cues.ts';
import { toGrid, cellText, type GridCell } from './grid.ts';
import { describeLevels } from './describe.ts';
import { LEVEL_WORDS } from './vocab.ts';
import { structuralLevels } from './structure.ts';

const LEADING_GLYPH = /^(?:[•·▪▫◦‣⁃●○■□◆◇➢➤►▶▸✓✔*]|[-–](?=\s))\s*/u;
const PSEUDO_LEVEL = 7;
const PSEUDO_CUE = 8;
const PSEUDO_SECTION = 9;

type Kind = 'level' | 'section' | Exclude<Cue, null>;

interface Frame {
  depth: number;
  kind: Kind;
  text: string;
  level?: LevelEntry;
  container?: boolean;
}

interface Candidate {
  text: string;
  level: LevelEntry;
  domain: string | null;
  span: Span;
  /** The level frame the candidate sits under (paragraph candidates are decided per frame). */
  frame: Frame | null;
  fromParagraph: boolean;
}

// ---------------------------------------------------------------- table analysis

interface LevelColumns {
  headerRows: number;
  /** grid column -> level */
  columns: Map<number, LevelEntry>;
  /** grid column -> cue from a sub-header row (strengths / needs) */
  modes: Map<number, Cue>;
  labelColumn: number | null;
}

function rowLevels(grid: GridCell[][], r: number, registry: LevelRegistry | null, parse: Parse): Map<number, ParsedLevel> {
  const row = grid[r];
  const texts = row.map((g) => (g.origin || g.row === r ? cellText(g.cell) : ''));
  const bareCount = texts.filter((t) => /^\d{1,2}[a-e]?$/i.test(t)).length;
  const out = new Map<number, ParsedLevel>();
  let prev: TableCell | null = null;
  row.forEach((g, c) => {
    if (g.cell === prev) return; // colspan continuation: one level per cell
    prev = g.cell;
    if (!texts[c]) return;
    const p = parse(texts[c], bareCount >= 3, false, g.cell.items.map((i) => i.text));
    if (p && (!registry || registry.find(p))) out.set(c, p);
  });
  return out;
}

// ---------------------------------------------------------------- main

export function segment(layout: Layout): Segmented {
  const registry = new LevelRegistry();
  const warnings: string[] = [];
  const blocks = layout.blocks;
  const parse: Parse = (t, bare = false, heading = false, cellItems) => {
    const opts = { bareNumbers: bare, knownNames: registry.knownNames(), heading };
    return cellItems && cellItems.length ? parseHeaderCell(cellItems, opts) : parseLevel(t, opts);
  };

  // Pass 1: discover the scheme from headings, label paragraphs and table headers.
  // The number a level label just before this block gave without a name: diagram labels ("2" / "Universal
  // Plus") and page banners ("LEVEL 2" / "ADDITIONAL NEEDS") split one level over two lines.
  const pendingNumber = (i: number): { number: number; sub: string | null } | null => {
    const prev = blocks[i - 1];
    if (prev?.kind !== 'paragraph' && prev?.kind !== 'heading') return null;
    const t = normSpace(prev.span.text);
    const bare = /^(\d{1,2})([a-e])?$/i.exec(t);
    if (bare) return { number: Number(bare[1]), sub: bare[2]?.toLowerCase() ?? null };
    const p = parse(t, false, prev.kind === 'heading');
    return p && p.number !== null && !p.name ? { number: p.number, sub: p.sub } : null;
  };
  blocks.forEach((b, i) => {
    if (b.kind === 'heading' || b.kind === 'paragraph') {
      const heading = b.kind === 'heading';
      const p = parse(b.span.text, false, heading);
      const num = p && p.number === null ? pendingNumber(i) : null;
      if (p && num) registry.add({ ...p, ...num }, heading ? 3 : 1);
      else if (p) registry.add(p, heading ? 4 : 1);
    } else if (b.kind === 'table') {
      discoverTable(toGrid(b.rows), registry, parse);
    }
  });
  // Name-only headings ("Specialist services") next to a numbered scheme are usually prose, unless they
  // turn out to hold indicators (checked after pass 2). A lone unnumbered name is not a scheme.
  let defaultLevel: LevelEntry | null = null;
  if (registry.entries.length === 0) {
    for (const i of structuralLevels(blocks) ?? []) {
      const written = normSpace((blocks[i] as { span: Span }).span.text);
      registry.add({ number: null, sub: null, name: nameKey(written), rank: null, written }, 4);
    }
  }
  if (registry.entries.length === 0 && layout.title) {
    const p = findLevelIn(layout.title);
    if (p) defaultLevel = registry.add(p, 3);
  } else if (registry.entries.length === 1 && registry.entries[0].number === null && layout.title) {
    // A web page whose first heading names its level and whose title gives its number.
    const p = findLevelIn(layout.title);
    if (p && p.number !== null) {
      const only = registry.entries[0];
      only.number = p.number;
      only.sub = p.sub;
      if (p.name) only.names.add(p.name);
      only.forms.push({ text: p.written, score: 5 });
    }
  }
  if (registry.entries.length === 0) {
    const named = layout.warnings.find((w) => w.startsWith('named .'));
    throw new DocumentError(layout.source, `no recognisable levels of need${named ? ` (${named})` : ''}`);
  }

  const depthOf = flatHeadingDepths(blocks, registry, parse);
  const containers = findContainers(blocks, registry, parse, depthOf);
  const headingDepths = blocks.filter((b) => b.kind === 'heading').map((b) => (b as { depth: number }).depth);
  const minDepth = Math.min(...headingDepths);
  const titleHeading = headingDepths.filter((d) => d === minDepth).length === 1 ? blocks.find((b) => b.kind === 'heading' && b.depth === minDepth) : undefined;

  // Pass 2: walk with a heading stack.
  const stack: Frame[] = [];
  const candidates: Candidate[] = [];
  const listsUnder = new Map<Frame | null, number>();
  const descriptions: { level: LevelEntry; span: Span }[] = [];

  /** "Intensive: multi-agency early help ..." names a level, then describes it. */
  const levelPrefix = (text: string): LevelEntry | null => {
    const m = /^(.{1,60}?)\s*(?::|\s[–—-])\s+\S/.exec(text);
    if (!m) return null;
    const p = parse(m[1]);
    return p ? registry.find(p) : null;
  };

  const push = (f: Frame) => {
    while (stack.length && stack[stack.length - 1].depth >= f.depth) stack.pop();
    stack.push(f);
  };
  const levelIndex = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].kind === 'level') return i;
    return -1;
  };
  const context = () => {
    const li = levelIndex();
    const frame = li >= 0 ? stack[li] : null;
    const level = frame?.level ?? defaultLevel;
    let excluded = false;
    let domain: string | null = null;
    // Under a pseudo (paragraph) label, exclusions above it still apply: "Case example" > "Level 3:".
    const from = frame && frame.depth >= PSEUDO_LEVEL ? 0 : li + 1;
    for (let i = 0; i < stack.length; i++) {
      const f = stack[i];
      if (f.kind === 'case') excluded = true;
      if (i === li || i < from) continue;
      if (f.kind === 'exclude' || f.kind === 'strengths') excluded = true;
      if (f.kind === 'needs') excluded = false;
      if (f.kind === 'section' && i > li) domain = f.text;
    }
    if (domain === null) {
      for (let i = li - 1; i >= 0; i--) if (stack[i].kind === 'section' && stack[i].container) { domain = stack[i].text; break; }
    }
    if (li < 0 && !defaultLevel) excluded = true;
    return { level, frame, excluded, domain };
  };

  const carry: { matrix: MatrixCarry | null } = { matrix: null };
  blocks.forEach((b, bi) => {
    // Only a heading or real prose ends a matrix; page furniture between its parts does not.
    if (b.kind === 'heading' || (b.kind !== 'table' && wordCount(b.span.text) > 12)) carry.matrix = null;
    if (b.kind === 'heading') {
      const p = parse(b.span.text, false, true);
      const entry = p ? registry.find(p) : null;
      if (entry) {
        push({ depth: depthOf.get(bi) ?? b.depth, kind: 'level', text: b.span.text, level: entry });
        descriptions.push({ level: entry, span: b.span });
        return;
      }
      const cue = cueOf(b.span.text);
      const isTitle = b === titleHeading;
      push({ depth: depthOf.get(bi) ?? b.depth, kind: cue ?? 'section', text: normSpace(b.span.text).replace(/:$/, ''), container: containers.has(bi) });
      if (isTitle && !cue) stack[stack.length - 1].kind = 'needs'; // the document title is neither domain nor exclusion
      return;
    }
    if (b.kind === 'paragraph') {
      const text = normSpace(b.span.text);
      // The wrapped tail of the bullet just before it.
      const last = candidates[candidates.length - 1];
      if (last && !last.fromParagraph && blocks[bi - 1]?.kind === 'list-item' && last.span === (blocks[bi - 1] as { span: Span }).span && isContinuation(last.span, b.span)) {
        last.text = `${last.text} ${text}`;
        return;
      }
      const p = parse(text);
      const entry = p ? registry.find(p) : null;
      if (entry) {
        push({ depth: PSEUDO_LEVEL, kind: 'level', text, level: entry });
        descriptions.push({ level: entry, span: b.span });
        return;
      }
      const label = text.replace(/:$/, '');
      const cue = wordCount(label) <= 6 ? cueOf(label) : null;
      if (cue && wordCount(label) <= 6) {
        push({ depth: PSEUDO_CUE, kind: cue, text: label });
        return;
      }
      const next = blocks[bi + 1];
      if (next?.kind === 'list-item' && /^[A-Z]/.test(label) && wordCount(label) <= 5 && !/[.;,]$/.test(label) && !isDescriptive(label)) {
        push({ depth: PSEUDO_SECTION, kind: 'section', text: label });
        return;
      }
      const prefixed = levelPrefix(text);
      if (prefixed) {
        descriptions.push({ level: prefixed, span: b.span });
        return;
      }
      const ctx = context();
      if (ctx.level && !ctx.excluded) {
        candidates.push({ text, level: ctx.level, domain: ctx.domain, span: b.span, frame: ctx.frame, fromParagraph: true });
      }
      return;
    }
    if (b.kind === 'list-item') {
      const ctx = context();
      if (!ctx.level || ctx.excluded) return;
      listsUnder.set(ctx.frame, (listsUnder.get(ctx.frame) ?? 0) + 1);
      const next = blocks[bi + 1];
      const text = normSpace(b.span.text).replace(LEADING_GLYPH, '');
      if (/:$/.test(text) && next?.kind === 'list-item' && next.depth >= b.depth) return; // lead-in to the items after it
      const prefixed = levelPrefix(text);
      if (prefixed && isDescriptive(text)) {
        descriptions.push({ level: prefixed, span: b.span });
        return;
      }
      candidates.push({ text, level: ctx.level, domain: ctx.domain, span: b.span, frame: ctx.frame, fromParagraph: false });
      return;
    }
    // table
    const ctx = context();
    const found = tableIndicators(b, registry, parse, ctx.level && !ctx.excluded ? ctx.level : null, ctx.domain, descriptions, carry);
    if (found.length) listsUnder.set(ctx.frame, (listsUnder.get(ctx.frame) ?? 0) + found.length);
    for (const f of found) candidates.push({ ...f, frame: ctx.frame, fromParagraph: false });
  });

  // Paragraph candidates count only under a level section that has no lists or tables of its own,
  // and only when they read like items rather than guidance.
  const itemLike = (c: Candidate) =>
    wordCount(c.text) <= 40 && !isDescriptive(c.text) && !/:$/.test(c.text) && /^[A-Z0-9“"'‘(]/.test(c.text) && !/[→⇒➔]/.test(c.text);
  const itemsUnder = new Map<Frame | null, number>();
  for (const c of candidates) if (c.fromParagraph && itemLike(c)) itemsUnder.set(c.frame, (itemsUnder.get(c.frame) ?? 0) + 1);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (c.fromParagraph) {
      // Unbulleted items: only several item-like lines under a level with no list of its own.
      const pseudo = c.frame !== null && c.frame.depth >= PSEUDO_LEVEL;
      if ((listsUnder.get(c.frame) ?? 0) > 0 || !itemLike(c) || (pseudo && (itemsUnder.get(c.frame) ?? 0) < 2)) {
        descriptions.push({ level: c.level, span: c.span });
        continue;
      }
    }
    kept.push(c);
  }

  // Count each item once per level (print/screen copies, tooltips).
  const seen = new Set<string>();
  const indicators: { c: Candidate }[] = [];
  for (const c of kept) {
    if (!c.text || !/[A-Za-z]/.test(c.text)) continue;
    const key = `${c.level.firstSeen}|${nameKey(c.text)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    c.level.indicators++;
    indicators.push({ c });
  }

  const scheme = buildScheme(registry, defaultLevel);
  const localOf = new Map(scheme.map((s) => [s.entry, s.def.local]));
  for (const d of descriptions) d.level.description.push(d.span);
  describeLevels(layout, scheme.map((s) => s.entry));

  const drafts: DraftIndicator[] = [];
  for (const { c } of indicators) {
    const local = localOf.get(c.level);
    if (!local) continue;
    drafts.push({
      text: c.text,
      level: local,
      domain: c.domain,
      page: c.span.page,
      bbox: c.span.bbox,
      ...(c.span.ref ? { ref: c.span.ref } : {}),
    });
  }
  if (drafts.length === 0) warnings.push('levels found but no indicators under them');
  const defs: LevelDef[] = scheme.map((s) => ({ ...s.def, description: dedupeSpans(s.entry.description) }));
  return { scheme: defs, indicators: drafts, warnings };
}

function dedupeSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const k = `${s.page}|${s.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// ---------------------------------------------------------------- scheme ordering

function buildScheme(registry: LevelRegistry, defaultLevel: LevelEntry | null): { entry: LevelEntry; def: LevelDef }[] {
  let entries = [...registry.entries];
  const numbered = entries.filter((e) => e.number !== null);
  if (numbered.length >= 2) entries = entries.filter((e) => e.number !== null || e.indicators > 0 || e === defaultLevel);
  // A parent level split into sub-levels (3 -> 3a, 3b) is kept only if it holds indicators itself.
  entries = entries.filter((e) => !(e.sub === null && e.number !== null && e.indicators === 0 && entries.some((x) => x.number === e.number && x.sub !== null)));
  if (entries.every((e) => e.number !== null)) {
    entries.sort((a, b) => a.number! - b.number! || (a.sub ?? '').localeCompare(b.sub ?? ''));
  } else {
    entries.sort((a, b) => a.firstSeen - b.firstSeen);
    const ranked = entries.filter((e) => e.rank !== null);
    if (ranked.length >= 2) {
      let agree = 0;
      for (let i = 0; i < ranked.length; i++) for (let j = i + 1; j < ranked.length; j++) agree += Math.sign(ranked[j].rank! - ranked[i].rank!);
      if (agree < 0) entries.reverse();
    }
  }
  // Numbered levels keep their number as order when they can (a page that shows only Levels 2-4 is not
  // "levels 1-3"); sub-levels (3a, 3b) or unnumbered schemes count 1..n.
  const byNumber = entries.every((e) => e.number !== null && e.sub === null) && new Set(entries.map((e) => e.number)).size === entries.length && entries.every((e) => e.number! >= 1 && e.number! <= 9);
  return entries.map((entry, i) => ({ entry, def: { local: registry.local(entry), order: byNumber ? entry.number! : i + 1, description: [] } }));
}

// ---------------------------------------------------------------- tables

type Parse = (t: string, bare?: boolean, heading?: boolean, cellItems?: string[]) => ParsedLevel | null;

function levelHeader(grid: GridCell[][], registry: LevelRegistry | null, parse: Parse): { row: number; levels: Map<number, ParsedLevel> } | null {
  for (let r = 0; r < Math.min(5, grid.length); r++) {
    const levels = rowLevels(grid, r, registry, parse);
    // A header names at least two different levels ("Level 2 | Level 2: what it means" is an overview row).
    const distinct = new Set([...levels.values()].map((p) => (p.number !== null ? `${p.number}${p.sub ?? ''}` : p.name)));
    // "Tier 1 | Universal services: needs are met by ..." is an overview row, not a header.
    const loose = [...levels.values()].some((p) => p.loose);
    if (distinct.size >= 2 && (!loose || distinct.size >= 3)) return { row: r, levels };
  }
  return null;
}

/** A column naming a level on each row: "Level | ..." overview tables and "Situation | Level" listings. */
interface LevelCol {
  col: number;
  /** grid row where a level cell starts -> its level; a cell merged down (rowspan) covers the rows below */
  rows: Map<number, ParsedLevel>;
}

const NO_COLUMN: LevelCol = { col: 0, rows: new Map() };
const LEVEL_HEADER = new RegExp(`^(?:(?:usual|likely|typical|suggested)\\s+)?(${LEVEL_WORDS.join('|')})(?:\\s+of\\s+need)?$`, 'i');

function levelColumn(grid: GridCell[][], registry: LevelRegistry | null, parse: Parse): LevelCol {
  const width = grid[0]?.length ?? 0;
  let best = NO_COLUMN;
  for (let c = 0; c < Math.min(width, 8); c++) {
    const rows = new Map<number, ParsedLevel>();
    // A column headed "Level" or "Usual tier" may give bare numbers: 1, 2, 3b.
    const head = LEVEL_HEADER.exec(cellText(grid[0][c]?.cell ?? { header: false, items: [] }));
    const bare = !!head;
    // "3" under "Usual level" is written "Level 3"
    const word = head ? head[1][0].toUpperCase() + head[1].slice(1).toLowerCase() : '';
    grid.forEach((row, r) => {
      const g = row[c];
      if (!g || !g.origin || (c > 0 && row[c - 1]?.cell === g.cell)) return;
      const t = cellText(g.cell);
      let p = t ? parse(t, bare, false, g.cell.items.map((i) => i.text)) : null;
      if (p && bare && /^\d/.test(p.written)) p = { ...p, written: `${word} ${p.written}` };
      // Beyond the first column only short level labels count; prose there merely mentions a level.
      if (c > 0 && (!p || p.loose || wordCount(t) > 6)) return;
      if (p && (!registry || registry.find(p))) rows.set(r, p);
    });
    const distinct = new Set([...rows.values()].map((p) => (p.number !== null ? `${p.number}${p.sub ?? ''}` : p.name)));
    if (rows.size >= 2 && distinct.size >= 2 && rows.size > best.rows.size) best = { col: c, rows };
  }
  return best;
}

/** The level of grid row r, carried down a level cell merged over several rows. */
function levelAt(grid: GridCell[][], column: LevelCol, r: number): ParsedLevel | null {
  const g = grid[r][column.col];
  if (!g || g.row < 0) return null;
  const p = column.rows.get(g.row);
  return p && grid[g.row][column.col].cell === g.cell ? p : null;
}

function discoverTable(grid: GridCell[][], registry: LevelRegistry, parse: Parse): void {
  const header = levelHeader(grid, null, parse);
  if (header) {
    for (const p of header.levels.values()) registry.add(p, 2);
    // "Level 1 | Level 2" over "Universal | Additional": the second row names the numbered levels.
    for (const { levels } of nameRows(grid, header, parse)) {
      for (const [c, p] of levels) {
        const top = headerLevelAt(grid, header, c);
        if (top && p.number === null && top.number !== null) registry.add({ ...p, number: top.number, sub: top.sub }, 1);
      }
    }
    return;
  }
  const column = levelColumn(grid, null, parse);
  for (const [r, p] of column.rows) {
    const e = registry.add(p, 2);
    // An overview row may pair a numbered level with its name in the next cell: "Level 2 | Early Help | ...".
    const next = grid[r][column.col + 1];
    const second = next ? cellText(next.cell) : '';
    const named = second ? parseLevel(second) : null;
    if (named?.name && named.number === null) e.names.add(named.name);
  }
}

function headerLevelAt(grid: GridCell[][], header: { row: number; levels: Map<number, ParsedLevel> }, c: number): ParsedLevel | null {
  for (let k = c; k >= 0; k--) {
    const p = header.levels.get(k);
    if (p) return grid[header.row][k].cell === grid[header.row][c].cell ? p : null;
  }
  return null;
}

/** Rows right under a level header that name the same levels again (a two-row header). */
function nameRows(grid: GridCell[][], header: { row: number; levels: Map<number, ParsedLevel> }, parse: Parse): { row: number; levels: Map<number, ParsedLevel> }[] {
  const out: { row: number; levels: Map<number, ParsedLevel> }[] = [];
  for (let r = header.row + 1; r < Math.min(grid.length, header.row + 3); r++) {
    const levels = rowLevels(grid, r, null, parse);
    if (levels.size < 2 || ![...levels.keys()].every((c) => headerLevelAt(grid, header, c))) break;
    if ([...levels.values()].some((p) => p.number !== null)) break;
    out.push({ row: r, levels });
  }
  return out;
}

function items(cell: TableCell): Span[] {
  const out: Span[] = [];
  for (const s of cell.items) {
    // A cell item may hold several glyph-separated bullets on one line.
    const parts = s.text.split(/\s+[•▪●■]\s+/);
    if (parts.length === 1) out.push(s);
    else for (const p of parts) out.push({ ...s, text: p });
  }
  return out;
}

function rowKey(grid: GridCell[][], r: number): string {
  return [...new Set(grid[r].map((g) => g.cell))].map((c) => nameKey(cellText(c))).join('|');
}

function spanCenter(spans: Span[]): number | null {
  const boxes = spans.map((s) => s.bbox).filter((b): b is NonNullable<Span['bbox']> => b !== null);
  if (!boxes.length) return null;
  return (Math.min(...boxes.map((b) => b[0])) + Math.max(...boxes.map((b) => b[2]))) / 2;
}

/** x-centre of each header column, when the header cells carry boxes (PDF); else null. */
function headerCenters(grid: GridCell[][], headerRow: number): number[] | null {
  const centers: number[] = [];
  for (const g of grid[headerRow]) {
    const c = spanCenter(g.cell.items);
    if (c === null) return null;
    centers.push(c);
  }
  return centers;
}

/**
 * Grid column of each cell in a body row. With boxes, by nearest header column centre: PDF table
 * rebuilding may drop empty cells, which would shift every later cell left.
 */
function placeCells(cells: TableCell[], row: GridCell[], r: number, centers: number[] | null): { col: number; cell: TableCell }[] {
  const out: { col: number; cell: TableCell }[] = [];
  for (const cell of cells) {
    const gridCol = row.findIndex((g) => g.cell === cell);
    const x = centers ? spanCenter(cell.items) : null;
    if (x === null || !centers) {
      if (gridCol >= 0) out.push({ col: gridCol, cell });
      continue;
    }
    let best = 0;
    for (let k = 1; k < centers.length; k++) if (Math.abs(centers[k] - x) < Math.abs(centers[best] - x)) best = k;
    out.push({ col: best, cell });
  }
  // cells spanning down from an earlier row
  row.forEach((g, c) => {
    if (c === 0 && g.row >= 0 && g.row < r && !out.some((o) => o.cell === g.cell)) out.push({ col: c, cell: g.cell });
  });
  return out.filter((o, i) => out.findIndex((x) => x.cell === o.cell) === i || o.cell.items.length === 0);
}

/** A wrapped line the extractor left as its own item: not bulleted, starts lower-case, follows an unfinished item. */
function isContinuation(prev: Span | undefined, cur: Span): boolean {
  return !!prev && !cur.bullet && /^[a-z(]/.test(cur.text.trim()) && !/[.;:!?]$/.test(prev.text.trim());
}

function joinWrapped(list: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of list) {
    const prev = out[out.length - 1];
    if (isContinuation(prev, s)) {
      const bbox = prev.bbox && s.bbox && prev.page === s.page
        ? ([Math.min(prev.bbox[0], s.bbox[0]), Math.min(prev.bbox[1], s.bbox[1]), Math.max(prev.bbox[2], s.bbox[2]), Math.max(prev.bbox[3], s.bbox[3])] as Span['bbox'])
        : prev.bbox;
      out[out.length - 1] = { ...prev, text: `${prev.text.trim()} ${s.text.trim()}`, bbox: bbox };
    } else out.push(s);
  }
  return out;
}

function indicatorItems(cell: TableCell): Span[] {
  const list = joinWrapped(items(cell));
  return list.filter((s, i) => {
    const t = normSpace(s.text).replace(LEADING_GLYPH, '');
    if (!t || !/[A-Za-z]/.test(t)) return false;
    if (/:$/.test(t) && i < list.length - 1) return false; // lead-in to the items after it
    return true;
  }).map((s) => ({ ...s, text: normSpace(s.text).replace(LEADING_GLYPH, '') }));
}

type Found = Omit<Candidate, 'frame' | 'fromParagraph'>;

interface MatrixCarry {
  cols: Map<number, LevelEntry>;
  modes: Map<number, Cue>;
  labelCol: number | null;
  centers: number[] | null;
  headerKey: string;
  width: number;
  lastDomain: string | null;
}

function tableIndicators(
  b: Extract<Block, { kind: 'table' }>,
  registry: LevelRegistry,
  parse: Parse,
  contextLevel: LevelEntry | null,
  contextDomain: string | null,
  descriptions: { level: LevelEntry; span: Span }[],
  carry: { matrix: MatrixCarry | null },
): Found[] {
  const grid = toGrid(b.rows);
  if (!grid.length) return [];
  const width = grid[0].length;
  const out: Found[] = [];
  const header = levelHeader(grid, registry, parse);
  // A matrix continued on the next page without its header row: same columns, no heading in between.
  const continued = !header && carry.matrix && (carry.matrix.width === width || carry.matrix.centers) && !levelColumn(grid, registry, parse).rows.size ? carry.matrix : null;

  if (header || continued) {
    let cols = new Map<number, LevelEntry>();
    let modes = new Map<number, Cue>();
    let firstBody = 0;
    let labelCol: number | null = null;
    let centers: number[] | null = null;
    let headerKey = '';
    let rowDomain: string | null = null;
    if (continued) {
      ({ cols, modes, labelCol, centers, headerKey } = continued);
      rowDomain = continued.lastDomain;
    } else if (header) {
    for (const [c, p] of header.levels) {
      const e = registry.find(p)!;
      const cell = grid[header.row][c].cell;
      // a header cell spanning several columns (strengths | needs under one level) covers them all
      for (let k = c; k < width && grid[header.row][k].cell === cell; k++) cols.set(k, e);
      descriptions.push(...cell.items.map((span) => ({ level: e, span })));
    }
    firstBody = header.row + 1;
    for (const named of nameRows(grid, header, parse)) {
      for (const c of named.levels.keys()) {
        const e = cols.get(c);
        if (e) descriptions.push(...grid[named.row][c].cell.items.map((span) => ({ level: e, span })));
      }
      firstBody = named.row + 1;
    }
    for (let r = firstBody; r < Math.min(grid.length, firstBody + 2); r++) {
      const cues = grid[r].map((g) => cueOf(cellText(g.cell)));
      if (cues.filter((c) => c === 'strengths' || c === 'needs').length >= 1 && cues.every((c, i) => c !== null || !cols.has(i))) {
        cues.forEach((c, i) => modes.set(i, c));
        firstBody = r + 1;
      } else break;
    }
    labelCol = cols.has(0) ? null : 0;
    centers = headerCenters(grid, header.row);
    headerKey = rowKey(grid, header.row);
    }
    let domain: string | null = contextDomain;
    const lastByCol = new Map<number, number>();
    for (let r = firstBody; r < grid.length; r++) {
      const row = grid[r];
      // a repeated header row (table broken across pages)
      if (rowKey(grid, r) === headerKey) continue;
      const distinct = new Set(row.map((g) => g.cell));
      if (distinct.size === 1) {
        const t = cellText(row[0].cell);
        if (t) domain = t;
        continue;
      }
      const placed = placeCells(b.rows[r].cells, row, r, centers);
      const labelCell = labelCol === null ? undefined : placed.find((p) => p.col === labelCol);
      let label: string | null = labelCol === null ? null : labelCell ? cellText(labelCell.cell) : '';
      if (labelCol !== null && !labelCell && !row[labelCol].origin && row[labelCol].row >= 0) label = rowDomain; // rowspan continuation
      const continuation = label === '';
      if (label === '') label = rowDomain; // continuation row (page break or wrapped line)
      let cue = label ? cueOf(label) : null;
      // A second label column ("Health" | "Strengths" / "Needs" | levels...) says what the row holds.
      const sideCue = placed.filter((p) => p.col !== labelCol && !cols.has(p.col)).map((p) => cueOf(cellText(p.cell))).find((c) => c !== null) ?? null;
      if (sideCue && sideCue !== 'needs') cue = sideCue;
      if (cue === 'strengths' || cue === 'needs' || cue === 'exclude' || cue === 'case') {
        // the row is labelled by its role, not a domain: keep the domain of the rows above
        if (label && cueOf(label) !== null) label = rowDomain;
      }
      rowDomain = label;
      // A row with one long or descriptive statement per level describes the levels ("Children whose needs are ...").
      const levelCells = placed.filter((p) => cols.has(p.col) && p.cell.items.length);
      if (!cue && levelCells.length >= 2 && levelCells.every((p) => {
        const its = indicatorItems(p.cell);
        return its.length <= 1 && its.every((x) => isDescriptive(x.text) || wordCount(x.text) > 25);
      })) cue = 'exclude';
      const seenCells = new Set<TableCell>();
      for (const { col: c, cell } of placed) {
        const level = cols.get(c);
        if (!level || seenCells.has(cell)) continue;
        seenCells.add(cell);
        if (modes.get(c) === 'strengths' || modes.get(c) === 'exclude' || modes.get(c) === 'case') continue;
        if (cue === 'exclude' || cue === 'strengths' || cue === 'case') {
          if (cue === 'exclude') descriptions.push(...cell.items.map((span) => ({ level, span })));
          continue;
        }
        const spans = indicatorItems(cell);
        spans.forEach((span, k) => {
          // A wrapped line that the extractor left as its own row: join it to the item above.
          const prev = lastByCol.get(c);
          if (continuation && k === 0 && prev !== undefined && /^[a-z(]/.test(span.text)) {
            out[prev] = { ...out[prev], text: `${out[prev].text} ${span.text}` };
            return;
          }
          out.push({ text: span.text, level, domain: label ?? domain, span });
          lastByCol.set(c, out.length - 1);
        });
      }
    }
    carry.matrix = { cols, modes, labelCol, centers, headerKey, width, lastDomain: rowDomain };
    return out;
  }

  const column = levelColumn(grid, registry, parse);
  if (column.rows.size) {
    const lc = column.col;
    const headerRow = column.rows.has(0) ? null : 0;
    const labels = grid[0].map((g) => (headerRow === 0 ? cellText(g.cell) : ''));
    const cues = labels.map((l) => (l ? cueOf(l) : null));
    const firstBody = headerRow === null ? 0 : 1;
    const levelRows: number[] = [];
    for (let r = firstBody; r < grid.length; r++) if (levelAt(grid, column, r)) levelRows.push(r);
    // A listing names a level on several rows (one row per indicator, or a level cell merged down its
    // rows); an overview gives each level one row.
    const blankBelow = (r: number) => r > levelRows[0] && !levelAt(grid, column, r) && !cellText(grid[r][lc].cell) && new Set(grid[r].filter((g) => cellText(g.cell)).map((g) => g.cell)).size >= 2;
    const listing = levelRows.length > new Set(levelRows.map((r) => registry.find(levelAt(grid, column, r)!))).size || grid.some((_, r) => blankBelow(r));
    // A column holding one statement per level describes the levels; indicator columns hold lists.
    const singleItem = labels.map((_, c) => levelRows.every((r) => indicatorItems(grid[r][c]?.cell ?? { header: false, items: [] }).length <= 1));
    // In a listing, a column of short labels beside another item column names each row's area.
    let labelCol: number | null = null;
    const areaCols = labels.map((_, c) => c).filter((c) => c !== lc && cues[c] !== 'strengths' && cues[c] !== 'exclude' && cues[c] !== 'case');
    // Only with a second item column beside it: a two-column "Level | Description" or one-column listing has none.
    // A listing whose one other column is headed "Description" (Level | Description, the level merged down
    // its rows) describes a situation per row: those are the items, not an overview of the level.
    if (listing && areaCols.length === 0) {
      labels.forEach((l, c) => {
        if (c !== lc && cues[c] === 'exclude' && /^(?:description|descriptions|definition|meaning)\b/.test(nameKey(l))) cues[c] = null;
      });
    }
    if (listing && areaCols.length >= 2) {
      const c0 = areaCols[0];
      const short = (r: number) => {
        const cell = grid[r][c0].cell;
        const t = cellText(cell);
        return cell.items.length <= 1 && wordCount(t) <= 6 && !/[.;:]$/.test(t);
      };
      // Areas recur under different levels; indicators seldom repeat word for word.
      const values = levelRows.map((r) => nameKey(cellText(grid[r][c0].cell)));
      if (cues[c0] !== 'needs' && levelRows.every(short) && new Set(values).size < values.length) labelCol = c0;
    }
    // Beside the indicator column, a listing may give short attributes per row (age, agency): not indicators.
    const attribute = new Set<number>();
    const avgWords = labels.map((_, c) => {
      const texts = levelRows.map((r) => cellText(grid[r][c].cell)).filter(Boolean);
      return texts.length ? texts.reduce((n, t) => n + wordCount(t), 0) / texts.length : 0;
    });
    const itemCols = labels.map((_, c) => c).filter((c) => c !== lc && c !== labelCol && cues[c] !== 'strengths');
    const mainWords = Math.max(0, ...itemCols.map((c) => avgWords[c]));
    for (const c of itemCols) if (avgWords[c] > 0 && avgWords[c] <= 3 && avgWords[c] * 2.5 <= mainWords) attribute.add(c);
    // With a single content column ("Situation | Level", "Level | Description") its header names the
    // column's role, not an area of need.
    const oneContentColumn = itemCols.filter((c) => !attribute.has(c)).length === 1;
    let themeDomain: string | null = null;
    let above: ParsedLevel | null = null;
    for (let r = firstBody; r < grid.length; r++) {
      let p = levelAt(grid, column, r);
      if (!p) {
        // A theme row spanning the table names the area of the rows below it.
        const filled = [...new Set(grid[r].map((g) => g.cell))].filter((cell) => cellText(cell));
        const first = grid[r].findIndex((g) => g.cell === filled[0]);
        if (filled.length === 1 && (first === 0 || grid[r].filter((g) => g.cell === filled[0]).length > 1) && wordCount(cellText(filled[0])) <= 8) {
          themeDomain = cellText(filled[0]);
          continue;
        }
        // A blank level cell under a level: a merged cell whose span the extractor lost (tagged PDF).
        if (!listing || !above || cellText(grid[r][lc].cell) || !filled.length) continue;
        p = above;
      }
      above = p;
      const level = registry.find(p)!;
      const levelCell = grid[r][lc];
      if (levelCell.row === r && levelCell.cell.items.length > 1) descriptions.push(...levelCell.cell.items.slice(1).map((span) => ({ level, span })));
      const seenCells = new Set<TableCell>([levelCell.cell]);
      const rowLabel = labelCol !== null ? cellText(grid[r][labelCol].cell) || null : null;
      if (labelCol !== null) seenCells.add(grid[r][labelCol].cell);
      for (let c = 0; c < width; c++) {
        const g = grid[r][c];
        if (c === lc || attribute.has(c) || seenCells.has(g.cell) || (g.row >= 0 && g.row !== r)) continue;
        seenCells.add(g.cell);
        const spans = indicatorItems(g.cell);
        const cue = cues[c];
        const longOrDescriptive = spans.some((s) => isDescriptive(s.text) || wordCount(s.text) > 15);
        const overview = cue === 'exclude' || (!listing && singleItem[c] && (headerRow === null || longOrDescriptive)) || spans.every((s) => isDescriptive(s.text) || wordCount(s.text) > 30) || parseLevel(cellText(g.cell))?.name;
        if (cue === 'strengths') continue;
        if (overview) {
          descriptions.push(...g.cell.items.map((span) => ({ level, span })));
          continue;
        }
        const domain = rowLabel ?? themeDomain ?? (labels[c] && cue !== 'needs' && !oneContentColumn ? labels[c] : contextDomain);
        for (const span of spans) out.push({ text: span.text, level, domain, span });
      }
    }
    return out;
  }

  if (!contextLevel) return out;
  // A table inside one level's section: optional header row, first column = domain when it reads like labels.
  const headerCues = grid[0].map((g) => cueOf(cellText(g.cell)));
  const hasHeader = grid[0].some((g) => g.cell.header) || headerCues.some((c) => c !== null);
  const body = hasHeader ? grid.slice(1) : grid;
  const firstColShort = width >= 2 && body.every((row) => wordCount(cellText(row[0].cell)) <= 8);
  const labelCol = firstColShort && headerCues[0] !== 'needs' ? 0 : null;
  let rowDomain: string | null = null;
  body.forEach((row) => {
    const label = labelCol !== null ? cellText(row[0].cell) || rowDomain : null;
    rowDomain = label;
    const seenCells = new Set<TableCell>();
    row.forEach((g, c) => {
      if (c === labelCol || seenCells.has(g.cell)) return;
      seenCells.add(g.cell);
      const cue = hasHeader ? headerCues[c] : null;
      if (cue === 'strengths') return;
      if (cue === 'exclude') {
        descriptions.push(...g.cell.items.map((span) => ({ level: contextLevel, span })));
        return;
      }
      for (const span of indicatorItems(g.cell)) out.push({ text: span.text, level: contextLevel, domain: label ?? contextDomain, span });
    });
  });
  return out;
}

// ---------------------------------------------------------------- flat heading styles

/**
 * Documents often give levels and domains (or topics) the same heading style. When level headings share a
 * depth with other headings, decide which kind is the parent from the sequence: levels followed by other
 * headings (L1, Health, Education, L2, ...) are parents; levels that follow each other under other headings
 * (Health, L1, L2, Education, L1, ...) are children. The children get half a level more depth.
 */
function flatHeadingDepths(blocks: Block[], registry: LevelRegistry, parse: Parse): Map<number, number> {
  const out = new Map<number, number>();
  const heads = blocks
    .map((b, i) => ({ b, i }))
    .filter((x): x is { b: Extract<Block, { kind: 'heading' }>; i: number } => x.b.kind === 'heading');
  const isLevel = (text: string) => {
    const p = parse(text, false, true);
    return !!(p && registry.find(p));
  };
  const byDepth = new Map<number, { i: number; level: boolean; cue: boolean }[]>();
  for (const { b, i } of heads) {
    const list = byDepth.get(b.depth) ?? [];
    list.push({ i, level: isLevel(b.span.text), cue: cueOf(b.span.text) !== null });
    byDepth.set(b.depth, list);
  }
  for (const [depth, list] of byDepth) {
    const levels = list.filter((h) => h.level).length;
    const others = list.filter((h) => !h.level && !h.cue).length;
    if (levels < 2 || others < 1) continue;
    let levelThenOther = 0;
    let levelThenLevel = 0;
    list.forEach((h, k) => {
      const next = list[k + 1];
      if (!h.level || !next) return;
      if (next.level) levelThenLevel++;
      else if (!next.cue) levelThenOther++;
    });
    const levelsAreParents = levelThenOther > levelThenLevel;
    const firstLevel = list.findIndex((h) => h.level);
    for (const [k, h] of list.entries()) {
      if (h.cue || (levelsAreParents && k < firstLevel)) continue;
      if (levelsAreParents ? !h.level : h.level) out.set(h.i, depth + 0.5);
    }
  }
  return out;
}

// ---------------------------------------------------------------- per-topic containers

/** Non-level headings whose sections hold level sub-headings, when several siblings do: topics (= domains). */
function findContainers(blocks: Block[], registry: LevelRegistry, parse: Parse, depthOf: Map<number, number>): Set<number> {
  const holders = new Map<number, number[]>(); // depth -> heading indices holding level labels
  const open: { depth: number; index: number; holds: boolean }[] = [];
  const close = (depth: number) => {
    while (open.length && open[open.length - 1].depth >= depth) {
      const o = open.pop()!;
      if (o.holds) holders.set(o.depth, [...(holders.get(o.depth) ?? []), o.index]);
    }
  };
  blocks.forEach((b, i) => {
    const text = b.kind === 'heading' || b.kind === 'paragraph' ? b.span.text : null;
    if (text === null) return;
    const p = parse(text, false, b.kind === 'heading');
    const isLevel = !!(p && registry.find(p));
    if (isLevel) {
      if (b.kind === 'heading') close(depthOf.get(i) ?? b.depth);
      for (const o of open) o.holds = true;
      return;
    }
    if (b.kind === 'heading') {
      const d = depthOf.get(i) ?? b.depth;
      close(d);
      open.push({ depth: d, index: i, holds: false });
    }
  });
  close(0);
  const out = new Set<number>();
  for (const list of holders.values()) if (list.length >= 2) for (const i of list) out.add(i);
  return out;
}
