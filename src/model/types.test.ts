import { describe, expect, it } from 'vitest';
import { BANDS } from './types.ts';

describe('canonical bands', () => {
  it('follow contract/levels.md, lowest need first', () => {
    expect([...BANDS]).toEqual(['universal', 'early_help', 'targeted_early_help', 'child_in_need', 'child_protection']);
  });
});
