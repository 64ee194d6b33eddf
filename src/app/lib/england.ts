// The hex map of England's authorities (corpus/authorities.json, odd-r layout), loaded with the map view only.
import type { HexPosition } from '../../model/index.ts';

export interface EnglandAuthority { onsCode: string; name: string; region: string; hex: HexPosition }

interface RawFile { authorities: { onsCode: string; name: string; region?: string; hex?: HexPosition | null }[] }

let cache: Promise<EnglandAuthority[]> | null = null;

export function loadEngland(): Promise<EnglandAuthority[]> {
  cache ??= import('../../../corpus/authorities.json').then((m) => {
    const raw = (m.default ?? m) as unknown as RawFile;
    return raw.authorities
      .filter((a) => a.hex)
      .map((a) => ({ onsCode: a.onsCode, name: a.name, region: a.region ?? '', hex: a.hex! }));
  });
  return cache;
}

/** Pointy-top hex centres for an odd-r layout whose r grows northwards (as in the ODI hexjson). */
export function hexCentre(h: HexPosition, size: number, maxR: number): { x: number; y: number } {
  const w = Math.sqrt(3) * size;
  return { x: w * (h.q + ((h.r & 1) === 1 ? 0.5 : 0)) + w / 2, y: 1.5 * size * (maxR - h.r) + size };
}

export function hexPoints(cx: number, cy: number, size: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 6; i++) {
    const a = (Math.PI / 180) * (60 * i - 30);
    pts.push(`${(cx + size * Math.cos(a)).toFixed(1)},${(cy + size * Math.sin(a)).toFixed(1)}`);
  }
  return pts.join(' ');
}
