import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../pipeline/index.ts';
import { normaliseProfile, ProfileInvalid } from './profile-check.ts';

describe('normaliseProfile', () => {
  it('leaves a whole profile as it is', async () => {
    const p = await analyse(new Uint8Array(readFileSync(new URL('../../corpus/sample/quillmere.html', import.meta.url))), 'quillmere.html', { authorityId: 'quillmere', authority: 'Quillmere', version: '2024-01-01' });
    expect(normaliseProfile(JSON.parse(JSON.stringify(p)))).toEqual(p);
  });

  it('fills in what an old or hand-edited profile lacks', () => {
    const p = normaliseProfile({ id: 'x@2024-01-01', scheme: [{ local: 'Level 2', bands: ['early_help', 'nonsense'] }, 'junk'], indicators: [{ text: 'Hungry', level: 'Level 2' }, { text: null }, 7] });
    expect(p.authorityId).toBe('x');
    expect(p.scheme).toEqual([{ local: 'Level 2', order: 1, bands: ['early_help'], evidence: '', evidencePhrases: [], confidence: 'low' }]);
    expect(p.indicators).toEqual([{ id: 'x@2024-01-01#0', text: 'Hungry', level: 'Level 2', order: 1, bands: ['early_help'], domain: null, topics: [], qualifiers: {}, page: 0, bbox: null }]);
    expect(p.warnings).toEqual([]);
  });

  it('refuses what is not a profile, with a human reason', () => {
    expect(() => normaliseProfile([1, 2])).toThrow(ProfileInvalid);
    expect(() => normaliseProfile({ id: 'x' })).toThrow('not a profile (no list of indicators)');
    expect(() => normaliseProfile({ indicators: [] })).toThrow('not a profile (no id)');
  });
});
