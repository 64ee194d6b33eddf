// Heading structure: which headings are levels and which are domains when both share one style, and
// which non-level headings hold level sub-headings (per-topic documents: the topic is the domain).
import { isDomainName } from './domains.ts';
import type { Block } from '../model/index.ts';
import type { LevelRegistry } from './levels.ts';
import { cueOf } from './cues.ts';
import type { Parse } from './context.ts';

/**
 * Documents often give levels and domains (or topics) the same heading style. When level headings share a
 * depth with other headings, decide which kind is the parent from the sequence: levels followed by other
 * headings (L1, Health, Education, L2, ...) are parents; levels that follow each other under other headings
 * (Health, L1, L2, Education, L1, ...) are children. The children get half a level more depth.
 */
export function flatHeadingDepths(blocks: Block[], registry: LevelRegistry, parse: Parse): Map<number, number> {
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
export function findContainers(blocks: Block[], registry: LevelRegistry, parse: Parse, depthOf: Map<number, number>): Set<number> {
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

/** The document title: the only heading at the shallowest depth, if there is just one. */
export function titleHeadingOf(blocks: Block[]): Block | undefined {
  const headingDepths = blocks.filter((b) => b.kind === 'heading').map((b) => (b as { depth: number }).depth);
  const minDepth = Math.min(...headingDepths);
  const titleHeading = headingDepths.filter((d) => d === minDepth).length === 1 ? blocks.find((b) => b.kind === 'heading' && b.depth === minDepth) : undefined;
  // A lone domain heading ("Parenting capacity") on a one-level page is that domain, not the document's title.
  return titleHeading && titleHeading.kind === 'heading' && isDomainName(titleHeading.span.text) ? undefined : titleHeading;
}
