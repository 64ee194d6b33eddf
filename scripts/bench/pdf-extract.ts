// PDF extraction benchmark and gold coverage: pages/s of extractPdf on corpus PDFs, and for each
// PDF with a gold file, how many gold indicator texts appear inside one Span / cell item.
// Usage: npx tsx scripts/bench/pdf-extract.ts [corpus/sample] [--repeat N] [--verbose]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractPdf } from '../../src/extract/pdf/index.ts';
import { openPdf } from '../../src/extract/pdf/pdfjs.ts';
import { goldCoverage } from '../../src/extract/pdf/coverage.ts';
import type { Gold } from '../../src/model/index.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? 'corpus/sample';
const repeat = Number(args[args.indexOf('--repeat') + 1]) || 3;
const verbose = args.includes('--verbose');
const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();

let pages = 0;
let ms = 0;
for (const f of files) {
  const bytes = new Uint8Array(readFileSync(join(dir, f)));
  let line = f.padEnd(26);
  try {
    const t0 = performance.now();
    let layout = await extractPdf(bytes, f);
    for (let i = 1; i < repeat; i++) layout = await extractPdf(bytes, f);
    const dt = (performance.now() - t0) / repeat;
    pages += layout.pages;
    ms += dt;
    const tables = layout.blocks.filter((b) => b.kind === 'table');
    line += ` ${layout.pages}p ${layout.blocks.length} blocks ${tables.length} tables ${(layout.pages / (dt / 1000)).toFixed(0)} pages/s`;
    const goldFile = join(dir, `${f}.gold.json`);
    if (existsSync(goldFile)) {
      const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
      const cov = goldCoverage(layout, gold.indicators.map((i) => i.text));
      line += `  gold ${cov.found}/${cov.total} (${((cov.found / Math.max(1, cov.total)) * 100).toFixed(1)}%), whole item ${cov.exact}`;
      if (verbose) for (const m of cov.missing) line += `\n    missing: ${m}`;
      if (verbose) for (const m of cov.merged) line += `\n    merged: ${m}`;
    }
  } catch (e) {
    line += ` ERROR ${(e as Error).message}`;
  }
  console.log(line);
}
console.log(`total ${pages} pages in ${(ms / 1000).toFixed(2)} s: ${(pages / (ms / 1000)).toFixed(1)} pages/s (mean of ${repeat} runs per file)`);

// Comparison with poppler's pdftotext -layout on the same files, and one long untagged document
// (the sample PDFs joined with qpdf, which drops tags) to measure the geometric path at scale.
const has = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
function pdftotextSeconds(paths: string[], times: number): number {
  const t0 = performance.now();
  for (let i = 0; i < times; i++) for (const p of paths) execFileSync('pdftotext', ['-layout', p, '/dev/null'], { stdio: 'ignore' });
  return (performance.now() - t0) / 1000 / times;
}
const textFiles: string[] = [];
for (const f of files) {
  try {
    execFileSync('pdffonts', [join(dir, f)], { stdio: 'pipe' }).toString().split('\n').length > 3 && textFiles.push(join(dir, f));
  } catch {
    /* pdffonts missing or failed */
  }
}
if (has('pdftotext') && textFiles.length) {
  const pt = pdftotextSeconds(textFiles, repeat);
  console.log(`pdftotext -layout on the same files: ${(pages / pt).toFixed(1)} pages/s; extractPdf is ${(ms / 1000 / pt).toFixed(2)}x its time`);
}
if (has('qpdf') && has('pdftotext') && textFiles.length) {
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const big = join(tmp, 'big.pdf');
  // one document repeated (its fonts shared, as in a real long document) to about 100 pages
  const longest = textFiles.map((p) => ({ p, n: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [p]).toString())?.[1] ?? 1) })).sort((a, b) => b.n - a.n)[0];
  const copies = Math.ceil(100 / longest.n);
  execFileSync('qpdf', ['--empty', '--pages', ...Array.from({ length: copies }, () => longest.p), '--', big]);
  const bytes = new Uint8Array(readFileSync(big));
  const t0 = performance.now();
  const layout = await extractPdf(bytes, 'big.pdf');
  const dt = (performance.now() - t0) / 1000;
  const pt = pdftotextSeconds([big], 1);
  const t1 = performance.now();
  const task = openPdf(bytes);
  const doc = await task.promise;
  for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
  await task.destroy();
  const tc = (performance.now() - t1) / 1000;
  console.log(`long untagged document (${layout.pages} pages): extractPdf ${(layout.pages / dt).toFixed(1)} pages/s, pdftotext -layout ${(layout.pages / pt).toFixed(1)} pages/s, ratio ${(dt / pt).toFixed(2)}x`);
  console.log(`  (pdf.js getTextContent alone on it: ${(layout.pages / tc).toFixed(1)} pages/s)`);
  rmSync(tmp, { recursive: true, force: true });
}
