// PDF extraction benchmark and gold coverage: pages/s of extractPdf on corpus PDFs, and for each
// PDF with a gold file, how many gold indicator texts appear inside one Span / cell item.
// Usage: npx tsx scripts/bench/pdf-extract.ts [corpus/sample] [--repeat N] [--verbose]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractPdf } from '../../src/extract/pdf/index.ts';
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
