import { describe, expect, it } from 'vitest';
import { type Block, type Layout } from '../model/index.ts';
import { LevelRegistry } from './levels.ts';
import { makeParse } from './context.ts';
import { discoverLevels } from './discover.ts';

const p = (text: string): Block => ({ kind: 'paragraph', span: { text, page: 1, bbox: null } });
const h = (text: string): Block => ({ kind: 'heading', depth: 2, span: { text, page: 1, bbox: null } });
const layout = (blocks: Block[], title: string | null = null): Layout => ({ source: 'x.html', format: 'html', pages: 1, title, blocks, warnings: [] });

function discover(l: Layout) {
  const registry = new LevelRegistry();
  const only = discoverLevels(l, registry, makeParse(registry));
  return { only, levels: registry.entries.map((e) => registry.local(e)), numbers: registry.entries.map((e) => e.number) };
}

describe('level discovery', () => {
  it('a diagram label split over two lines ("2" / "Universal Plus") is one level', () => {
    const r = discover(layout([p('1'), p('Universal'), p('2'), p('Universal Plus')]));
    expect(r.levels).toEqual(['Universal', 'Universal Plus']);
    expect(r.numbers).toEqual([1, 2]);
  });

  it('a one-level web page takes its level from the title', () => {
    const r = discover(layout([h('What you might see'), p('Child is hungry')], 'Level 3 - Targeted support | Partnership'));
    expect(r.only).not.toBeNull();
    expect(r.levels).toHaveLength(1);
  });

  it('a document naming no level is read under one level "not stated" (segment decides whether it fails)', () => {
    const r = discover(layout([p('Safeguarding is everyone’s business')]));
    expect(r.only.notStated).toBe(true);
    expect(r.levels).toEqual(['not stated']);
  });
});
