// England's authorities (src/authorities over corpus/authorities.json, odd-r hex layout), loaded only by the
// views that draw the map or the coverage table.
import type { HexPosition } from '../../model/index.ts';

export type AuthoritiesModule = typeof import('../../authorities/index.ts');

let cache: Promise<AuthoritiesModule> | null = null;

export function loadAuthorities(): Promise<AuthoritiesModule> {
  cache ??= import('../../authorities/index.ts');
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
