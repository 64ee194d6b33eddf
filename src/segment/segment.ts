// segment(layout): the level scheme and every indicator of one document. The passes, each in its module:
//   prepare.ts       web-page furniture out, fused level+domain labels split
//   discover.ts      pass 1: the levels (registry of forms from headings, labels, tables; structure; title)
//   headings.ts      heading structure: levels vs domains sharing a style, per-topic containers, the title
//   walk.ts          pass 2: the heading-stack walk over every block (lists, paragraphs, tables)
//   tables.ts        table kinds: table-matrix.ts, table-column.ts, table-section.ts (cells: table-cells.ts,
//                    levels in tables: table-levels.ts)
//   items.ts         unbulleted item lines vs lead-ins and guidance paragraphs; lines that are not one situation
//   level-list.ts    overview lines that name the levels; domains.ts: domain sub-headings
//   dedupe.ts        each item once per level
//   scheme.ts        ordering the levels into the scheme; describe.ts: level descriptions
import type { Block, DraftIndicator, Layout, LevelDef, Segmented, Span } from '../model/index.ts';
import { NO_INDICATORS, NOT_STATED } from '../model/index.ts';
import { LevelRegistry, nameKey, type ParsedLevel } from './levels.ts';
import { dropTooltipRepeats, menuPanels, menuRepeat } from './panels.ts';
import { prepareBlocks } from './prepare.ts';
import { addressWords } from './address.ts';
import { describeLevels } from './describe.ts';
import { makeParse } from './context.ts';
import { discoverLevels } from './discover.ts';
import { findContainers, flatHeadingDepths, titleHeadingOf } from './headings.ts';
import { walkBlocks } from './walk.ts';
import { keepItems } from './items.ts';
import { dedupeIndicators, dedupeSpans } from './dedupe.ts';
import { buildScheme } from './scheme.ts';
import { isDomainName } from './domains.ts';
import { placeByColumns } from './columns.ts';

/** Options of segment(). New ones are optional fields, so every caller stays valid. */
export interface SegmentOptions {
  /**
   * The level a one-level web page is about, named outside its body (page title, address, front matter, first
   * heading; see src/series). Used when the body itself names no level.
   */
  pageLevel?: string | null;
  /**
   * The levels of a menu (or legend) listing the whole scheme, taken out of the page's body (src/series), in menu
   * order, with the menu lines they come from. On a page that names no level, the k-th repeat of a heading is the
   * menu's k-th level (level-repeat.ts): panels repeating under one heading (panels.ts); failing that, domain headings
   * repeating as the columns of a flattened domains x levels table (columns.ts).
   */
  menu?: { parsed: ParsedLevel; span: Span }[];
}

/** Fewest indicators that make a page naming no level a threshold page rather than prose. */
const MIN_NOT_STATED = 3;

export function segment(layout: Layout, options: SegmentOptions = {}): Segmented {
  const warnings: string[] = [];
  const raw = dropTooltipRepeats(layout.blocks);
  let registry = new LevelRegistry();
  let blocks = prepareBlocks(raw);
  let parse = makeParse(registry);
  let discovered = discoverLevels({ ...layout, blocks }, registry, parse, options.pageLevel ?? null);
  // A tool page naming no level, after a menu of every level: its repeated panels are the menu's levels in order.
  const menu = options.menu ?? [];
  const menuLevels = menu.map((m) => m.parsed);
  /** Read the page again with the menu's levels registered first, in its order. */
  const underMenu = (next: Block[], warning: string) => {
    registry = new LevelRegistry();
    for (const m of menu) registry.add(m.parsed, 1);
    blocks = next;
    parse = makeParse(registry);
    discovered = discoverLevels({ ...layout, blocks }, registry, parse, null);
    warnings.push(warning);
  };
  const unnamed = discovered.notStated && !options.pageLevel;
  const panels = unnamed ? menuPanels(raw, menuLevels, menu.map((m) => m.span)) : null;
  if (panels) underMenu(prepareBlocks(panels.blocks), panels.warning);
  const repeat = unnamed && !panels ? menuRepeat(blocks, menu) : null;
  if (repeat) underMenu(repeat.blocks, `the page repeats its menu's entry "${repeat.written}" before its items: they are read as that level's`);
  const { defaultLevel, listedBlocks, notStated: noLevelNamed, escalation } = discovered;
  if (escalation) warnings.push(escalation);

  const depthOf = flatHeadingDepths(blocks, registry, parse);
  const containers = findContainers(blocks, registry, parse, depthOf);
  const titleHeading = titleHeadingOf(blocks);

  const { candidates, listsUnder, descriptions } = walkBlocks({ blocks, registry, parse, defaultLevel, depthOf, containers, titleHeading, listedBlocks, pageTitles: pageTitles(layout) });
  const kept = keepItems(candidates, listsUnder, descriptions);
  const byColumns = noLevelNamed && defaultLevel ? placeByColumns(kept, menuLevels, registry, defaultLevel) : null;
  const notStated = noLevelNamed && !byColumns;
  if (byColumns) warnings.push(byColumns.warning);
  const indicators = dedupeIndicators(kept);

  const scheme = buildScheme(registry, byColumns ? null : defaultLevel);
  const localOf = new Map(scheme.map((s) => [s.entry, s.def.local]));
  for (const d of descriptions) d.level.description.push(d.span);
  describeLevels(layout, scheme.map((s) => s.entry));

  const drafts: DraftIndicator[] = [];
  for (const c of indicators) {
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
  if (notStated) {
    // A document that names no level: it is a threshold page only if it lists indicators.
    // (a newsletter's paragraphs or a list of what the document covers do not count: its items must sit under a
    // domain heading ("Health") or a needs cue ("Examples", "... needs such as:"))
    const listed = indicators.filter((c) => (c.domain !== null && isDomainName(c.domain)) || c.needsCue).length;
    if (listed < MIN_NOT_STATED) {
      // Not an error: the page was read and holds nothing to extract (a cover, a landing page, an introduction).
      const named = layout.warnings.find((w) => w.startsWith('named .'));
      return { scheme: [], indicators: [], warnings: [...warnings.filter((w) => w !== panels?.warning), `${NO_INDICATORS}: no level of need recognised and no indicator listed${named ? ` (${named})` : ''}`] };
    }
    warnings.push(`no level of need named (title, address and body name none): ${drafts.length} indicators kept with level "${NOT_STATED}" and no bands`);
    if (menu.length) warnings.push(`the page's menu lists ${menu.length} levels, but nothing on the page says which level its items belong to (no heading repeats panel by panel)`);
  } else if (drafts.length === 0) warnings.push('levels found but no indicators under them');
  const defs: LevelDef[] = scheme.map((s) => ({ ...s.def, description: dedupeSpans(s.entry.description) }));
  return { scheme: defs, indicators: drafts, warnings };
}

/** The page's own title, first heading and address words, as name keys: a body line equal to one is not an item. */
function pageTitles(layout: Layout): Set<string> {
  const titles = [layout.title, layout.meta?.title, layout.meta?.heading].filter((t): t is string => !!t);
  return new Set(titles.flatMap((t) => [t, t.split(/\s+[|–—-]\s+/)[0]])
    .concat(layout.meta?.url ? addressWords(layout.meta.url).slice(0, 1) : []).map(nameKey));
}
