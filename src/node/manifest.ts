import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { HexPosition, Manifest, ManifestEntry } from '../model/index.ts';
import { isSafeId, isSafeVersion, resolveInside } from './safe-path.ts';

/** One document to ingest, validated: its file is inside its manifest's folder and its ids are safe. */
export interface IngestJob {
  entry: ManifestEntry;
  profileId: string;
  /** Absolute path of the source file. */
  abs: string;
  /** Path shown to users and stored in profiles: relative to the working directory, POSIX separators. */
  source: string;
  /**
   * A document series (manifest `parts`): every file, in order, with the metadata the manifest gives for it.
   * `abs`/`source` are then the first part's.
   */
  parts?: JobPart[];
}

export interface JobPart {
  abs: string;
  source: string;
  meta: { url?: string; title?: string; date?: string };
}

const MAX_PARTS = 200;

/** A manifest part's optional url/title/date: short strings only. */
function partMeta(p: Record<string, unknown>): JobPart['meta'] {
  const out: JobPart['meta'] = {};
  for (const k of ['url', 'title', 'date'] as const) {
    const v = p[k];
    if (typeof v === 'string' && v.length <= 500 && !/[\u0000-\u001f]/.test(v)) out[k] = v;
  }
  return out;
}

export interface ManifestProblem {
  source: string;
  reason: string;
}

export interface CorpusPlan {
  jobs: IngestJob[];
  problems: ManifestProblem[];
}

export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel).split(path.sep).join('/');
}

/** Manifests are corpus/<set>/manifest.json, plus corpus/manifest.json when the folder is itself a set. */
export async function findManifests(corpus: string): Promise<string[]> {
  const found: string[] = [];
  const own = path.join(corpus, 'manifest.json');
  if (await exists(own)) found.push(own);
  let names: string[] = [];
  try {
    names = (await fs.readdir(corpus, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    throw new Error(`${displayPath(corpus)}: corpus folder not found`);
  }
  for (const n of names) {
    // The national corpus (`atlas fetch --all`) is ingested on its own, into public/data/national.
    if (n === 'national') continue;
    const m = path.join(corpus, n, 'manifest.json');
    if (await exists(m)) found.push(m);
  }
  return found;
}

/** Whether a path exists (file or folder). */
export async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

/** Read and validate every manifest; bad entries become problems, never exceptions. */
export async function planCorpus(corpus: string): Promise<CorpusPlan> {
  const jobs: IngestJob[] = [];
  const problems: ManifestProblem[] = [];
  const seen = new Set<string>();
  for (const manifestFile of await findManifests(corpus)) {
    const shown = displayPath(manifestFile);
    let manifest: Manifest;
    try {
      manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8')) as Manifest;
      if (!manifest || !Array.isArray(manifest.documents)) throw new Error('no "documents" list');
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      // never JSON.parse's own text ("Unexpected end of JSON input")
      const why = e instanceof SyntaxError ? 'not valid JSON' : e.code ? `cannot read (${e.code})` : e.message;
      problems.push({ source: shown, reason: `unreadable manifest (${why})` });
      continue;
    }
    const root = path.dirname(manifestFile);
    manifest.documents.forEach((entry, i) => {
      const series = entry && typeof entry === 'object' && Array.isArray(entry.parts);
      const firstFile = series ? (entry.parts![0] as { file?: unknown } | undefined)?.file : entry?.file;
      const abs = resolveInside(root, firstFile);
      const label = abs ? displayPath(abs) : `${shown} (document ${i + 1})`;
      const bad = (reason: string) => problems.push({ source: label.replace(/[\u0000-\u001f]/g, '?'), reason });
      if (!entry || typeof entry !== 'object') return bad('manifest entry is not an object');
      if (!isSafeId(entry.authorityId)) return bad(`invalid authorityId ${JSON.stringify(entry.authorityId)} (allowed: a-z, 0-9, - and _)`);
      if (!isSafeVersion(entry.version)) return bad(`invalid version ${JSON.stringify(entry.version)} (expected YYYY-MM-DD)`);
      let parts: JobPart[] | undefined;
      if (series) {
        const list = entry.parts as unknown[];
        if (!list.length) return bad('"parts" is empty');
        if (list.length > MAX_PARTS) return bad(`${list.length} parts (at most ${MAX_PARTS})`);
        parts = [];
        for (const [k, raw] of list.entries()) {
          const part = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
          const partAbs = resolveInside(root, part.file);
          if (!partAbs) return bad(`part ${k + 1}: file path ${JSON.stringify(part.file ?? null)} is outside the manifest's folder or malformed`);
          parts.push({ abs: partAbs, source: displayPath(partAbs), meta: partMeta(part) });
        }
        if (new Set(parts.map((p) => p.abs)).size !== parts.length) return bad('the same file is listed twice in "parts"');
      }
      if (!abs) return bad(`file path ${JSON.stringify(entry.file)} is outside the manifest's folder or malformed`);
      const version = entry.version ?? null;
      const profileId = version ? `${entry.authorityId}@${version}` : entry.authorityId;
      if (seen.has(profileId)) return bad(`duplicate document ${profileId} (already listed)`);
      seen.add(profileId);
      const file = series ? (firstFile as string) : entry.file;
      jobs.push({ entry: { ...entry, file, version }, profileId, abs, source: displayPath(abs), ...(parts ? { parts } : {}) });
    });
  }
  return { jobs, problems };
}

/** Real authorities' names, ONS codes and hex positions (corpus/authorities.json), keyed by authority id. */
export interface AuthorityInfo {
  id: string;
  name?: string;
  onsCode?: string | null;
  hex?: HexPosition | null;
}

export async function loadAuthorities(corpus: string): Promise<Map<string, AuthorityInfo>> {
  const out = new Map<string, AuthorityInfo>();
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(path.join(corpus, 'authorities.json'), 'utf8'));
  } catch {
    return out;
  }
  const list: unknown[] = Array.isArray(raw)
    ? raw
    : raw && typeof raw === 'object' && Array.isArray((raw as { authorities?: unknown[] }).authorities)
      ? (raw as { authorities: unknown[] }).authorities
      : raw && typeof raw === 'object'
        ? Object.entries(raw as Record<string, object>).map(([id, v]) => ({ id, ...v }))
        : [];
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const a = item as Record<string, unknown>;
    const id = (a.id ?? a.authorityId ?? a.slug) as unknown;
    if (!isSafeId(id)) continue;
    const hex = a.hex && typeof a.hex === 'object' && Number.isFinite((a.hex as HexPosition).q) && Number.isFinite((a.hex as HexPosition).r)
      ? { q: (a.hex as HexPosition).q, r: (a.hex as HexPosition).r }
      : Number.isFinite(a.q) && Number.isFinite(a.r)
        ? { q: a.q as number, r: a.r as number }
        : null;
    const info: AuthorityInfo = {
      id,
      name: typeof a.name === 'string' ? a.name : undefined,
      onsCode: typeof a.onsCode === 'string' ? a.onsCode : typeof a.ons === 'string' ? a.ons : null,
      hex,
    };
    out.set(id, info);
    // Manifests may name a real authority by ONS code too.
    if (info.onsCode) out.set(info.onsCode, info);
  }
  return out;
}
