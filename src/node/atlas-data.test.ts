import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasIndex, Profile } from '../model/index.ts';
import { fenmarsh, fenmarsh2025, saltmere } from '../compare/__fixtures__/profiles.ts';
import {
  UserError, allProfilesOf, authorityHexes, chooseFormat, findIndexAuthority, latestProfilesOf, loadAtlasData, resolveProfile,
} from './atlas-data.ts';

let dir: string;

function doc(p: Profile) {
  return {
    profileId: p.id, version: p.version, source: p.source, format: p.format, pages: p.pages,
    indicatorCount: p.indicators.length, scheme: p.scheme, file: `profiles/${p.id}.json`, sourceFile: null, hash: 'x', warnings: [],
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-data-'));
  await mkdir(join(dir, 'profiles'));
  const index: AtlasIndex = {
    schema: 1, generated: '2025-01-01T00:00:00Z', placements: {}, failures: [],
    authorities: [
      { id: 'fenmarsh', name: 'Fenmarsh', onsCode: null, fictional: true, hex: { q: 0, r: 0 }, documents: [doc(fenmarsh), doc(fenmarsh2025)] },
      { id: 'saltmere', name: 'Saltmere', onsCode: null, fictional: true, hex: { q: 1, r: 0 }, documents: [doc(saltmere)] },
      { id: 'salthaven', name: 'Salthaven', onsCode: null, fictional: true, hex: null, documents: [] },
    ],
  };
  await writeFile(join(dir, 'index.json'), JSON.stringify(index));
  for (const p of [fenmarsh, fenmarsh2025, saltmere]) await writeFile(join(dir, 'profiles', `${p.id}.json`), JSON.stringify(p));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('atlas data for compare / where / lottery', () => {
  it('says how to build the index when there is none', async () => {
    await expect(loadAtlasData(join(dir, 'missing'))).rejects.toThrow('no index: run `npx atlas ingest` first');
  });

  it('resolves id, name, unique prefix, and id@version; latest document by default', async () => {
    const load = () => loadAtlasData(dir);
    expect((await resolveProfile('fenmarsh', load)).id).toBe('fenmarsh@2025-09-01');
    expect((await resolveProfile('FENMARSH@2024-04-01', load)).id).toBe('fenmarsh');
    expect((await resolveProfile('Saltmere', load)).id).toBe('saltmere');
    expect((await resolveProfile('saltm', load)).id).toBe('saltmere');
  });

  it('fails in one clear line for ambiguous, unknown or missing versions', async () => {
    const d = await loadAtlasData(dir);
    expect(() => findIndexAuthority(d.index, 'salt')).toThrow(/matches several authorities: saltmere, salthaven/);
    expect(() => findIndexAuthority(d.index, 'fenmrsh')).toThrow(/unknown authority "fenmrsh"; did you mean fenmarsh/);
    await expect(resolveProfile('fenmarsh@2020-01-01', async () => d)).rejects.toThrow('fenmarsh has no version 2020-01-01; versions: 2024-04-01, 2025-09-01');
    await expect(resolveProfile('./nowhere/doc.pdf', async () => d)).rejects.toThrow(UserError);
  });

  it('lists latest profiles, all versions, and hex positions', async () => {
    const d = await loadAtlasData(dir);
    expect((await latestProfilesOf(d)).map((p) => p.id)).toEqual(['fenmarsh@2025-09-01', 'saltmere']);
    expect((await allProfilesOf(d)).map((p) => p.id)).toEqual(['fenmarsh', 'fenmarsh@2025-09-01', 'saltmere']);
    expect(await authorityHexes(d)).toContainEqual({ id: 'saltmere', hex: { q: 1, r: 0 } });
  });

  it('chooses the format from --format, else the --out extension, else text', () => {
    const all = ['text', 'md', 'html', 'csv', 'xlsx', 'json'];
    expect(chooseFormat(undefined, undefined, all)).toBe('text');
    expect(chooseFormat(undefined, 'r.html', all)).toBe('html');
    expect(chooseFormat('csv', 'r.html', all)).toBe('csv');
    expect(() => chooseFormat('xlsx', undefined, all)).toThrow('xlsx is binary: add --out FILE.xlsx');
    expect(() => chooseFormat('pdf', undefined, all)).toThrow(/unknown format "pdf"/);
  });
});
