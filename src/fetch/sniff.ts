// What a download is, three ways: the name it was listed under, the Content-Type it was served
// with, and its first bytes. Pure functions over strings and bytes.

export type DocFormat = 'pdf' | 'docx' | 'html';

export const EXTENSIONS: Record<DocFormat, string> = { pdf: '.pdf', docx: '.docx', html: '.html' };

const LABEL: Record<DocFormat, string> = { pdf: 'a PDF', docx: 'a DOCX', html: 'an HTML page' };

/** Format implied by a URL's path extension, or null when it has none we know. */
export function formatFromUrl(url: string): DocFormat | null {
  let pathname: string;
  try {
    pathname = new URL(url).pathname.toLowerCase();
  } catch {
    return null;
  }
  if (pathname.endsWith('.pdf')) return 'pdf';
  if (pathname.endsWith('.docx')) return 'docx';
  if (pathname.endsWith('.html') || pathname.endsWith('.htm') || pathname.endsWith('.aspx') || pathname.endsWith('.php')) return 'html';
  return null;
}

/**
 * Format a Content-Type announces: a DocFormat, 'generic' (octet-stream, absent: decide from the bytes),
 * or 'other' (a type we never accept, e.g. image/png, application/msword).
 */
export function formatFromContentType(contentType: string | undefined): DocFormat | 'generic' | 'other' {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === '' || type === 'application/octet-stream' || type === 'binary/octet-stream'
    || type === 'application/x-download' || type === 'application/force-download' || type === 'application/download') return 'generic';
  if (type === 'application/pdf' || type === 'application/x-pdf') return 'pdf';
  if (type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  return 'other';
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function contains(bytes: Uint8Array, needle: string): boolean {
  const n = new TextEncoder().encode(needle);
  outer: for (let i = 0; i + n.length <= bytes.length; i++) {
    for (let j = 0; j < n.length; j++) if (bytes[i + j] !== n[j]) continue outer;
    return true;
  }
  return false;
}

/** The format the bytes themselves show: %PDF- (within the first 1 KB, as readers allow), a zip holding word/document.xml, or HTML markup. */
export function sniffFormat(bytes: Uint8Array): DocFormat | 'zip' | null {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF_MAGIC.length <= head.length; i++) if (startsWith(head, PDF_MAGIC, i)) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC)) return contains(bytes, 'word/document.xml') ? 'docx' : 'zip';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/^<!doctype html|^<html[\s>]/.test(text)) return 'html';
  if ((text.startsWith('<!--') || text.startsWith('<?xml')) && /<html[\s>]/.test(text)) return 'html';
  return null;
}

/** Printable first bytes for a refusal message, e.g. "<html><head>". */
export function preview(bytes: Uint8Array, n = 12): string {
  return JSON.stringify(Array.from(bytes.subarray(0, n), (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join(''));
}

/** Refusal at header time (null = carry on): the served type contradicts the listed name, or is one we never take. */
export function checkContentType(contentType: string | undefined, named: DocFormat | null, namedBy: string): string | null {
  const served = formatFromContentType(contentType);
  const type = (contentType ?? '').split(';')[0].trim();
  if (served === 'other') return `refused: served ${type}, not a PDF, DOCX or HTML document`;
  if (served !== 'generic' && named && served !== named) return `refused: served ${type} but ${namedBy}`;
  return null;
}

/** Final check on the bytes: returns the accepted format, or a refusal message. */
export function checkContent(
  bytes: Uint8Array,
  contentType: string | undefined,
  named: DocFormat | null,
): { format: DocFormat } | { refused: string } {
  const served = formatFromContentType(contentType);
  const expected: DocFormat | null = named ?? (served === 'generic' || served === 'other' ? null : served);
  const sniffed = sniffFormat(bytes);
  if (expected) {
    if (sniffed === expected) return { format: expected };
    if (sniffed === 'zip' && expected === 'docx') return { refused: 'refused: a zip file without word/document.xml, not a DOCX' };
    return { refused: `refused: content is not ${LABEL[expected]} (starts ${preview(bytes)})` };
  }
  if (sniffed === 'pdf' || sniffed === 'docx' || sniffed === 'html') return { format: sniffed };
  return { refused: `refused: content is neither PDF, DOCX nor HTML (starts ${preview(bytes)})` };
}
