// Loading the built data in public/data/ (relative to the page, so the site works under any path).
import type { AtlasIndex, Profile } from '../../model/index.ts';
import { normaliseProfile, ProfileInvalid } from '../../model/profile-check.ts';

export class DataError extends Error {
  constructor(readonly url: string, readonly reason: string) {
    super(`${url} ${reason}`);
    this.name = 'DataError';
  }
}

export function dataUrl(file: string): string {
  return new URL(`data/${file.split('/').map(encodeURIComponent).join('/')}`, document.baseURI).href;
}

async function getJson<T>(file: string): Promise<T> {
  const url = dataUrl(file);
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-cache' });
  } catch (e) {
    throw new DataError(file, `could not be fetched (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!res.ok) throw new DataError(file, res.status === 404 ? 'is missing (run `npx atlas ingest`)' : `HTTP ${res.status}`);
  try {
    return (await res.json()) as T;
  } catch {
    throw new DataError(file, 'is not valid JSON');
  }
}

export async function fetchIndex(): Promise<AtlasIndex> {
  const idx = await getJson<AtlasIndex>('index.json');
  if (!idx || !Array.isArray(idx.authorities)) throw new DataError('index.json', 'has no authorities list');
  idx.placements ??= {};
  idx.failures ??= [];
  return idx;
}

export async function fetchProfile(file: string): Promise<Profile> {
  const p = await getJson<unknown>(file);
  if (!p || typeof p !== 'object' || !Array.isArray((p as Profile).scheme)) throw new DataError(file, 'is not a profile');
  try {
    // fills in what an older or hand-edited profile lacks, so no view meets "topics is not iterable"
    return normaliseProfile(p);
  } catch (err) {
    if (err instanceof ProfileInvalid) throw new DataError(file, 'is not a profile');
    throw err;
  }
}

export async function fetchBytes(file: string): Promise<Uint8Array> {
  const url = dataUrl(file);
  const res = await fetch(url);
  if (!res.ok) throw new DataError(file, `HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}
