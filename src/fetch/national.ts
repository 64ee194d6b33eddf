// `atlas fetch --all` / `--only`: for every authority with a listed address, fetch the address; when it is a
// web page, follow one hop on the same site to the threshold document (or its level pages); save what was
// found as the parts of that authority's document in corpus/national/, write the manifest `atlas ingest`
// reads, record hashes in sources.json, and end with a table: fetched / unchanged / moved / failed, and why.
// Resumable: progress is kept in <out>/.fetch-state.json until the run completes.
import { promises as fs } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Authority, SourceDocument, SourcesFile } from '../authorities/index.ts';
import { checkContent, formatFromUrl, EXTENSIONS, type DocFormat } from './sniff.ts';
import { formatSize } from './size.ts';
import { safeStem } from './plan.ts';
import { documentLinks, levelLinks, linkDate, pageIsThresholdDocument, readPage } from './links.ts';
import { PoliteClient, userAgent, type RequestLog } from './polite.ts';
import { readJson, writeJson } from './json-file.ts';

export interface NationalOptions {
  sourcesPath: string;
  outDir: string;
  /** ONS codes; every authority with an address when absent. */
  only?: string[];
  /** Who site owners can write to; goes into the User-Agent. */
  contact: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
  /** Minimum gap between the starts of two requests to one host (default 1000 ms). */
  delayMs?: number;
  retries?: number;
  backoffMs?: number;
  /** Authorities in flight at once (requests to one host still queue behind each other). */
  concurrency?: number;
  /** Where to connect for a URL (mirrors, loopback tests); the request keeps the URL's Host. */
  connect?: (url: URL) => URL;
  /** Ignore a half-finished run's progress and start again. */
  restart?: boolean;
  /** List the authorities and addresses that would be tried; no network, no writes. */
  dryRun?: boolean;
  signal?: AbortSignal;
  authorityByCode: (code: string) => Authority | undefined;
  /** One line per authority as it finishes, then the table and the summary. */
  log: (line: string) => void;
  progress?: { start(total: number, done: number): void; tick(label: string): void; stop(): void };
  /** DNS check before starting; skipped when `connect` is given. */
  resolveHost?: (host: string) => Promise<unknown>;
  now?: () => Date;
}

export type Outcome = 'fetched' | 'unchanged' | 'moved' | 'failed';

export interface NationalRow {
  onsCode: string;
  name: string;
  outcome: Outcome;
  /** "pdf 1.2 MB, linked from the page", "4 level pages (html, 36 KB)", or the failure reason. */
  detail: string;
  /** The address tried last (the one that worked, when one did). */
  address: string;
  /** Where it redirected to, when moved. */
  movedTo?: string;
  /** Done by an earlier, interrupted run of the same command. */
  resumed?: boolean;
}

export interface NationalReport {
  rows: NationalRow[];
  table: string;
  summary: string;
  exitCode: number;
  requests: RequestLog[];
  /** When each request was let go, per host. */
  starts: { host: string; t: number }[];
  interrupted: boolean;
}

interface Part {
  url: string;
  title: string | null;
  date: string | null;
  bytes: Buffer;
  sha256: string;
  format: DocFormat;
}

type Found =
  | { ok: true; parts: Part[]; finalUrl: string; how: 'document' | 'linked' | 'level pages' | 'page' }
  | { ok: false; reason: string };

/** A manifest entry as `atlas ingest` reads it: one file, or the parts of a document series (one version). */
export interface NationalManifestEntry {
  authorityId: string;
  authority: string;
  onsCode: string;
  version: string;
  layout: string;
  /** The listed address it came from. */
  url: string;
  title: string | null;
  file?: string;
  parts?: { file: string; url: string; title: string | null; date: string | null }[];
}

const STATE = '.fetch-state.json';
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const sameUrl = (a: string, b: string) => a.replace(/\/$/, '') === b.replace(/\/$/, '');

/** The manifest version: the document's own date (a month counts as its first day), else the fetch date. */
function versionOf(dates: (string | null)[], fetchedAt: Date): string {
  const d = dates.filter((x): x is string => !!x && /^\d{4}-\d{2}(-\d{2})?$/.test(x)).sort().at(-1);
  if (d) return d.length === 7 ? `${d}-01` : d;
  return fetchedAt.toISOString().slice(0, 10);
}

export async function runNational(o: NationalOptions): Promise<NationalReport> {
  const now = o.now ?? (() => new Date());
  const empty = (summary: string, exitCode: number): NationalReport => {
    o.log(summary);
    return { rows: [], table: '', summary, exitCode, requests: [], starts: [], interrupted: false };
  };
  let sources: SourcesFile;
  try {
    sources = JSON.parse(await fs.readFile(o.sourcesPath, 'utf8')) as SourcesFile;
    if (!Array.isArray(sources?.sources)) throw new Error('no "sources" list');
  } catch (err) {
    return empty(`${o.sourcesPath}: unreadable (${(err as Error).message})`, 2);
  }
  const only = o.only ? new Set(o.only) : null;
  const chosen = sources.sources.filter((s) => !only || only.has(s.onsCode));
  const unknownAddress = chosen.filter((s) => s.documents.length === 0);
  const todo = chosen.filter((s) => s.documents.length > 0 && o.authorityByCode(s.onsCode));
  if (!todo.length) {
    const names = unknownAddress.map((s) => s.name).join(', ');
    return empty(`nothing to fetch: no address is known for ${only ? names || [...only].join(', ') : `any of the ${sources.sources.length} authorities`}`, 2);
  }

  if (o.dryRun) {
    for (const s of todo) o.log(`${s.onsCode} ${s.name}: would try ${s.documents.map((d) => d.url).join(', then ')}`);
    const n = todo.reduce((k, s) => k + s.documents.length, 0);
    const hosts = new Set(todo.flatMap((s) => s.documents.map((d) => (URL.canParse(d.url) ? new URL(d.url).hostname : ''))));
    return empty(`dry run: ${n} addresses for ${todo.length} authorities on ${hosts.size} hosts${unknownAddress.length ? `; ${unknownAddress.length} with no known address` : ''}`, 0);
  }

  if (!o.connect) {
    const hosts = [...new Set(todo.flatMap((s) => s.documents.map((d) => (URL.canParse(d.url) ? new URL(d.url).hostname : ''))))].filter(Boolean).slice(0, 3);
    const resolve = o.resolveHost ?? ((h: string) => lookup(h));
    let offline: string | null = hosts[0] ?? null;
    for (const h of hosts) {
      try {
        await resolve(h);
        offline = null;
        break;
      } catch (err) {
        if (!DNS_CODES.has((err as NodeJS.ErrnoException).code ?? '')) {
          offline = null;
          break;
        }
      }
    }
    if (offline) return empty(`no network: could not resolve host ${offline}`, 2);
  }

  await fs.mkdir(o.outDir, { recursive: true });
  const statePath = path.join(o.outDir, STATE);
  const selection = todo.map((s) => s.onsCode).sort().join(',');
  const state = (!o.restart && (await readJson<{ selection: string; started: string; rows: NationalRow[] } | null>(statePath, null))) || null;
  const resumed = state && state.selection === selection ? state.rows.map((r) => ({ ...r, resumed: true })) : [];
  const run = { selection, started: state?.selection === selection ? state.started : now().toISOString(), rows: [...resumed] as NationalRow[] };
  if (resumed.length) o.log(`resuming the run started ${run.started}: ${resumed.length} of ${todo.length} authorities already done`);
  const done = new Set(resumed.map((r) => r.onsCode));

  const client = new PoliteClient({
    userAgent: userAgent(o.contact),
    timeoutMs: o.timeoutMs,
    maxBytes: o.maxBytes,
    maxRedirects: o.maxRedirects ?? 5,
    delayMs: o.delayMs ?? 1000,
    retries: o.retries ?? 2,
    backoffMs: o.backoffMs ?? 2000,
    connect: o.connect,
    signal: o.signal,
  });

  // Files, manifest, sources.json and the state file are updated after each authority, one at a time.
  let writing: Promise<void> = Promise.resolve();
  const serially = (fn: () => Promise<void>) => (writing = writing.then(fn, fn));

  const queue = todo.filter((s) => !done.has(s.onsCode));
  o.progress?.start(todo.length, resumed.length);
  let next = 0;
  const lane = async () => {
    while (next < queue.length && !o.signal?.aborted) {
      const entry = queue[next++];
      const authority = o.authorityByCode(entry.onsCode)!;
      const row = await fetchAuthority(authority, entry.documents, client, o);
      if (o.signal?.aborted && row.row.outcome === 'failed' && /interrupted/.test(row.row.detail)) return;
      await serially(async () => {
        if (row.save) await save(o, authority, row.save, row.row, now());
        run.rows.push(row.row);
        await writeJson(statePath, run);
      });
      o.log(`${row.row.onsCode} ${row.row.name}: ${row.row.outcome}${row.row.outcome === 'failed' ? ':' : ','} ${row.row.detail}${row.row.movedTo ? ` (moved to ${row.row.movedTo})` : ''}`);
      o.progress?.tick(`${authority.name}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.concurrency ?? 4, queue.length) }, lane));
  await writing;
  o.progress?.stop();

  const interrupted = !!o.signal?.aborted && run.rows.length < todo.length;
  if (!interrupted) await fs.rm(statePath, { force: true });
  await writeFetchStatus(o, run.rows, now());
  const order = new Map(todo.map((s, i) => [s.onsCode, i]));
  const rows = [...run.rows].sort((a, b) => order.get(a.onsCode)! - order.get(b.onsCode)!);
  const table = formatTable(rows);
  o.log(table);
  let summary = summarise(rows, unknownAddress.length);
  if (interrupted) summary = `interrupted after ${rows.length} of ${todo.length} authorities; run the same command again to resume. ${summary}`;
  o.log(summary);
  const failed = rows.some((r) => r.outcome === 'failed');
  return { rows, table, summary, exitCode: interrupted ? 130 : failed ? 1 : 0, requests: client.requests, starts: client.gate.starts, interrupted };
}

interface Save {
  doc: SourceDocument;
  found: Extract<Found, { ok: true }>;
  hash: string;
  unchanged: boolean;
}

async function fetchAuthority(
  authority: Authority,
  documents: SourceDocument[],
  client: PoliteClient,
  o: NationalOptions,
): Promise<{ row: NationalRow; save?: Save }> {
  const reasons: string[] = [];
  const base = { onsCode: authority.onsCode, name: authority.name };
  for (const doc of documents) {
    const found = await findDocument(doc, client);
    if (!found.ok) {
      reasons.push(documents.length > 1 ? `${shortUrl(doc.url)}: ${found.reason}` : found.reason);
      continue;
    }
    const hash = found.parts.length === 1 ? found.parts[0].sha256 : sha(found.parts.map((p) => p.sha256).join('\n'));
    const unchanged = doc.sha256 === hash && (await filesPresent(o.outDir, authority));
    const moved = !sameUrl(found.finalUrl, doc.url);
    const outcome: Outcome = moved ? 'moved' : unchanged ? 'unchanged' : 'fetched';
    let detail = describe(found);
    if (!unchanged && doc.sha256) detail += ', changed since the last fetch';
    else if (unchanged && moved) detail += ', unchanged';
    return { row: { ...base, outcome, detail, address: doc.url, ...(moved ? { movedTo: found.finalUrl } : {}) }, save: { doc, found, hash, unchanged } };
  }
  return { row: { ...base, outcome: 'failed', detail: reasons.join('; '), address: documents.at(-1)!.url } };
}

function shortUrl(u: string): string {
  return u.length > 80 ? `${u.slice(0, 77)}...` : u;
}

function describe(f: Extract<Found, { ok: true }>): string {
  const bytes = f.parts.reduce((n, p) => n + p.bytes.length, 0);
  if (f.how === 'level pages') return `${f.parts.length} level pages (html, ${formatSize(bytes)})`;
  if (f.parts.length > 1) return `${f.parts.length} parts (${f.parts[0].format}, ${formatSize(bytes)}), linked from the page`;
  const p = f.parts[0];
  return `${p.format} ${formatSize(bytes)}${f.how === 'linked' ? ', linked from the page' : f.how === 'page' ? ', the page itself' : ''}`;
}

/** Fetch one listed address and, from a web page, one hop on the same site to the document or its level pages. */
async function findDocument(doc: SourceDocument, client: PoliteClient): Promise<Found> {
  const byName = formatFromUrl(doc.url);
  const named = byName === 'pdf' || byName === 'docx' ? byName : null;
  const r = await client.get(doc.url, named, named ? `named ${EXTENSIONS[named]}` : '');
  if (!r.ok) return { ok: false, reason: r.message };
  const checked = checkContent(r.bytes, r.contentType, named);
  if ('refused' in checked) return { ok: false, reason: checked.refused };
  const self: Part = { url: r.finalUrl, title: doc.title, date: doc.date, bytes: r.bytes, sha256: r.sha256, format: checked.format };
  if (checked.format !== 'html') return { ok: true, parts: [self], finalUrl: r.finalUrl, how: 'document' };

  const page = readPage(r.bytes.toString('utf8'), r.finalUrl);
  self.title = page.title || doc.title;
  self.date = doc.date ?? page.date;
  const problems: string[] = [];

  const docs = documentLinks(page, r.finalUrl);
  const groups = docs.length && docs[0].part !== null && docs.filter((d) => d.part !== null).length > 1 ? [docs] : docs.slice(0, 3).map((d) => [d]);
  for (const group of groups) {
    const parts: Part[] = [];
    for (const link of group) {
      const fmt = formatFromUrl(link.url);
      const want = fmt === 'pdf' || fmt === 'docx' ? fmt : null;
      const got = await client.get(link.url, want, want ? `named ${EXTENSIONS[want]}` : '');
      if (!got.ok) {
        problems.push(`linked document ${link.url}: ${got.message}`);
        break;
      }
      const c = checkContent(got.bytes, got.contentType, want);
      if ('refused' in c || c.format === 'html') {
        problems.push(`linked document ${link.url}: ${'refused' in c ? c.refused : 'a web page, not a document (only one hop is followed)'}`);
        break;
      }
      parts.push({ url: got.finalUrl, title: link.text || link.title || null, date: linkDate(`${link.text} ${link.title}`) ?? doc.date, bytes: got.bytes, sha256: got.sha256, format: c.format });
    }
    if (parts.length === group.length) return { ok: true, parts, finalUrl: r.finalUrl, how: 'linked' };
  }

  const levels = levelLinks(page, r.finalUrl);
  if (levels.length >= 2) {
    const parts: Part[] = [];
    for (const link of levels) {
      if (sameUrl(link.url, r.finalUrl) || sameUrl(link.url, doc.url)) {
        parts.push({ ...self, title: link.text || self.title });
        continue;
      }
      const got = await client.get(link.url, null, '');
      if (!got.ok) return { ok: false, reason: `level page ${link.url}: ${got.message}` };
      const c = checkContent(got.bytes, got.contentType, null);
      if ('refused' in c) return { ok: false, reason: `level page ${link.url}: ${c.refused}` };
      const sub = c.format === 'html' ? readPage(got.bytes.toString('utf8'), got.finalUrl) : null;
      parts.push({ url: got.finalUrl, title: link.text || sub?.title || null, date: sub?.date ?? doc.date, bytes: got.bytes, sha256: got.sha256, format: c.format });
    }
    return { ok: true, parts, finalUrl: r.finalUrl, how: 'level pages' };
  }

  if (pageIsThresholdDocument(page)) return { ok: true, parts: [self], finalUrl: r.finalUrl, how: 'page' };
  if (problems.length) return { ok: false, reason: problems[0] };
  return { ok: false, reason: `no threshold document found: the page (${page.links.length} links) links to no same-site PDF/DOCX or level pages that say threshold or levels of need` };
}

async function filesPresent(outDir: string, authority: Authority): Promise<boolean> {
  const m = await readJson<{ documents: NationalManifestEntry[] }>(path.join(outDir, 'manifest.json'), { documents: [] });
  const entry = m.documents?.filter((d) => d.authorityId === authority.id).sort((a, b) => a.version.localeCompare(b.version)).at(-1);
  if (!entry) return false;
  const files = entry.file ? [entry.file] : (entry.parts ?? []).map((p) => p.file);
  for (const f of files) {
    try {
      await fs.access(path.join(outDir, f));
    } catch {
      return false;
    }
  }
  return files.length > 0;
}

/** Write the parts, then the manifest entry, then the hashes in sources.json. */
async function save(o: NationalOptions, authority: Authority, s: Save, row: NationalRow, fetchedAt: Date): Promise<void> {
  const manifestPath = path.join(o.outDir, 'manifest.json');
  const manifest = await readJson<{ note?: string; documents: NationalManifestEntry[] }>(manifestPath, { documents: [] });
  let documents = Array.isArray(manifest.documents) ? manifest.documents : [];
  if (!s.unchanged) {
    const version = versionOf([s.doc.date, ...s.found.parts.map((p) => p.date)], fetchedAt);
    const stem = safeStem(`${authority.onsCode}-${authority.id}-${version}`);
    const files: string[] = [];
    for (const [i, p] of s.found.parts.entries()) {
      const file = `${stem}${s.found.parts.length > 1 ? `-${String(i + 1).padStart(2, '0')}` : ''}${EXTENSIONS[p.format]}`;
      const abs = path.join(o.outDir, file);
      const tmp = `${abs}.${process.pid}.part`;
      await fs.writeFile(tmp, p.bytes);
      await fs.rename(tmp, abs);
      files.push(file);
    }
    const formats = [...new Set(s.found.parts.map((p) => p.format))].join('+');
    const entry: NationalManifestEntry = {
      authorityId: authority.id,
      authority: authority.name,
      onsCode: authority.onsCode,
      version,
      layout: s.found.how === 'level pages' ? `real ${formats}, ${files.length} level pages` : `real ${formats}${files.length > 1 ? `, ${files.length} parts` : ''}`,
      url: s.doc.url,
      title: s.found.parts[0].title ?? s.doc.title,
      ...(files.length === 1
        ? { file: files[0] }
        : { parts: s.found.parts.map((p, i) => ({ file: files[i], url: p.url, title: p.title, date: p.date })) }),
    };
    documents = documents.filter((d) => !(d.authorityId === entry.authorityId && d.version === entry.version));
    documents.push(entry);
    documents.sort((a, b) => a.authorityId.localeCompare(b.authorityId) || a.version.localeCompare(b.version));
    await writeJson(manifestPath, {
      note: 'Written by `atlas fetch --all`: one entry per authority and version; a document published as several files or level pages is one entry with "parts" (a series).',
      documents,
    });
  }
  const sources = await readJson<SourcesFile | null>(o.sourcesPath, null);
  const entry = sources?.sources.find((e) => e.onsCode === authority.onsCode);
  const doc = entry?.documents.find((d) => d.url === s.doc.url);
  if (!sources || !doc) return;
  doc.sha256 = s.hash;
  doc.fetched = fetchedAt.toISOString();
  doc.verified = true;
  if (row.movedTo) doc.finalUrl = row.movedTo;
  else delete doc.finalUrl;
  if (s.found.how === 'document') delete doc.parts;
  else doc.parts = s.found.parts.map((p) => ({ url: p.url, title: p.title, date: p.date, sha256: p.sha256 }));
  await writeJson(o.sourcesPath, sources);
}

/** One authority's fetch state for the app's coverage view (`atlas ingest` copies the file next to the index). */
export interface FetchStatusRow {
  onsCode: string;
  state: 'address unknown' | 'address known' | 'fetched' | 'failed';
  addresses: number;
  fetched?: string;
  reason?: string;
  movedTo?: string;
}

/** <out>/fetch-status.json: every authority of sources.json, with what the last fetches achieved. */
async function writeFetchStatus(o: NationalOptions, rows: NationalRow[], at: Date): Promise<void> {
  const sources = await readJson<SourcesFile | null>(o.sourcesPath, null);
  if (!sources) return;
  const lastRow = new Map(rows.map((r) => [r.onsCode, r]));
  const authorities: FetchStatusRow[] = sources.sources.map((e) => {
    const ok = e.documents.filter((d) => d.verified || d.sha256).sort((a, b) => (b.fetched ?? '').localeCompare(a.fetched ?? ''))[0];
    const row = lastRow.get(e.onsCode);
    const base = { onsCode: e.onsCode, addresses: e.documents.length };
    if (!e.documents.length) return { ...base, state: 'address unknown' };
    if (ok) return { ...base, state: 'fetched', fetched: ok.fetched ?? undefined, ...(ok.finalUrl ? { movedTo: ok.finalUrl } : {}), ...(row?.outcome === 'failed' ? { reason: `last try failed: ${row.detail}` } : {}) };
    if (row?.outcome === 'failed') return { ...base, state: 'failed', reason: row.detail };
    return { ...base, state: 'address known' };
  });
  await writeJson(path.join(o.outDir, 'fetch-status.json'), { generated: at.toISOString(), authorities });
}

const REASON_GROUPS: [RegExp, string][] = [
  [/robots\.txt/, 'robots.txt'],
  [/HTTP 404|HTTP 410/, 'not found (404/410)'],
  [/HTTP \d/, 'other HTTP error'],
  [/timed out/, 'timed out'],
  [/no threshold document found/, 'no document found on the page'],
  [/too large/, 'too large'],
  [/refused/, 'refused (type or content)'],
  [/redirect/, 'redirects'],
  [/resolve host/, 'host not found'],
];

function reasonGroup(detail: string): string {
  return REASON_GROUPS.find(([re]) => re.test(detail))?.[1] ?? 'network error';
}

export function summarise(rows: NationalRow[], unknownAddress: number): string {
  const count = (o: Outcome) => rows.filter((r) => r.outcome === o).length;
  const failed = rows.filter((r) => r.outcome === 'failed');
  const why = new Map<string, number>();
  for (const r of failed) why.set(reasonGroup(r.detail), (why.get(reasonGroup(r.detail)) ?? 0) + 1);
  let line = `${rows.length} authorit${rows.length === 1 ? 'y' : 'ies'}: ${count('fetched')} fetched, ${count('unchanged')} unchanged, ${count('moved')} moved, ${failed.length} failed`;
  if (failed.length) line += ` (${[...why].map(([k, n]) => `${n} ${k}`).join(', ')})`;
  if (unknownAddress) line += `; ${unknownAddress} with no known address (not tried)`;
  return line;
}

/** Plain-text table: authority, result, what was found or why not, and the address. */
export function formatTable(rows: NationalRow[]): string {
  const head = ['Authority', 'Result', 'What / why', 'Address'];
  const body = rows.map((r) => [
    `${r.onsCode} ${r.name}`,
    `${r.outcome}${r.resumed ? '*' : ''}`,
    r.detail.length > 110 ? `${r.detail.slice(0, 107)}...` : r.detail,
    r.movedTo ? `${r.address} -> ${r.movedTo}` : r.address,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
  if (rows.some((r) => r.resumed)) out.push('* done by the interrupted run this one resumed');
  return out.join('\n');
}

