import { describe, expect, it } from 'vitest';
import { reviewedSummary } from './index.ts';

describe('reviewedSummary', () => {
  it('names only the authorities a person reviewed and counts the others', () => {
    expect(reviewedSummary([
      ['Fenmarsh', { reviewed: 6, indicators: 7 }],
      ['Saltmere', { reviewed: 0, indicators: 6 }],
      ['Brisklow', null],
    ])).toBe('Fenmarsh: 6 of 7 indicators reviewed; 2 other authorities not reviewed');
    expect(reviewedSummary([['Fenmarsh', { reviewed: 1, indicators: 2 }], ['Saltmere', { reviewed: 0, indicators: 6 }]]))
      .toBe('Fenmarsh: 1 of 2 indicators reviewed; 1 other authority not reviewed');
  });

  it('is null when nobody reviewed anything', () => {
    expect(reviewedSummary([['Fenmarsh', { reviewed: 0, indicators: 7 }]])).toBeNull();
    expect(reviewedSummary([])).toBeNull();
  });
});
