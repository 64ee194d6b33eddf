// Loading the built data in public/data/ (relative to the page, so the site works under any path).
import type { AtlasIndex, Profile } from '../../model/index.ts';
import { normaliseProfile, ProfileInvalid } from '../../model/profile-check.ts';

export class DataError extends Error {
  constructor(readonly url: string, readonly reason: string) {
    super(`${url} ${reason}`);
    this.name = 'DataError';
  }
}

/** Which built data set the app reads: the national atlas (data/national/) or the fictional sample (data/). */
export type Dataset = 'national' | 'sample';

let root: Dataset = 'sample';

export function setDataset(d: Dataset): void {
  root = d;
}

const prefix = (d: Dataset) => (d === 'national' ? 'national/' : '');

export function dataUrl(file: string, dataset: Dataset = root): string {
  return new URL(`data/${prefix(dataset)}${file.split('/').map(encodeURIComponent).join('/')}`, document.baseURI).href;
}

async function getJson<T>(file: string, dataset: Dataset = root): Promise<T> {
  const url = dataUrl(file, dataset);
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

/** data/datasets.json: which data sets were built (null for data from before it existed). */
let datasetsFile: Promise<{ national?: boolean; sample?: boolean } | null> | null = null;
export function fetchDatasets(): Promise<{ national?: boolean; sample?: boolean } | null> {
  datasetsFile ??= getJson<{ national?: boolean; sample?: boolean }>('datasets.json', 'sample').catch(() => null);
  return datasetsFile;
}

/** The national index when one was built and lists any authority; null otherwise (no error: the sample is used). */
export async function fetchNationalIndex(): Promise<AtlasIndex | null> {
  // data/datasets.json (written by every `atlas ingest`) says whether there is one; asking blindly would log a 404.
  const datasets = await fetchDatasets();
  if (!datasets?.national) return null;
  try {
    const idx = await getJson<AtlasIndex>('index.json', 'national');
    if (!idx || !Array.isArray(idx.authorities) || !idx.authorities.length) return null;
    idx.placements ??= {};
    idx.failures ??= [];
    return idx;
  } catch {
    return null;
  }
}

/** Optional extra data files (fetch-status.json, lottery/<topic>.json): null when absent. */
export async function fetchOptional<T>(file: string): Promise<T | null> {
  try {
    return await getJson<T>(file);
  } catch (e) {
    if (e instanceof DataError && /is missing/.test(e.reason)) return null;
    throw e;
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
