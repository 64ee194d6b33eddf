import { describe, expect, it } from 'vitest';
import { hexCentre } from './england.ts';

describe('odd-r hex layout', () => {
  it('shifts odd rows right by half a hex and puts higher r further north (smaller y)', () => {
    const even = hexCentre({ q: 2, r: 2 }, 10, 4);
    const odd = hexCentre({ q: 2, r: 3 }, 10, 4);
    expect(odd.x - even.x).toBeCloseTo((Math.sqrt(3) * 10) / 2);
    expect(odd.y).toBeLessThan(even.y);
    expect(even.y - odd.y).toBeCloseTo(15);
  });
});
