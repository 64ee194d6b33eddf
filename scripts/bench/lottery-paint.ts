// First paint of the lottery view in Chromium on a data folder (default: the synthetic national corpus).
// Builds the app into .cache/paint/site, copies the data in, serves it with `atlas serve`'s server, and opens
// #/lottery in a fresh browser context per run (cold HTTP cache). Prints, per run and as median [min, max]:
//   map     - navigation start to the England hex map drawn in its colours (the view's first paint)
//   heatmap - to the topic-by-authority table drawn too
//   ready   - to the whole view ready (topics ranked, situations listed, export offered)
// Usage: npx tsx scripts/bench/lottery-paint.ts [--data corpus/synthetic] [--as national|sample] [--runs 5] [--no-build] [--site DIR]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../src/node/serve.ts';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const ROOT = resolve(import.meta.dirname, '../..');
const data = resolve(arg('data', 'corpus/synthetic'));
const as = arg('as', 'national');
const runs = Number(arg('runs', '5'));
// --site DIR with --no-build measures an app built elsewhere (e.g. an earlier commit, for a before/after)
const site = resolve(arg('site', join(ROOT, '.cache/paint/site')));

if (!existsSync(join(data, 'index.json'))) throw new Error(`${data}/index.json missing (npx tsx scripts/synthetic/main.ts writes corpus/synthetic)`);
if (!process.argv.includes('--no-build') || !existsSync(join(site, 'index.html'))) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', site, '--emptyOutDir'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed\n${r.stdout}\n${r.stderr}`);
}
rmSync(join(site, 'data'), { recursive: true, force: true });
const target = as === 'national' ? join(site, 'data/national') : join(site, 'data');
mkdirSync(target, { recursive: true });
cpSync(data, target, { recursive: true });
writeFileSync(join(site, 'data/datasets.json'), JSON.stringify({ national: as === 'national', sample: as !== 'national' }));

const { server, port } = await serve(site, 0, '127.0.0.1');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
const map: number[] = [];
const heat: number[] = [];
const ready: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(`http://127.0.0.1:${port}/#/lottery`, { waitUntil: 'commit' });
    // polled on each animation frame, so the time is that of the first frame with the map in it
    const tMap = await (await page.waitForFunction(() => document.querySelectorAll('.map-england .hex').length > 100 && performance.now(), undefined, { timeout: 120_000, polling: 'raf' })).jsonValue() as number;
    const tHeat = await (await page.waitForFunction(() => !!document.querySelector('table.heatmap tbody tr') && performance.now(), undefined, { timeout: 120_000, polling: 'raf' })).jsonValue() as number;
    await page.waitForSelector('.export button', { timeout: 300_000 });
    const tReady = await page.evaluate(() => performance.now());
    map.push(tMap);
    heat.push(tHeat);
    ready.push(tReady);
    process.stdout.write(`run ${i + 1}: map ${Math.round(tMap)} ms, heatmap ${Math.round(tHeat)} ms, ready ${Math.round(tReady)} ms\n`);
    await ctx.close();
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
const fmt = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${Math.round(s[Math.floor(s.length / 2)])} ms [${Math.round(s[0])}, ${Math.round(s.at(-1)!)}]`;
};
process.stdout.write(`lottery view on ${data} (${as}), ${runs} cold runs, load ${(await import('node:os')).loadavg()[0].toFixed(1)}:\n  map drawn: ${fmt(map)}\n  heatmap drawn: ${fmt(heat)}\n  view ready: ${fmt(ready)}\n`);
