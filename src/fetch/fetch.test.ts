// `atlas fetch` against a loopback server (node:http on 127.0.0.1) serving good, slow, huge,
// wrong-type, missing, looping and DOCX documents. No outside network is touched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import { authorityByCode } from '../authorities/index.ts';
import type { SourcesFile } from '../authorities/index.ts';
import type { Manifest } from '../model/index.ts';
import { runFetch, type FetchOptions } from './index.ts';

const PDF = Buffer.from('%PDF-1.4\n% Fictional test document for Threshold Atlas\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const HTML = Buffer.from('<!DOCTYPE html><html><head><title>Fictional levels of need</title></head><body><h1>Level 1</h1></body></html>');
let DOCX: Buffer;

const sockets = new Set<import('node:net').Socket>();
let server: http.Server;
let base: string;
let dir: string;

function route(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = req.url ?? '/';
  const send = (status: number, type: string | null, body: Buffer | string) => {
    const headers: http.OutgoingHttpHeaders = { 'content-length': Buffer.byteLength(body) };
    if (type) headers['content-type'] = type;
    res.writeHead(status, headers).end(body);
  };
  switch (url) {
    case '/docs/good.pdf': return send(200, 'application/pdf', PDF);
    case '/docs/octet.pdf': return send(200, 'application/octet-stream', PDF);
    case '/docs/good.docx': return send(200, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', DOCX);
    case '/docs/levels-of-need': return send(200, 'text/html; charset=utf-8', HTML);
    case '/docs/wrong-type.pdf': return send(200, 'text/html; charset=utf-8', HTML);
    case '/docs/disguised.pdf': return send(200, 'application/octet-stream', HTML);
    case '/docs/not-word.docx': return send(200, 'application/octet-stream', Buffer.from('PK\u0003\u0004 a zip with nothing from Word in it'));
    case '/docs/image.pdf': return send(200, 'image/png', Buffer.from('\u0089PNG'));
    case '/docs/moved.pdf': res.writeHead(301, { location: '/docs/moved-again.pdf' }).end(); return;
    case '/docs/moved-again.pdf': res.writeHead(302, { location: `${base}/docs/good.pdf` }).end(); return;
    case '/docs/loop-a.pdf': res.writeHead(302, { location: '/docs/loop-b.pdf' }).end(); return;
    case '/docs/loop-b.pdf': res.writeHead(307, { location: '/docs/loop-a.pdf' }).end(); return;
    case '/docs/to-ftp.pdf': res.writeHead(302, { location: 'ftp://127.0.0.1/docs/good.pdf' }).end(); return;
    case '/docs/declared-huge.pdf':
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': 10 * 1024 ** 3 });
      res.write(PDF);
      return; // never ends; the client must refuse on the header
    case '/docs/huge.pdf': {
      // no content-length: an endless chunked stream that starts like a PDF
      res.writeHead(200, { 'content-type': 'application/pdf' });
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      res.write(PDF);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
      return;
    }
    case '/docs/gzipped.pdf':
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-encoding': 'gzip' }).end(gzipSync(PDF));
      return;
    case '/docs/silent.pdf':
      return; // accepts the connection, never answers
    case '/docs/slow.pdf':
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': 100_000 });
      res.write('%PDF-1.4\n'); // then silence
      return;
    default:
      return send(404, 'text/html', 'not here');
  }
}

beforeAll(async () => {
  DOCX = Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Fictional Fenmarsh levels of need')] }] })));
  server = http.createServer(route);
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => server.close(resolve));
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Real authorities, fictional URLs on a host that does not exist: every request goes to the loopback server. */
const LISTED: [string, string, Partial<{ date: string; format: 'pdf' | 'docx' | 'html' }>?][] = [
  ['E08000025', '/docs/good.pdf', { date: '2024-05-01' }],
  ['E08000025', '/docs/octet.pdf', { date: '2021-09' }],
  ['E06000023', '/docs/good.docx'],
  ['E06000043', '/docs/levels-of-need', { format: 'html' }],
  ['E06000043', '/docs/good.pdf'], // undated too: same version (the fetch date) as the page above
  ['E10000016', '/docs/moved.pdf'],
  ['E08000035', '/docs/slow.pdf'],
  ['E08000026', '/docs/silent.pdf'],
  ['E06000018', '/docs/gzipped.pdf'],
  ['E08000003', '/docs/huge.pdf'],
  ['E08000012', '/docs/declared-huge.pdf'],
  ['E10000030', '/docs/wrong-type.pdf'],
  ['E10000015', '/docs/disguised.pdf'],
  ['E10000020', '/docs/not-word.docx'],
  ['E10000008', '/docs/image.pdf'],
  ['E08000031', '/docs/missing.pdf'],
  ['E10000014', '/docs/loop-a.pdf'],
  ['E10000032', '/docs/to-ftp.pdf'],
];

async function setup(): Promise<{ sourcesPath: string; outDir: string }> {
  dir = await mkdtemp(path.join(tmpdir(), 'atlas-fetch-'));
  const sources: SourcesFile = { note: 'test', sources: [] };
  for (const [code, p, extra] of LISTED) {
    let entry = sources.sources.find((s) => s.onsCode === code);
    if (!entry) sources.sources.push((entry = { onsCode: code, name: authorityByCode(code)!.name, documents: [] }));
    entry.documents.push({ url: `https://thresholds.example.invalid${p}`, title: 'Fictional', date: null, sha256: null, fetched: null, ...extra });
  }
  sources.sources.push({ onsCode: 'E06000053', name: 'Isles of Scilly', documents: [] });
  const sourcesPath = path.join(dir, 'sources.json');
  await writeFile(sourcesPath, JSON.stringify(sources, null, 2));
  return { sourcesPath, outDir: path.join(dir, 'real') };
}

function options(over: Partial<FetchOptions> & Pick<FetchOptions, 'sourcesPath' | 'outDir'>, lines: string[]): FetchOptions {
  return {
    timeoutMs: 2000, // generous: good documents must never time out on a loaded CI machine
    maxBytes: 256 * 1024,
    baseUrl: base,
    concurrency: 4,
    authorityByCode,
    log: (l) => lines.push(l),
    resolveHost: () => Promise.reject(Object.assign(new Error('should not be called'), { code: 'EUNEXPECTED' })),
    now: () => new Date('2026-11-26T06:00:00Z'),
    ...over,
  };
}

describe('atlas fetch against 127.0.0.1', () => {
  let lines: string[];
  let report: Awaited<ReturnType<typeof runFetch>>;
  let paths: { sourcesPath: string; outDir: string };

  beforeAll(async () => {
    paths = await setup();
    lines = [];
    report = await runFetch(options(paths, lines));
  });

  const line = (code: string, nth = '') => lines.find((l) => l.startsWith(`${code} `) && l.includes(nth)) ?? '';

  it('prints one clear line per document', () => {
    expect(line('E08000025', '[1/2]')).toBe(`E08000025 Birmingham [1/2]: ok ${PDF.length} B pdf`);
    expect(line('E08000025', '[2/2]')).toBe(`E08000025 Birmingham [2/2]: ok ${PDF.length} B pdf`);
    expect(line('E06000023')).toMatch(/^E06000023 Bristol, City of: ok \d+ KB docx$/);
    expect(line('E06000043', '[1/2]')).toBe(`E06000043 Brighton and Hove [1/2]: ok ${HTML.length} B html`);
    expect(line('E06000043', '[2/2]: ok')).toBe(`E06000043 Brighton and Hove [2/2]: ok ${PDF.length} B pdf`);
    expect(line('E06000043', '[2/2]: not')).toBe(
      "E06000043 Brighton and Hove [2/2]: not added to manifest.json: E06000043-brighton-and-hove.html is already Brighton and Hove's version 2026-11-26; give the documents their dates in sources.json",
    );
    expect(line('E10000016')).toBe(`E10000016 Kent: ok ${PDF.length} B pdf`);
    expect(line('E08000035')).toBe('E08000035 Leeds: timed out after 2 s');
    expect(line('E08000026')).toBe('E08000026 Coventry: timed out after 2 s');
    expect(line('E06000018')).toBe(`E06000018 Nottingham: ok ${PDF.length} B pdf`);
    expect(line('E08000003')).toBe('E08000003 Manchester: too large: more than 256 KB, stopped');
    expect(line('E08000012')).toBe('E08000012 Liverpool: too large: 10240.0 MB declared, limit 256 KB');
    expect(line('E10000030')).toBe('E10000030 Surrey: refused: served text/html but named .pdf');
    expect(line('E10000015')).toBe('E10000015 Hertfordshire: refused: content is not a PDF (starts "<!DOCTYPE ht")');
    expect(line('E10000020')).toBe('E10000020 Norfolk: refused: a zip file without word/document.xml, not a DOCX');
    expect(line('E10000008')).toBe('E10000008 Devon: refused: served image/png, not a PDF, DOCX or HTML document');
    expect(line('E08000031')).toBe('E08000031 Wolverhampton: HTTP 404');
    expect(line('E10000014')).toBe('E10000014 Hampshire: too many redirects (more than 5)');
    expect(line('E10000032')).toBe('E10000032 West Sussex: refused: only http and https, not ftp');
    expect(lines).toHaveLength(LISTED.length + 2);
  });

  it('ends with a summary and a failing exit code when some failed', () => {
    expect(report.summary).toBe(
      `fetched 7 of 18 documents (${Math.round((5 * PDF.length + DOCX.length + HTML.length) / 1024)} KB, 5 authorities) into ${paths.outDir}; ` +
        '11 failed (2 timed out, 2 too large, 5 refused, 1 HTTP error, 1 too many redirects); 1 not added to the manifest (same version as another)',
    );
    expect(lines.at(-1)).toBe(report.summary);
    expect(report.exitCode).toBe(1);
  });

  it('writes only the good documents, under safe names, with nothing partial left', async () => {
    expect((await readdir(paths.outDir)).sort()).toEqual([
      'E06000023-bristol.docx',
      'E06000043-brighton-and-hove-2.pdf',
      'E06000043-brighton-and-hove.html',
      'E08000025-birmingham-2021-09.pdf',
      'E06000018-nottingham.pdf',
      'E08000025-birmingham-2024-05-01.pdf',
      'E10000016-kent.pdf',
      'manifest.json',
    ].sort());
    expect(await readFile(path.join(paths.outDir, 'E06000023-bristol.docx'))).toEqual(DOCX);
    expect(await readFile(path.join(paths.outDir, 'E06000018-nottingham.pdf'))).toEqual(PDF);
  });

  it('records the documents in the manifest with ONS code and version (document date, else fetch date)', async () => {
    const manifest = JSON.parse(await readFile(path.join(paths.outDir, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.documents.map((d) => [d.authorityId, d.file, d.version, d.onsCode])).toEqual([
      ['birmingham', 'E08000025-birmingham-2021-09.pdf', '2021-09-01', 'E08000025'],
      ['birmingham', 'E08000025-birmingham-2024-05-01.pdf', '2024-05-01', 'E08000025'],
      ['brighton-and-hove', 'E06000043-brighton-and-hove.html', '2026-11-26', 'E06000043'],
      ['bristol', 'E06000023-bristol.docx', '2026-11-26', 'E06000023'],
      ['kent', 'E10000016-kent.pdf', '2026-11-26', 'E10000016'],
      ['nottingham', 'E06000018-nottingham.pdf', '2026-11-26', 'E06000018'],
    ]);
    expect(manifest.documents[0].authority).toBe('Birmingham');
  });

  it('fills sha256 and fetched in sources.json for successes only', async () => {
    const sources = JSON.parse(await readFile(paths.sourcesPath, 'utf8')) as SourcesFile;
    const docs = sources.sources.flatMap((s) => s.documents.map((d) => ({ code: s.onsCode, ...d })));
    const filled = docs.filter((d) => d.sha256);
    expect(filled.map((d) => d.url.replace(/^.*\/docs\//, '')).sort()).toEqual(['good.docx', 'good.pdf', 'good.pdf', 'gzipped.pdf', 'levels-of-need', 'moved.pdf', 'octet.pdf']);
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(docs.filter((d) => d.url.endsWith('/good.pdf')).map((d) => d.sha256)).toEqual([sha(PDF), sha(PDF)]);
    expect(docs.find((d) => d.url.endsWith('/good.docx'))!.sha256).toBe(sha(DOCX));
    expect(filled.every((d) => d.fetched === '2026-11-26T06:00:00.000Z')).toBe(true);
    expect(docs.filter((d) => !d.sha256).every((d) => d.fetched === null)).toBe(true);
    expect(docs[0].url).toBe('https://thresholds.example.invalid/docs/good.pdf'); // listed URL untouched by --base-url
  });

  it('keeps other manifest entries and replaces its own on a second run (--only)', async () => {
    const manifestPath = path.join(paths.outDir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
    manifest.documents.push({ authorityId: 'hand-added', authority: 'Hand added', file: 'hand.pdf', version: null });
    await writeFile(manifestPath, JSON.stringify(manifest));
    const again: string[] = [];
    const r = await runFetch(options({ ...paths, only: ['E10000016', 'E08000031'] }, again));
    expect([...again.slice(0, 2).sort(), again[2]]).toEqual([
      'E08000031 Wolverhampton: HTTP 404',
      `E10000016 Kent: ok ${PDF.length} B pdf`,
      `fetched 1 of 2 documents (${PDF.length} B, 1 authority) into ${paths.outDir}; 1 failed (1 HTTP error)`,
    ]);
    expect(r.exitCode).toBe(1);
    const after = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
    expect(after.documents.map((d) => d.file).sort()).toEqual([...manifest.documents.map((d) => d.file)].sort());
  });
});

describe('atlas fetch without network', () => {
  it('says so in one line and exits non-zero, before downloading anything', async () => {
    const paths = await setup();
    const lines: string[] = [];
    const report = await runFetch(
      options(
        {
          ...paths,
          baseUrl: undefined,
          resolveHost: (host) => Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' })),
        },
        lines,
      ),
    );
    expect(lines).toEqual(['no network: could not resolve host thresholds.example.invalid']);
    expect(report.exitCode).toBe(2);
    await expect(readdir(paths.outDir)).rejects.toThrow();
  });

  it('lists the plan on --dry-run without resolving, downloading or writing', async () => {
    const paths = await setup();
    const lines: string[] = [];
    const report = await runFetch(options({ ...paths, baseUrl: undefined, dryRun: true, only: ['E08000025', 'E06000043'] }, lines));
    expect(lines).toEqual([
      'E08000025 Birmingham [1/2]: would fetch https://thresholds.example.invalid/docs/good.pdf as E08000025-birmingham-2024-05-01.pdf',
      'E08000025 Birmingham [2/2]: would fetch https://thresholds.example.invalid/docs/octet.pdf as E08000025-birmingham-2021-09.pdf',
      'E06000043 Brighton and Hove [1/2]: would fetch https://thresholds.example.invalid/docs/levels-of-need as E06000043-brighton-and-hove.html',
      'E06000043 Brighton and Hove [2/2]: would fetch https://thresholds.example.invalid/docs/good.pdf as E06000043-brighton-and-hove-2.pdf',
      'dry run: 4 documents listed for 2 authorities',
    ]);
    expect(report.exitCode).toBe(0);
    await expect(readdir(paths.outDir)).rejects.toThrow();
  });

  it('says plainly when nothing is listed', async () => {
    const paths = await setup();
    const lines: string[] = [];
    const report = await runFetch(options({ ...paths, only: ['E06000053'] }, lines));
    expect(lines).toEqual([`nothing to fetch: ${paths.sourcesPath} lists no document URL for E06000053`]);
    expect(report.exitCode).toBe(2);
  });
});
