// npm run bench — issue 7: the national ingest benchmark (not part of npm test).
//   npx tsx scripts/bench/main.ts [--runs 3] [--authorities 153] [--pages 40] [--no-mixed] [--skip-build]
// Generates or reuses a synthetic national corpus (bench/corpus/, git-ignored), then measures, each as
// the median [min, max] of --runs runs: full `atlas ingest` cold and warm (on the PDFs, and on the whole
// mixed corpus), the same PDFs through `pdftotext -layout` (one process per file, as a shell loop runs
// it) and through a plain pdf.js getTextContent pass (one process), peak RSS of the ingest process,
// re-ingest after one changed document, pairwise compare and whole-lottery times, and the app's initial
// bundle (gzip). Prints a table and writes bench/results.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import type { Manifest, Profile } from '../../src/model/index.ts';
import { nationalCorpus } from './national/generate.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BENCH = join(ROOT, 'bench');
const argv = process.argv.slice(2);
const flag = (n: string) => argv.includes(`--${n}`);
const opt = (n: string, d: number) => (argv.includes(`--${n}`) ? Number(argv[argv.indexOf(`--${n}`) + 1]) : d);
const RUNS = Math.max(3, opt('runs', 3));
const AUTHORITIES = Math.min(153, opt('authorities', 153));
const log = (s: string) => process.stderr.write(`${s}\n`);

interface Stat { median: number; min: number; max: number; runs: number[] }
function stat(xs: number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median, min: s[0], max: s[s.length - 1], runs: xs.map((x) => Math.round(x * 1000) / 1000) };
}

/** A corpus folder of hard links to a subset of the national documents. */
function subset(name: string, srcDir: string, manifest: Manifest, keep: (file: string, i: number) => boolean): { dir: string; manifest: Manifest } {
  const dir = join(BENCH, 'corpus', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'set'), { recursive: true });
  const documents = manifest.documents.filter((d, i) => keep(d.file, i));
  for (const d of documents) linkSync(join(srcDir, d.file), join(dir, 'set', d.file));
  const m = { documents };
  writeFileSync(join(dir, 'set', 'manifest.json'), JSON.stringify(m));
  return { dir, manifest: m };
}

interface IngestRun { seconds: number; rssMb: number; summary: string }
function runIngest(corpus: string, out: string, cache: string): IngestRun {
  const rssFile = join(tmpdir(), `bench-rss-${process.pid}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', join(import.meta.dirname, 'national', 'rss-hook.mjs'), join(ROOT, 'bin', 'atlas.mjs'), 'ingest',
    '--corpus', corpus, '--out', out, '--cache', cache, '--progress', 'none'], { cwd: ROOT, env: { ...process.env, BENCH_RSS_FILE: rssFile }, encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`ingest failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  return { seconds, rssMb, summary: r.stdout.split('\n')[0] };
}

function pdftotextLoop(pdfs: string[], out: string): number {
  const t0 = performance.now();
  for (const f of pdfs) execFileSync('pdftotext', ['-layout', f, out], { stdio: 'ignore' });
  return (performance.now() - t0) / 1000;
}

function pdfjsPass(listFile: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(import.meta.dirname, 'national', 'pdfjs-text.mjs'), listFile], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdf.js pass failed: ${r.stderr.slice(-1000)}`);
  return (performance.now() - t0) / 1000;
}

function bundleSize(): { files: Record<string, number>; gzipBytes: number; dir: string } | null {
  let dir = join(ROOT, 'dist');
  if (!existsSync(join(dir, 'index.html')) && !flag('skip-build')) {
    dir = join(BENCH, 'corpus', '.dist');
    const r = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) { log(`vite build failed: ${r.stderr.slice(-500)}`); return null; }
  }
  if (!existsSync(join(dir, 'index.html'))) return null;
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files: Record<string, number> = { 'index.html': gzipSync(html).length };
  // what the first view loads: the entry script, its modulepreloads and stylesheets
  for (const m of html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|mjs|css))"/g)) {
    const p = join(dir, m[1]);
    if (existsSync(p)) files[m[1]] = gzipSync(readFileSync(p)).length;
  }
  return { files, gzipBytes: Object.values(files).reduce((a, b) => a + b, 0), dir };
}

async function main(): Promise<void> {
  const loadBefore = loadavg();
  log(`bench: ${cpus().length} cores, load ${loadBefore.map((x) => x.toFixed(1)).join(' ')}; ${RUNS} runs`);
  const national = await nationalCorpus(join(BENCH, 'corpus'), { pages: opt('pages', 40), log });
  const mixed = subset('mixed', national.dir, national.manifest, (_f, i) => i < AUTHORITIES);
  const pdf = subset('pdf-only', national.dir, mixed.manifest, (f) => f.endsWith('.pdf'));
  const pdfs = pdf.manifest.documents.map((d) => join(pdf.dir, 'set', d.file));
  let pdfPages = 0;
  for (const f of pdfs) pdfPages += (await PDFDocument.load(readFileSync(f), { updateMetadata: false })).getPageCount();
  const formats: Record<string, number> = {};
  for (const d of mixed.manifest.documents) formats[d.file.slice(d.file.lastIndexOf('.') + 1)] = (formats[d.file.slice(d.file.lastIndexOf('.') + 1)] ?? 0) + 1;
  log(`bench: ${mixed.manifest.documents.length} documents (${Object.entries(formats).map(([k, v]) => `${v} ${k}`).join(', ')}); ${pdfs.length} PDFs with ${pdfPages} pages`);

  const work = join(tmpdir(), `atlas-bench-${process.pid}`);
  const listFile = join(work, 'pdfs.txt');
  mkdirSync(work, { recursive: true });
  writeFileSync(listFile, pdfs.join('\n'));
  const m: Record<string, number[]> = { pdfCold: [], pdfWarm: [], pdfRss: [], pdftotext: [], pdfjs: [], mixedCold: [], mixedWarm: [], mixedRss: [], oneChanged: [] };
  let lastSummary = '';
  for (let r = 0; r < RUNS; r++) {
    rmSync(join(work, 'pdf-out'), { recursive: true, force: true });
    rmSync(join(work, 'pdf-cache'), { recursive: true, force: true });
    const cold = runIngest(pdf.dir, join(work, 'pdf-out'), join(work, 'pdf-cache'));
    const warm = runIngest(pdf.dir, join(work, 'pdf-out'), join(work, 'pdf-cache'));
    m.pdfCold.push(cold.seconds); m.pdfWarm.push(warm.seconds); m.pdfRss.push(cold.rssMb);
    lastSummary = cold.summary;
    m.pdftotext.push(pdftotextLoop(pdfs, join(work, 'out.txt')));
    m.pdfjs.push(pdfjsPass(listFile));
    // one changed document: a fresh copy with different bytes replaces the hard link, then is restored
    const changed = pdfs[r % pdfs.length];
    const original = readFileSync(changed);
    rmSync(changed);
    writeFileSync(changed, Buffer.concat([original, Buffer.from(`\n%changed-${r}\n`)]));
    const one = runIngest(pdf.dir, join(work, 'pdf-out'), join(work, 'pdf-cache'));
    if (!/\((\d+) from cache\)/.test(one.summary) || Number(/\((\d+) from cache\)/.exec(one.summary)![1]) !== pdfs.length - 1) log(`bench: unexpected one-changed summary: ${one.summary}`);
    m.oneChanged.push(one.seconds);
    writeFileSync(changed, original);
    if (!flag('no-mixed')) {
      rmSync(join(work, 'mixed-out'), { recursive: true, force: true });
      rmSync(join(work, 'mixed-cache'), { recursive: true, force: true });
      const mc = runIngest(mixed.dir, join(work, 'mixed-out'), join(work, 'mixed-cache'));
      const mw = runIngest(mixed.dir, join(work, 'mixed-out'), join(work, 'mixed-cache'));
      m.mixedCold.push(mc.seconds); m.mixedWarm.push(mw.seconds); m.mixedRss.push(mc.rssMb);
    }
    log(`bench: run ${r + 1}/${RUNS}: pdf ingest cold ${cold.seconds.toFixed(1)} s, warm ${warm.seconds.toFixed(2)} s, pdftotext ${m.pdftotext[r].toFixed(1)} s, pdf.js ${m.pdfjs[r].toFixed(1)} s` +
      (m.mixedCold[r] ? `, mixed cold ${m.mixedCold[r].toFixed(1)} s` : ''));
  }

  // compare and lottery on the ingested profiles
  const { compare, lottery } = await import('../../src/compare/index.ts');
  const profDir = join(work, flag('no-mixed') ? 'pdf-out' : 'mixed-out', 'profiles');
  const profiles = readdirSync(profDir).sort().map((f) => JSON.parse(readFileSync(join(profDir, f), 'utf8')) as Profile);
  const timeIt = (fn: () => unknown) => { const t0 = performance.now(); fn(); return performance.now() - t0; };
  const pairMs: number[] = [];
  const lotteryMs: number[] = [];
  for (let r = 0; r < RUNS; r++) pairMs.push(timeIt(() => compare(profiles[(2 * r) % profiles.length], profiles[(2 * r + 1) % profiles.length])));
  for (let r = 0; r < RUNS; r++) lotteryMs.push(timeIt(() => lottery(profiles, { neighbours: () => [] })));
  const bundle = bundleSize();
  rmSync(work, { recursive: true, force: true });

  const s = Object.fromEntries(Object.entries(m).filter(([, v]) => v.length).map(([k, v]) => [k, stat(v)])) as Record<string, Stat>;
  const pps = (sec: Stat) => ({ median: pdfPages / sec.median, min: pdfPages / sec.max, max: pdfPages / sec.min });
  const ratioText = s.pdfCold.median / s.pdftotext.median;
  const ratioPdfjs = s.pdfCold.median / s.pdfjs.median;
  const warmSpeedup = s.pdfCold.median / s.pdfWarm.median;
  const peakRss = Math.max(...m.pdfRss, ...(m.mixedRss.length ? m.mixedRss : [0]));
  const indicators = profiles.reduce((n, p) => n + p.indicators.length, 0);
  const results = {
    generated: new Date().toISOString(),
    machine: { cores: cpus().length, loadBefore, loadAfter: loadavg(), node: process.version },
    corpus: { documents: mixed.manifest.documents.length, formats, pdfs: pdfs.length, pdfPages, profiles: profiles.length, indicators },
    runs: RUNS,
    seconds: s,
    pagesPerSecond: { ingestCold: pps(s.pdfCold), ingestWarm: pps(s.pdfWarm), pdftotext: pps(s.pdftotext), pdfjs: pps(s.pdfjs) },
    ratios: { ingestOverPdftotext: ratioText, ingestOverPdfjs: ratioPdfjs, warmSpeedup },
    peakRssMb: { pdfIngest: stat(m.pdfRss), ...(m.mixedRss.length ? { mixedIngest: stat(m.mixedRss) } : {}) },
    compareMs: { pairwise: stat(pairMs), lottery: stat(lotteryMs) },
    bundle: bundle ? { gzipBytes: bundle.gzipBytes, files: bundle.files } : null,
    lastColdSummary: lastSummary,
    targets: {
      ingestAtMost3xPdftotext: ratioText <= 3,
      warmAtLeast50xFaster: warmSpeedup >= 50,
      peakRssUnder1GB: peakRss < 1024,
    },
  };
  mkdirSync(BENCH, { recursive: true });
  writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, 2) + '\n');

  const f = (st: Stat, d = 1) => `${st.median.toFixed(d)} [${st.min.toFixed(d)}, ${st.max.toFixed(d)}]`;
  const row = (a: string, b: string, c = '') => `${a.padEnd(44)} ${b.padEnd(30)} ${c}`;
  const lines = [
    `Threshold Atlas benchmark: ${results.corpus.documents} documents (${Object.entries(formats).map(([k, v]) => `${v} ${k}`).join(', ')}), ${pdfs.length} PDFs = ${pdfPages} pages; ${cpus().length} cores, load ${loadBefore[0].toFixed(1)} -> ${loadavg()[0].toFixed(1)}`,
    `median [min, max] of ${RUNS} runs`,
    row('figure', 'value', 'target'),
    row('ingest PDFs cold: seconds', f(s.pdfCold)),
    row('ingest PDFs cold: pages/s', `${pps(s.pdfCold).median.toFixed(0)} [${pps(s.pdfCold).min.toFixed(0)}, ${pps(s.pdfCold).max.toFixed(0)}]`),
    row('ingest PDFs warm: seconds', f(s.pdfWarm, 2)),
    row('ingest PDFs warm: pages/s', `${pps(s.pdfWarm).median.toFixed(0)} [${pps(s.pdfWarm).min.toFixed(0)}, ${pps(s.pdfWarm).max.toFixed(0)}]`),
    row('warm speed-up (cold / warm)', `${warmSpeedup.toFixed(0)}x`, `>= 50x: ${warmSpeedup >= 50 ? 'met' : 'MISSED'}`),
    row('one changed document re-ingest: seconds', f(s.oneChanged, 2)),
    row('pdftotext -layout, per-file loop: seconds', f(s.pdftotext)),
    row('pdf.js getTextContent, one process: seconds', f(s.pdfjs)),
    row('ingest / pdftotext (wall)', `${ratioText.toFixed(2)}x`, `<= 3x: ${ratioText <= 3 ? 'met' : 'MISSED'}`),
    row('ingest / pdf.js text pass (wall)', `${ratioPdfjs.toFixed(2)}x`),
    ...(s.mixedCold ? [
      row(`ingest whole corpus cold (${results.corpus.documents} docs): s`, f(s.mixedCold)),
      row('ingest whole corpus warm: seconds', f(s.mixedWarm, 2), `${(s.mixedCold.median / s.mixedWarm.median).toFixed(0)}x faster`),
    ] : []),
    row('peak RSS of the ingest process (MB)', `${stat(m.pdfRss).median.toFixed(0)} [${stat(m.pdfRss).min.toFixed(0)}, ${stat(m.pdfRss).max.toFixed(0)}]` + (m.mixedRss.length ? `; whole ${stat(m.mixedRss).median.toFixed(0)}` : ''), `< 1024: ${peakRss < 1024 ? 'met' : 'MISSED'}`),
    row(`pairwise compare (ms, ${profiles.length} profiles)`, f(stat(pairMs))),
    row(`whole lottery (ms, ${indicators} indicators)`, f(stat(lotteryMs))),
    row('app initial bundle (gzip KB)', bundle ? (bundle.gzipBytes / 1024).toFixed(1) : 'no build'),
  ];
  process.stdout.write(lines.join('\n') + '\nwritten to bench/results.json\n');
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
