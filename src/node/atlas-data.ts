// Node-only: load the built index and profiles (public/data) and resolve the authority arguments
// of `atlas compare / where / lottery` (id, name, unique prefix, id@YYYY-MM-DD, or a document path).
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { AtlasIndex, IndexAuthority, IndexDocument, Profile } from '../model/index.ts';
import { DocumentError, ProfileInvalid, normaliseProfile } from '../model/index.ts';

export class UserError extends Error {}

export interface AtlasData {
  dir: string;
  index: AtlasIndex;
  loadProfile(doc: IndexDocument): Promise<Profile>;
}

export async function loadAtlasData(dir = 'public/data'): Promise<AtlasData> {
  const file = join(dir, 'index.json');
  let index: AtlasIndex;
  try {
    index = JSON.parse(await readFile(file, 'utf8')) as AtlasIndex;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError('no index: run `npx atlas ingest` first');
    throw new UserError(`${file}: ${err instanceof SyntaxError ? 'not valid JSON (truncated? run `npx atlas ingest` again)' : `cannot read (${(err as NodeJS.ErrnoException).code ?? 'unreadable'})`}`);
  }
  if (!index || typeof index !== 'object' || !Array.isArray(index.authorities)) throw new UserError(`${file}: not an atlas index (no list of authorities)`);
  // Authorities or documents without the fields every command relies on are left out, not crashed on.
  index.authorities = index.authorities
    .filter((a) => a && typeof a === 'object' && typeof a.id === 'string')
    .map((a) => ({ ...a, name: typeof a.name === 'string' ? a.name : a.id, documents: (Array.isArray(a.documents) ? a.documents : []).filter((d) => d && typeof d === 'object' && typeof d.file === 'string') }));
  const cache = new Map<string, Promise<Profile>>();
  return {
    dir,
    index,
    loadProfile(doc) {
      let p = cache.get(doc.file);
      if (!p) {
        p = readProfile(join(dir, doc.file));
        cache.set(doc.file, p);
      }
      return p;
    },
  };
}

/** Read and check one profile file; every failure is a UserError naming the file. */
export async function readProfile(file: string): Promise<Profile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: ${code === 'ENOENT' ? 'profile missing (run `npx atlas ingest` again)' : `cannot read (${code ?? 'unreadable'})`}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UserError(`${file}: not valid JSON (truncated? run \`npx atlas ingest\` again)`);
  }
  try {
    return normaliseProfile(raw);
  } catch (err) {
    if (err instanceof ProfileInvalid) throw new UserError(`${file}: ${err.message}`);
    throw err;
  }
}

function lev(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

/** Closest authority names to a mistyped key, for the error line. */
export function suggest(index: AtlasIndex, key: string, n = 3): string[] {
  const k = key.toLowerCase();
  return index.authorities
    .map((a) => ({ a, d: Math.min(lev(k, a.id.toLowerCase()), lev(k, a.name.toLowerCase())) - (a.name.toLowerCase().includes(k) ? 2 : 0) }))
    .sort((x, y) => x.d - y.d || x.a.id.localeCompare(y.a.id))
    .slice(0, n)
    .map((x) => x.a.id);
}

/** id, ONS code or name (case-insensitive), else a unique prefix of id or name. */
export function findIndexAuthority(index: AtlasIndex, key: string): IndexAuthority {
  const k = key.trim().toLowerCase();
  const exact = index.authorities.find((a) => a.id.toLowerCase() === k || a.name.toLowerCase() === k || a.onsCode?.toLowerCase() === k);
  if (exact) return exact;
  const pre = index.authorities.filter((a) => a.id.toLowerCase().startsWith(k) || a.name.toLowerCase().startsWith(k));
  if (pre.length === 1) return pre[0];
  if (pre.length > 1) {
    throw new UserError(`"${key}" matches several authorities: ${pre.slice(0, 6).map((a) => a.id).join(', ')}${pre.length > 6 ? ', ...' : ''}`);
  }
  const s = suggest(index, key);
  throw new UserError(`unknown authority "${key}"${s.length ? `; did you mean ${s.join(', ')}?` : ''}`);
}

/** Latest dated document of an authority (undated ones count as oldest). */
export function latestDocument(a: IndexAuthority): IndexDocument {
  return [...a.documents].sort((x, y) => (x.version ?? '').localeCompare(y.version ?? '')).at(-1)!;
}

const DOC_EXT = new Set(['.pdf', '.docx', '.html', '.htm', '.txt', '.text']);

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Resolve one CLI argument to a profile. */
export async function resolveProfile(arg: string, data: () => Promise<AtlasData>): Promise<Profile> {
  if ((await isFile(arg)) || (DOC_EXT.has(extname(arg).toLowerCase()) && /[\\/]/.test(arg))) {
    return analyseFile(arg);
  }
  const d = await data();
  const at = arg.lastIndexOf('@');
  if (at > 0) {
    const a = findIndexAuthority(d.index, arg.slice(0, at));
    const version = arg.slice(at + 1);
    const doc = a.documents.find((x) => x.version === version || x.profileId === `${a.id}@${version}`);
    if (!doc) {
      const have = a.documents.map((x) => x.version ?? '(undated)').join(', ');
      throw new UserError(`${a.id} has no version ${version}; versions: ${have}`);
    }
    return d.loadProfile(doc);
  }
  return d.loadProfile(latestDocument(findIndexAuthority(d.index, arg)));
}

/** Analyse a document on the fly (not added to the index). */
export async function analyseFile(path: string): Promise<Profile> {
  if (!(await isFile(path))) throw new UserError(`no such file: ${path}`);
  const { DEFAULT_LIMITS, extractOptions } = await import('./limits.ts');
  const s = await stat(path);
  if (s.size > DEFAULT_LIMITS.maxFileMb * 1024 * 1024) throw new UserError(`${path}: larger than ${DEFAULT_LIMITS.maxFileMb} MB`);
  const { analyse } = await import('../pipeline/index.ts');
  const { createHash } = await import('node:crypto');
  const bytes = new Uint8Array(await readFile(resolve(path)));
  const id = basename(path, extname(path)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'document';
  try {
    return await analyse(bytes, path, {
      authorityId: id, authority: null, version: null, hash: createHash('sha256').update(bytes).digest('hex'),
    }, extractOptions(DEFAULT_LIMITS));
  } catch (err) {
    // "atlas compare: <file>: <reason>", like atlas extract
    if (err instanceof DocumentError) throw new UserError(`${path}: ${err.reason}`);
    throw err;
  }
}

/** Latest profile of every authority in the index. */
export async function latestProfilesOf(d: AtlasData, ids?: string[]): Promise<Profile[]> {
  const list = ids ? ids.map((k) => findIndexAuthority(d.index, k)) : d.index.authorities;
  return Promise.all(list.filter((a) => a.documents.length).map((a) => d.loadProfile(latestDocument(a))));
}

/** Every profile in the index (all versions). */
export async function allProfilesOf(d: AtlasData): Promise<Profile[]> {
  return Promise.all(d.index.authorities.flatMap((a) => a.documents.map((doc) => d.loadProfile(doc))));
}

/** {id, hex} of every indexed authority; real ones missing a hex get it from corpus/authorities.json. */
export async function authorityHexes(d: AtlasData): Promise<{ id: string; hex: { q: number; r: number } | null }[]> {
  const missing = d.index.authorities.some((a) => !a.hex && a.onsCode);
  const byCode = missing ? (await import('../authorities/index.ts')).authorityByCode : () => undefined;
  return d.index.authorities.map((a) => ({ id: a.id, hex: a.hex ?? (a.onsCode ? byCode(a.onsCode)?.hex ?? null : null) }));
}

const EXT_FORMAT: Record<string, string> = { '.md': 'md', '.html': 'html', '.htm': 'html', '.csv': 'csv', '.xlsx': 'xlsx', '.json': 'json', '.txt': 'text' };

/** --format wins; else the --out extension; else the terminal table. */
export function chooseFormat(format: string | undefined, out: string | undefined, allowed: readonly string[]): string {
  const f = format ?? (out ? EXT_FORMAT[extname(out).toLowerCase()] : undefined) ?? 'text';
  if (!allowed.includes(f)) throw new UserError(`unknown format "${f}"; use one of ${allowed.join(', ')}`);
  if (f === 'xlsx' && !out) throw new UserError('xlsx is binary: add --out FILE.xlsx');
  return f;
}

/** Write a rendered report to --out (atomically) or stdout. */
export async function emit(body: string | Uint8Array, out: string | undefined): Promise<void> {
  if (!out) {
    // a closed pipe (| head) is not an error
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
    process.stdout.write(body);
    return;
  }
  const { writeFileAtomic } = await import('./atomic.ts');
  await writeFileAtomic(out, body);
  process.stderr.write(`wrote ${out} (${typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength} bytes)\n`);
}
