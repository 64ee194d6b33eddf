import { describe, expect, it } from 'vitest';
import { BANDS } from '../../src/model/index.ts';
import { generateCorpus, generateProfile } from '../../scripts/synthetic/generate.ts';
import { mulberry32 as prng } from '../../scripts/lib/prng.ts';

const auths = [
  { id: 'alpha', name: 'Alpha', onsCode: null, hex: { q: 0, r: 0 } },
  { id: 'beta', name: 'Beta', onsCode: null, hex: { q: 1, r: 0 } },
];

describe('synthetic corpus', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateCorpus(auths, 7)).toEqual(generateCorpus(auths, 7));
    expect(generateProfile(auths[0], 0, 7).indicators.map((i) => i.bands)).not.toEqual(generateProfile(auths[0], 0, 8).indicators.map((i) => i.bands));
    expect(prng(1)()).toBe(prng(1)());
  });

  it('writes valid profiles: 400 indicators, contiguous bands from the scheme, one topic each', () => {
    const p = generateProfile(auths[1], 1, 1);
    expect(p.indicators).toHaveLength(400);
    expect(p.scheme.length).toBeGreaterThanOrEqual(3);
    for (const i of p.indicators) {
      const level = p.scheme.find((l) => l.local === i.level)!;
      expect(i.bands).toEqual(level.bands);
      const idx = i.bands.map((b) => BANDS.indexOf(b));
      expect(idx).toEqual(idx.map((_, k) => idx[0] + k));
      expect(i.topics).toHaveLength(1);
    }
  });
});
