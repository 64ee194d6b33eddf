// Pass 1, level discovery: the scheme's levels from headings, label paragraphs and table headers (the
// registry scores each form written), else from the document's structure, else from its title; a
// document naming no level at all is read under one level "not stated" (segment.ts decides whether it fails).
import type { Block, Layout, Span } from '../model/index.ts';
import { NOT_STATED } from '../model/index.ts';
import { findLevelIn, nameKey, normSpace, parseLevel, vocabName, wordCount, type LevelEntry, type LevelRegistry } from './levels.ts';
import { cueOf } from './cues.ts';
import { isDomainName } from './domains.ts';
import { levelLists } from './level-list.ts';
import { bareNumber, escalatedFrom } from './level-grammar.ts';
import { toGrid } from './grid.ts';
import { structuralLevels } from './structure.ts';
import { discoverTable } from './table-levels.ts';
import type { Parse } from './context.ts';

/**
 * Fill `registry` with the document's levels. Returns the level that holds everything when the
 * document is one level's page (named only by its title), else null.
 */
export function discoverLevels(layout: Layout, registry: LevelRegistry, parse: Parse, pageLevel: string | null = null): { defaultLevel: LevelEntry | null; listedBlocks: Set<number>; notStated: boolean; escalation?: string } {
  const blocks = layout.blocks;
  // The number a level label just before this block gave without a name: diagram labels ("2" / "Universal
  // Plus") and page banners ("LEVEL 2" / "ADDITIONAL NEEDS") split one level over two lines.
  const pendingNumber = (i: number): { number: number; sub: string | null } | null => {
    const prev = blocks[i - 1];
    if (prev?.kind !== 'paragraph' && prev?.kind !== 'heading') return null;
    const t = normSpace(prev.span.text);
    const bare = bareNumber(t);
    if (bare) return bare;
    const p = parse(t, false, prev.kind === 'heading');
    return p && p.number !== null && !p.name ? { number: p.number, sub: p.sub } : null;
  };
  blocks.forEach((b, i) => {
    if (b.kind === 'heading' || b.kind === 'paragraph') {
      const heading = b.kind === 'heading';
      const p = parse(b.span.text, false, heading);
      const num = p && p.number === null ? pendingNumber(i) : null;
      if (p && num) {
        const e = registry.add({ ...p, ...num }, heading ? 3 : 1);
        // "## Level 2" over "### Early Help": the level's name is the sub-heading; written as one label, it is banded by it
        const prev = blocks[i - 1];
        if (heading && prev?.kind === 'heading' && prev.depth < b.depth && p.name) e.forms.push({ text: `${normSpace(prev.span.text)} – ${normSpace(b.span.text)}`, score: 5 });
      }
      else if (p) registry.add(p, heading ? 4 : 1);
    } else if (b.kind === 'table') {
      discoverTable(toGrid(b.rows), registry, parse);
    }
  });
  sandwichedHeadings(blocks, registry, parse);
  // Name-only headings ("Specialist services") next to a numbered scheme are usually prose, unless they
  // turn out to hold indicators (checked after pass 2). A lone unnumbered name is not a scheme.
  let defaultLevel: LevelEntry | null = null;
  if (registry.entries.length === 0) {
    for (const i of structuralLevels(blocks) ?? []) {
      const written = normSpace((blocks[i] as { span: Span }).span.text);
      registry.add({ number: null, sub: null, name: nameKey(written), rank: null, written }, 4);
    }
  }
  // Lines that are levels only by being listed together ("1. Thriving: children whose ...") are registered
  // only when nothing else names the scheme; numbered ones ("Level 2: Early Help in ...") always.
  const listedBlocks = new Set<number>();
  const empty = registry.entries.length === 0;
  for (const run of levelLists(blocks)) {
    for (const l of run) {
      if (!l.parsed && !empty) continue;
      const p = l.parsed ?? { number: null, sub: null, name: nameKey(l.name), rank: vocabName(l.name)?.rank ?? null, written: l.name };
      registry.add(p, 2).description.push(l.description);
      listedBlocks.add(l.block);
    }
  }
  // A one-level page whose body names no level: its title, address or front matter does.
  if (empty && pageLevel) {
    const p = parseLevel(pageLevel) ?? findLevelIn(pageLevel);
    if (p) defaultLevel = registry.add(p, 3);
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
    // No level named, but a line says the needs go on past one ("Despite intervention at 2, there is evidence of
    // continuing need:"): the page is the next level's.
    for (const b of blocks) {
      if (b.kind !== 'paragraph' && b.kind !== 'heading' && b.kind !== 'list-item') continue;
      const esc = escalatedFrom(normSpace(b.span.text));
      if (!esc) continue;
      defaultLevel = registry.add({ number: esc.next, sub: null, name: null, rank: null, written: `Level ${esc.next}` }, 1);
      return { defaultLevel, listedBlocks, notStated: false, escalation: `no level named: "${normSpace(b.span.text).slice(0, 80)}" reads as needs past level ${esc.number}, so Level ${esc.next}` };
    }
  }
  if (registry.entries.length === 0) {
    // No level named anywhere: the items are read under a level "not stated"; segment() fails the document
    // ("no recognisable levels of need") only when it holds no indicators either.
    defaultLevel = registry.add({ number: null, sub: null, name: NOT_STATED, rank: null, written: NOT_STATED }, 0);
    return { defaultLevel, listedBlocks, notStated: true };
  }
  return { defaultLevel, listedBlocks, notStated: false };
}

/**
 * "Universal" / "Community Plus" / "Statutory Response by the Children's Service": in a scheme of names without
 * numbers, a heading of the same depth between two level headings, short and name-like, neither a domain nor a cue,
 * is a level whose name the vocabulary does not know.
 */
function sandwichedHeadings(blocks: Block[], registry: LevelRegistry, parse: Parse): void {
  const levelAt = new Map<number, number>(); // block index -> depth, of headings that name a level
  blocks.forEach((b, i) => {
    if (b.kind !== 'heading') return;
    const p = parse(b.span.text, false, true);
    if (p) levelAt.set(i, b.depth);
  });
  if (levelAt.size < 2 || registry.entries.some((e) => e.number !== null)) return;
  const depths = new Set(levelAt.values());
  if (depths.size !== 1) return;
  const depth = [...depths][0];
  const idx = [...levelAt.keys()];
  for (let i = idx[0] + 1; i < idx[idx.length - 1]; i++) {
    const b = blocks[i];
    if (b.kind !== 'heading' || levelAt.has(i)) continue;
    if (b.depth < depth) return; // a shallower heading between them: not one run of sibling levels
    if (b.depth !== depth) continue;
    const t = normSpace(b.span.text);
    if (wordCount(t) > 6 || !/^[A-Z]/.test(t) || /[.?!;:,]$/.test(t) || /\d/.test(t) || cueOf(t) !== null || isDomainName(t)) continue;
    const e = registry.add({ number: null, sub: null, name: nameKey(t), rank: null, written: t }, 3);
    // ordered where it stands: just before the next level heading's level
    const next = idx.find((k) => k > i)!;
    const after = registry.find(parse((blocks[next] as { span: Span }).span.text, false, true)!);
    if (after && e.firstSeen > after.firstSeen) e.firstSeen = after.firstSeen - 0.5 + (i - idx[0]) / (10 * blocks.length);
  }
}
