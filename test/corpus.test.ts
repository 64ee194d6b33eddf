// Checks the committed sample corpus (corpus/sample) and bad-input cases (corpus/bad) without regenerating them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANDS, type Gold, type Manifest } from '../src/model/types.ts';
import { TOPIC_IDS } from '../scripts/corpus-sample/content/topics.ts';
import { BAD_CASES } from '../scripts/corpus-sample/bad.ts';

const DIR = join(import.meta.dirname, '../corpus/sample');
const STRETCH = join(import.meta.dirname, '../corpus/stretch');
const manifest: Manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
const stretch: Manifest = JSON.parse(readFileSync(join(STRETCH, 'manifest.json'), 'utf8'));
const SERIES = join(import.meta.dirname, '../corpus/series-fixtures');
const series: Manifest = JSON.parse(readFileSync(join(SERIES, 'manifest.json'), 'utf8'));
const withGold = manifest.documents.filter((d) => d.gold);
const read = (dir: string, f: string): Gold => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const golds: [string, Gold][] = withGold.map((d) => [d.file, read(DIR, d.gold!)]);
const stretchGolds: [string, Gold][] = stretch.documents.map((d) => [d.file, read(STRETCH, d.gold!)]);
const indicators = golds.flatMap(([, g]) => g.indicators);

describe('sample corpus manifest', () => {
  it('lists files that exist, are small, and have unique (authority, version) pairs', () => {
    for (const d of manifest.documents) {
      expect(existsSync(join(DIR, d.file)), d.file).toBe(true);
      expect(statSync(join(DIR, d.file)).size).toBeLessThan(1_000_000);
      expect(d.onsCode).toBeNull();
      expect(d.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const keys = manifest.documents.map((d) => `${d.authorityId}@${d.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps the stretch set (harder layouts) beside it with files present', () => {
    expect(stretch.documents.length).toBeGreaterThanOrEqual(2);
    for (const d of stretch.documents) expect(existsSync(join(STRETCH, d.file)), d.file).toBe(true);
  });

  it('gives every authority one hex, distinct from the others, mostly with 2-4 neighbours', () => {
    const hexes = new Map([...manifest.documents, ...stretch.documents, ...series.documents].map((d) => [d.authorityId, d.hex!]));
    const taken = new Set([...hexes.values()].map((h) => `${h.q},${h.r}`));
    expect(taken.size).toBe(hexes.size);
    // odd-r offset neighbours
    const neighbours = ({ q, r }: { q: number; r: number }) => {
      const d = r % 2 ? [[1, 0], [-1, 0], [0, -1], [1, -1], [0, 1], [1, 1]] : [[1, 0], [-1, 0], [-1, -1], [0, -1], [-1, 1], [0, 1]];
      return d.filter(([dq, dr]) => taken.has(`${q + dq},${r + dr}`)).length;
    };
    const counts = [...hexes.values()].map(neighbours);
    expect(counts.every((n) => n >= 1)).toBe(true);
    expect(counts.filter((n) => n >= 2).length).toBeGreaterThanOrEqual(hexes.size - 2);
  });

  it('has at least 12 authorities with gold and two authorities with two dated versions', () => {
    expect(new Set(withGold.map((d) => d.authorityId)).size).toBeGreaterThanOrEqual(12);
    const versions = new Map<string, Set<string | null>>();
    for (const d of withGold) versions.set(d.authorityId, (versions.get(d.authorityId) ?? new Set()).add(d.version));
    expect([...versions.values()].filter((v) => v.size >= 2).length).toBeGreaterThanOrEqual(2);
  });

  it('marks the image-only PDF as an expected failure with no gold', () => {
    const failing = manifest.documents.filter((d) => d.expectError);
    expect(failing.map((d) => d.file)).toEqual(['ebbleside-scanned.pdf']);
    expect(failing[0].gold).toBeUndefined();
  });
});

describe('series fixtures (corpus/series-fixtures)', () => {
  it('list parts that exist, with gold files whose levels, bands and topics are valid', () => {
    expect(series.documents.length).toBeGreaterThanOrEqual(4);
    for (const d of series.documents) {
      const files = d.parts ? d.parts.map((p) => p.file) : [d.file];
      for (const f of files) expect(existsSync(join(SERIES, f)), f).toBe(true);
      const g = read(SERIES, d.gold!);
      expect(g.file).toBe(files[0]);
      const levels = new Map(g.scheme.map((l) => [l.local, l]));
      const orders = g.scheme.map((l) => l.order);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
      for (const l of g.scheme) {
        const idx = l.bands.map((b) => BANDS.indexOf(b));
        expect(idx.every((i) => i >= 0)).toBe(true);
        expect(idx).toEqual(idx.map((_, k) => idx[0] + k));
      }
      for (const ind of g.indicators) {
        expect(levels.get(ind.level)?.bands, ind.level).toEqual(ind.bands);
        for (const t of ind.topics) expect(TOPIC_IDS as readonly string[]).toContain(t);
      }
    }
  });
});

describe('gold annotations', () => {
  it.each([...golds, ...stretchGolds])('%s: levels, bands and topics are valid', (file, g) => {
    expect(g.file).toBe(file);
    const levels = new Map(g.scheme.map((l) => [l.local, l]));
    expect(levels.size).toBe(g.scheme.length);
    expect(g.scheme.map((l) => l.order)).toEqual(g.scheme.map((_, i) => i + 1));
    for (const l of g.scheme) {
      const idx = l.bands.map((b) => BANDS.indexOf(b));
      expect(idx.every((i) => i >= 0)).toBe(true);
      expect(idx).toEqual(idx.map((_, k) => idx[0] + k)); // contiguous, lowest first
    }
    const covered = new Set(g.scheme.flatMap((l) => l.bands));
    expect([...BANDS].every((b) => covered.has(b))).toBe(true);
    for (const ind of g.indicators) {
      expect(levels.has(ind.level), ind.level).toBe(true);
      expect(ind.bands).toEqual(levels.get(ind.level)!.bands);
      expect(ind.text).toBe(ind.text.replace(/\s+/g, ' ').trim());
      expect(ind.topics.length).toBeGreaterThan(0);
      for (const t of ind.topics) expect(TOPIC_IDS as readonly string[]).toContain(t);
    }
    expect(new Set(g.indicators.map((i) => i.text)).size).toBe(g.indicators.length);
  });

  it('together hold at least 300 indicators, every topic at least 5 times', () => {
    expect(indicators.length).toBeGreaterThanOrEqual(300);
    const counts = new Map<string, number>();
    for (const i of indicators) for (const t of i.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const t of TOPIC_IDS) expect(counts.get(t) ?? 0, t).toBeGreaterThanOrEqual(5);
  });

  it('puts the same situation at different bands in different authorities (the postcode lottery)', () => {
    const selfHarm = indicators.filter((i) => i.topics.includes('self-harm'));
    const lowest = new Set(selfHarm.map((i) => i.bands[0]));
    expect(lowest.size).toBeGreaterThanOrEqual(3);
    // ...but a bruise on a non-mobile baby is child protection everywhere
    for (const i of indicators.filter((x) => x.topics.includes('bruising-non-mobile'))) expect(i.bands).toContain('child_protection');
  });

  it('keeps text-layer documents consistent with their gold (every indicator appears in the source)', () => {
    for (const [file, g] of golds.filter(([f]) => /\.(txt|html)$/.test(f))) {
      const src = readFileSync(join(DIR, file), 'utf8').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
      for (const i of g.indicators) expect(src, `${file}: ${i.text}`).toContain(i.text);
    }
  });
});

describe('bad-input cases', () => {
  it('exist and are listed in corpus/bad/README.md', () => {
    const dir = join(import.meta.dirname, '../corpus/bad');
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const c of BAD_CASES) {
      expect(existsSync(join(dir, c.file)), c.file).toBe(true);
      expect(readme).toContain(c.file);
    }
    expect(statSync(join(dir, 'empty.pdf')).size).toBe(0);
    expect(readFileSync(join(dir, 'encrypted.pdf'), 'latin1')).toContain('/Encrypt');
    expect(readFileSync(join(dir, 'really-html.pdf'), 'utf8').startsWith('<!DOCTYPE html>')).toBe(true);
  });
});
