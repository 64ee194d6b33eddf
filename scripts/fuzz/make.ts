// Generates a hostile fuzz corpus, deterministically from a seed, with a manifest.json:
//   npx tsx scripts/fuzz/make.ts <out-dir> [--seed N]
// Every file says what it is (kind) and whether it must fail ("error") or may still be readable ("any":
// a bit flip inside a text string leaves a valid document). Takes well under a second or two.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import { stream, textContent, textPdf, writePdf } from './pdf.ts';
import { docx, documentXml, paragraphs, zip, type ZipFile } from './zip.ts';
import { mulberry32 } from '../lib/prng.ts';
import { drawnTablePdf, levelTables } from './tables.ts';

export interface FuzzFile {
  file: string;
  kind: string;
  expect: 'error' | 'any';
}

const enc = new TextEncoder();

/** A fictional threshold document's lines (invented authority). */
export function fuzzshireLines(): string[][] {
  const levels = [
    ['Level 1 - Universal', 'Child is healthy and meets developmental milestones', 'Attends school regularly and is making progress'],
    ['Level 2 - Early Help', 'Some missed health appointments', 'Occasional lateness at school'],
    ['Level 3 - Targeted Support', 'Persistent absence from school', 'Parent struggling with low mood affecting routines'],
    ['Level 4 - Specialist', 'Child has an unexplained injury', 'Disclosure of sexual abuse', 'Young person missing from home repeatedly'],
  ];
  const page1 = ['Fuzzhampton Safeguarding Children Partnership', 'Threshold Guidance (fictional test document)', '', ...levels[0].flatMap((l, i) => (i ? [`- ${l}`] : [l])), '', ...levels[1].flatMap((l, i) => (i ? [`- ${l}`] : [l]))];
  const page2 = [...levels[2].flatMap((l, i) => (i ? [`- ${l}`] : [l])), '', ...levels[3].flatMap((l, i) => (i ? [`- ${l}`] : [l]))];
  return [page1, page2];
}

function basePdf(): Uint8Array {
  return textPdf(fuzzshireLines());
}

function flip(bytes: Uint8Array, rnd: () => number, n: number): Uint8Array {
  const out = bytes.slice();
  for (let i = 0; i < n; i++) {
    const at = Math.floor(rnd() * out.length);
    out[at] ^= 1 << Math.floor(rnd() * 8);
  }
  return out;
}

function randomBytes(rnd: () => number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rnd() * 256);
  return out;
}

function hex(rnd: () => number, n: number): string {
  return Array.from(randomBytes(rnd, n), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Raw deflate of `mb` megabytes of zeros without allocating them: sync-flushed 1 MB blocks repeated. */
function zeroBomb(mb: number, text = 0): Uint8Array {
  const one = deflateRawSync(Buffer.alloc(1 << 20, text), { finishFlush: constants.Z_SYNC_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  return new Uint8Array(Buffer.concat([...Array.from({ length: mb }, () => one), end]));
}

/** PDF with `pages` pages all sharing one content stream (small file, huge page count). */
function manyPagesPdf(pages: number): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${5 + i} 0 R`).join(' ');
  const objects: (string | Uint8Array)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    stream('', textContent(['Level 1 - Universal', '- Child is well'])),
  ];
  for (let i = 0; i < pages; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>');
  return writePdf({ objects });
}

function pdfWith(pageExtra: string, content: string | Uint8Array, extraObjects: (string | Uint8Array)[] = [], catalogExtra = '', trailerExtra = ''): Uint8Array {
  return writePdf({
    objects: [
      `<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`,
      '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> ${pageExtra} >> /Contents 5 0 R >>`,
      typeof content === 'string' ? stream('', content) : content,
      ...extraObjects,
    ],
    trailerExtra,
  });
}

/** Build every hostile file in memory: [name, bytes, kind, expect]. */
function* hostile(seed: number, seeds: Uint8Array[]): Generator<[string, Uint8Array | string, string, FuzzFile['expect']]> {
  const rnd = mulberry32(seed);
  const base = basePdf();
  const pdfSeeds = [base, ...seeds];
  const lines = fuzzshireLines().flat();
  const goodDocx = docx(documentXml(paragraphs(lines)));
  const goodHtml = `<!doctype html><html><head><title>Fuzzhampton thresholds</title></head><body>${lines.map((l) => (l.startsWith('- ') ? `<li>${l.slice(2)}</li>` : `<h2>${l}</h2>`)).join('')}</body></html>`;

  // zero bytes
  for (const ext of ['pdf', 'docx', 'html', 'txt']) yield [`zero.${ext}`, new Uint8Array(0), 'zero-bytes', 'error'];

  // truncated (pdf.js rebuilds xref tables, so a long prefix may still read: "any")
  for (let i = 0; i < 30; i++) {
    const src = pdfSeeds[i % pdfSeeds.length];
    const frac = i < 10 ? 0.02 + rnd() * 0.2 : 0.2 + rnd() * 0.79;
    yield [`truncated-${i}.pdf`, src.slice(0, Math.max(8, Math.floor(src.length * frac))), 'truncated', 'any'];
  }
  yield ['truncated-header-only.pdf', enc.encode('%PDF-1.7\n'), 'truncated', 'error'];
  yield ['truncated.docx', goodDocx.slice(0, Math.floor(goodDocx.length * 0.6)), 'truncated', 'error'];

  // bit flips
  for (let i = 0; i < 60; i++) {
    const src = pdfSeeds[i % pdfSeeds.length];
    yield [`bitflip-${i}.pdf`, flip(src, rnd, 1 + Math.floor(rnd() * (i < 30 ? 8 : 400))), 'bit-flipped', 'any'];
  }
  for (let i = 0; i < 6; i++) yield [`bitflip-${i}.docx`, flip(goodDocx, rnd, 1 + Math.floor(rnd() * 40)), 'bit-flipped', 'any'];

  // wrong extension / wrong content
  yield ['html-named.pdf', goodHtml, 'wrong-extension', 'any'];
  yield ['pdf-named.docx', base, 'wrong-extension', 'any'];
  yield ['pdf-named.html', base, 'wrong-extension', 'any'];
  yield ['docx-named.pdf', goodDocx, 'wrong-extension', 'any'];
  yield ['png-named.pdf', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(rnd, 200)]), 'wrong-extension', 'error'];
  yield ['gif-named.docx', new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, ...randomBytes(rnd, 200)]), 'wrong-extension', 'error'];
  yield ['elf-named.pdf', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, ...randomBytes(rnd, 500)]), 'wrong-extension', 'error'];
  yield ['jpeg-named.html', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...randomBytes(rnd, 300)]), 'wrong-extension', 'error'];
  yield ['gzip-named.docx', new Uint8Array(deflateSync(enc.encode(goodHtml))).map((b, i) => (i === 0 ? 0x1f : i === 1 ? 0x8b : b)), 'wrong-extension', 'error'];
  yield ['pdf-header-garbage.pdf', new Uint8Array([...enc.encode('%PDF-1.4\n'), ...randomBytes(rnd, 4000)]), 'wrong-extension', 'error'];
  yield ['zip-not-docx.docx', zip([{ name: 'readme.txt', data: enc.encode('not a word document') }]), 'wrong-extension', 'error'];
  yield ['ole-named.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...randomBytes(rnd, 600)]), 'wrong-extension', 'error'];

  // encrypted (a Standard security handler whose empty user password does not verify)
  const encryptDicts = [
    '<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44',
    '<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904',
    '<< /Filter /Standard /V 4 /R 4 /Length 128 /P -1028 /CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen /Length 16 >> >> /StmF /StdCF /StrF /StdCF',
    '<< /Filter /Standard /V 4 /R 4 /Length 128 /P -1028 /CF << /StdCF << /CFM /V2 /Length 16 >> >> /StmF /StdCF /StrF /StdCF',
  ];
  for (const [i, d] of encryptDicts.entries()) {
    for (let j = 0; j < 2; j++) {
      const dict = `${d} /O <${hex(rnd, 32)}> /U <${hex(rnd, 32)}> >>`;
      const pdf = writePdf({
        objects: [
          '<< /Type /Catalog /Pages 2 0 R >>',
          '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
          '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
          stream('', randomBytes(rnd, 200)),
          dict,
        ],
        trailerExtra: `/Encrypt 5 0 R /ID [<${hex(rnd, 16)}><${hex(rnd, 16)}>]`,
      });
      yield [`encrypted-${i}-${j}.pdf`, pdf, 'encrypted', 'error'];
    }
  }
  yield ['encrypted-v5.pdf', pdfWith('', textContent(lines), [`<< /Filter /Standard /V 5 /R 6 /Length 256 /P -1028 /O <${hex(rnd, 48)}> /U <${hex(rnd, 48)}> /OE <${hex(rnd, 32)}> /UE <${hex(rnd, 32)}> /Perms <${hex(rnd, 16)}> /CF << /StdCF << /CFM /AESV3 /Length 32 >> >> /StmF /StdCF /StrF /StdCF >>`], '', `/Encrypt 6 0 R /ID [<${hex(rnd, 16)}><${hex(rnd, 16)}>]`), 'encrypted', 'error'];

  // thousands of pages (a /Count that lies is harmless: pdf.js counts the real kids)
  yield ['pages-3000.pdf', manyPagesPdf(3000), 'thousands-of-pages', 'error'];
  yield ['pages-10000.pdf', manyPagesPdf(10000), 'thousands-of-pages', 'error'];
  yield ['pages-count-lie.pdf', writePdf({
    objects: [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
      stream('', textContent(['Level 1'])),
    ],
  }), 'thousands-of-pages', 'any'];

  // deeply nested objects and reference cycles
  yield ['nested-arrays-content.pdf', pdfWith('', `BT /F1 11 Tf 60 780 Td ${'['.repeat(100000)}${']'.repeat(100000)} TJ ET`), 'deep-nesting', 'any'];
  yield ['nested-arrays-resources.pdf', pdfWith(`/Nest ${'['.repeat(50000)}1${']'.repeat(50000)}`, textContent(lines)), 'deep-nesting', 'any'];
  yield ['nested-dicts.pdf', pdfWith(`/Nest ${'<< /A '.repeat(30000)}1${' >>'.repeat(30000)}`, textContent(lines)), 'deep-nesting', 'any'];
  yield ['nested-info.pdf', pdfWith('', textContent(lines), [`${'['.repeat(80000)}${']'.repeat(80000)}`], '', '/Info 6 0 R'), 'deep-nesting', 'any'];
  yield ['pages-cycle.pdf', writePdf({
    objects: ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 5 >>', '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 3 >>'],
  }), 'deep-nesting', 'error'];
  yield ['kids-self.pdf', writePdf({ objects: ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R 2 0 R] /Count 2 >>'] }), 'deep-nesting', 'error'];
  yield ['outline-cycle.pdf', pdfWith('', textContent(lines), ['<< /Type /Outlines /First 7 0 R /Last 7 0 R /Count 1 >>', '<< /Title (loop) /Parent 6 0 R /Next 7 0 R /Prev 7 0 R /First 7 0 R >>'], '/Outlines 6 0 R'), 'deep-nesting', 'any'];
  yield ['struct-tree-cycle.pdf', pdfWith('', textContent(lines), ['<< /Type /StructTreeRoot /K 7 0 R >>', '<< /S /P /P 7 0 R /K [7 0 R 7 0 R] /Pg 4 0 R >>'], '/StructTreeRoot 6 0 R /MarkInfo << /Marked true >>'), 'deep-nesting', 'any'];
  yield ['xobject-recursion.pdf', pdfWith('/XObject << /X1 6 0 R >>', '/X1 Do', [stream('/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X1 6 0 R >> >>', '/X1 Do BT /F1 11 Tf (loop) Tj ET')]), 'deep-nesting', 'any'];
  yield ['q-nesting.pdf', pdfWith('', `${'q '.repeat(200000)}BT /F1 11 Tf 60 780 Td (Level 1) Tj ET`), 'deep-nesting', 'any'];

  // broken cross-reference tables and trailers
  const good = basePdf();
  const text = Buffer.from(good).toString('latin1');
  const xrefAt = text.lastIndexOf('xref');
  const broken: [string, string][] = [
    ['xref-missing', text.slice(0, xrefAt) + text.slice(text.indexOf('trailer', xrefAt))],
    ['startxref-past-eof', text.replace(/startxref\n\d+/, 'startxref\n99999999')],
    ['startxref-zero', text.replace(/startxref\n\d+/, 'startxref\n0')],
    ['startxref-negative', text.replace(/startxref\n\d+/, 'startxref\n-50')],
    ['xref-garbage-entries', text.slice(0, xrefAt) + text.slice(xrefAt).replace(/\d{10} 00000 n/g, () => `${hex(rnd, 5)} zzzzz q`)],
    ['xref-offsets-shifted', text.slice(0, xrefAt) + text.slice(xrefAt).replace(/(\d{10}) 00000 n/g, (_, o: string) => `${String(Number(o) + 7).padStart(10, '0')} 00000 n`)],
    ['xref-count-huge', text.replace(/xref\n0 (\d+)/, 'xref\n0 99999999')],
    ['trailer-no-root', text.replace('/Root 1 0 R', '')],
    ['trailer-root-wrong', text.replace('/Root 1 0 R', '/Root 3 0 R')],
    ['trailer-root-missing-object', text.replace('/Root 1 0 R', '/Root 999 0 R')],
    ['trailer-prev-loop', text.replace('/Root 1 0 R', `/Root 1 0 R /Prev ${xrefAt}`)],
    ['no-eof', text.replace('%%EOF', '')],
    ['catalog-not-dict', text.replace('<< /Type /Catalog /Pages 2 0 R >>', '(just a string)                  ')],
    ['pages-not-dict', text.replace(/2 0 obj\n<< \/Type \/Pages/, '2 0 obj\n[ /Type /Pages')],
    ['xref-stream-garbage', text.slice(0, xrefAt) + `9 0 obj\n<< /Type /XRef /Size 10 /W [1 4 2] /Filter /FlateDecode /Length 30 >>\nstream\n${Buffer.from(randomBytes(rnd, 30)).toString('latin1')}\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`],
    ['length-wrong', text.replace(/\/Length (\d+)/g, '/Length 999999')],
    ['length-negative', text.replace(/\/Length (\d+)/g, '/Length -5')],
    ['obj-numbers-scrambled', text.replace(/(\d+) 0 obj/g, () => `${Math.floor(rnd() * 50)} 0 obj`)],
    ['endobj-missing', text.replace(/endobj/g, '')],
    ['stream-unterminated', text.replace(/endstream/g, '')],
  ];
  for (const [name, t] of broken) yield [`${name}.pdf`, Buffer.from(t, 'latin1'), 'broken-xref', 'any'];

  // huge images and decompression bombs inside PDFs
  yield ['image-huge-declared.pdf', pdfWith('/XObject << /Im1 6 0 R >>', `${textContent(lines)}\nq 500 0 0 500 50 50 cm /Im1 Do Q`, [stream('/Type /XObject /Subtype /Image /Width 60000 /Height 60000 /ColorSpace /DeviceRGB /BitsPerComponent 8', randomBytes(rnd, 100))]), 'huge-image', 'any'];
  yield ['image-flate-bomb.pdf', pdfWith('/XObject << /Im1 6 0 R >>', `${textContent(lines)}\nq 500 0 0 500 50 50 cm /Im1 Do Q`, [stream('/Type /XObject /Subtype /Image /Width 8000 /Height 8000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode', Buffer.concat([Buffer.from([0x78, 0x01]), zeroBomb(184)]))]), 'huge-image', 'any'];
  yield ['image-inline-huge.pdf', pdfWith('', `${textContent(lines)}\nq 100 0 0 100 0 0 cm BI /W 40000 /H 40000 /CS /G /BPC 8 ID ${Buffer.from(randomBytes(rnd, 64)).toString('latin1')} EI Q`), 'huge-image', 'any'];
  {
    // a content stream that inflates to 60 MB of repeated text operators
    const op = Buffer.from('BT /F1 11 Tf 60 780 Td (Level 1 - Universal) Tj ET\n'.repeat(20000));
    const chunk = deflateRawSync(op, { finishFlush: constants.Z_SYNC_FLUSH });
    const zipped = Buffer.concat(Array.from({ length: 60 }, () => chunk));
    const zl = Buffer.concat([Buffer.from([0x78, 0x01]), zipped, deflateRawSync(Buffer.alloc(0))]);
    yield ['content-flate-bomb.pdf', pdfWith('', stream('/Filter /FlateDecode', zl)), 'huge-image', 'any'];
  }
  yield ['image-only.pdf', pdfWith('/XObject << /Im1 6 0 R >>', 'q 500 0 0 500 50 50 cm /Im1 Do Q', [stream('/Type /XObject /Subtype /Image /Width 50 /Height 50 /ColorSpace /DeviceGray /BitsPerComponent 8', randomBytes(rnd, 2500))]), 'image-only', 'error'];
  yield ['text-items-flood.pdf', pdfWith('', `BT /F1 2 Tf ${Array.from({ length: 30000 }, (_, i) => `${(i % 200) * 2.9 + 5} ${800 - Math.floor(i / 200) * 5} Td (x) Tj`).join(' ')} ET`), 'too-many-items', 'any'];

  // DOCX zip bombs and XML entity bombs
  const bomb = zeroBomb(300, 0x20);
  yield ['zipbomb-honest.docx', docx({ name: 'word/document.xml', data: bomb, precompressed: { size: 300 * (1 << 20), crc: 0 } }), 'zip-bomb', 'error'];
  yield ['zipbomb-lying.docx', docx({ name: 'word/document.xml', data: bomb, precompressed: { size: 300 * (1 << 20), crc: 0 }, declaredSize: 4096 }), 'zip-bomb', 'error'];
  yield ['zipbomb-extra-part.docx', docx(documentXml(paragraphs(lines)), [{ name: 'word/media/pad.bin', data: bomb, precompressed: { size: 300 * (1 << 20), crc: 0 }, declaredSize: 10 }]), 'zip-bomb', 'any'];
  yield ['zip-many-entries.docx', docx(documentXml(paragraphs(lines)), Array.from({ length: 20000 }, (_, i): ZipFile => ({ name: `word/x/${i}.xml`, data: enc.encode('<a/>') }))), 'zip-bomb', 'any'];
  const laughs = `<!DOCTYPE w:document [<!ENTITY a0 "lol">${Array.from({ length: 12 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i};`.repeat(10)}">`).join('')}]>`;
  yield ['entity-bomb.docx', docx(documentXml(paragraphs(['Level 1 - Universal']).replace('Level 1 - Universal', '&a12;'), laughs)), 'entity-bomb', 'error'];
  yield ['entity-external.docx', docx(documentXml(paragraphs(['x']).replace('>x<', '>&xxe;<'), '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')), 'entity-bomb', 'error'];
  yield ['entity-bomb.html', `<!DOCTYPE html [${laughs.slice(laughs.indexOf('[') + 1, -2)}]><html><body><h2>Level 1 - Universal</h2><p>&a12;</p></body></html>`, 'entity-bomb', 'any'];

  // HTML with active content: parsed as data, never executed
  const active = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">click</a>',
    '<style>body{background:url(javascript:alert(1))}</style>',
    '<iframe src="https://example.invalid/"></iframe>',
    '<svg onload=alert(1)><script>alert(2)</script></svg>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<meta http-equiv="refresh" content="0;url=https://example.invalid/">',
    '<script src="https://example.invalid/x.js"></script><noscript>Level 9</noscript>',
    '<template><script>alert(1)</script></template><math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  ];
  for (const [i, a] of active.entries()) {
    yield [`active-${i}.html`, goodHtml.replace('<body>', `<body>${a}`).replace('</h2>', `</h2>${a}`), 'html-active', 'any'];
  }

  // text oddities
  yield ['binary-noise.txt', randomBytes(rnd, 5000), 'text-garbage', 'error'];
  yield ['nul-bytes.txt', new Uint8Array(4096), 'text-garbage', 'error'];
  yield ['long-line.txt', 'Level 1 '.repeat(400000), 'text-garbage', 'any'];
  yield ['many-lines.txt', 'Level 1\n- child\n'.repeat(60000), 'text-garbage', 'any'];
  yield ['utf16.txt', new Uint8Array([0xff, 0xfe, ...Buffer.from(lines.join('\n'), 'utf16le')]), 'text-garbage', 'any'];
  yield ['invalid-utf8.txt', new Uint8Array([...enc.encode('Level 1 - Universal\n- '), 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x0a]), 'text-garbage', 'any'];
  yield ['rtl-override.txt', `Level 1\n- \u202Egnp.exe\u202C child\n`, 'text-garbage', 'any'];
  yield ['deep-html.html', `<html><body>${'<div>'.repeat(100000)}Level 1${'</div>'.repeat(100000)}</body></html>`, 'deep-nesting', 'any'];
  yield ['unclosed-html.html', `<html><body>${'<ul><li>'.repeat(20000)}Level 2`, 'deep-nesting', 'any'];
  yield ['oversize.pdf', 'oversize', 'over-size-limit', 'error'];

  // two-column level tables: merged level cells, ragged rows, empty cells, one column, header only
  // (once "Cannot read properties of undefined (reading 'cell')"); valid documents, so "any"
  for (const [name, table] of levelTables()) yield [`level-table-${name}.pdf`, drawnTablePdf(table), 'level-table', 'any'];
  // the same shapes as HTML tables, with rowspan and rows shorter than the header
  for (const [name, table] of levelTables()) {
    const rows = [...(table.header ? [`<tr>${table.header.map((h) => `<th>${h}</th>`).join('')}</tr>`] : []),
      ...table.rows.map((r) => `<tr>${r.cells.map((c, i) => (c === null || r.mergedUp?.includes(i) ? '' : `<td${table.rows[table.rows.indexOf(r) + 1]?.mergedUp?.includes(i) ? ' rowspan="2"' : ''}>${c.join('<br>')}</td>`)).join('')}</tr>`)];
    yield [`level-table-${name}.html`, `<!doctype html><html><head><title>${table.title}</title></head><body><h1>${table.title}</h1><table>${rows.join('')}</table></body></html>`, 'level-table', 'any'];
  }

  // random bytes under every extension
  for (let i = 0; i < 30; i++) {
    const ext = ['pdf', 'docx', 'html', 'txt'][i % 4];
    const n = 1 + Math.floor(rnd() * (i % 3 === 0 ? 200000 : 3000));
    const bytes = randomBytes(rnd, n);
    // avoid accidental valid headers ("%PDF", "PK", "<") so the expectation holds
    bytes[0] = 0x80 | (bytes[0] & 0x3f);
    yield [`random-${i}.${ext}`, bytes, 'random-bytes', 'error'];
  }
}

/** Write the fuzz corpus into `dir` (with manifest.json); returns what was written. */
export async function makeFuzzCorpus(dir: string, opts: { seed?: number; seeds?: Uint8Array[]; oversizeMb?: number } = {}): Promise<FuzzFile[]> {
  await fs.mkdir(dir, { recursive: true });
  const files: FuzzFile[] = [];
  for (const [name, data, kind, expect] of hostile(opts.seed ?? 20261126, opts.seeds ?? [])) {
    const target = path.join(dir, name);
    if (kind === 'over-size-limit') {
      // sparse file just past the limit: costs no disk blocks and no time
      const h = await fs.open(target, 'w');
      await h.truncate(((opts.oversizeMb ?? 50) + 1) * 1024 * 1024);
      await h.close();
    } else {
      await fs.writeFile(target, data);
    }
    files.push({ file: name, kind, expect });
  }
  const manifest = {
    documents: files.map((f, i) => ({ authorityId: `fuzz-${String(i).padStart(3, '0')}`, authority: `Fuzz ${i}`, file: f.file, version: null })),
  };
  await fs.writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  await fs.writeFile(path.join(dir, 'fuzz.json'), JSON.stringify(files, null, 1));
  return files;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('scripts/fuzz/make.ts')) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? 'test-results/fuzz';
  const seedAt = args.indexOf('--seed');
  const t0 = performance.now();
  const files = await makeFuzzCorpus(dir, { seed: seedAt >= 0 ? Number(args[seedAt + 1]) : undefined });
  const kinds = new Map<string, number>();
  for (const f of files) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
  console.log(`fuzz: ${files.length} files in ${dir} (${((performance.now() - t0) / 1000).toFixed(1)} s): ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
