// Test harness for the browser tests: make sure the data exists, build the site once, serve it, drive Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AtlasIndex } from '../../src/model/index.ts';
import type { StaticServer } from './server.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SITE = join(ROOT, '.cache/e2e/site');
export const SHOTS = join(ROOT, 'docs/screenshots');

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function run(cmd: string, args: string[], what: string): string {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return `${r.stdout}\n${r.stderr}`;
}

/** public/data/index.json (built by `atlas ingest` when missing), then `vite build` into .cache/e2e/site. Returns the build log. */
export function buildSite(): string {
  if (!existsSync(join(ROOT, 'public/data/index.json')) || !existsSync(join(ROOT, 'public/data/datasets.json'))) run(process.execPath, ['bin/atlas.mjs', 'ingest'], 'atlas ingest');
  mkdirSync(SITE, { recursive: true });
  const log = run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', SITE, '--emptyOutDir'], 'vite build');
  // These tests are about the sample: a national atlas built in this working tree would be the default.
  rmSync(join(SITE, 'data/national'), { recursive: true, force: true });
  writeFileSync(join(SITE, 'data/datasets.json'), JSON.stringify({ national: false, sample: true }));
  return log;
}

export function readIndex(): AtlasIndex {
  return JSON.parse(readFileSync(join(SITE, 'data/index.json'), 'utf8')) as AtlasIndex;
}

export interface Harness { browser: Browser; server: StaticServer; url: string }

/** The built site behind `atlas serve`'s own server (src/node/serve.ts: its CSP headers apply too). */
async function atlasServe(dir: string): Promise<StaticServer> {
  const { serve } = await import('../../src/node/serve.ts');
  const { server, port } = await serve(dir, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

export async function start(dir = SITE): Promise<Harness> {
  const server = await atlasServe(dir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return { browser, server, url: server.url };
}

/** A page that records console errors and page errors (CSP violations show up as console errors). */
export async function openPage(h: Harness, hash: string, opts: { width?: number; bypassCSP?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const ctx = await h.browser.newContext({ viewport: { width: opts.width ?? 1280, height: 900 }, acceptDownloads: true, bypassCSP: opts.bypassCSP ?? false });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${h.url}${hash}`);
  return { page, errors };
}

export const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
let axeSource: string | null = null;

/**
 * axe-core violations of impact serious or critical on the current page. axe is evaluated through the
 * DevTools protocol, which the page's CSP does not govern, so the page under test keeps its real CSP.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(AXE, 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Width of the page at a 360 px viewport (restores the previous size). */
export async function widthAt360(page: Page): Promise<number> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(150);
  const w = await page.evaluate(() => document.documentElement.scrollWidth);
  if (before) await page.setViewportSize(before);
  return w;
}

/** The quality bar on the view currently shown: no serious/critical axe violations, no horizontal scroll at 360 px. */
export async function audit(page: Page): Promise<string[]> {
  await page.waitForFunction(() => !document.querySelector('.state-loading'), undefined, { timeout: 60_000 });
  const problems = await seriousViolations(page);
  const w = await widthAt360(page);
  if (w > 361) problems.push(`${w}px wide at a 360px viewport`);
  return problems;
}
