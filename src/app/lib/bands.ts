// Band palette and labels for the app. Sequential viridis steps: ordered, colour-blind safe and readable in
// greyscale print; every use also carries a text label or abbreviation, never colour alone.
import { BANDS, type BandId } from '../../model/index.ts';

export interface BandStyle { label: string; short: string; fill: string; ink: string }

export const BAND_STYLE: Record<BandId, BandStyle> = {
  universal: { label: 'Universal', short: 'U', fill: '#fde725', ink: '#1a1a1a' },
  early_help: { label: 'Early help', short: 'EH', fill: '#7ad151', ink: '#1a1a1a' },
  targeted_early_help: { label: 'Targeted early help', short: 'TEH', fill: '#22a884', ink: '#1a1a1a' },
  child_in_need: { label: 'Child in need (s17)', short: 'CIN', fill: '#2a788e', ink: '#ffffff' },
  child_protection: { label: 'Child protection (s47)', short: 'CP', fill: '#414487', ink: '#ffffff' },
};

export const NO_DOCUMENT = { label: 'No document yet', fill: '#d9d9d9', ink: '#1a1a1a' };
export const NOT_PLACED = { label: 'Topic not found in document', fill: '#ffffff', ink: '#1a1a1a' };

export function isBand(x: string): x is BandId {
  return (BANDS as readonly string[]).includes(x);
}

/** Sorted, de-duplicated and contiguous-checked label: "CIN" or "CIN–CP". */
export function bandsShort(bands: readonly BandId[]): string {
  const idx = bands.map((b) => BANDS.indexOf(b)).filter((i) => i >= 0).sort((a, b) => a - b);
  if (!idx.length) return '?';
  const lo = BAND_STYLE[BANDS[idx[0]]].short;
  const hi = BAND_STYLE[BANDS[idx[idx.length - 1]]].short;
  return lo === hi ? lo : `${lo}–${hi}`;
}

export function bandsLong(bands: readonly BandId[]): string {
  const idx = bands.map((b) => BANDS.indexOf(b)).filter((i) => i >= 0).sort((a, b) => a - b);
  if (!idx.length) return 'unmapped';
  const lo = BAND_STYLE[BANDS[idx[0]]].label;
  const hi = BAND_STYLE[BANDS[idx[idx.length - 1]]].label;
  return lo === hi ? lo : `${lo} to ${hi}`;
}
