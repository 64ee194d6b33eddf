import type { HexPosition } from '../model/index.ts';
import { hexNeighbourPositions } from '../authorities/hex.ts';

export { hexNeighbourPositions };

export interface Placed {
  id: string;
  hex: HexPosition | null;
}

// Positions come from the one odd-r helper in src/authorities/hex.ts (odd rows shifted right);
// this module turns them into an adjacency list over ids, tolerating items without a hex.

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
