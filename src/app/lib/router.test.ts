import { describe, expect, it } from 'vitest';
import { href, parseHash } from './router.ts';

describe('hash router', () => {
  it('round-trips a view, params and query', () => {
    const h = href('authority', ['fenmarsh@2025-09-01'], { from: 'a b', to: '', x: null });
    expect(h).toBe('#/authority/fenmarsh%402025-09-01?from=a+b');
    expect(parseHash(h)).toEqual({ name: 'authority', params: ['fenmarsh@2025-09-01'], query: { from: 'a b' } });
  });
  it('maps the empty hash to home and unknown views to not-found', () => {
    expect(parseHash('').name).toBe('home');
    expect(parseHash('#/').name).toBe('home');
    expect(parseHash('#/nope').name).toBe('not-found');
  });
  it('survives malformed escapes', () => {
    expect(parseHash('#/evidence/%E0%A4%A/3').params).toEqual(['%E0%A4%A', '3']);
  });
});
