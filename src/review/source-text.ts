// The plain text of a source part that the evidence view shows and an added indicator's offsets point into.
// The same function runs in the app (selection) and in Node (ingest, serve --review), so offsets agree.
import { Parser } from 'htmlparser2';
import type { SourceFormat } from '../model/index.ts';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg']);
const BLOCK = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'div', 'br', 'tr', 'section', 'article', 'dd', 'dt', 'blockquote']);

/** Plain text of an HTML document, parsed as data with htmlparser2: nothing is executed, fetched or styled. */
export function htmlToText(html: string): string {
  let out = '';
  let skipping = 0;
  const p = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping++;
        else if (BLOCK.has(name)) out += '\n';
      },
      ontext(t) {
        if (!skipping) out += t;
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.has(name)) out += '\n';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  p.write(html);
  p.end();
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Formats whose text a reviewer can select in the evidence view (every one: a PDF page's text is shown under it). */
export function selectableFormat(format: SourceFormat): boolean {
  return format === 'text' || format === 'html' || format === 'docx' || format === 'pdf';
}

/** Pages of a PDF's plain text are separated by a form feed. */
export const PAGE_BREAK = '\f';

/** [start, end) of page `n` (1-based) in a PDF's plain text. */
export function pageRange(text: string, n: number): [number, number] {
  let start = 0;
  for (let k = 1; k < n; k++) {
    const i = text.indexOf(PAGE_BREAK, start);
    if (i < 0) return [text.length, text.length];
    start = i + 1;
  }
  const end = text.indexOf(PAGE_BREAK, start);
  return [start, end < 0 ? text.length : end];
}

/**
 * Plain text of a source file. A PDF's is pdf.js's text of each page (items in content order, a line break
 * where pdf.js marks the end of a line), pages joined by a form feed; the browser must have configured pdf.js
 * (src/app/lib/pdfjs.ts) first.
 */
export async function sourceText(format: SourceFormat, bytes: Uint8Array): Promise<string | null> {
  if (format === 'text') return new TextDecoder().decode(bytes);
  if (format === 'html') return htmlToText(new TextDecoder().decode(bytes));
  if (format === 'docx') {
    const mammoth = await import('mammoth');
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // mammoth reads an arrayBuffer in the browser and a buffer in Node
    const r = await mammoth.extractRawText(typeof window === 'undefined' ? ({ buffer: Buffer.from(ab) } as never) : { arrayBuffer: ab });
    return r.value;
  }
  if (format === 'pdf') {
    const { openPdf } = await import('../extract/pdf/pdfjs.ts');
    const doc = await openPdf(bytes).promise;
    try {
      const pages: string[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const tc = await (await doc.getPage(n)).getTextContent();
        pages.push(tc.items.map((it) => ('str' in it ? it.str.replace(/\f/g, ' ') + (it.hasEOL ? '\n' : '') : '')).join(''));
      }
      return pages.join(PAGE_BREAK);
    } finally {
      await doc.destroy();
    }
  }
  return null;
}
