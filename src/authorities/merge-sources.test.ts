import { describe, expect, it } from 'vitest';
import { mergeSources } from './merge-sources.ts';
import type { SourcesFile } from './index.ts';

describe('mergeSources', () => {
  const current: SourcesFile = {
    note: 'old',
    sources: [{ onsCode: 'E08000025', name: 'Birmingham', documents: [{ url: 'https://a.example/t.pdf', title: 'T', date: null, sha256: 'a'.repeat(64), fetched: '2026-01-01T00:00:00Z' }] }],
  };
  const merged = mergeSources(current, {
    sources: [
      { onsCode: 'E08000025', documents: [{ url: 'https://a.example/t.pdf', title: 'again' }, { url: 'https://a.example/levels', format: 'html' }] },
      { onsCode: 'E06000023', documents: [{ url: 'https://b.example/x' }] },
    ],
  });
  const entry = (code: string) => merged.sources.find((s) => s.onsCode === code)!;

  it('keeps fetched fields, adds new addresses unverified, marks the rest address unknown', () => {
    expect(merged.sources).toHaveLength(153);
    expect(entry('E08000025').documents).toEqual([
      { url: 'https://a.example/t.pdf', title: 'T', date: null, sha256: 'a'.repeat(64), fetched: '2026-01-01T00:00:00Z', verified: true },
      { url: 'https://a.example/levels', title: null, date: null, format: 'html', sha256: null, fetched: null, verified: false },
    ]);
    expect(entry('E06000023').documents[0].verified).toBe(false);
    expect(entry('E08000035')).toEqual({ onsCode: 'E08000035', name: 'Leeds', address: 'unknown', documents: [] });
  });

  it('is idempotent', () => {
    expect(mergeSources(merged, { sources: [] })).toEqual(merged);
  });
});
