// `atlas fetch`, node-only: download the documents listed in corpus/sources.json into corpus/real/,
// record them in corpus/real/manifest.json for `atlas ingest`, and their hashes in sources.json.
import { promises as fs } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import path from 'node:path';
import type { Authority, SourcesFile } from '../authorities/index.ts';
import type { Manifest, ManifestEntry } from '../model/index.ts';
import { download, type FailureKind } from './download.ts';
import { planFetch, fileName, type FetchJob } from './plan.ts';
import { checkContent, type DocFormat } from './sniff.ts';
import { formatSize } from './size.ts';
import { readJson, writeJson } from './json-file.ts';

export { parseSize, formatSize } from './size.ts';
export { rebase, safeStem, planFetch } from './plan.ts';
export { sniffFormat, checkContent, checkContentType, formatFromContentType, formatFromUrl } from './sniff.ts';
export { download } from './download.ts';

export interface FetchOptions {
  sourcesPath: string;
  outDir: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
  /** ONS codes to fetch; all listed documents when absent. */
  only?: string[];
  /** Serve every listed URL from this origin instead (tests, mirrors). */
  baseUrl?: string;
  concurrency?: number;
  /** List what would be fetched (label, URL, file stem) and stop: no network, no writes. */
  dryRun?: boolean;
  authorityByCode: (code: string) => Authority | undefined;
  /** One line per document as it finishes, then the summary. */
  log: (line: string) => void;
  /** DNS check before starting; default node:dns lookup. Tests substitute a failing one. */
  resolveHost?: (host: string) => Promise<unknown>;
  now?: () => Date;
}

export interface FetchOutcome {
  onsCode: string;
  label: string;
  /** URL requested (after any base-URL override). */
  url: string;
  /** URL as listed in sources.json. */
  sourceUrl: string;
  ok: boolean;
  message: string;
  kind?: FailureKind;
  file?: string;
  bytes?: number;
  format?: DocFormat;
  sha256?: string;
}

export interface FetchReport {
  results: FetchOutcome[];
  summary: string;
  exitCode: number;
}

const KIND_LABEL: Record<FailureKind, string> = {
  timeout: 'timed out', 'too-large': 'too large', http: 'HTTP error', refused: 'refused',
  redirects: 'too many redirects', dns: 'host not found', network: 'network error',
};
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);

export async function runFetch(opts: FetchOptions): Promise<FetchReport> {
  const now = opts.now ?? (() => new Date());
  const stop = (summary: string, exitCode = 2): FetchReport => {
    opts.log(summary);
    return { results: [], summary, exitCode };
  };
  let sources: SourcesFile;
  try {
    sources = JSON.parse(await fs.readFile(opts.sourcesPath, 'utf8')) as SourcesFile;
    if (!Array.isArray(sources?.sources)) throw new Error('no "sources" list');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return stop(`${opts.sourcesPath}: unreadable (${e instanceof SyntaxError ? 'not valid JSON' : e.code ? `cannot read (${e.code})` : e.message})`);
  }
  const only = opts.only ? new Set(opts.only) : undefined;
  const { jobs, unknown } = planFetch(sources, opts.authorityByCode, { only, baseUrl: opts.baseUrl });
  for (const code of unknown) opts.log(`${code}: skipped: not an authority in corpus/authorities.json`);
  if (jobs.length === 0) {
    const scope = only ? `for ${[...only].join(', ')}` : `for any of its ${sources.sources.length} authorities`;
    return stop(`nothing to fetch: ${opts.sourcesPath} lists no document URL ${scope}`);
  }

  if (opts.dryRun) {
    for (const j of jobs) opts.log(`${j.label}: would fetch ${j.url} as ${j.stem}.${j.named ?? '(pdf|docx|html)'}`);
    const summary = `dry run: ${jobs.length} document${jobs.length === 1 ? '' : 's'} listed for ${new Set(jobs.map((j) => j.authority.onsCode)).size} authorities`;
    opts.log(summary);
    return { results: [], summary, exitCode: 0 };
  }

  const offline = await noNetwork(jobs, opts.resolveHost ?? ((h) => lookup(h)));
  if (offline) return stop(`no network: could not resolve host ${offline}`);

  await fs.mkdir(opts.outDir, { recursive: true });
  const results: FetchOutcome[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await fetchOne(jobs[i], opts, now);
      const r = results[i];
      opts.log(`${r.label}: ${r.message}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 4, jobs.length) }, worker));

  const good = results.filter((r) => r.ok);
  let leftOut: FetchOutcome[] = [];
  if (good.length) {
    const fetchedAt = now();
    leftOut = await updateManifest(opts.outDir, jobs, results, fetchedAt);
    for (const r of leftOut) opts.log(`${r.label}: ${r.message}`);
    await recordHashes(opts.sourcesPath, results, fetchedAt);
  }
  let summary = summarise(results, opts.outDir);
  if (leftOut.length) summary += `; ${leftOut.length} not added to the manifest (same version as another)`;
  opts.log(summary);
  return { results, summary, exitCode: good.length === results.length && leftOut.length === 0 ? 0 : 1 };
}

/** Name of an unresolvable host when none of (up to three) distinct listed hosts resolves; null otherwise. */
async function noNetwork(jobs: FetchJob[], resolveHost: (host: string) => Promise<unknown>): Promise<string | null> {
  const hosts = [...new Set(jobs.map((j) => (URL.canParse(j.url) ? new URL(j.url).hostname : '')))]
    .filter((h) => h && isIP(h.replace(/^\[|\]$/g, '')) === 0 && h !== 'localhost')
    .slice(0, 3);
  if (hosts.length === 0) return null;
  for (const host of hosts) {
    try {
      await resolveHost(host);
      return null;
    } catch (err) {
      if (!DNS_CODES.has((err as NodeJS.ErrnoException).code ?? '')) return null;
    }
  }
  return hosts[0];
}

async function fetchOne(job: FetchJob, opts: FetchOptions, now: () => Date): Promise<FetchOutcome> {
  const base = { onsCode: job.authority.onsCode, label: job.label, url: job.url, sourceUrl: job.document.url };
  const res = await download(job.url, {
    timeoutMs: opts.timeoutMs,
    maxBytes: opts.maxBytes,
    maxRedirects: opts.maxRedirects ?? 5,
    named: job.named,
    namedBy: job.namedBy,
  });
  if (!res.ok) return { ...base, ok: false, kind: res.kind, message: res.message };
  const checked = checkContent(res.bytes, res.contentType, job.named);
  if ('refused' in checked) return { ...base, ok: false, kind: 'refused', message: checked.refused };
  const file = fileName(job.stem, checked.format);
  const abs = path.join(opts.outDir, file);
  const tmp = `${abs}.${process.pid}.${now().getTime()}.part`;
  await fs.writeFile(tmp, res.bytes);
  await fs.rename(tmp, abs);
  return {
    ...base,
    ok: true,
    message: `ok ${formatSize(res.bytes.length)} ${checked.format}`,
    file,
    bytes: res.bytes.length,
    format: checked.format,
    sha256: res.sha256,
  };
}

/** The manifest version: the document's own date when it is a day (or a month: its first day), else the fetch date. */
export function manifestVersion(date: string | null, fetchedAt: Date): string {
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (date && /^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return fetchedAt.toISOString().slice(0, 10);
}


/** Add or replace (same file, or same authority and version) an entry for each document fetched; keep the rest. */
/**
 * Add each fetched document to the manifest, replacing an entry for the same file. A document whose authority
 * already has another file with the same version is left out (ingest needs one document per authority and
 * version): returned so the user is told to date them in sources.json.
 */
async function updateManifest(outDir: string, jobs: FetchJob[], results: FetchOutcome[], fetchedAt: Date): Promise<FetchOutcome[]> {
  const left: FetchOutcome[] = [];
  const file = path.join(outDir, 'manifest.json');
  const manifest = await readJson<Manifest>(file, { documents: [] });
  let documents: ManifestEntry[] = Array.isArray(manifest.documents) ? manifest.documents : [];
  results.forEach((r, i) => {
    if (!r.ok || !r.file) return;
    const job = jobs[i];
    const entry: ManifestEntry = {
      authorityId: job.authority.id,
      authority: job.authority.name,
      file: r.file,
      version: manifestVersion(job.document.date, fetchedAt),
      onsCode: job.authority.onsCode,
      layout: `real ${r.format}`,
    };
    documents = documents.filter((d) => d.file !== entry.file);
    const clash = documents.find((d) => d.authorityId === entry.authorityId && d.version === entry.version);
    if (clash) {
      left.push({ ...r, message: `not added to manifest.json: ${clash.file} is already ${entry.authority}'s version ${entry.version}; give the documents their dates in sources.json` });
      return;
    }
    documents.push(entry);
  });
  documents.sort((a, b) => a.authorityId.localeCompare(b.authorityId) || (a.version ?? '').localeCompare(b.version ?? ''));
  await writeJson(file, { ...manifest, documents });
  return left;
}

/** Set sha256 and fetched on the listed documents that downloaded; others untouched. Re-read so edits made meanwhile survive. */
async function recordHashes(sourcesPath: string, results: FetchOutcome[], fetchedAt: Date): Promise<void> {
  const sources = await readJson<SourcesFile | null>(sourcesPath, null);
  if (!sources || !Array.isArray(sources.sources)) return;
  const done = new Map(results.filter((r) => r.ok).map((r) => [`${r.onsCode} ${r.sourceUrl}`, r]));
  for (const entry of sources.sources) {
    for (const doc of entry.documents) {
      const r = done.get(`${entry.onsCode} ${doc.url}`);
      if (!r) continue;
      doc.sha256 = r.sha256 ?? null;
      doc.fetched = fetchedAt.toISOString();
    }
  }
  await writeJson(sourcesPath, sources);
}

function summarise(results: FetchOutcome[], outDir: string): string {
  const good = results.filter((r) => r.ok);
  const bytes = good.reduce((n, r) => n + (r.bytes ?? 0), 0);
  const authorities = new Set(good.map((r) => r.onsCode)).size;
  let line = `fetched ${good.length} of ${results.length} document${results.length === 1 ? '' : 's'}`;
  if (good.length) line += ` (${formatSize(bytes)}, ${authorities} authorit${authorities === 1 ? 'y' : 'ies'}) into ${outDir}`;
  const failed = results.filter((r) => !r.ok);
  if (failed.length) {
    const counts = new Map<string, number>();
    for (const r of failed) counts.set(KIND_LABEL[r.kind ?? 'network'], (counts.get(KIND_LABEL[r.kind ?? 'network']) ?? 0) + 1);
    line += `; ${failed.length} failed (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')})`;
  }
  return line;
}
