// corpus/sources.json stays in step with corpus/authorities.json, and whatever is added to it is well-formed.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { authorities, authorityByCode } from './index.ts';
import type { SourcesFile } from './index.ts';

const file = JSON.parse(readFileSync(new URL('../../corpus/sources.json', import.meta.url), 'utf8')) as SourcesFile;

describe('corpus/sources.json', () => {
  it('has one entry per authority, named as in authorities.json', () => {
    expect(file.sources.map((s) => s.onsCode).sort()).toEqual(authorities.map((a) => a.onsCode).sort());
    for (const s of file.sources) expect(s.name).toBe(authorityByCode(s.onsCode)!.name);
  });

  it('lists only well-formed documents', () => {
    for (const s of file.sources) {
      const urls = new Set<string>();
      for (const d of s.documents) {
        expect(d.url, s.onsCode).toMatch(/^https?:\/\/[^\s/]+\/\S*$/);
        expect(urls.has(d.url), `${s.onsCode} lists ${d.url} twice`).toBe(false);
        urls.add(d.url);
        expect(d.date === null || /^\d{4}-\d{2}(-\d{2})?$/.test(d.date), `${s.onsCode} date ${d.date}`).toBe(true);
        expect(d.sha256 === null || /^[0-9a-f]{64}$/.test(d.sha256)).toBe(true);
        expect(d.fetched === null || !Number.isNaN(Date.parse(d.fetched))).toBe(true);
        expect((d.sha256 === null) === (d.fetched === null), `${s.onsCode}: sha256 and fetched are set together`).toBe(true);
        if (d.format !== undefined) expect(['pdf', 'docx', 'html']).toContain(d.format);
      }
    }
  });

  it('holds the 205 collected addresses for 126 authorities, every one unverified until fetched, and 27 "address unknown"', () => {
    const docs = file.sources.flatMap((s) => s.documents);
    expect(docs).toHaveLength(205);
    expect(file.sources.filter((s) => s.documents.length)).toHaveLength(126);
    const unknown = file.sources.filter((s) => s.address === 'unknown');
    expect(unknown).toHaveLength(27);
    for (const s of unknown) expect(s.documents).toEqual([]);
    for (const s of file.sources) if (s.documents.length) expect(s.address, s.onsCode).toBeUndefined();
    for (const d of docs) expect(d.verified, d.url).toBe(d.sha256 !== null);
  });

  it('keeps every address of the shared list (when it is present on this machine)', () => {
    let shared: { sources: { onsCode: string; documents: { url: string }[] }[] };
    try {
      shared = JSON.parse(readFileSync('/work/shared/data/threshold-sources.json', 'utf8'));
    } catch {
      return;
    }
    const have = new Set(file.sources.flatMap((s) => s.documents.map((d) => `${s.onsCode} ${d.url}`)));
    for (const s of shared.sources) for (const d of s.documents) expect(have.has(`${s.onsCode} ${d.url}`), d.url).toBe(true);
  });
});
