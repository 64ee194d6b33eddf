import { describe, expect, it } from 'vitest';
import { BANDS } from '../../model/index.ts';
import { BAND_STYLE, bandsLong, bandsShort } from './bands.ts';

function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
const contrast = (a: string, b: string) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };

describe('band palette', () => {
  it('has a style for every canonical band, darker as need rises', () => {
    const lum = BANDS.map((b) => luminance(BAND_STYLE[b].fill));
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1]);
  });
  it('label ink meets WCAG AA (4.5:1) on every fill', () => {
    for (const b of BANDS) expect(contrast(BAND_STYLE[b].fill, BAND_STYLE[b].ink)).toBeGreaterThanOrEqual(4.5);
  });
  it('labels ranges by their ends, never collapsing them', () => {
    expect(bandsShort(['child_protection', 'child_in_need'])).toBe('CIN–CP');
    expect(bandsShort(['early_help'])).toBe('EH');
    expect(bandsLong([])).toBe('unmapped');
    expect(bandsLong(['early_help', 'targeted_early_help'])).toBe('Early help to Targeted early help');
  });
});
