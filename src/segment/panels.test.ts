import { describe, expect, it } from 'vitest';
import type { Block, Span } from '../model/index.ts';
import { dropTooltipRepeats, menuPanels } from './panels.ts';
import { parseLevel } from './levels.ts';

const span = (text: string): Span => ({ text, page: 1, bbox: null });
const item = (text: string, depth = 2): Block => ({ kind: 'list-item', depth, span: span(text) });
const para = (text: string): Block => ({ kind: 'paragraph', span: span(text) });
const head = (text: string): Block => ({ kind: 'heading', depth: 1, span: span(text) });
const texts = (bs: Block[]) => bs.map((b) => (b.kind === 'table' ? '[table]' : `${b.kind}:${b.span.text}`));
const menu = ['Level 1. Everyday', 'Level 2. Shared', 'Level 3. Specialist'].map((t) => parseLevel(t)!);
const spans = menu.map((m) => span(m.written));

describe('dropTooltipRepeats', () => {
  it('drops a close glyph and the repeats of the item before it, nothing else', () => {
    const out = dropTooltipRepeats([item('Group A'), item('Sleeps well', 3), item('×', 3), head('Sleeps well'), para('Sleeps well '), para('Eats well'), item('Eats well', 3)]);
    expect(texts(out)).toEqual(['list-item:Group A', 'list-item:Sleeps well', 'paragraph:Eats well', 'list-item:Eats well']);
  });
});

describe('menuPanels', () => {
  it('reads the k-th panel of a repeated heading as the menu\'s k-th level (domain by domain)', () => {
    const blocks = [item('Growing'), item('a', 3), item('Growing'), item('b', 3), item('Home'), item('c', 3), item('Home'), item('d', 3), item('Home'), item('e', 3)];
    const r = menuPanels(blocks, menu, spans)!;
    expect(r.counts).toEqual([2, 2, 1]);
    expect(texts(r.blocks)).toEqual([
      'heading:Level 1. Everyday', 'heading:Growing', 'list-item:a', 'heading:Level 2. Shared', 'heading:Growing', 'list-item:b',
      'heading:Level 1. Everyday', 'heading:Home', 'list-item:c', 'heading:Level 2. Shared', 'heading:Home', 'list-item:d',
      'heading:Level 3. Specialist', 'heading:Home', 'list-item:e',
    ]);
  });

  it('level by level too', () => {
    const blocks = [item('Growing'), item('a', 3), item('Home'), item('b', 3), item('Growing'), item('c', 3), item('Home'), item('d', 3)];
    expect(texts(menuPanels(blocks, menu, spans)!.blocks).filter((t) => t.startsWith('heading:Level'))).toEqual(['heading:Level 1. Everyday', 'heading:Level 2. Shared']);
  });

  it('says nothing when no heading repeats, or one repeats more often than the menu has levels', () => {
    expect(menuPanels([item('Growing'), item('a', 3), item('Home'), item('b', 3)], menu, spans)).toBeNull();
    const four = [0, 1, 2, 3].flatMap((k) => [item('Growing'), item(`x${k}`, 3)]);
    expect(menuPanels(four, menu, spans)).toBeNull();
  });
});
