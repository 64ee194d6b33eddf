import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { CSP, resolveRequest, serve } from './serve.ts';

function get(port: number, p: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  // Raw path: fetch() would normalise "../" away before it reaches the server.
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: p }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    }).on('error', reject);
  });
}

describe('atlas serve', () => {
  let server: http.Server;
  let port: number;
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'serve-'));
    await fs.mkdir(path.join(dir, 'assets'));
    await fs.mkdir(path.join(dir, 'data', 'docs'), { recursive: true });
    await fs.writeFile(path.join(dir, 'index.html'), '<!doctype html><script type="module" src="/assets/app.js"></script>');
    await fs.writeFile(path.join(dir, 'assets', 'app.js'), 'export {}');
    await fs.writeFile(path.join(dir, 'data', 'docs', 'x.html'), '<script>alert(1)</script>');
    await fs.writeFile(path.join(dir, '.env'), 'SECRET=1');
    await fs.writeFile(path.join(path.dirname(dir), 'outside.txt'), 'outside');
    ({ server, port } = await serve(dir, 0));
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('serves files with MIME types and a CSP without eval or inline scripts', async () => {
    const r = await get(port, '/assets/app.js');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/javascript/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toBe(CSP);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/worker-src 'self' blob:/);
  });
  it('falls back to index.html for app routes, 404 for missing assets', async () => {
    expect((await get(port, '/')).headers['content-type']).toMatch(/^text\/html/);
    expect((await get(port, '/compare/a/b')).status).toBe(200);
    expect((await get(port, '/assets/missing.js')).status).toBe(404);
  });
  it('refuses traversal and hidden files', async () => {
    for (const p of ['/../outside.txt', '/%2e%2e/outside.txt', '/assets/..%2f..%2foutside.txt', '/.env', '/a%00b']) {
      const r = await get(port, p);
      expect([400, 404], p).toContain(r.status);
      expect(r.body).not.toContain('outside');
      expect(r.body).not.toContain('SECRET');
    }
    expect(resolveRequest('/srv', '/..%5c..%5cetc')).toBeNull();
  });
  it('serves copied HTML sources as sandboxed plain text', async () => {
    const r = await get(port, '/data/docs/x.html');
    expect(r.headers['content-type']).toMatch(/^text\/plain/);
    expect(String(r.headers['content-security-policy'])).toMatch(/sandbox/);
  });
  it('answers only GET and HEAD', async () => {
    const status = await new Promise<number>((resolve) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/', method: 'POST' }, (res) => resolve(res.statusCode ?? 0));
      req.end();
    });
    expect(status).toBe(405);
  });
});
