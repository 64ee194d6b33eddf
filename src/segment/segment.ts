// segment(layout): the level scheme and every indicator of one document. The passes, each in its module:
//   discover.ts      pass 1: the levels (registry of forms from headings, labels, tables; structure; title)
//   headings.ts      heading structure: levels vs domains sharing a style, per-topic containers, the title
//   walk.ts          pass 2: the heading-stack walk over every block (lists, paragraphs, tables)
//   tables.ts        table kinds: table-matrix.ts, table-column.ts, table-section.ts (cells: table-cells.ts,
//                    levels in tables: table-levels.ts)
//   items.ts         unbulleted item lines vs lead-ins and guidance paragraphs
//   dedupe.ts        each item once per level
//   scheme.ts        ordering the levels into the scheme; describe.ts: level descriptions
import type { DraftIndicator, Layout, LevelDef, Segmented } from '../model/index.ts';
import { LevelRegistry } from './levels.ts';
import { describeLevels } from './describe.ts';
import { makeParse } from './context.ts';
import { discoverLevels } from './discover.ts';
import { findContainers, flatHeadingDepths, titleHeadingOf } from './headings.ts';
import { walkBlocks } from './walk.ts';
import { keepItems } from './items.ts';
import { dedupeIndicators, dedupeSpans } from './dedupe.ts';
import { buildScheme } from './scheme.ts';

/** Options of segment(); none yet. New ones are optional fields, so every caller stays valid. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SegmentOptions {}

export function segment(layout: Layout, _options: SegmentOptions = {}): Segmented {
  const registry = new LevelRegistry();
  const warnings: string[] = [];
  const blocks = layout.blocks;
  const parse = makeParse(registry);

  const defaultLevel = discoverLevels(layout, registry, parse);

  const depthOf = flatHeadingDepths(blocks, registry, parse);
  const containers = findContainers(blocks, registry, parse, depthOf);
  const titleHeading = titleHeadingOf(blocks);

  const { candidates, listsUnder, descriptions } = walkBlocks({ blocks, registry, parse, defaultLevel, depthOf, containers, titleHeading });
  const kept = keepItems(candidates, listsUnder, descriptions);
  const indicators = dedupeIndicators(kept);

  const scheme = buildScheme(registry, defaultLevel);
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
  if (drafts.length === 0) warnings.push('levels found but no indicators under them');
  const defs: LevelDef[] = scheme.map((s) => ({ ...s.def, description: dedupeSpans(s.entry.description) }));
  return { scheme: defs, indicators: drafts, warnings };
  return { scheme: defs, indicators: drafts, warnings };
}
