import { describe, expect, it } from 'vitest';
import { authorityFromLines, authorityFromTitle } from './authority-name.ts';

describe('the authority named by a title', () => {
  it('is the title without the words about the document, the partnership or the level', () => {
    expect(authorityFromTitle('Westcombe Continuum of Need')).toBe('Westcombe');
    expect(authorityFromTitle('Specialist Help - Level 4 | Brackley Safeguarding Children Partnership')).toBe('Brackley');
    expect(authorityFromTitle('Anyshire Safeguarding Children Partnership: Threshold Guidance')).toBe('Anyshire');
    expect(authorityFromTitle('Kestrelby Threshold Document 2023')).toBe('Kestrelby');
    expect(authorityFromTitle('Saltmoor Borough Council - Thresholds of Need')).toBe('Saltmoor Borough');
    expect(authorityFromTitle('Interactive threshold tool | Hartcombe Safeguarding Children Partnership')).toBe('Hartcombe');
  });

  it('is the site name after the bar when the page part names a level or is a sentence', () => {
    expect(authorityFromTitle('Intensive – Level 3 | Ambercross')).toBe('Ambercross');
    expect(authorityFromTitle('Children whose needs are complex and who need several services working together | Sallowfield')).toBe('Sallowfield');
    expect(authorityFromTitle('Contact us | Sallowfield')).toBe('Contact us | Sallowfield');
    expect(authorityFromTitle('Level 3 – Intensive | Home')).toBeNull();
  });

  it('is none when the title names only a level or the document', () => {
    expect(authorityFromTitle('Level 3 Threshold')).toBeNull();
    expect(authorityFromTitle('Level 3 threshold')).toBeNull();
    expect(authorityFromTitle('Thresholds table')).toBeNull();
    expect(authorityFromTitle('Kilnsey Thresholds Chart')).toBe('Kilnsey');
    expect(authorityFromTitle('Level 2 – Early Help')).toBeNull();
    expect(authorityFromTitle('Multi-agency levels of need')).toBeNull();
    expect(authorityFromTitle(null)).toBeNull();
  });

  it('keeps a title it cannot read whole, as before', () => {
    expect(authorityFromTitle('Fenwyck ready reckoner')).toBe('Fenwyck ready reckoner');
    expect(authorityFromTitle('Marrowby 2023')).toBe('Marrowby 2023');
  });
});

describe('the authority named by a page banner', () => {
  it('is a short first line ending in an organisation\'s words, when the title names none', () => {
    expect(authorityFromLines(['Kilnsey Children\'s Services Procedures Manual', 'Thresholds table'])).toBe('Kilnsey');
    expect(authorityFromLines(['Skip to content', 'Level 3 threshold'])).toBeNull();
    expect(authorityFromLines(['Children who need help from several services are supported by the partnership council'])).toBeNull();
  });
});
