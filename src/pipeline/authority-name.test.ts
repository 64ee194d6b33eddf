import { describe, expect, it } from 'vitest';
import { authorityFromTitle } from './authority-name.ts';

describe('the authority named by a title', () => {
  it('is the title without the words about the document, the partnership or the level', () => {
    expect(authorityFromTitle('Westcombe Continuum of Need')).toBe('Westcombe');
    expect(authorityFromTitle('Specialist Help - Level 4 | Brackley Safeguarding Children Partnership')).toBe('Brackley');
    expect(authorityFromTitle('Anyshire Safeguarding Children Partnership: Threshold Guidance')).toBe('Anyshire');
    expect(authorityFromTitle('Kestrelby Threshold Document 2023')).toBe('Kestrelby');
    expect(authorityFromTitle('Saltmoor Borough Council - Thresholds of Need')).toBe('Saltmoor Borough');
    expect(authorityFromTitle('Interactive threshold tool | Hartcombe Safeguarding Children Partnership')).toBe('Hartcombe');
  });

  it('is none when the title names only a level or the document', () => {
    expect(authorityFromTitle('Level 3 Threshold')).toBeNull();
    expect(authorityFromTitle('Level 2 – Early Help')).toBeNull();
    expect(authorityFromTitle('Multi-agency levels of need')).toBeNull();
    expect(authorityFromTitle(null)).toBeNull();
  });

  it('keeps a title it cannot read whole, as before', () => {
    expect(authorityFromTitle('Fenwyck ready reckoner')).toBe('Fenwyck ready reckoner');
    expect(authorityFromTitle('Marrowby 2023')).toBe('Marrowby 2023');
  });
});
