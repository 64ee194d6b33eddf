import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLayout } from './index.ts';
import { guardZip, readCentralDirectory } from './zip-guard.ts';
import { zip as makeZip } from '../../scripts/fuzz/zip.ts';
import { DocumentError } from '../model/index.ts';

const enc = new TextEncoder();
const fixture = new Uint8Array(readFileSync(new URL('./fixtures/ashcombe-vale.docx', import.meta.url)));

async function reason(bytes: Uint8Array, name = 'x.docx'): Promise<string> {
  try {
    await extractLayout(bytes, name);
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentError);
    return (err as DocumentError).reason;
  }
  throw new Error('expected a DocumentError');
}

describe('DOCX extraction', () => {
  it('reads headings, tables and bulleted cells with element-path refs', async () => {
    const layout = await extractLayout(fixture, 'ashcombe-vale.docx');
    expect(layout.format).toBe('docx');
    const table = layout.blocks.find((b) => b.kind === 'table');
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.rows.map((r) => r.cells.map((c) => c.items.map((i) => i.text)))).toEqual([
      [['Domain'], ['Level 1 Universal'], ['Level 2 Early Help'], ['Level 3 Specialist']],
      [['Health'], ['Healthy and active'], ['Missed two hearing tests', 'Poor diet; often hungry at school'], ['Untreated infection causing pain']],
      [['Home'], ['Warm, safe home'], ['Rent arrears'], []],
    ]);
    expect(table.rows[1].cells[2].items[1].ref).toBe('docx: body > table > tr[2] > td[3] > ul > li[2]');
    expect(layout.blocks.some((b) => b.kind === 'heading' && b.span.text === 'Level 3 Specialist')).toBe(true);
  });

  it('rejects a declared uncompressed size past the total limit before unzipping', async () => {
    const zip = makeZip([
      { name: 'word/document.xml', data: enc.encode('<w:document/>'), declaredSize: 90 * 1024 * 1024, stored: true },
      { name: 'word/media/a.bin', data: enc.encode('x'), declaredSize: 95 * 1024 * 1024, stored: true },
      { name: 'word/media/b.bin', data: enc.encode('x'), declaredSize: 99 * 1024 * 1024, stored: true },
    ]);
    expect(await reason(zip)).toMatch(/^DOCX rejected: declared uncompressed size 284 MB exceeds 200 MB limit \(zip bomb\?\)$/);
  });

  it('rejects an entry whose compression ratio is implausible', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const zip = makeZip([{ name: 'word/document.xml', data: zeros }]);
    expect(await reason(zip)).toMatch(/compression ratio \d+:1 exceeds 200:1 \(zip bomb\?\)/);
  });

  it('stops inflating an entry that grows past its declared size', async () => {
    const zeros = new Uint8Array(32 * 1024 * 1024);
    const zip = makeZip([{ name: 'word/document.xml', data: zeros, declaredSize: 1000 }]);
    expect(await reason(zip)).toMatch(/inflates past its declared 1000 bytes \(zip bomb\?\)/);
  });

  it('rejects XML that declares entities (billion laughs)', async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><w:document>&lol2;</w:document>';
    const zip = makeZip([{ name: 'word/document.xml', data: enc.encode(xml) }]);
    expect(await reason(zip)).toBe('DOCX rejected: word/document.xml declares XML entities (entity-expansion bomb?)');
  });

  it('names a zip that is not a Word document, and a truncated zip', async () => {
    const xlsx = makeZip([{ name: 'xl/workbook.xml', data: enc.encode('<workbook/>'), stored: true }]);
    expect(await reason(xlsx, 'book.docx')).toBe('unsupported format (looks like an Excel workbook, not a Word document)');
    expect(await reason(fixture.subarray(0, 4000))).toMatch(/^DOCX rejected: truncated or corrupt zip/);
  });

  it('lists the central directory of a real DOCX', async () => {
    const names = readCentralDirectory(fixture).map((e) => e.name);
    expect(names).toContain('word/document.xml');
    await expect(guardZip(fixture)).resolves.toHaveLength(names.length);
  });
});
