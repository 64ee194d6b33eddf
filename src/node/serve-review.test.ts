// atlas serve --review: corrections by POST; every bad request gets a 4xx and changes nothing.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../model/index.ts';
import { indicatorCorrection } from '../review/index.ts';
import { ingest } from './ingest.ts';
import { serve } from './serve.ts';
import { TOKEN_HEADER } from './serve-review.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-review-'));
const corpus = join(dir, 'corpus');
const site = join(dir, 'site');
const data = join(site, 'data');
const TOKEN = 't'.repeat(43);
let server: http.Server;
let port: number;
let p: Profile;

const profilePath = () => join(data, 'profiles', 'tidewick@2025-09-01.json');
const correctionsPath = join(corpus, 'corrections', 'tidewick.json');
const snapshot = () => [existsSync(correctionsPath) ? readFileSync(correctionsPath, 'utf8') : null, readFileSync(profilePath(), 'utf8'), readFileSync(join(data, 'index.json'), 'utf8')];

beforeAll(async () => {
  mkdirSync(join(corpus, 's'), { recursive: true });
  copyFileSync('corpus/sample/tidewick-2025.txt', join(corpus, 's', 'tidewick.txt'));
  writeFileSync(join(corpus, 's', 'manifest.json'), JSON.stringify({ documents: [{ authorityId: 'tidewick', authority: 'Tidewick', file: 'tidewick.txt', version: '2025-09-01', onsCode: null }] }));
  await ingest({ corpus, out: data, cacheDir: join(dir, 'cache'), progress: 'none', jobs: 1 });
  writeFileSync(join(site, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
  p = JSON.parse(readFileSync(profilePath(), 'utf8')) as Profile;
  ({ server, port } = await serve(site, 0, '0.0.0.0', { corpus, token: TOKEN }));
}, 120_000);
afterAll(async () => {
  await new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); });
  rmSync(dir, { recursive: true, force: true });
});

interface Reply { status: number; body: string }
function post(path: string, body: string | Buffer, headers: Record<string, string> = {}, chunked = false): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port, path, method: 'POST',
      headers: {
        host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN,
        ...(chunked ? {} : { 'content-length': String(Buffer.byteLength(body)) }), ...headers,
      },
    }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'EPIPE' || (e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(e)));
    req.end(body);
  });
}
const entry = (level = p.scheme[2].local) => indicatorCorrection(p, p.indicators[0], 'set-level', { level }, 'tester');
const good = (revision = 0) => JSON.stringify({ revision, corrections: [entry()] });

describe('atlas serve --review', () => {
  it('listens on 127.0.0.1 only and gives the app its token inside the page', async () => {
    expect((server.address() as { address: string }).address).toBe('127.0.0.1');
    const html = await new Promise<string>((r) => http.get({ host: '127.0.0.1', port, path: '/' }, (res) => { let t = ''; res.on('data', (c) => (t += c)); res.on('end', () => r(t)); }));
    expect(html).toContain(`<meta name="atlas-review-token" content="${TOKEN}" />`);
  });

  it.each([
    ['no token', () => post('/api/review/tidewick', good(), { [TOKEN_HEADER]: '' }), 403],
    ['a wrong token', () => post('/api/review/tidewick', good(), { [TOKEN_HEADER]: 'x'.repeat(43) }), 403],
    ['another origin', () => post('/api/review/tidewick', good(), { origin: 'http://evil.example' }), 403],
    ['no origin', () => post('/api/review/tidewick', good(), { origin: '' }), 403],
    ['another host (DNS rebinding)', () => post('/api/review/tidewick', good(), { host: `evil.example:${port}` }), 403],
    ['a 10 MB body', () => post('/api/review/tidewick', Buffer.alloc(10 * 1024 * 1024, 32)), 413],
    ['a 10 MB body sent without a length', () => post('/api/review/tidewick', Buffer.alloc(10 * 1024 * 1024, 32), {}, true), 413],
    ['../ in the id', () => post('/api/review/..%2F..%2Fetc', good()), 400],
    ['a dotted id', () => post('/api/review/tidewick.json', good()), 400],
    ['an unknown authority', () => post('/api/review/nowhere', good()), 404],
    ['not JSON', () => post('/api/review/tidewick', '{"revision":0,'), 400],
    ['a malformed entry', () => post('/api/review/tidewick', JSON.stringify({ revision: 0, corrections: [{ ...entry(), anchor: { document: '../x' } }] })), 400],
    ['a band range with a gap', () => post('/api/review/tidewick', JSON.stringify({ revision: 0, corrections: [{ ...entry(), act: 'set-bands', bands: ['universal', 'child_protection'] }] })), 400],
    ['another content type', () => post('/api/review/tidewick', good(), { 'content-type': 'text/plain' }), 415],
    ['a stale version', () => post('/api/review/tidewick', good(7)), 409],
  ])('refuses %s with a 4xx and changes nothing', async (_, send, status) => {
    const before = snapshot();
    const r = await send();
    expect(r.status).toBe(status);
    expect(snapshot()).toEqual(before);
  });

  it('accepts a good correction, writes it beside the corpus, updates the view; a second tab on the old revision gets 409', async () => {
    const r = await post('/api/review/tidewick', good(0));
    expect(r.status, r.body).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ revision: 1, added: 1, outcomes: [{ status: 'applied' }] });
    const file = JSON.parse(readFileSync(correctionsPath, 'utf8'));
    expect(file).toMatchObject({ schema: 1, authorityId: 'tidewick', revision: 1 });
    const q = JSON.parse(readFileSync(profilePath(), 'utf8')) as Profile;
    expect(q.indicators[0]).toMatchObject({ level: p.scheme[2].local, review: { status: 'corrected' } });
    const idx = JSON.parse(readFileSync(join(data, 'index.json'), 'utf8'));
    expect(idx.authorities[0].documents[0].review).toMatchObject({ reviewed: 1 });
    const other = await post('/api/review/tidewick', good(0));
    expect(other.status).toBe(409);
    expect(JSON.parse(other.body).revision).toBe(1);
  });
});
