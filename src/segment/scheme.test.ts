import { describe, expect, it } from 'vitest';
import { LevelRegistry } from './levels.ts';
import { makeParse } from './context.ts';
import { buildScheme } from './scheme.ts';

function schemeOf(labels: string[], withIndicators: string[] = []) {
  const registry = new LevelRegistry();
  const parse = makeParse(registry);
  for (const l of labels) {
    const e = registry.add(parse(l)!, 4);
    if (withIndicators.includes(l)) e.indicators++;
  }
  return buildScheme(registry, null).map((s) => [s.def.local, s.def.order]);
}

describe('scheme order', () => {
  it('numbered levels sort by number and keep it as their order (a page showing levels 2-4)', () => {
    expect(schemeOf(['Level 4', 'Level 2', 'Level 3'])).toEqual([['Level 2', 2], ['Level 3', 3], ['Level 4', 4]]);
  });

  it('sub-levels count 1..n, and a parent split into sub-levels is dropped unless it holds indicators', () => {
    expect(schemeOf(['Level 1', 'Level 3', 'Level 3a', 'Level 3b'])).toEqual([['Level 1', 1], ['Level 3a', 2], ['Level 3b', 3]]);
    expect(schemeOf(['Level 1', 'Level 3', 'Level 3a'], ['Level 3'])).toEqual([['Level 1', 1], ['Level 3', 2], ['Level 3a', 3]]);
  });
});
