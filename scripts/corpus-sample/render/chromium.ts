// Drives Debian's chromium to print HTML to tagged PDF or take a screenshot, and removes the
// per-run bytes (dates) so re-running the generator writes the same files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FIXED_DATE = 'D:20250101000000';

function run(args: string[], html: string, ext: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  try {
    const src = join(dir, 'doc.html');
    writeFileSync(src, html);
    const out = join(dir, `out.${ext}`);
    execFileSync(CHROMIUM, [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--hide-scrollbars', `--user-data-dir=${join(dir, 'profile')}`,
      ...args.map((a) => a.replace('OUT', out)), `file://${src}`,
    ], { stdio: ['ignore', 'ignore', 'ignore'], timeout: 120_000 });
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Same-length replacement of the per-run bytes Chromium writes: creation/modification dates, and the
 * structure-element ids taken from DOM node numbers (which can shift between runs). Ids are renumbered
 * in their sorted order, so the IDTree's sorted keys stay sorted.
 */
export function fixPdfDates(pdf: Buffer): Buffer {
  let s = pdf.toString('latin1').replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_m, k) => `/${k} (${FIXED_DATE}`);
  const ids = [...new Set(s.match(/\(node\d{8}\)/g) ?? [])].sort();
  const renum = new Map(ids.map((id, i) => [id, `(node${String(i + 1).padStart(8, '0')})`]));
  s = s.replace(/\(node\d{8}\)/g, (id) => renum.get(id)!);
  return Buffer.from(s, 'latin1');
}

export function printPdf(html: string): Buffer {
  return fixPdfDates(run(['--print-to-pdf=OUT', '--no-pdf-header-footer'], html, 'pdf'));
}

/** Copy the pages into a new PDF with qpdf, which drops the structure tree (an untagged PDF). */
export function untag(pdf: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('qpdf', ['--static-id', '--empty', '--pages', join(dir, 'in.pdf'), '--', join(dir, 'out.pdf')]);
    return readFileSync(join(dir, 'out.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function screenshot(html: string, width: number, height: number): Buffer {
  return run([`--screenshot=OUT`, `--window-size=${width},${height}`, '--force-device-scale-factor=1'], html, 'png');
}
