import { describe, expect, it } from 'vitest';
import type { Block } from '../model/index.ts';
import { isChrome, prepareBlocks, splitLevelLabel } from './prepare.ts';

const para = (text: string, page = 1): Block => ({ kind: 'paragraph', span: { text, page, bbox: null } });
const head = (text: string, depth = 2): Block => ({ kind: 'heading', depth, span: { text, page: 1, bbox: null } });
const item = (text: string): Block => ({ kind: 'list-item', depth: 1, span: { text, page: 1, bbox: null, bullet: true } });
const texts = (bs: Block[]) => bs.map((b) => (b.kind === 'table' ? '[table]' : `${b.kind}:${b.span.text}`));

describe('prepareBlocks', () => {
  it('drops web-page furniture lines', () => {
    expect(isChrome('Skip to main content')).toBe(true);
    expect(isChrome('Home > Professionals > Levels of need')).toBe(true);
    expect(isChrome('Add to home screen')).toBe(true);
    expect(isChrome('Family arguments')).toBe(false);
    expect(isChrome('Back to Targeted')).toBe(true);
    expect(isChrome('Did you find this page useful? Yes No')).toBe(true);
    expect(isChrome('Back to school after a long illness')).toBe(false);
    expect(texts(prepareBlocks([para('Skip to main content'), item('Poor housing')]))).toEqual(['list-item:Poor housing']);
  });

  it('splits a level fused with a domain or a response label', () => {
    expect(splitLevelLabel('Level 1 developmental needs')).toEqual({ level: 'Level 1', rest: 'developmental needs' });
    expect(splitLevelLabel('Level 2 – Parents and Carers')).toEqual({ level: 'Level 2', rest: 'Parents and Carers' });
    expect(splitLevelLabel('Level 1 next steps')).toEqual({ level: 'Level 1', rest: 'next steps' });
    expect(splitLevelLabel('Level 3 - Targeted Early Help')).toBeNull();
    expect(texts(prepareBlocks([head('Level 2 – Parents and Carers', 1), item('Few routines')]))).toEqual([
      'heading:Level 2', 'paragraph:Parents and Carers', 'list-item:Few routines',
    ]);
  });

  it('keeps only the domain when the number restates a level just named', () => {
    const out = prepareBlocks([para('Universal'), para('Has needs met by universal services.'), head('Level 1 developmental needs', 3), item('Attends school')]);
    expect(texts(out)).toEqual(['paragraph:Universal', 'paragraph:Has needs met by universal services.', 'paragraph:developmental needs', 'list-item:Attends school']);
  });

  it('strips a table caption prefix and keeps provenance', () => {
    const out = prepareBlocks([para('Caption: Level Two - Help Close to Home', 7)]);
    expect(out[0]).toMatchObject({ kind: 'paragraph', span: { text: 'Level Two - Help Close to Home', page: 7 } });
  });
});
