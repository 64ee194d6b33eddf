import { describe, expect, it } from 'vitest';
import { hexNeighbourPositions, hexNeighbours } from './neighbours.ts';

describe('odd-r hex neighbours', () => {
  it('shifts odd rows right', () => {
    const odd = hexNeighbourPositions({ q: 2, r: 1 }).map((p) => `${p.q},${p.r}`).sort();
    expect(odd).toEqual(['1,1', '2,0', '2,2', '3,0', '3,1', '3,2']);
    const even = hexNeighbourPositions({ q: 2, r: 2 }).map((p) => `${p.q},${p.r}`).sort();
    expect(even).toEqual(['1,1', '1,2', '1,3', '2,1', '2,3', '3,2']);
  });

  it('builds a symmetric adjacency list and ignores unplaced items', () => {
    const items = [
      { id: 'a', hex: { q: 0, r: 0 } }, { id: 'b', hex: { q: 1, r: 0 } }, { id: 'c', hex: { q: 0, r: 1 } },
      { id: 'd', hex: { q: 3, r: 3 } }, { id: 'e', hex: null },
    ];
    const m = hexNeighbours(items);
    expect(m.get('a')).toEqual(['b', 'c']);
    expect(m.get('c')).toEqual(['a', 'b']);
    expect(m.get('b')).toEqual(['a', 'c']);
    expect(m.get('d')).toEqual([]);
    expect(m.get('e')).toEqual([]);
    for (const [id, ns] of m) for (const n of ns) expect(m.get(n)).toContain(id);
  });
});
