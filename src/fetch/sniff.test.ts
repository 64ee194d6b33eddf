import { describe, expect, it } from 'vitest';
import { checkContent, checkContentType, formatFromContentType, formatFromUrl, sniffFormat } from './sniff.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('sniff', () => {
  it('recognises PDF, DOCX, bare zip and HTML by their bytes', () => {
    expect(sniffFormat(bytes('%PDF-1.7\n...'))).toBe('pdf');
    expect(sniffFormat(bytes('\r\n%PDF-1.4'))).toBe('pdf'); // junk before the header, as readers allow
    expect(sniffFormat(bytes('PK\u0003\u0004....[Content_Types].xml....word/document.xml....'))).toBe('docx');
    expect(sniffFormat(bytes('PK\u0003\u0004....xl/workbook.xml'))).toBe('zip');
    expect(sniffFormat(bytes('\uFEFF  <!DOCTYPE html><html>'))).toBe('html');
    expect(sniffFormat(bytes('<html lang="en">'))).toBe('html');
    expect(sniffFormat(bytes('<!-- saved page --><html>'))).toBe('html');
    expect(sniffFormat(bytes('Level 1: universal'))).toBeNull();
    expect(sniffFormat(bytes('<svg></svg>'))).toBeNull();
  });

  it('reads formats from URLs and content types', () => {
    expect(formatFromUrl('https://x.example/Threshold%20Document.PDF')).toBe('pdf');
    expect(formatFromUrl('https://x.example/doc.docx?download=1')).toBe('docx');
    expect(formatFromUrl('https://x.example/levels-of-need')).toBeNull();
    expect(formatFromContentType('application/pdf; qs=0.9')).toBe('pdf');
    expect(formatFromContentType(undefined)).toBe('generic');
    expect(formatFromContentType('application/msword')).toBe('other');
  });

  it('refuses at header time when the served type contradicts the name', () => {
    expect(checkContentType('text/html; charset=utf-8', 'pdf', 'named .pdf')).toBe('refused: served text/html but named .pdf');
    expect(checkContentType('application/octet-stream', 'pdf', 'named .pdf')).toBeNull();
    expect(checkContentType('application/pdf', null, '')).toBeNull();
    expect(checkContentType('application/zip', 'docx', 'named .docx')).toBe('refused: served application/zip, not a PDF, DOCX or HTML document');
  });

  it('accepts content only when its bytes match what was expected', () => {
    expect(checkContent(bytes('%PDF-1.4'), 'application/octet-stream', 'pdf')).toEqual({ format: 'pdf' });
    expect(checkContent(bytes('<html>'), 'application/octet-stream', 'pdf')).toEqual({ refused: 'refused: content is not a PDF (starts "<html>")' });
    expect(checkContent(bytes('%PDF-1.4'), 'text/html', null)).toEqual({ refused: 'refused: content is not an HTML page (starts "%PDF-1.4")' });
    expect(checkContent(bytes('<!doctype html>'), undefined, null)).toEqual({ format: 'html' });
    expect(checkContent(bytes('GIF89a'), undefined, null)).toEqual({ refused: 'refused: content is neither PDF, DOCX nor HTML (starts "GIF89a")' });
  });
});
