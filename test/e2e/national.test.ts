// The whole flow on FICTIONAL loopback sites: `atlas fetch --all` (real CLI, host names mapped to a server on
// 127.0.0.1), `atlas ingest --corpus <…>/national`, `atlas serve`'s server, and the app in Chromium opening
// the atlas it built. The documents are the fictional sample's; the authorities they are filed under are real
// (that is what the national atlas is keyed by). Nothing outside the machine is touched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AtlasIndex } from '../../src/model/index.ts';
import type { SourcesFile } from '../../src/authorities/index.ts';
import { authorityByCode } from '../../src/authorities/index.ts';
import { audit, openPage, ROOT, SHOTS, start, type Harness } from './site.ts';

const SAMPLE = join(ROOT, 'corpus/sample');
const LEVEL = (n: number, name: string) => `<!DOCTYPE html><html><head><title>Level ${n}: ${name} | Brackmoor levels of need</title></head><body>
<nav><a href="/levels-of-need/">Levels of need</a> <a href="/levels-of-need/level-1">Level 1: Universal</a> <a href="/levels-of-need/level-2">Level 2: Early help</a> <a href="/levels-of-need/level-3">Level 3: Specialist</a></nav>
<main><h1>Level ${n}: ${name}</h1><ul><li>Fictional Brackmoor indicator for level ${n}, one</li><li>Fictional Brackmoor indicator for level ${n}, two</li></ul></main></body></html>`;

const SITES: Record<string, (p: string) => [number, string, Buffer | string]> = {
  'www.saltwhistle-scp.example': (p) =>
    p === '/thresholds'
      ? [200, 'text/html', '<!DOCTYPE html><html><head><title>Thresholds</title></head><body><h1>Thresholds</h1><p><a href="/media/annual-report.pdf">Annual report (PDF)</a> <a href="/media/threshold-document.pdf">Saltwhistle threshold document (PDF)</a></p></body></html>']
      : p === '/media/threshold-document.pdf' ? [200, 'application/pdf', readFileSync(join(SAMPLE, 'saltwhistle.pdf'))] : [404, 'text/plain', 'no'],
  'cobbleridge.procedures.example': (p) => (p === '/chapters/levels_of_need.html' ? [200, 'text/html; charset=utf-8', readFileSync(join(SAMPLE, 'cobbleridge.html'))] : [404, 'text/plain', 'no']),
  'www.hollinsgate.example': (p) =>
    p === '/docs/levels-of-need.docx' ? [200, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', readFileSync(join(SAMPLE, 'hollinsgate.docx'))] : [404, 'text/plain', 'no'],
  'levels.brackmoor.example': (p) => {
    const pages: Record<string, string> = { '/levels-of-need/': LEVEL(0, 'Overview'), '/levels-of-need/level-1': LEVEL(1, 'Universal'), '/levels-of-need/level-2': LEVEL(2, 'Early help'), '/levels-of-need/level-3': LEVEL(3, 'Specialist') };
    return pages[p] ? [200, 'text/html', pages[p]] : [404, 'text/plain', 'no'];
  },
  'gone.example': () => [404, 'text/html', 'gone'],
};

const LISTED: [string, string][] = [
  ['E08000025', 'https://www.saltwhistle-scp.example/thresholds'],
  ['E06000043', 'https://cobbleridge.procedures.example/chapters/levels_of_need.html'],
  ['E10000016', 'https://www.hollinsgate.example/docs/levels-of-need.docx'],
  ['E06000023', 'https://levels.brackmoor.example/levels-of-need/'],
  ['E08000026', 'https://gone.example/threshold-document.pdf'],
];

let server: http.Server;
const sockets = new Set<Socket>();
let tmp = '';
let site = '';
let fetchOut = '';
let fetchStatus: number | null = null;
let ingestOut = '';
let index: AtlasIndex;
let h: Harness;

/** The CLI in a child process, asynchronously: the loopback sites are served from this process. */
function run(args: string[]): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/atlas.mjs', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (status) => resolve({ status, out }));
  });
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    const [status, type, body] = p === '/robots.txt' ? [404, 'text/plain', 'none'] as const : (SITES[host]?.(p) ?? [421, 'text/plain', 'unknown host']);
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) }).end(body);
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  tmp = mkdtempSync(join(tmpdir(), 'atlas-national-e2e-'));
  const sources: SourcesFile = { note: 'fictional sites on loopback', sources: LISTED.map(([code, url]) => ({ onsCode: code, name: authorityByCode(code)!.name, documents: [{ url, title: null, date: null, sha256: null, fetched: null, verified: false }] })) };
  writeFileSync(join(tmp, 'sources.json'), JSON.stringify(sources, null, 2));
  const corpus = join(tmp, 'corpus', 'national');
  const f = await run(['fetch', '--all', '--sources', join(tmp, 'sources.json'), '--out', corpus, '--contact', 'atlas-e2e@example.org', '--timeout', '10',
    '--map-host', Object.keys(SITES).map((host) => `${host}=${origin}`).join(',')]);
  fetchOut = f.out;
  fetchStatus = f.status;

  // The app, built without public/ (the sample tests may be writing public/data meanwhile), then the atlas ingested into it.
  site = join(ROOT, '.cache/e2e/site-national');
  writeFileSync(join(tmp, 'vite.config.mjs'), `import base from ${JSON.stringify(join(ROOT, 'vite.config.ts'))};\nexport default { ...base, root: ${JSON.stringify(ROOT)}, publicDir: false };\n`);
  const b = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(tmp, 'vite.config.mjs'), '--outDir', site, '--emptyOutDir'], { cwd: ROOT, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`vite build failed\n${b.stdout}\n${b.stderr}`);
  copyFileSync(join(ROOT, 'public/favicon.svg'), join(site, 'favicon.svg'));
  rmSync(join(site, 'data'), { recursive: true, force: true });
  mkdirSync(join(site, 'data'), { recursive: true });
  const i = await run(['ingest', '--corpus', corpus, '--out', join(site, 'data/national'), '--cache', join(tmp, 'cache'), '--jobs', '1', '--progress', 'none']);
  ingestOut = i.out;
  if (i.status !== 0) throw new Error(`atlas ingest failed (exit ${i.status}):\n${i.out}`);
  index = JSON.parse(readFileSync(join(site, 'data/national/index.json'), 'utf8')) as AtlasIndex;
  h = await start(site);
  mkdirSync(SHOTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await h?.browser.close();
  await h?.server.close();
  for (const s of sockets) s.destroy();
  await new Promise((ok) => server.close(ok));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('fetch -> ingest -> serve on fictional loopback sites', () => {
  it('fetch ends with the table: four fetched (a PDF linked from a landing page, a procedures chapter, a DOCX, level pages), one 404', () => {
    process.stdout.write(`\n--- atlas fetch --all (loopback) ---\n${fetchOut}\n--- atlas ingest ---\n${ingestOut}\n`);
    expect(fetchStatus).toBe(1);
    expect(fetchOut).toMatch(/E08000025 Birmingham +fetched +pdf \d+ KB, linked from the page/);
    expect(fetchOut).toMatch(/E06000043 Brighton and Hove +fetched +html \d+ KB, the page itself/);
    expect(fetchOut).toMatch(/E10000016 Kent +fetched +docx \d+ KB/);
    expect(fetchOut).toMatch(/E06000023 Bristol, City of +fetched +3 level pages/);
    expect(fetchOut).toMatch(/E08000026 Coventry +failed +HTTP 404/);
    expect(fetchOut).toContain('5 authorities: 4 fetched, 0 unchanged, 0 moved, 1 failed (1 not found (404/410))');
  });

  it('ingest builds the national index from the fetched documents, with real ONS codes and per-topic summaries', () => {
    const ids = index.authorities.map((a) => a.id).sort();
    // Bristol's level pages are one manifest entry with "parts": one document series, analysed like the rest
    expect(ids).toEqual(['birmingham', 'brighton-and-hove', 'bristol', 'kent']);
    for (const a of index.authorities) expect(a.onsCode).toBe(LISTED.find(([c]) => authorityByCode(c)!.id === a.id)![0]);
    expect(index.topics?.length).toBeGreaterThan(0);
    expect(index.failures).toEqual([]);
    expect(JSON.parse(readFileSync(join(site, 'data/datasets.json'), 'utf8'))).toEqual({ national: true, sample: false });
  });

  it('the app opens the national atlas by default: lottery map keyed by ONS code', async () => {
    const { page, errors } = await openPage(h, '#/lottery');
    await page.waitForSelector('.map-england svg');
    expect(await page.locator('.map-england .hex').count()).toBe(153);
    const interactive = await page.locator('.map-england .hex.interactive').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());
    expect(interactive).toEqual(index.authorities.map((a) => a.id).sort());
    expect(await page.locator('.map-fictional').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('coverage shows every authority by stage: analysed, fetched, address known, address unknown; screenshot', async () => {
    const { page, errors } = await openPage(h, '#/coverage');
    await page.waitForSelector('table.coverage tbody tr');
    const stage = async (s: string) => Number((await page.locator(`.stages .stage-${s} strong`).textContent()) ?? -1);
    expect(await stage('analysed')).toBe(index.authorities.length);
    expect(await stage('fetched')).toBe(0);
    expect(await stage('address-known') + await stage('address-unknown') + await stage('fetched') + await stage('analysed')).toBe(153);
    expect(await page.locator('tr.stage-address-known th', { hasText: 'Coventry' }).count()).toBe(1);
    expect(await page.locator('tr', { hasText: 'Coventry' }).first().textContent()).toContain('last fetch: HTTP 404');
    await page.screenshot({ path: join(SHOTS, 'coverage-national.png'), clip: { x: 0, y: 0, width: 1280, height: 900 } });
    await page.click('.stages .stage-analysed button');
    await page.waitForFunction(() => location.hash.includes('stage=analysed'));
    expect(await page.locator('table.coverage tbody tr').count()).toBe(index.authorities.length);
    await page.locator('table.coverage').screenshot({ path: join(SHOTS, 'coverage-national-analysed.png') });
    expect(await audit(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
