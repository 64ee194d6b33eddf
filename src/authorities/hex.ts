import type { HexPosition } from '../model/types.ts';

/** Neighbour offsets in an odd-r layout (odd rows shifted right), for even and odd rows. */
const EVEN_ROW: ReadonlyArray<readonly [number, number]> = [[1, 0], [-1, 0], [-1, -1], [0, -1], [-1, 1], [0, 1]];
const ODD_ROW: ReadonlyArray<readonly [number, number]> = [[1, 0], [-1, 0], [0, -1], [1, -1], [0, 1], [1, 1]];

/** The six positions around a hex in an odd-r layout. */
export function hexNeighbourPositions({ q, r }: HexPosition): HexPosition[] {
  // `r & 1` is 1 for odd rows, negative ones included.
  return ((r & 1) === 1 ? ODD_ROW : EVEN_ROW).map(([dq, dr]) => ({ q: q + dq, r: r + dr }));
}

/** For each item, the ids of the items on adjacent hexes (odd-r), in input order. */
export function hexNeighbours<Id extends string>(items: { id: Id; hex: HexPosition }[]): Map<Id, Id[]> {
  const at = new Map<string, Id>();
  for (const item of items) at.set(`${item.hex.q},${item.hex.r}`, item.id);
  const order = new Map(items.map((item, i) => [item.id, i]));
  const result = new Map<Id, Id[]>();
  for (const item of items) {
    const ids: Id[] = [];
    for (const p of hexNeighbourPositions(item.hex)) {
      const id = at.get(`${p.q},${p.r}`);
      if (id !== undefined && id !== item.id) ids.push(id);
    }
    ids.sort((a, b) => order.get(a)! - order.get(b)!);
    result.set(item.id, ids);
  }
  return result;
}
