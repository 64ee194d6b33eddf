// atlas ingest applies <corpus>/corrections/<authority>.json; a changed document inherits what still anchors.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AtlasIndex, Profile } from '../model/index.ts';
import { addCorrection, indicatorCorrection } from '../review/index.ts';
import { ingest } from './ingest.ts';
import { formatReviewSummary, readCorrections, writeCorrections } from './corrections.ts';
import { exportLabels } from './export-labels.ts';
import { importCorrections } from './review-import.ts';
import { sha256Hex } from '../review/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-corr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const corpus = join(dir, 'corpus');
const out = join(dir, 'data');
const doc = join(corpus, 's', 'tidewick.txt');
mkdirSync(join(corpus, 's'), { recursive: true });
copyFileSync('corpus/sample/tidewick-2025.txt', doc);
writeFileSync(join(corpus, 's', 'manifest.json'), JSON.stringify({ documents: [{ authorityId: 'tidewick', authority: 'Tidewick', file: 'tidewick.txt', version: '2025-09-01', onsCode: null }] }));
const run = () => ingest({ corpus, out, cacheDir: join(dir, 'cache'), progress: 'none', jobs: 1 });
const prof = (): Profile => JSON.parse(readFileSync(join(out, 'profiles', 'tidewick@2025-09-01.json'), 'utf8'));
const index = (): AtlasIndex => JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));

describe('ingest with corrections', () => {
  it('applies them, keeps the raw reading, counts n of m reviewed, then carries them to a changed version or reports them stale', async () => {
    await run();
    const p = prof();
    const src = readFileSync(doc, 'utf8');
    const [a, b] = [p.indicators[1], p.indicators[3]];
    const missed = src.split('\n').find((l) => l.trim().startsWith('- Check which'))!.trim().slice(2);
    const s = src.indexOf(missed);
    await writeCorrections(corpus, {
      schema: 1, authorityId: 'tidewick', revision: 1, corrections: [
        indicatorCorrection(p, a, 'set-level', { level: p.scheme[1].local }, 'T', new Date('2026-12-07T10:00:00Z')),
        indicatorCorrection(p, b, 'not-indicator', {}, 'T', new Date('2026-12-07T10:01:00Z')),
        addCorrection(p, 0, 1, src, s, s + missed.length, { level: p.scheme[0].local }, 'T', new Date('2026-12-07T10:02:00Z')),
      ],
    });
    const r1 = await run();
    const q = prof();
    expect(q.indicators.find((i) => i.text === a.text)?.level).toBe(p.scheme[1].local);
    expect(q.indicators.some((i) => i.text === b.text)).toBe(false);
    expect(q.indicators.at(-1)).toMatchObject({ text: missed, review: { status: 'added' } });
    expect(JSON.parse(readFileSync(join(out, 'profiles', 'tidewick@2025-09-01.raw.json'), 'utf8')).indicators).toHaveLength(p.indicators.length);
    expect(index().authorities[0].documents[0].review).toEqual({ reviewed: 2, indicators: p.indicators.length, stale: 0 });
    expect(formatReviewSummary(r1.reviews)).toMatch(/3 applied, 0 carried over to a new version, 0 stale/);
    // the corrections file holds hashes and offsets, never the words
    expect(readFileSync(join(corpus, 'corrections', 'tidewick.json'), 'utf8')).not.toContain(a.text);

    // export-labels: the reviewed indicators as a pack, offsets and labels only; the text goes to the text folder
    const lines = await exportLabels({ data: out, out: join(dir, 'pack'), textDir: join(dir, 'text'), includeFictional: true });
    expect(lines[0]).toBe('tidewick: 2 reviewed indicators exported');
    const pack = JSON.parse(readFileSync(join(dir, 'pack', 'tidewick.json'), 'utf8'));
    const packText = JSON.stringify(pack);
    expect(packText).not.toContain(a.text);
    expect(packText).not.toContain(missed);
    const page = pack.pages[0];
    const excerpt = readFileSync(join(dir, 'text', `${page.id}.txt`), 'utf8');
    expect(sha256Hex(excerpt)).toBe(page.sha256);
    expect(page.indicators.map((i: { start: number; end: number; level: string }) => [excerpt.slice(i.start, i.end), i.level]))
      .toEqual([[a.text, p.scheme[1].local], [missed, p.scheme[0].local]].sort((x, y) => excerpt.indexOf(x[0]) - excerpt.indexOf(y[0])));
    // real authorities only, unless asked
    expect(await exportLabels({ data: out, out: join(dir, 'pack2'), textDir: join(dir, 'text2') })).toEqual([expect.stringMatching(/0 authorities written/)]);

    // a bad import changes nothing
    const before = readFileSync(join(corpus, 'corrections', 'tidewick.json'), 'utf8');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schema: 1, corrections: { tidewick: [{ id: 'x', act: 'confirm' }] } }));
    await expect(importCorrections(bad, corpus, out)).rejects.toThrow(/tidewick\[0\]/);
    writeFileSync(bad, JSON.stringify({ schema: 1, corrections: { '../etc': [] } }));
    await expect(importCorrections(bad, corpus, out)).rejects.toThrow(/not an authority id/);
    expect(readFileSync(join(corpus, 'corrections', 'tidewick.json'), 'utf8')).toBe(before);

    // A changed version: the corrected indicator reworded, everything else the same.
    writeFileSync(doc, src.replace(a.text, `${a.text} (reworded)`));
    const r2 = await run();
    const text = formatReviewSummary(r2.reviews);
    expect(text).toMatch(/0 applied, 2 carried over to a new version, 1 stale/);
    expect(text).toMatch(/stale c-.*\(set-level\): the indicator's text is no longer in the document/);
    expect(index().authorities[0].documents[0].review?.stale).toBe(1);
    const q2 = prof();
    expect(q2.indicators.some((i) => i.text === b.text)).toBe(false);
    expect(q2.indicators.at(-1)).toMatchObject({ text: missed, review: { status: 'added', carried: true } });
    // kept, never dropped
    expect((await readCorrections(corpus, 'tidewick')).corrections).toHaveLength(3);
  }, 120_000);
});
