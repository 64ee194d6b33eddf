// Fictional web pages with the structures of real threshold pages (test/web-pages): every page read, every
// labelled indicator found at its level and nothing else, and the levels banded as labelled.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Gold, Manifest } from '../src/model/index.ts';
import { analyse } from '../src/pipeline/index.ts';
import { evaluateDocument } from '../src/eval/index.ts';

const dir = path.join(import.meta.dirname, 'web-pages');
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;

describe('real page structures (fictional wording)', () => {
  for (const entry of manifest.documents) {
    it(`${entry.file}: every indicator at its level, nothing extra`, async () => {
      const gold = JSON.parse(readFileSync(path.join(dir, entry.gold!), 'utf8')) as Gold;
      const bytes = new Uint8Array(readFileSync(path.join(dir, entry.file)));
      const profile = await analyse(bytes, entry.file, { authorityId: entry.authorityId, authority: entry.authority, version: null });
      const r = evaluateDocument(entry, gold, { profile });
      expect({ missed: r.missed, extra: r.extra, wrongLevel: r.wrongLevel }).toEqual({ missed: [], extra: [], wrongLevel: [] });
      expect(profile.scheme.length).toBeGreaterThan(0);
    });
  }
});
