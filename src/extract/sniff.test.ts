import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLayout, sniff } from './index.ts';
import { analyse } from '../pipeline/index.ts';
import { DocumentError, emptyReason } from '../model/index.ts';

const bad = (name: string) => new Uint8Array(readFileSync(new URL(`../../corpus/bad/${name}`, import.meta.url)));
const enc = new TextEncoder();

async function failure(bytes: Uint8Array, source: string): Promise<DocumentError> {
  try {
    await analyse(bytes, source, { authorityId: 'x', authority: null, version: null });
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentError);
    return err as DocumentError;
  }
  throw new Error(`${source}: expected a DocumentError`);
}

describe('format sniffing', () => {
  it('goes by the bytes, not the name', () => {
    expect(sniff(enc.encode('%PDF-1.7\n...')).kind).toBe('pdf');
    expect(sniff(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])).kind).toBe('zip');
    expect(sniff(enc.encode('\uFEFF  <!DOCTYPE html><html><body><p>x</p></body></html>')).kind).toBe('html');
    expect(sniff(enc.encode('<!-- saved page --><div><h1>Level 1</h1></div>')).kind).toBe('html');
    expect(sniff(enc.encode('# Level 1\n- item <b>bold</b>\n')).kind).toBe('text');
    expect(sniff(new Uint8Array([0xff, 0xfe, 0x4c, 0x00, 0x31, 0x00]))).toEqual({ kind: 'text', text: 'L1' });
    expect(sniff(new Uint8Array([0x4c, 0x65, 0x76, 0x65, 0x6c, 0x20, 0xa3, 0x31]))).toEqual({ kind: 'text', text: 'Level £1' });
  });

  it('names what unsupported bytes look like', () => {
    expect(sniff(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual({ kind: 'unsupported', looksLike: 'a PNG image' });
    expect(sniff(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toEqual({ kind: 'unsupported', looksLike: 'a legacy Word .doc or an encrypted Office file' });
    expect(sniff(new Uint8Array([1, 2, 3, 0, 5, 6, 7]))).toEqual({ kind: 'unsupported', looksLike: 'binary data' });
    expect(sniff(new Uint8Array())).toEqual({ kind: 'empty' });
  });

  it('reads a .pdf whose bytes are HTML as HTML, with a warning', async () => {
    const html = enc.encode('<html><head><title>x</title></head><body><h2>Level 1</h2><ul><li>Child is safe</li></ul><h2>Level 2</h2><ul><li>Child is not safe</li></ul></body></html>');
    const layout = await extractLayout(html, 'thresholds.pdf');
    expect(layout.format).toBe('html');
    expect(layout.warnings).toContain('named .pdf but is HTML');
  });
});

describe('readable inputs from corpus/bad that hold nothing give an empty result and one clear reason', () => {
  const cases: [string, string][] = [
    ['no-levels.txt', 'no indicators found: no level of need recognised and no indicator listed'],
    ['really-html.pdf', 'no indicators found: no level of need recognised and no indicator listed (named .pdf but is HTML)'],
  ];
  for (const [name, reason] of cases) {
    it(name, async () => {
      const p = await analyse(bad(name), `corpus/bad/${name}`, { authorityId: 'x', authority: null, version: null });
      expect({ scheme: p.scheme, indicators: p.indicators }).toEqual({ scheme: [], indicators: [] });
      expect(p.warnings).toContain(reason);
      expect(emptyReason(p)).toBe(reason);
    });
  }
});

describe('bad inputs from corpus/bad give one clear reason', () => {
  const cases: [string, RegExp][] = [
    ['empty.pdf', /^empty file \(0 bytes\)$/],
    ['picture.png', /^unsupported format \(looks like a PNG image\)$/],
    ['spreadsheet.xlsx', /^unsupported format \(looks like an Excel workbook, not a Word document\)$/],
    ['truncated.pdf', /truncated|corrupt/i],
    ['corrupt.pdf', /corrupt/i],
    ['encrypted.pdf', /encrypted/i],
  ];
  for (const [name, reason] of cases) {
    it(name, async () => {
      const err = await failure(bad(name), `corpus/bad/${name}`);
      expect(err.file).toBe(`corpus/bad/${name}`);
      expect(err.reason).toMatch(reason);
      expect(err.message).not.toContain('\n');
    });
  }
});
