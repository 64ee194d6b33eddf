import { describe, expect, it } from 'vitest';
import { oneSlipApart, respell, slipOf } from './spelling.ts';

describe('typing slips in level words', () => {
  it('reads a letter added, dropped, changed or two swapped as the word meant', () => {
    expect(slipOf('Targetted')).toBe('targeted');
    expect(slipOf('Specalist')).toBe('specialist');
    expect(slipOf('statuatory')).toBe('statutory');
    expect(slipOf('Intensvie')).toBe('intensive');
    expect(slipOf('Univresal')).toBe('universal');
  });

  it('leaves real words, short words, words two slips away and the vocabulary itself alone', () => {
    expect(slipOf('targeted')).toBeNull();
    expect(slipOf('enhances')).toBeNull();
    expect(slipOf('intensity')).toBeNull();
    expect(slipOf('special')).toBeNull();
    expect(slipOf('acutee')).toBeNull();
    expect(slipOf('Specialised')).toBeNull();
    expect(slipOf('interventions')).toBeNull();
  });

  it('measures one slip', () => {
    expect(oneSlipApart('targeted', 'targetted')).toBe(true);
    expect(oneSlipApart('statutory', 'statuotry')).toBe(true);
    expect(oneSlipApart('statutory', 'statutroy')).toBe(true);
    expect(oneSlipApart('statutory', 'sttautroy')).toBe(false);
    expect(oneSlipApart('complex', 'complete')).toBe(false);
  });

  it('puts slips right in a text and maps spans back to the original spelling', () => {
    const r = respell('Level 3 - Targetted Early Help and Specalist support');
    expect(r.text).toBe('Level 3 - Targeted Early Help and Specialist support');
    const quote = (s: string) => { const i = r.text.indexOf(s); const [a, b] = r.original(i, i + s.length); return 'Level 3 - Targetted Early Help and Specalist support'.slice(a, b); };
    expect(quote('Targeted Early Help')).toBe('Targetted Early Help');
    expect(quote('Specialist support')).toBe('Specalist support');
    expect(quote('Early Help and')).toBe('Early Help and');
    expect(quote('Level 3')).toBe('Level 3');
    expect(respell('nothing to fix here').text).toBe('nothing to fix here');
  });
});
