// Docs that stay true: every `npx atlas …` example in docs/cli.md runs on the sample corpus without an error, no
// relative link in README.md or docs/*.md leads nowhere, and docs/architecture.md names exactly the folders of src/.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atlasExamples, brokenLinks, headingSlugs, shellWords, srcPathsNamed } from './docs-check.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DOCS = join(ROOT, 'docs');
const read = (p: string) => readFileSync(p, 'utf8');

// What a user would see go wrong: a one-line failure (`atlas <command>: <file>: <reason>`) or JavaScript's own text.
const FAILURE = /^atlas [a-z]+: [^\n]*: /m;
const JS_TEXT = /internal error|Cannot read propert|is not (?:a function|iterable|defined)|undefined \(reading|Unexpected token|Unexpected end of JSON|\bError: /;

interface Run { code: number | null; stdout: string; stderr: string; ms: number }

function atlas(args: string[], cwd: string, opts: { untilOutput?: RegExp } = {}): Promise<Run> {
  const t0 = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/atlas.mjs'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    const finish = (code: number | null) => done({ code, stdout, stderr, ms: Date.now() - t0 });
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      // a server: it has started once it says so; stop it there
      if (opts.untilOutput?.test(stdout)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (d: Buffer) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      finish(opts.untilOutput && opts.untilOutput.test(stdout) ? 0 : code);
    });
  });
}

describe('docs/cli.md and README.md: every `npx atlas` example runs on the sample corpus', () => {
  const examples = [...new Set([...atlasExamples(read(join(DOCS, 'cli.md'))), ...atlasExamples(read(join(ROOT, 'README.md')))])];
  let dir: string;

  beforeAll(async () => {
    // A scratch copy of what the examples read: the committed corpus sets, the web-page fixtures, a one-document
    // "national" corpus (what `atlas fetch` would have written) and a stand-in built app for `atlas serve`.
    dir = mkdtempSync(join(os.tmpdir(), 'atlas-docs-'));
    for (const name of readdirSync(join(ROOT, 'corpus'))) {
      if (name === 'real-dev' || name === 'national' || name === 'real') continue;
      cpSync(join(ROOT, 'corpus', name), join(dir, 'corpus', name), { recursive: true });
    }
    cpSync(join(ROOT, 'test/web-pages'), join(dir, 'test/web-pages'), { recursive: true });
    mkdirSync(join(dir, 'corpus/national'), { recursive: true });
    cpSync(join(ROOT, 'corpus/sample/tidewick-2023.txt'), join(dir, 'corpus/national/E10000016-kent-2026-01-01.txt'));
    writeFileSync(join(dir, 'corpus/national/manifest.json'), JSON.stringify({
      documents: [{ authorityId: 'kent', authority: 'Kent', onsCode: 'E10000016', version: '2026-01-01', file: 'E10000016-kent-2026-01-01.txt' }],
    }));
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><title>stand-in</title>');
    const r = await atlas(['ingest', '--progress', 'none'], dir);
    expect(r.code, r.stderr).toBe(0);
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
    for (const c of ['extract', 'ingest', 'eval', 'compare', 'where', 'lottery', 'serve', 'fetch']) {
      expect(examples.some((e) => e.startsWith(`npx atlas ${c}`)), c).toBe(true);
    }
  });

  // concurrently (vitest's maxConcurrency, 5): each example is mostly node and tsx starting up
  it.concurrent.each(examples)('%s', async (line) => {
    const args = shellWords(line).slice(2); // without `npx atlas`
    // `atlas fetch` talks to real sites: in tests it only plans (--dry-run), which still checks every option.
    if (args[0] === 'fetch' && !args.includes('--dry-run')) args.push('--dry-run');
    const r = await atlas(args, dir, args[0] === 'serve' ? { untilOutput: /running at http/ } : {});
    const shown = `${line}\nexit ${r.code}\nstderr: ${r.stderr.slice(0, 2000)}`;
    expect(r.code, shown).toBe(0);
    expect(r.stderr, shown).not.toMatch(FAILURE);
    expect(r.stdout + r.stderr, shown).not.toMatch(JS_TEXT);
    expect(r.stdout.length + r.stderr.length, shown).toBeGreaterThan(0);
    // --out FILE writes the file
    const out = args.indexOf('--out');
    if (out >= 0) expect(statSync(join(dir, args[out + 1])).size, shown).toBeGreaterThan(0);
  }, 90_000);
});

describe('the markdown helpers', () => {
  it('read examples, words, anchors and links as GitHub and sh would', () => {
    expect(atlasExamples('```sh\nnpx atlas where "a # b" --limit 1   # comment\nnpm test\nnpx atlas fetch --all && npx atlas ingest && npm start\n```\n```text\nnpx atlas no\n```'))
      .toEqual(['npx atlas where "a # b" --limit 1', 'npx atlas fetch --all', 'npx atlas ingest']);
    expect(shellWords('npx atlas where "a young person" --in a,b')).toEqual(['npx', 'atlas', 'where', 'a young person', '--in', 'a,b']);
    expect([...headingSlugs('# The app and its views\n## `atlas extract`\n## Bands, topics & qualifiers\n## Bands, topics & qualifiers')])
      .toEqual(['the-app-and-its-views', 'atlas-extract', 'bands-topics--qualifiers', 'bands-topics--qualifiers-1']);
    const files: Record<string, Set<string>> = { 'a.md': new Set(['x']), 'p.png': new Set() };
    expect(brokenLinks('[a](a.md#x) [b](a.md#y) ![p](p.png) [c](c.md) [w](https://e.org/z) `[n](n.md)` [s](#own)', (t) => files[t] ?? null, new Set(['own'])))
      .toEqual(['a.md#y (no heading #y)', 'c.md (no such file)']);
    expect(srcPathsNamed('`src/segment/` and src/tag/lexicon/topics.json, src/report/render-<fmt>.ts, not xsrc/no')).toEqual(['src/report', 'src/segment', 'src/tag/lexicon/topics.json']);
  });
});

describe('links in README.md and docs/*.md', () => {
  const files = [join(ROOT, 'README.md'), ...readdirSync(DOCS).filter((n) => n.endsWith('.md')).map((n) => join(DOCS, n))];

  it.each(files.map((f) => relative(ROOT, f)))('%s: every relative link and #anchor leads somewhere', (rel) => {
    const file = join(ROOT, rel);
    const broken = brokenLinks(read(file), (target) => {
      const abs = resolve(dirname(file), target);
      if (!existsSync(abs)) return null;
      return abs.endsWith('.md') ? headingSlugs(read(abs)) : new Set<string>();
    }, headingSlugs(read(file)));
    expect(broken).toEqual([]);
  });

  it('the README stays a front door', () => {
    const readme = read(join(ROOT, 'README.md'));
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(10_000);
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
    // .ci/run calls the README's test command
    expect(read(join(ROOT, '.ci/run'))).toMatch(/^npm test\b/m);
  });
});

describe('docs/architecture.md matches src/', () => {
  const text = read(join(DOCS, 'architecture.md'));
  const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  it('names every folder of src/', () => {
    const named = new Set(srcPathsNamed(text).map((p) => p.split('/')[1]));
    expect(folders.filter((f) => !named.has(f))).toEqual([]);
  });

  it('names no src/ path that does not exist', () => {
    expect(srcPathsNamed(text).filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });
});
