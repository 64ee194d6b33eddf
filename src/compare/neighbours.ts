import type { HexPosition } from '../model/index.ts';

export interface Placed {
  id: string;
  hex: HexPosition | null;
}

// odd-r offset layout: odd rows are shifted right by half a hex, so the diagonal neighbours of a
// cell in an odd row are at q and q+1, in an even row at q-1 and q. Independent of whether r grows up or down.
const EVEN_ROW: [number, number][] = [[1, 0], [-1, 0], [-1, -1], [0, -1], [-1, 1], [0, 1]];
const ODD_ROW: [number, number][] = [[1, 0], [-1, 0], [0, -1], [1, -1], [0, 1], [1, 1]];

/** The six odd-r neighbour positions of a hex. */
export function hexNeighbourPositions(h: HexPosition): HexPosition[] {
  const d = (h.r & 1) === 1 ? ODD_ROW : EVEN_ROW;
  return d.map(([dq, dr]) => ({ q: h.q + dq, r: h.r + dr }));
}

/** Adjacency list (id -> neighbour ids, sorted) from hex positions; items without a hex have none. */
export function hexNeighbours(items: readonly Placed[]): Map<string, string[]> {
  const at = new Map<string, string>();
  for (const it of items) if (it.hex) at.set(`${it.hex.q},${it.hex.r}`, it.id);
  const out = new Map<string, string[]>();
  for (const it of items) {
    const ns: string[] = [];
    if (it.hex) {
      for (const p of hexNeighbourPositions(it.hex)) {
        const id = at.get(`${p.q},${p.r}`);
        if (id !== undefined && id !== it.id) ns.push(id);
      }
    }
    out.set(it.id, ns.sort());
  }
  return out;
}

/** Convenience for lottery(): a lookup function over the adjacency list. */
export function neighbourLookup(items: readonly Placed[]): (authorityId: string) => string[] {
  const m = hexNeighbours(items);
  return (id) => m.get(id) ?? [];
}
