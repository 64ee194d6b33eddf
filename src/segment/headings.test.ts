import { describe, expect, it } from 'vitest';
import type { Block } from '../model/index.ts';
import { LevelRegistry } from './levels.ts';
import { makeParse } from './context.ts';
import { findContainers, flatHeadingDepths, titleHeadingOf } from './headings.ts';

const h = (text: string, depth = 2): Block => ({ kind: 'heading', depth, span: { text, page: 1, bbox: null } });
const li = (text: string): Block => ({ kind: 'list-item', depth: 0, span: { text, page: 1, bbox: null } });

function registryOf(...levels: string[]) {
  const registry = new LevelRegistry();
  const parse = makeParse(registry);
  for (const l of levels) registry.add(parse(l)!, 4);
  return { registry, parse };
}

describe('heading structure', () => {
  it('levels followed by other headings of the same style are the parents', () => {
    const { registry, parse } = registryOf('Level 1', 'Level 2');
    const blocks = [h('Level 1'), h('Health'), li('Well'), h('Level 2'), h('Health'), li('Hungry')];
    expect([...flatHeadingDepths(blocks, registry, parse)]).toEqual([[1, 2.5], [4, 2.5]]);
  });

  it('levels that follow each other under other headings are the children', () => {
    const { registry, parse } = registryOf('Level 1', 'Level 2');
    const blocks = [h('Health'), h('Level 1'), li('Well'), h('Level 2'), li('Hungry'), h('Education'), h('Level 1'), li('Attends')];
    expect([...flatHeadingDepths(blocks, registry, parse).keys()]).toEqual([1, 3, 6]);
  });

  it('sibling topic headings holding level sub-headings are containers (their text is the domain)', () => {
    const { registry, parse } = registryOf('Level 1', 'Level 2');
    const blocks = [h('Thresholds', 1), h('Health', 2), h('Level 1', 3), li('Well'), h('Education', 2), h('Level 2', 3), li('Absent')];
    expect([...findContainers(blocks, registry, parse, new Map())]).toEqual([1, 4]);
  });

  it('the title is the only heading at the shallowest depth', () => {
    expect(titleHeadingOf([h('Thresholds', 1), h('Level 1'), h('Level 2')])).toMatchObject({ span: { text: 'Thresholds' } });
    expect(titleHeadingOf([h('Level 1'), h('Level 2')])).toBeUndefined();
  });
});
