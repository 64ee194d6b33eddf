// `atlas extract a b c --json`: several files read as one document series (shared/contract/extract-json.md).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const GOLDEN = new URL('./__golden__/extract-series-fernhallow.json', import.meta.url);

function atlas(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('node', ['bin/atlas.mjs', ...args], { cwd: root }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

const parts = [1, 2, 3, 4].map((n) => `corpus/series-fixtures/fernhallow-level-${n}.md`);

describe('atlas extract with several files', () => {
  it('prints one contract object for the series, matching the golden file', async () => {
    const r = await atlas('extract', ...parts, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) writeFileSync(GOLDEN, `${JSON.stringify(out, null, 2)}\n`);
    expect(out).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
    expect(out.parts.map((p: { source: string }) => p.source)).toEqual(parts);
    expect(out.parts[2]).toMatchObject({ format: 'text', url: 'https://fernhallow.example/threshold-tool/level-3/' });
    expect(out.scheme.map((l: { bands: string[] }) => l.bands.join('+'))).toEqual(['universal', 'early_help', 'targeted_early_help', 'child_in_need+child_protection']);
    expect(out.indicators.every((i: { part: number }) => i.part >= 0 && i.part < 4)).toBe(true);
  }, 60_000);

  it('goes on without a bad part, one line naming it on stderr', async () => {
    const r = await atlas('extract', parts[0], 'corpus/bad/empty.pdf', parts[3], '--json');
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'atlas extract: corpus/bad/empty.pdf: empty file (0 bytes)',
      'atlas extract: warning: 1 of 3 parts left out',
    ]);
    const out = JSON.parse(r.stdout);
    expect(out.parts.map((p: { source: string }) => p.source)).toEqual([parts[0], parts[3]]);
  }, 60_000);

  it('fails in one line when no part can be read', async () => {
    const r = await atlas('extract', 'corpus/bad/empty.pdf', 'corpus/series-fixtures/missing.md', '--json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('atlas extract: corpus/bad/empty.pdf, corpus/series-fixtures/missing.md: no part of the series could be read (corpus/series-fixtures/missing.md: no such file; corpus/bad/empty.pdf: empty file (0 bytes))\n');
  }, 60_000);
});
