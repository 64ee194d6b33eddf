import { describe, expect, it } from 'vitest';
import { rejectReason } from './analyseFile.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('rejectReason (before a dropped file reaches the worker)', () => {
  it('accepts documents by magic bytes or text extension', () => {
    expect(rejectReason('a.pdf', 10, enc('%PDF-1.7'))).toBeNull();
    expect(rejectReason('a.docx', 10, new Uint8Array([0x50, 0x4b, 3, 4]))).toBeNull();
    expect(rejectReason('a.html', 10, enc('<html>'))).toBeNull();
    expect(rejectReason('a.txt', 10, enc('Level 1'))).toBeNull();
  });
  it('rejects files that are not documents, with a one-line reason naming the file', () => {
    expect(rejectReason('photo.png', 10, new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toMatch(/^photo\.png is not a document/);
    expect(rejectReason('fake.pdf', 10, enc('<html>'))).toMatch(/fake\.pdf is not a PDF/);
    expect(rejectReason('empty.txt', 0, new Uint8Array())).toMatch(/empty/);
    expect(rejectReason('bin.txt', 4, new Uint8Array([1, 0, 2, 0]))).toMatch(/does not contain text/);
    expect(rejectReason('big.pdf', 60 * 1024 * 1024, enc('%PDF'))).toMatch(/larger than/);
  });
});
