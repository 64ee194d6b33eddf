// Baseline: a plain pdf.js text pass, as a user would script it: one process, every PDF in turn,
// getTextContent() on every page, nothing else. Usage: node pdfjs-text.mjs <list-file>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
const standardFontDataUrl = require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, 'standard_fonts/');
const files = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let pages = 0;
let chars = 0;
for (const f of files) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(f)), isEvalSupported: false, standardFontDataUrl, verbosity: 0 }).promise;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const tc = await page.getTextContent();
    for (const it of tc.items) chars += 'str' in it ? it.str.length : 0;
    page.cleanup();
    pages++;
  }
  await doc.destroy();
}
process.stdout.write(JSON.stringify({ files: files.length, pages, chars }) + '\n');
