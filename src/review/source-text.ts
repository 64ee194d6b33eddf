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

/** Formats whose text a reviewer can select in the evidence view (a PDF page is shown as an image). */
export function selectableFormat(format: SourceFormat): boolean {
  return format === 'text' || format === 'html' || format === 'docx';
}

/** Plain text of a source file, or null for PDFs. */
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
  return null;
}
