// "No internal error ever reaches a user": every command fails in one line naming the file and a human
// reason, never with a JavaScript message (Cannot read properties of undefined ...).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnTablePdf, levelTables } from '../../../scripts/fuzz/tables.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const JS_TEXT = /Cannot read propert|is not (?:a function|iterable|defined)|undefined \(reading|Unexpected token|Unexpected end of JSON/;

function atlas(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('node', ['bin/atlas.mjs', ...args], { cwd: root, env: { ...process.env, ATLAS_NO_BUNDLE: '1' } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-errors-'));
  const tables = new Map(levelTables());
  await writeFile(path.join(dir, 'level-merged.pdf'), drawnTablePdf(tables.get('level-merged')!));
  // a data folder whose profiles are odd: truncated, not a profile, fields missing
  const data = path.join(dir, 'data');
  await mkdir(path.join(data, 'profiles'), { recursive: true });
  const profile = (id: string, extra: Record<string, unknown> = {}) => ({
    id, authorityId: id, authority: id, version: null, source: `${id}.pdf`, format: 'pdf', pages: 1,
    scheme: [{ local: 'Level 1', order: 1, bands: ['universal'], evidence: '', evidencePhrases: [], confidence: 'high' }],
    indicators: [{ id: `${id}#0`, text: 'Baby with unexplained bruising', level: 'Level 1', order: 1, bands: ['universal'], domain: null, topics: ['bruising-non-mobile'], qualifiers: {}, page: 1, bbox: null }],
    warnings: [], ...extra,
  });
  await writeFile(path.join(data, 'profiles', 'good.json'), JSON.stringify(profile('good')));
  await writeFile(path.join(data, 'profiles', 'truncated.json'), JSON.stringify(profile('truncated')).slice(0, 80));
  await writeFile(path.join(data, 'profiles', 'notprofile.json'), JSON.stringify({ hello: 1 }));
  // no topics, qualifiers or bands on its indicators, no scheme: still comparable
  const sparse = profile('sparse', { scheme: undefined, indicators: [{ text: 'Baby with unexplained bruising', level: 'Level 2' }] });
  await writeFile(path.join(data, 'profiles', 'sparse.json'), JSON.stringify(sparse));
  const doc = (id: string) => ({ authorityId: id, profileId: id, version: null, file: `profiles/${id}.json`, source: `${id}.pdf`, format: 'pdf', pages: 1, indicators: 1, scheme: [] });
  const authorities = ['good', 'truncated', 'notprofile', 'sparse'].map((id) => ({ id, name: id, onsCode: null, fictional: true, hex: null, documents: [doc(id)] }));
  await writeFile(path.join(data, 'index.json'), JSON.stringify({ schema: 1, authorities, placements: {}, failures: [] }));
  await mkdir(path.join(dir, 'broken'), { recursive: true });
  await writeFile(path.join(dir, 'broken', 'index.json'), '{"schema": 1, "authorities": [');
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('one line, never a JavaScript message', () => {
  it('atlas extract reads a two-column level table that used to crash', async () => {
    const r = await atlas('extract', path.join(dir, 'level-merged.pdf'), '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).indicators).toHaveLength(6);
  }, 60_000);

  it('atlas compare names the profile file that is truncated or not a profile', async () => {
    const t = await atlas('compare', 'good', 'truncated', '--data', path.join(dir, 'data'));
    expect(t.code).toBe(2);
    expect(t.stderr).toBe(`atlas compare: ${path.join(dir, 'data', 'profiles', 'truncated.json')}: not valid JSON (truncated? run \`npx atlas ingest\` again)\n`);
    const n = await atlas('compare', 'good', 'notprofile', '--data', path.join(dir, 'data'));
    expect(n.stderr).toBe(`atlas compare: ${path.join(dir, 'data', 'profiles', 'notprofile.json')}: not a profile (no list of indicators)\n`);
  }, 60_000);

  it('atlas compare and where work on a profile lacking topics, qualifiers, bands and scheme', async () => {
    const c = await atlas('compare', 'good', 'sparse', '--data', path.join(dir, 'data'), '--format', 'json');
    expect(c.stderr).toBe('');
    expect(c.code).toBe(0);
    const w = await atlas('where', 'bruise on a baby', '--in', 'good,sparse', '--data', path.join(dir, 'data'));
    expect(w.stderr).toBe('');
    expect(w.code).toBe(0);
  }, 60_000);

  it('a broken index and a broken document fail in one line', async () => {
    const r = await atlas('where', 'bruise', '--data', path.join(dir, 'broken'));
    expect(r.stderr).toBe(`atlas where: ${path.join(dir, 'broken', 'index.json')}: not valid JSON (truncated? run \`npx atlas ingest\` again)\n`);
    const bad = path.join(root, 'corpus', 'bad', 'empty.pdf');
    const c = await atlas('compare', bad, 'good', '--data', path.join(dir, 'data'));
    expect(c.stderr).toBe(`atlas compare: ${bad}: empty file (0 bytes)\n`);
    for (const x of [r, c]) expect(x.stderr).not.toMatch(JS_TEXT);
  }, 60_000);
});
