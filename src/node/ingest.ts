import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AtlasIndex, Profile } from '../model/index.ts';
import { topicPlacements } from '../compare/placement.ts';
import { removeStaleTemps, writeFileAtomic } from './atomic.ts';
import { IngestCache, cacheKey, sha256, type ReadOutcome } from './cache.ts';
import { PIPELINE_VERSION } from '../pipeline/version.ts';
import { buildIndex, indexDocument, partCopyFile, previousEntries, profileFile, sourceCopyFile, type IndexedDocument } from './build-index.ts';
import { DEFAULT_LIMITS, extractOptions, type Limits } from './limits.ts';
import { loadAuthorities, planCorpus, type IngestJob } from './manifest.ts';
import { bundled } from './bundle.mjs';
import { AnalysePool } from './pool.ts';
import { createProgress, type ProgressMode } from './progress.ts';
import { addSummaries, writeDatasets } from './summaries.ts';
import { applyReviewsForIngest, type AuthorityReview } from './corrections.ts';

export interface IngestOptions {
  corpus: string;
  out: string;
  /** Cache folder (content-hash cache); default `.cache/ingest`. */
  cacheDir?: string;
  /** Only these authority ids or profile ids; every other document keeps its previous index entry. */
  only?: string[];
  /** Worker threads; default: available cores. */
  jobs?: number;
  limits?: Partial<Limits>;
  /** Module exporting analyse(); default the real pipeline. Tests substitute a stand-in. */
  analyserUrl?: string;
  progress?: ProgressMode;
  /** Copy each source into <out>/docs/ for the app's evidence view (default true). */
  copySources?: boolean;
  /** Called once per document when it is done (diagnostics: `atlas ingest --log`). */
  onDocument?: (d: DocumentReport) => void;
}

export interface DocumentReport {
  source: string;
  ok: boolean;
  cached: boolean;
  pages: number;
  /** Analysis wall time in the worker (0 when cached or refused before analysis). */
  ms: number;
  reason?: string;
}

export interface IngestFailure {
  source: string;
  reason: string;
}

export interface IngestResult {
  index: AtlasIndex;
  ok: number;
  /** Of `ok`, how many came from the cache. */
  cached: number;
  analysed: number;
  failures: IngestFailure[];
  pages: number;
  seconds: number;
  /** Workers started, replacements after time-outs and crashes included. */
  workersStarted: number;
  /** Corrections applied per authority (<corpus>/corrections/), with the stale ones. */
  reviews: AuthorityReview[];
}

const PIPELINE_URL = new URL('../pipeline/index.ts', import.meta.url).href;
/**
 * The real pipeline imports these on first use; workers load them up front (not the DOCX reader: most corpora
 * are PDFs, and a DOCX's first read pays its start-up instead). pdf.worker.mjs is what
 * pdf.js's in-thread "fake worker" would import on the first getDocument(); once loaded it registers
 * globalThis.pdfjsWorker and pdf.js uses it directly.
 */
const PIPELINE_PRELOAD = [
  new URL('../extract/pdf/index.ts', import.meta.url).href,
  'pdfjs-dist/legacy/build/pdf.worker.mjs',
];

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

async function readPreviousIndex(file: string): Promise<AtlasIndex | null> {
  try {
    const idx = JSON.parse(await fs.readFile(file, 'utf8')) as AtlasIndex;
    return idx && idx.schema === 1 && Array.isArray(idx.authorities) ? idx : null;
  } catch {
    return null;
  }
}

/** A buffer whose memory can be handed to a worker without detaching Node's shared small-buffer pool. */
function ownArrayBuffer(buf: Buffer): ArrayBuffer {
  if (buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength && buf.buffer instanceof ArrayBuffer) return buf.buffer;
  const copy = new ArrayBuffer(buf.byteLength);
  new Uint8Array(copy).set(buf);
  return copy;
}

function looksLikeProfile(p: unknown): p is Profile {
  const x = p as Profile;
  return !!x && typeof x.id === 'string' && Array.isArray(x.indicators) && Array.isArray(x.scheme) && typeof x.pages === 'number';
}

/**
 * Ingest every document of every corpus manifest into `out`: profiles/<id>.json, docs/<id>.<ext> and
 * index.json. Analysis runs in a worker pool under per-document limits; results are cached by content
 * hash; every file is written atomically; a failed document keeps its previous entry.
 */
export async function ingest(o: IngestOptions): Promise<IngestResult> {
  const t0 = performance.now();
  const limits: Limits = { ...DEFAULT_LIMITS, ...o.limits };
  const out = path.resolve(o.out);
  const corpus = path.resolve(o.corpus);
  const cache = new IngestCache(path.resolve(o.cacheDir ?? '.cache/ingest'));
  const copySources = o.copySources ?? true;
  await fs.mkdir(path.join(out, 'profiles'), { recursive: true });
  await Promise.all([removeStaleTemps(out), removeStaleTemps(path.join(out, 'profiles')), removeStaleTemps(path.join(out, 'docs'))]);

  const [plan, authorities, prev] = await Promise.all([
    planCorpus(corpus),
    loadAuthorities(corpus),
    readPreviousIndex(path.join(out, 'index.json')),
  ]);
  const previous = previousEntries(prev);
  const only = o.only?.length ? new Set(o.only) : null;
  const selected = only ? plan.jobs.filter((j) => only.has(j.entry.authorityId) || only.has(j.profileId)) : plan.jobs;
  const failures: IngestFailure[] = [...plan.problems];
  if (only) {
    const known = new Set(plan.jobs.flatMap((j) => [j.entry.authorityId, j.profileId]));
    for (const id of only) if (!known.has(id)) failures.push({ source: id, reason: 'no such authority or document in the corpus manifests' });
  }

  const jobFailures = new Map<IngestJob, IngestFailure>();
  /** Profiles as analysed in this run, before any correction. */
  const fresh = new Map<string, Profile>();
  const entries = new Map<string, IndexedDocument>();
  // Documents not selected keep whatever the previous index had for them.
  for (const j of plan.jobs) if (only && !selected.includes(j)) {
    const e = previous.get(j.profileId);
    if (e) entries.set(j.profileId, e);
  }

  const opts = extractOptions(limits);
  // The real pipeline runs from a plain-JS bundle when one can be built (no tsx loader per worker),
  // else through tsx. The bundle's folder is named by the hash of every source file in it, so keying
  // the cache on it re-analyses documents whenever any stage's code or lexicon changes.
  const workerFile = o.analyserUrl ? null : await bundled('worker', 'src/node/worker-pipeline.ts');
  const codeVersion = workerFile ? `${PIPELINE_VERSION}+${path.basename(path.dirname(workerFile))}` : PIPELINE_VERSION;
  // Workers start only on the first cache miss.
  let pool: AnalysePool | null = null;
  let poolReady: Promise<AnalysePool> | null = null;
  const getPool = () =>
    (poolReady ??= (async () => {
      return (pool = new AnalysePool({
        size: Math.max(1, Math.min(o.jobs ?? defaultJobs(), selected.length)),
        analyserUrl: o.analyserUrl ?? PIPELINE_URL,
        preload: o.analyserUrl ? [] : PIPELINE_PRELOAD,
        ...(workerFile ? { workerFile } : {}),
        timeoutMs: limits.timeoutSeconds * 1000,
        heapMb: limits.heapMb,
      }));
    })());

  const progress = createProgress(o.progress ?? 'auto');
  progress.start(selected.length);
  let ok = 0;
  let cached = 0;
  let analysed = 0;
  let pages = 0;

  const processJob = async (job: IngestJob): Promise<void> => {
    let cachedHit = false;
    let ms = 0;
    const fail = (reason: string) => {
      o.onDocument?.({ source: job.source, ok: false, cached: cachedHit, pages: 0, ms: Math.round(ms), reason });
      jobFailures.set(job, { source: job.source, reason });
      const keep = previous.get(job.profileId);
      if (keep) entries.set(job.profileId, keep);
      progress.tick(0, true);
    };
    // A series (manifest `parts`) is read whole: every part within the size limit, hashed together.
    const files = job.parts ?? [{ abs: job.abs, source: job.source, meta: {} }];
    const read: { bytes: Buffer; abs: string; source: string; meta: Record<string, string | undefined>; hash: string }[] = [];
    // A part of a series that cannot be read is left out (a warning in the profile); a single file fails.
    const skipped: string[] = [];
    for (const f of files) {
      let problem: string | null = null;
      try {
        const st = await fs.stat(f.abs);
        if (!st.isFile()) problem = 'not a regular file';
        else if (st.size > limits.maxFileMb * 1024 * 1024) problem = `file is ${(st.size / 1024 / 1024).toFixed(1)} MB, over the ${limits.maxFileMb} MB limit`;
        else {
          const bytes = await fs.readFile(f.abs);
          read.push({ bytes, abs: f.abs, source: f.source, meta: f.meta, hash: sha256(bytes) });
        }
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        problem = code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? 'unreadable'})`;
      }
      if (problem && !job.parts) return fail(problem);
      if (problem) skipped.push(`${f.source}: ${problem}`);
    }
    if (!read.length) return fail(`no part of the series could be read (${skipped.join('; ')})`);
    const bytes = read[0].bytes;
    const hash = job.parts ? sha256(read.map((r) => r.hash).join('\n')) : read[0].hash;
    const meta = {
      authorityId: job.entry.authorityId,
      authority: authorities.get(job.entry.authorityId)?.name ?? job.entry.authority ?? null,
      version: job.entry.version ?? null,
      hash,
    };
    // The key covers every part's bytes (through `hash`), names and manifest metadata.
    const key = cacheKey(hash, job.parts ? { source: job.source, parts: read.map((r) => ({ source: r.source, meta: r.meta })), meta, opts } : { source: job.source, meta, opts }, codeVersion);
    let outcome: ReadOutcome | undefined = await cache.get(key);
    if (outcome) {
      cached += outcome.ok ? 1 : 0;
      cachedHit = true;
    } else {
      const r = await (await getPool()).run({
        bytes: ownArrayBuffer(bytes),
        source: job.source,
        meta,
        opts,
        ...(job.parts ? { parts: read.map((p, k) => ({ bytes: k === 0 ? null : ownArrayBuffer(p.bytes), source: p.source, meta: p.meta })) } : {}),
      });
      ms = r.ms;
      analysed++;
      if (r.ok && !looksLikeProfile(r.profile)) {
        outcome = { ok: false, reason: 'internal error: the pipeline returned no profile' };
      } else {
        outcome = r.ok ? { ok: true, profile: r.profile, profileJson: JSON.stringify(r.profile) } : { ok: false, reason: r.reason };
        if (r.ok || r.deterministic) await cache.put(key, outcome);
      }
    }
    if (!outcome.ok) return fail(outcome.reason);

    const profile = skipped.length ? { ...outcome.profile, warnings: [...outcome.profile.warnings, ...skipped.map((w) => `${w} (part left out)`)] } : outcome.profile;
    const before = previous.get(job.profileId)?.doc;
    const unchanged = before?.hash === hash;
    fresh.set(job.profileId, profile);
    const profilePath = path.join(out, profileFile(profile.id));
    const json = profile === outcome.profile && outcome.profileJson !== undefined ? outcome.profileJson : JSON.stringify(profile);
    if ((await readIfExists(profilePath)) !== json) await writeFileAtomic(profilePath, json);
    let copied = false;
    const partCopies: (string | null)[] = [];
    if (copySources) {
      copied = true;
      const copyPath = path.join(out, sourceCopyFile(profile.id, job.abs));
      // Read again: the bytes given to the worker were transferred (detached).
      if (!job.parts && (!unchanged || !(await fileExists(copyPath)))) await writeFileAtomic(copyPath, await fs.readFile(job.abs));
      // Each part of a series gets its own copy, so the evidence view opens the part an indicator is in.
      if (job.parts) {
        for (const [k, part] of (profile.parts ?? []).entries()) {
          const r = read.find((x) => x.source === part.source);
          if (!r) { partCopies.push(null); continue; }
          const rel = partCopyFile(profile.id, k, r.source);
          const p = path.join(out, rel);
          if (!unchanged || !(await fileExists(p))) await writeFileAtomic(p, await fs.readFile(r.abs));
          partCopies.push(rel);
        }
      }
    }
    entries.set(job.profileId, { doc: indexDocument(job, profile, hash, copied, partCopies), placements: topicPlacements(profile) });
    ok++;
    pages += profile.pages;
    o.onDocument?.({ source: job.source, ok: true, cached: cachedHit, pages: profile.pages, ms: Math.round(ms) });
    progress.tick(profile.pages, false);
  };

  try {
    // Keep a few more documents in flight than workers so reading and hashing overlap analysis; the largest
    // files first, so that no worker is left with a long document while the others have finished.
    await mapConcurrent(await largestFirst(selected), Math.max(2, (o.jobs ?? defaultJobs()) * 2), processJob);
  } finally {
    progress.stop();
    if (pool) await (pool as AnalysePool).close();
  }

  // Failures in manifest order, whatever order the workers finished in.
  for (const j of selected) {
    const f = jobFailures.get(j);
    if (f) failures.push(f);
  }
  const review = await applyReviewsForIngest(out, corpus, plan.jobs.map((j) => ({ authorityId: j.entry.authorityId, profileId: j.profileId, abs: j.abs, parts: j.parts })), entries, fresh);
  failures.push(...review.problems);
  const index = buildIndex(plan.jobs, entries, failures, authorities, new Date().toISOString());
  await addSummaries(out, index, corpus, prev);
  await writeFileAtomic(path.join(out, 'index.json'), JSON.stringify(index, null, 1));
  await writeDatasets(out);
  return {
    index,
    ok,
    cached,
    analysed,
    failures,
    pages,
    seconds: (performance.now() - t0) / 1000,
    workersStarted: pool ? (pool as AnalysePool).started : 0,
    reviews: review.reviews,
  };
}

async function readIfExists(p: string): Promise<string | null> {
  try {
    return await fs.readFile(p, 'utf8');
  } catch {
    return null;
  }
}

async function fileExists(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Jobs by total file size, largest first (manifest order among equals; an unreadable file counts 0). */
async function largestFirst(jobs: IngestJob[]): Promise<IngestJob[]> {
  const size = async (abs: string) => (await fs.stat(abs).catch(() => null))?.size ?? 0;
  const sizes = await Promise.all(jobs.map(async (j) => (j.parts ? (await Promise.all(j.parts.map((p) => size(p.abs)))).reduce((a, b) => a + b, 0) : size(j.abs))));
  return jobs.map((j, i) => ({ j, i })).sort((a, b) => sizes[b.i] - sizes[a.i] || a.i - b.i).map((x) => x.j);
}

async function mapConcurrent<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

