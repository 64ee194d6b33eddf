/** What the bytes are, whatever the file name says. */
export type Sniffed =
  | { kind: 'empty' }
  | { kind: 'pdf' }
  | { kind: 'zip' }
  | { kind: 'html'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'unsupported'; looksLike: string };

const SIGNATURES: { bytes: number[]; looksLike: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], looksLike: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], looksLike: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], looksLike: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], looksLike: 'a TIFF image' },
  { bytes: [0x42, 0x4d], looksLike: 'a BMP image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], looksLike: 'a RIFF media file' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], looksLike: 'a legacy Word .doc or an encrypted Office file' },
  { bytes: [0x1f, 0x8b], looksLike: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], looksLike: 'a 7-zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], looksLike: 'a RAR archive' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], looksLike: 'an RTF document' },
  { bytes: [0x25, 0x21, 0x50, 0x53], looksLike: 'a PostScript file' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], looksLike: 'an executable' },
  { bytes: [0x4d, 0x5a], looksLike: 'an executable' },
];

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  return sig.every((b, i) => bytes[at + i] === b);
}

/** "%PDF-" may follow a little junk (the spec tolerates up to 1024 bytes). */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= end; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

/** Decode as text, or null when the bytes are not text. Handles UTF-8/UTF-16 BOMs and falls back to windows-1252. */
export function decodeText(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  let control = 0;
  const probe = Math.min(body.length, 65536);
  for (let i = 0; i < probe; i++) {
    const b = body[i];
    if (b === 0) return null;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (probe > 0 && control / probe > 0.01) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const text = new TextDecoder('windows-1252').decode(body);
    // Mostly high bytes means binary that happens to avoid NULs.
    let high = 0;
    for (let i = 0; i < probe; i++) if (body[i] >= 0x80) high++;
    return probe > 0 && high / probe > 0.3 ? null : text;
  }
}

const HTML_START = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title|div|section|article|main|p|h[1-6]|table|ul|ol)\b/i;

export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 4096));
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'empty' };
  if (hasPdfHeader(bytes)) return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  for (const s of SIGNATURES) if (startsWith(bytes, s.bytes)) return { kind: 'unsupported', looksLike: s.looksLike };
  const text = decodeText(bytes);
  if (text === null) return { kind: 'unsupported', looksLike: 'binary data' };
  if (text.trim() === '') return { kind: 'unsupported', looksLike: 'blank text (whitespace only)' };
  if (looksLikeHtml(text)) return { kind: 'html', text };
  return { kind: 'text', text };
}
