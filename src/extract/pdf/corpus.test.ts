// Every gold indicator of every sample PDF must come out whole, inside one Span or cell item,
// both from the PDF as written and (the geometric path) from the same PDF with its tags stripped by qpdf.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Gold } from '../../model/index.ts';
import { goldCoverage } from './coverage.ts';
import { extractPdf } from './index.ts';

const dir = join(new URL('.', import.meta.url).pathname, '../../../corpus/sample');
const pdfs = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pdf') && existsSync(join(dir, `${f}.gold.json`))).sort() : [];
const hasQpdf = (() => {
  try {
    execFileSync('qpdf', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const tmp = mkdtempSync(join(tmpdir(), 'atlas-untag-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function untagged(file: string): Uint8Array {
  const out = join(tmp, file);
  execFileSync('qpdf', ['--empty', '--pages', join(dir, file), '--', out]);
  return new Uint8Array(readFileSync(out));
}

describe('sample corpus gold coverage', () => {
  it('has sample PDFs with gold files', () => {
    expect(pdfs.length).toBeGreaterThan(0);
  });
  for (const f of pdfs) {
    it(f, async () => {
      const gold = JSON.parse(readFileSync(join(dir, `${f}.gold.json`), 'utf8')) as Gold;
      const texts = gold.indicators.map((i) => i.text);
      const asIs = goldCoverage(await extractPdf(new Uint8Array(readFileSync(join(dir, f))), f), texts);
      expect(asIs.missing).toEqual([]);
      expect(asIs.merged).toEqual([]);
      expect(hasQpdf, 'the geometric re-check needs qpdf: apt-get install qpdf').toBe(true);
      const geo = goldCoverage(await extractPdf(untagged(f), f), texts);
      expect(geo.missing).toEqual([]);
      expect(geo.merged).toEqual([]);
    }, 30000);
  }
});
