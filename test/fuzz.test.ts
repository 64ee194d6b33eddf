// Issue 8: a generated hostile corpus (scripts/fuzz/make.ts) ingested in ONE batch with good sample
// documents, through the real CLI. No crash, no hang past the time limit, one clear line per failed
// file, every must-fail file reported, and every good file's profile identical to a clean run's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AtlasIndex, Manifest, Profile } from '../src/model/index.ts';
import { ingest } from '../src/node/ingest.ts';
import { makeFuzzCorpus, type FuzzFile } from '../scripts/fuzz/make.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const SAMPLE = path.join(REPO, 'corpus', 'sample');
const BAD = path.join(REPO, 'corpus', 'bad');
/** One good document per layout family: tagged and untagged PDF, DOCX, HTML, text. */
const GOOD = ['marlowmere-2023.pdf', 'kestrelholm.pdf', 'wyndle-moor.pdf', 'hollinsgate.docx', 'cobbleridge.html', 'tidewick-2023.txt'];
const TIMEOUT_S = 10;

let root: string;
let fuzz: FuzzFile[];
let run: { code: number | null; stdout: string; stderr: string; seconds: number };
let cleanProfiles: Map<string, Profile>;

async function goodSet(dir: string): Promise<void> {
  const manifest = JSON.parse(await fs.readFile(path.join(SAMPLE, 'manifest.json'), 'utf8')) as Manifest;
  await fs.mkdir(dir, { recursive: true });
  const documents = manifest.documents.filter((d) => GOOD.includes(d.file)).map(({ gold: _gold, ...d }) => d);
  for (const d of documents) await fs.copyFile(path.join(SAMPLE, d.file), path.join(dir, d.file));
  await fs.writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ documents }));
}

async function badSet(dir: string): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const files = (await fs.readdir(BAD)).filter((f) => f !== 'README.md').sort();
  for (const f of files) await fs.copyFile(path.join(BAD, f), path.join(dir, f));
  const documents = files.map((file, i) => ({ authorityId: `bad-${i}`, authority: `Bad ${i}`, file, version: null }));
  await fs.writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ documents }));
  return files;
}

/** The profile without its file paths (the same documents sit in two folders); `parts` repeat the path. */
function stripSource(p: Profile): Omit<Profile, 'source'> {
  const { source: _s, ...rest } = p;
  return { ...rest, ...(rest.parts ? { parts: rest.parts.map(({ source: _p, ...part }) => part) } : {}) } as Omit<Profile, 'source'>;
}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'fuzz-'));
  const seeds = await Promise.all(['kestrelholm.pdf'].map(async (f) => new Uint8Array(await fs.readFile(path.join(SAMPLE, f)))));
  fuzz = await makeFuzzCorpus(path.join(root, 'mixed', 'fuzz'), { seed: 8, seeds });
  await goodSet(path.join(root, 'mixed', 'good'));
  await badSet(path.join(root, 'mixed', 'bad'));

  // reference: the good documents alone
  await goodSet(path.join(root, 'clean', 'good'));
  await ingest({ corpus: path.join(root, 'clean'), out: path.join(root, 'clean-out'), cacheDir: path.join(root, 'clean-cache'), progress: 'none', copySources: false });
  cleanProfiles = new Map();
  for (const f of await fs.readdir(path.join(root, 'clean-out', 'profiles'))) {
    const p = JSON.parse(await fs.readFile(path.join(root, 'clean-out', 'profiles', f), 'utf8')) as Profile;
    cleanProfiles.set(p.id, p);
  }

  // the hostile batch, through the CLI as a user runs it
  const t0 = performance.now();
  run = await new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(REPO, 'bin', 'atlas.mjs'), 'ingest', '--corpus', path.join(root, 'mixed'), '--out', path.join(root, 'out'),
        '--cache', path.join(root, 'cache'), '--timeout', String(TIMEOUT_S), '--progress', 'lines'],
      { cwd: REPO, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr, seconds: (performance.now() - t0) / 1000 }),
    );
  });
}, 900_000);

afterAll(async () => {
  if (root) await fs.rm(root, { recursive: true, force: true });
});

describe('fuzz corpus through atlas ingest', () => {
  it('has at least 200 hostile files of every required kind', () => {
    expect(fuzz.length).toBeGreaterThanOrEqual(200);
    const kinds = new Set(fuzz.map((f) => f.kind));
    for (const k of ['truncated', 'bit-flipped', 'wrong-extension', 'encrypted', 'thousands-of-pages', 'deep-nesting', 'broken-xref', 'zero-bytes', 'huge-image', 'zip-bomb', 'entity-bomb', 'html-active', 'level-table']) {
      expect(kinds, k).toContain(k);
    }
  });

  it('does not crash and gives one clear line per failed file; must-fail files all fail; nothing hangs past the limit', async () => {
    expect(run.code, run.stderr.slice(-2000)).toBe(0);
    const [summary, ...rest] = run.stdout.trimEnd().split('\n');
    expect(summary).toMatch(/^ingest: \d+ ok \(\d+ from cache\), \d+ failed/);
    const failureLines = rest[0] === 'failed:' ? rest.slice(1) : [];
    const index = JSON.parse(await fs.readFile(path.join(root, 'out', 'index.json'), 'utf8')) as AtlasIndex;
    const okSources = new Set(index.authorities.flatMap((a) => a.documents.map((d) => d.source)));

    const fuzzDir = path.join(root, 'mixed', 'fuzz');
    const shown = (f: string) => path.join(fuzzDir, f);
    let errors = 0;
    let hangs = 0;
    for (const f of fuzz) {
      const lines = failureLines.filter((l) => l.startsWith(`${shown(f.file)}: `));
      const ok = okSources.has(shown(f.file));
      expect(lines.length + (ok ? 1 : 0), `${f.file} must be either ingested or failed exactly once`).toBe(1);
      if (f.expect === 'error') expect(lines, `${f.file} (${f.kind}) must fail`).toHaveLength(1);
      for (const l of lines) {
        const reason = l.slice(shown(f.file).length + 2);
        expect(reason.length, l).toBeGreaterThan(3);
        expect(reason.length, l).toBeLessThan(320);
        // never JavaScript's own text: an unanticipated error is named "internal error while ... (please report)"
        expect(reason, l).not.toMatch(/Cannot read propert|is not (?:a function|iterable|defined)|undefined \(reading|Maximum call stack|Invalid array length/);
        if (/timed out/.test(reason)) {
          hangs++;
          expect(reason).toBe(`timed out after ${TIMEOUT_S} s`);
        }
      }
      errors += lines.length;
      // the two-column level-table shapes are clean documents: each is read (levels, maybe no indicators)
      if (f.kind === 'level-table') expect(lines, `${f.file} must be ingested`).toHaveLength(0);
    }
    // one line per failure entry in the index, too
    expect(index.failures).toHaveLength(failureLines.length);
    // every file of corpus/bad fails with its own line
    const badLines = failureLines.filter((l) => l.startsWith(path.join(root, 'mixed', 'bad') + path.sep));
    expect(badLines.length).toBe((await fs.readdir(path.join(root, 'mixed', 'bad'))).length - 1);
    const crashes = failureLines.filter((l) => /analysis crashed|worker exited|internal error/.test(l));
    console.log(
      `fuzz: ${fuzz.length} hostile files + ${badLines.length} corpus/bad + ${GOOD.length} good in ${run.seconds.toFixed(1)} s; ` +
        `${errors} errors reported, ${fuzz.length - errors} hostile files still readable, ${hangs} stopped at the ${TIMEOUT_S} s limit, ` +
        `${crashes.length} contained worker crashes, process crashes 0`,
    );
  });

  it('never lets active HTML content into indicators', async () => {
    for (const f of fuzz.filter((x) => x.kind === 'html-active')) {
      const id = `fuzz-${String(fuzz.indexOf(f)).padStart(3, '0')}`;
      const file = path.join(root, 'out', 'profiles', `${id}.json`);
      const text = await fs.readFile(file, 'utf8').catch(() => null);
      if (text === null) continue; // failed: already covered by the one-line check
      const p = JSON.parse(text) as Profile;
      for (const ind of p.indicators) expect(ind.text, f.file).not.toMatch(/alert\(|<script|javascript:|onerror/i);
    }
  });

  it('ingests every good file in the batch exactly as a clean run does', async () => {
    expect(cleanProfiles.size).toBe(GOOD.length);
    let lost = 0;
    for (const [id, clean] of cleanProfiles) {
      const text = await fs.readFile(path.join(root, 'out', 'profiles', `${id}.json`), 'utf8').catch(() => null);
      if (text === null) {
        lost++;
        continue;
      }
      expect(stripSource(JSON.parse(text) as Profile), id).toEqual(stripSource(clean));
    }
    console.log(`fuzz: good files lost ${lost} of ${cleanProfiles.size}`);
    expect(lost).toBe(0);
  });
});
