import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function atlas(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('node', ['bin/atlas.mjs', ...args], { cwd: root }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('atlas extract', () => {
  it('--json prints exactly the contract object on stdout', async () => {
    const r = await atlas('extract', 'corpus/sample/quillmere.html', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['source', 'format', 'pages', 'authority', 'scheme', 'indicators', 'warnings', 'parts']);
    expect(out.parts).toEqual([{ source: 'corpus/sample/quillmere.html', format: 'html', pages: out.pages, url: null, title: expect.any(String) }]);
    expect(out.format).toBe('html');
    expect(out.authority).toBe('Quillmere');
    expect(out.scheme.length).toBeGreaterThanOrEqual(3);
    const first = out.indicators[0];
    expect(Object.keys(first)).toEqual(['text', 'level', 'bands', 'domain', 'topics', 'qualifiers', 'page', 'bbox', 'part']);
    expect(first.part).toBe(0);
    expect(out.scheme.map((l: { local: string }) => l.local)).toContain(first.level);
  }, 60_000);

  it('fails with one line naming the file and the reason, exit 1', async () => {
    const r = await atlas('extract', 'corpus/bad/empty.pdf', '--json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('atlas extract: corpus/bad/empty.pdf: empty file (0 bytes)\n');
  }, 60_000);

  it('a readable page with nothing to extract: an empty result, one warning line naming the file, exit 0', async () => {
    const r = await atlas('extract', 'corpus/bad/no-levels.txt', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect([out.scheme, out.indicators, out.warnings]).toEqual([[], [], ['no indicators found: no level of need recognised and no indicator listed']]);
    expect(r.stderr).toBe('atlas extract: corpus/bad/no-levels.txt: warning: no indicators found: no level of need recognised and no indicator listed\n');
  }, 60_000);
});
