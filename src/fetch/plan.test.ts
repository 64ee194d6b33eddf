import { describe, expect, it } from 'vitest';
import { authorityByCode } from '../authorities/index.ts';
import type { SourcesFile } from '../authorities/index.ts';
import { fileName, planFetch, rebase, safeStem } from './plan.ts';
import { parseSize, formatSize } from './size.ts';
import { manifestVersion } from './index.ts';

const doc = (url: string, extra: object = {}) => ({ url, title: null, date: null, sha256: null, fetched: null, ...extra });

describe('fetch plan', () => {
  it('keeps file names inside the output folder whatever the listed date says', () => {
    expect(safeStem('../../etc/passwd')).toBe('etc-passwd');
    expect(safeStem('E08000025-birmingham-..\\..\\x')).toBe('E08000025-birmingham-x');
    expect(safeStem('...')).toBe('document');
    expect(fileName('a/b/../c', 'pdf')).toBe('a-b-c.pdf');
    const sources: SourcesFile = { note: '', sources: [{ onsCode: 'E08000025', name: 'Birmingham', documents: [doc('https://x.example/a.pdf', { date: '../../../tmp/evil' })] }] };
    const { jobs } = planFetch(sources, authorityByCode, {});
    expect(jobs[0].stem).toBe('E08000025-birmingham-tmp-evil');
    expect(jobs[0].stem).not.toMatch(/[./\\]/);
  });

  it('gives two listed documents with the same date different names', () => {
    const sources: SourcesFile = {
      note: '',
      sources: [{ onsCode: 'E10000016', name: 'Kent', documents: [doc('https://x.example/a.pdf'), doc('https://x.example/b.docx')] }],
    };
    const { jobs } = planFetch(sources, authorityByCode, {});
    expect(jobs.map((j) => [j.label, j.stem, j.named, j.namedBy])).toEqual([
      ['E10000016 Kent [1/2]', 'E10000016-kent', 'pdf', 'named .pdf'],
      ['E10000016 Kent [2/2]', 'E10000016-kent-2', 'docx', 'named .docx'],
    ]);
  });

  it('filters with --only, skips unknown codes, and names the declared format', () => {
    const sources: SourcesFile = {
      note: '',
      sources: [
        { onsCode: 'E10000016', name: 'Kent', documents: [doc('https://x.example/levels', { format: 'html' })] },
        { onsCode: 'E10000021', name: 'Northamptonshire', documents: [doc('https://x.example/old.pdf')] },
        { onsCode: 'E06000023', name: 'Bristol', documents: [doc('https://x.example/b.pdf')] },
      ],
    };
    const all = planFetch(sources, authorityByCode, {});
    expect(all.unknown).toEqual(['E10000021']);
    expect(all.jobs[0].namedBy).toBe('listed as html');
    expect(planFetch(sources, authorityByCode, { only: new Set(['E06000023']) }).jobs.map((j) => j.authority.id)).toEqual(['bristol']);
  });

  it('rebases listed URLs onto a base URL, keeping path and query', () => {
    expect(rebase('https://www.example.gov.uk/docs/t.pdf?v=2', 'http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/docs/t.pdf?v=2');
    expect(rebase('https://www.example.gov.uk/docs/t.pdf', 'http://127.0.0.1:8080/mirror/')).toBe('http://127.0.0.1:8080/mirror/docs/t.pdf');
    expect(rebase('https://www.example.gov.uk/t.pdf', undefined)).toBe('https://www.example.gov.uk/t.pdf');
  });
});

describe('sizes and versions', () => {
  it('parses and prints sizes in binary units', () => {
    expect(parseSize('50MB')).toBe(50 * 1024 * 1024);
    expect(parseSize('512 kb')).toBe(512 * 1024);
    expect(parseSize('1000')).toBe(1000);
    expect(() => parseSize('lots')).toThrow(/not a size/);
    expect(() => parseSize('0MB')).toThrow(/positive/);
    expect(formatSize(2.3 * 1024 * 1024)).toBe('2.3 MB');
    expect(formatSize(12 * 1024)).toBe('12 KB');
    expect(formatSize(300)).toBe('300 B');
  });

  it('uses the document date as version, a month as its first day, else the fetch date', () => {
    const fetched = new Date('2026-11-26T06:00:00Z');
    expect(manifestVersion('2024-05-01', fetched)).toBe('2024-05-01');
    expect(manifestVersion('2024-05', fetched)).toBe('2024-05-01');
    expect(manifestVersion('spring 2024', fetched)).toBe('2026-11-26');
    expect(manifestVersion(null, fetched)).toBe('2026-11-26');
  });
});
