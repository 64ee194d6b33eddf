import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  ONS_CODE, authorities, authoritiesByFormerCode, authoritiesFile, authorityByCode, authorityByName, findAuthority, hexNeighbours,
  normaliseAuthorityName, partnershipMembers,
} from './index.ts';

const hexmap = JSON.parse(
  readFileSync(new URL('../../corpus/hexmap/uk-upper-tier-local-authorities-2023.hexjson', import.meta.url), 'utf8'),
) as { layout: string; hexes: Record<string, { n: string; q: number; r: number; region: string }> };

describe('corpus/authorities.json', () => {
  it('lists the 153 authorities with children\'s services, Isles of Scilly and City of London included', () => {
    expect(authorities).toHaveLength(153);
    expect(authorityByCode('E06000053')?.name).toBe('Isles of Scilly');
    expect(authorityByCode('E09000001')?.name).toBe('City of London');
    const byType = (prefix: string) => authorities.filter((a) => a.onsCode.startsWith(prefix)).length;
    expect([byType('E06'), byType('E08'), byType('E09'), byType('E10')]).toEqual([63, 36, 33, 21]);
  });

  it('has unique, well-formed ONS codes, ids and names', () => {
    for (const a of authorities) expect(a.onsCode).toMatch(ONS_CODE);
    expect(new Set(authorities.map((a) => a.onsCode)).size).toBe(153);
    expect(new Set(authorities.map((a) => a.id)).size).toBe(153);
    expect(new Set(authorities.map((a) => normaliseAuthorityName(a.name))).size).toBe(153);
    for (const a of authorities) expect(a.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('applies the 2019-2023 reorganisations', () => {
    for (const gone of ['E10000002', 'E10000006', 'E10000021', 'E10000023', 'E10000027', 'E06000028', 'E06000029', 'E10000009']) {
      expect(authorityByCode(gone), gone).toBeUndefined();
    }
    const expected: Record<string, string> = {
      E06000058: 'Bournemouth, Christchurch and Poole', E06000059: 'Dorset', E06000060: 'Buckinghamshire',
      E06000061: 'North Northamptonshire', E06000062: 'West Northamptonshire', E06000063: 'Cumberland',
      E06000064: 'Westmorland and Furness', E06000065: 'North Yorkshire', E06000066: 'Somerset',
    };
    for (const [code, name] of Object.entries(expected)) expect(authorityByCode(code)?.name).toBe(name);
    const successors = (code: string) => authoritiesByFormerCode(code).map((a) => a.name).sort();
    expect(successors('E10000021')).toEqual(['North Northamptonshire', 'West Northamptonshire']);
    expect(successors('E10000006')).toEqual(['Cumberland', 'Westmorland and Furness']);
    expect(successors('e10000023')).toEqual(['North Yorkshire']);
    expect(successors('E06000029')).toEqual(['Bournemouth, Christchurch and Poole']);
    expect(successors('E08000025')).toEqual([]);
    for (const a of authorities) for (const c of a.formerCodes) expect(authorityByCode(c), c).toBeUndefined();
  });

  it('puts every authority in one of the nine English regions, with London exactly the E09 codes', () => {
    const regions = new Map(authoritiesFile.regions.map((r) => [r.code, r.name]));
    expect(regions.size).toBe(9);
    for (const a of authorities) expect(regions.get(a.regionCode)).toBe(a.region);
    expect(authorities.filter((a) => a.region === 'London').map((a) => a.onsCode).every((c) => c.startsWith('E09'))).toBe(true);
    expect(authorities.filter((a) => a.region === 'London')).toHaveLength(33);
    expect(authorityByCode('E06000063')?.region).toBe('North West');
    expect(authorityByCode('E06000065')?.region).toBe('Yorkshire and The Humber');
  });

  it('gives a partnership the same name wherever its id appears', () => {
    const names = new Map<string, Set<string>>();
    for (const a of authorities) {
      if (!a.partnership) continue;
      names.set(a.partnership.id, (names.get(a.partnership.id) ?? new Set()).add(a.partnership.name));
    }
    for (const [id, set] of names) expect(set.size, id).toBe(1);
    expect(partnershipMembers('E06000058').map((a) => a.name).sort()).toEqual(['Bournemouth, Christchurch and Poole', 'Dorset']);
    expect(partnershipMembers('E06000053').map((a) => a.onsCode).sort()).toEqual(['E06000052', 'E06000053']);
  });

  it('finds authorities by code, slug and name variants', () => {
    expect(authorityByName('City of Bristol')?.onsCode).toBe('E06000023');
    expect(authorityByName('bristol')?.onsCode).toBe('E06000023');
    expect(authorityByName('St Helens')?.onsCode).toBe('E08000013');
    expect(authorityByName('Brighton & Hove')?.onsCode).toBe('E06000043');
    expect(findAuthority('e08000025')?.name).toBe('Birmingham');
    expect(findAuthority('kingston-upon-hull')?.onsCode).toBe('E06000010');
    expect(findAuthority('Nowhere')).toBeUndefined();
  });
});

describe('corpus/hexmap', () => {
  it('has exactly one hex per authority and no two authorities on one hex', () => {
    expect(hexmap.layout).toBe('odd-r');
    expect(Object.keys(hexmap.hexes).sort()).toEqual(authorities.map((a) => a.onsCode).sort());
    for (const a of authorities) {
      const h = hexmap.hexes[a.onsCode];
      expect({ q: h.q, r: h.r }, a.name).toEqual(a.hex);
      expect(h.n).toBe(a.name);
      expect(h.region).toBe(a.regionCode);
    }
    expect(new Set(authorities.map((a) => `${a.hex.q},${a.hex.r}`)).size).toBe(153);
  });

  it('places the new authorities beside their neighbours', () => {
    const n = hexNeighbours(authorities.map((a) => ({ id: a.onsCode, hex: a.hex })));
    expect(n.get('E06000063')).toContain('E06000064'); // Cumberland - Westmorland and Furness
    expect(n.get('E06000064')).toContain('E10000017'); // Westmorland and Furness - Lancashire
    expect(n.get('E06000061')).toContain('E06000062'); // North - West Northamptonshire
    expect(n.get('E06000062')).toContain('E10000031'); // West Northamptonshire - Warwickshire
    expect(n.get('E06000062')).toContain('E10000025'); // West Northamptonshire - Oxfordshire
    expect(n.get('E06000061')).toContain('E10000018'); // North Northamptonshire - Leicestershire
  });
});

describe('hexNeighbours (odd-r)', () => {
  const item = (id: string, q: number, r: number) => ({ id, hex: { q, r } });

  it('uses the even-row offsets', () => {
    const centre = item('c', 5, 4);
    const around = [item('e', 6, 4), item('w', 4, 4), item('sw', 4, 3), item('se', 5, 3), item('nw', 4, 5), item('ne', 5, 5)];
    const far = [item('x', 6, 3), item('y', 6, 5), item('z', 5, 6)];
    const n = hexNeighbours([centre, ...around, ...far]);
    expect(n.get('c')).toEqual(['e', 'w', 'sw', 'se', 'nw', 'ne']);
  });

  it('uses the odd-row offsets (odd rows shifted right), negative rows included', () => {
    const centre = item('c', 5, 3);
    const around = [item('e', 6, 3), item('w', 4, 3), item('sw', 5, 2), item('se', 6, 2), item('nw', 5, 4), item('ne', 6, 4)];
    const far = [item('x', 4, 2), item('y', 4, 4)];
    const n = hexNeighbours([centre, ...around, ...far]);
    expect(n.get('c')).toEqual(['e', 'w', 'sw', 'se', 'nw', 'ne']);
    const neg = hexNeighbours([item('a', 0, -1), item('b', 1, 0), item('c', -1, 0)]);
    expect(neg.get('a')).toEqual(['b']);
  });

  it('is symmetric on the real map and known pairs hold', () => {
    const n = hexNeighbours(authorities.map((a) => ({ id: a.onsCode, hex: a.hex })));
    for (const [id, ids] of n) for (const other of ids) expect(n.get(other), `${other} -> ${id}`).toContain(id);
    expect(n.get('E08000003')).toContain('E08000009'); // Manchester - Trafford
    expect(n.get('E06000053')).toEqual([]); // Isles of Scilly: an island
    expect(n.get('E06000046')).toEqual([]); // Isle of Wight
  });
});
