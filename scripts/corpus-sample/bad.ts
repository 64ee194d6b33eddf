// corpus/bad: small inputs that extraction must reject (or warn about) with a one-line reason.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { deflateSync, zipSync, strToU8 } from 'fflate';

const FIXED = new Date(Date.UTC(2025, 0, 1));

async function smallPdf(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  lines.forEach((l, i) => page.drawText(l, { x: 60, y: 780 - i * 16, size: 11, font }));
  return doc.save({ useObjectStreams: false });
}

/** A 1x1 PNG built by hand (signature, IHDR, IDAT, IEND) so the bytes are fixed. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from(deflateSync(new Uint8Array([0, 255, 255, 255])))), chunk('IEND', Buffer.alloc(0))]);
}

export const BAD_CASES: { file: string; reason: string }[] = [
  { file: 'empty.pdf', reason: 'empty file (0 bytes)' },
  { file: 'truncated.pdf', reason: 'truncated PDF (cut off mid-file, no xref/trailer)' },
  { file: 'corrupt.pdf', reason: 'corrupt PDF (valid header followed by garbage)' },
  { file: 'encrypted.pdf', reason: 'encrypted PDF (password required)' },
  { file: 'really-html.pdf', reason: 'named .pdf but the bytes are HTML: sniffed as HTML, which holds nothing (warning: no indicators found, exit 0)' },
  { file: 'picture.png', reason: 'unsupported format (PNG image)' },
  { file: 'spreadsheet.xlsx', reason: 'unsupported format (XLSX spreadsheet, a zip that is not a DOCX)' },
  { file: 'no-levels.txt', reason: 'no indicators found (plain prose; a warning, exit 0)' },
  { file: 'no-levels.pdf', reason: 'no indicators found (PDF with prose only; a warning, exit 0)' },
];

const PROSE = [
  'Fernhallow Parish Newsletter, spring edition.',
  'The village hall committee thanks everyone who helped with the summer fair.',
  'The library van now visits on Tuesday mornings instead of Thursdays.',
  'Volunteers are wanted to help repaint the fence around the playing field.',
  'The next meeting of the allotment society is on the first Monday of the month.',
];

export async function writeBadCorpus(dir: string): Promise<void> {
  const good = await smallPdf(['Fernhallow levels of need: example page', 'Level 1 Universal', 'Level 2 Early Help']);
  const w = (f: string, b: Uint8Array | string) => writeFileSync(join(dir, f), b);
  w('empty.pdf', new Uint8Array(0));
  w('truncated.pdf', good.slice(0, Math.floor(good.length * 0.45)));
  w('corrupt.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
    Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256))]));
  const tmp = mkdtempSync(join(tmpdir(), 'bad-'));
  try {
    writeFileSync(join(tmp, 'in.pdf'), good);
    // --static-id and --static-aes-iv (qpdf testing options) keep the bytes the same from run to run.
    execFileSync('qpdf', ['--static-id', '--static-aes-iv', '--encrypt', 'open-sesame', 'owner-pass', '128', '--use-aes=y', '--', join(tmp, 'in.pdf'), join(tmp, 'out.pdf')]);
    w('encrypted.pdf', readFileSync(join(tmp, 'out.pdf')));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  w('really-html.pdf', '<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested document was not found on this server.</p></body></html>\n');
  w('picture.png', tinyPng());
  const mtime = new Date(FIXED);
  w('spreadsheet.xlsx', zipSync({
    '[Content_Types].xml': [strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'), { mtime }],
    'xl/workbook.xml': [strToU8('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Levels" sheetId="1"/></sheets></workbook>'), { mtime }],
  } as never));
  w('no-levels.txt', `${PROSE.join('\n\n')}\n`);
  w('no-levels.pdf', await smallPdf(PROSE));
  const readme = ['# Bad-input cases', '',
    'Generated by `npm run corpus:sample`. Each file must make `atlas extract` exit non-zero (or, for a readable',
    'document without levels, warn) with one line naming the file and the reason. `ingest` must carry on past them.', '',
    '| file | expected one-line reason |', '|---|---|',
    ...BAD_CASES.map((c) => `| ${c.file} | ${c.reason} |`), '',
    'The image-only (scanned) PDF is in `corpus/sample/ebbleside-scanned.pdf` with `expectError: true` in the manifest:',
    'reason "no text layer (scanned images only)".', ''];
  w('README.md', readme.join('\n'));
}
