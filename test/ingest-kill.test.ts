// Issue 8: an ingest killed (SIGKILL) at any point leaves the previous index readable and consistent,
// and the next ingest completes, resuming from the cache.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AtlasIndex } from '../src/model/index.ts';
import { mulberry32 } from '../scripts/lib/prng.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const CHILD = path.join(REPO, 'src', 'node', '__fixtures__', 'ingest-child.ts');
const DOCS = 40;

function runChild(args: string[], killAfterMs?: number): Promise<{ code: number | null; signal: string | null; stdout: string; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    // tsx as a loader in the same process (its CLI would put the ingest in a grandchild that SIGKILL misses)
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.resume();
    const timer = killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, ms: performance.now() - t0 });
    });
  });
}

// each generation changes every document, so a run always has work (and writes) to do
const docText = (i: number, generation: number): string => `pages ${1 + (i % 5)}\nsleep 60\ngeneration ${generation}\n`;
const hashOf = (t: string) => createHash('sha256').update(t).digest('hex');

/** Which generation of the corpus each index entry was built from. */
function generationsOf(index: AtlasIndex): Set<number> {
  return new Set(index.authorities.map((a) => {
    const i = Number(a.id.slice(1));
    const h = a.documents[0].hash;
    for (let g = 0; g <= 10; g++) if (h === hashOf(docText(i, g))) return g;
    return -1;
  }));
}

async function writeCorpus(corpus: string, generation: number): Promise<void> {
  const set = path.join(corpus, 'set');
  await fs.mkdir(set, { recursive: true });
  const documents = [];
  for (let i = 0; i < DOCS; i++) {
    await fs.writeFile(path.join(set, `d${i}.txt`), docText(i, generation));
    documents.push({ authorityId: `a${i}`, authority: `Authority ${i}`, file: `d${i}.txt`, version: null });
  }
  await fs.writeFile(path.join(set, 'manifest.json'), JSON.stringify({ documents }));
}

/** The index parses, and every profile it points to exists and parses. */
async function assertConsistent(out: string): Promise<AtlasIndex> {
  const index = JSON.parse(await fs.readFile(path.join(out, 'index.json'), 'utf8')) as AtlasIndex;
  expect(index.schema).toBe(1);
  for (const a of index.authorities) {
    for (const d of a.documents) {
      const p = JSON.parse(await fs.readFile(path.join(out, d.file), 'utf8')) as { id: string };
      expect(p.id).toBe(d.profileId);
    }
  }
  return index;
}

describe('ingest killed midway', () => {
  it('keeps the previous index readable at every kill point and resumes afterwards', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'ingest-kill-'));
    const corpus = path.join(root, 'corpus');
    const out = path.join(root, 'out');
    const cache = path.join(root, 'cache');
    const args = [corpus, out, cache];

    await writeCorpus(corpus, 0);
    const first = await runChild(args);
    expect(first.code).toBe(0);
    const previous = await assertConsistent(out);
    expect(previous.authorities).toHaveLength(DOCS);

    // each round changes every document, then kills the run at a seeded random point
    const rnd = mulberry32(7);
    const full = first.ms;
    const kills: number[] = [];
    let killed = 0;
    let complete = 0; // generation of the last index fully written
    const ROUNDS = 6;
    for (let round = 1; round <= ROUNDS; round++) {
      await writeCorpus(corpus, round);
      // the last kill comes late, so some documents of that generation are done and cached
      const at = Math.round(round === ROUNDS ? full * 0.8 : 300 + rnd() * full * 0.9);
      const r = await runChild(args, at);
      kills.push(at);
      if (r.signal === 'SIGKILL') killed++;
      const index = await assertConsistent(out);
      expect(index.authorities).toHaveLength(DOCS);
      // either the previous index or a complete new one, never a mix written half-way
      const gens = [...generationsOf(index)];
      expect([[complete], [round]]).toContainEqual(gens);
      complete = gens[0];
    }
    expect(killed).toBeGreaterThanOrEqual(3);

    const last = await runChild(args);
    expect(last.code).toBe(0);
    const summary = JSON.parse(last.stdout) as { ok: number; cached: number; analysed: number };
    expect(summary.ok).toBe(DOCS);
    // the killed runs' finished documents were cached: the final run did not redo them all
    expect(summary.cached).toBeGreaterThan(0);
    expect(summary.analysed).toBeLessThan(DOCS);
    const final = await assertConsistent(out);
    expect([...generationsOf(final)]).toEqual([ROUNDS]);
    // no temporary files left behind once a run completes
    expect((await fs.readdir(out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await fs.rm(root, { recursive: true, force: true });
    console.log(`ingest-kill: ${killed} runs SIGKILLed at ${kills.join(', ')} ms (full run ${Math.round(full)} ms); final run ${summary.cached} from cache, ${summary.analysed} analysed`);
  }, 300_000);
});
