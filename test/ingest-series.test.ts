// `atlas ingest` of manifest entries that list `parts` (a document published as a series of web pages).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AtlasIndex, Profile } from '../src/model/index.ts';
import { ingest } from '../src/node/ingest.ts';
import { planCorpus } from '../src/node/manifest.ts';

const FIXTURES = path.join(import.meta.dirname, '../corpus/series-fixtures');
let documents = 0;
let root: string;
let corpus: string;
let out: string;
let cacheDir: string;
const run = () => ingest({ corpus, out, cacheDir, progress: 'none', jobs: 1 });
const readJson = async <T>(p: string) => JSON.parse(await fs.readFile(p, 'utf8')) as T;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'ingest-series-'));
  corpus = path.join(root, 'corpus');
  out = path.join(root, 'out');
  cacheDir = path.join(root, 'cache');
  await fs.cp(FIXTURES, path.join(corpus, 'series'), { recursive: true });
  documents = (await readJson<{ documents: unknown[] }>(path.join(FIXTURES, 'manifest.json'))).documents.length;
});
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe('atlas ingest of a manifest series', () => {
  it('analyses every part as one document version, copies each part and points indicators at their part', async () => {
    const r = await run();
    expect(r.failures).toEqual([]);
    expect(r.ok).toBe(documents);
    const index = await readJson<AtlasIndex>(path.join(out, 'index.json'));
    const fern = index.authorities.find((a) => a.id === 'fernhallow')!;
    expect(fern.documents).toHaveLength(1);
    const doc = fern.documents[0];
    expect(doc.parts?.map((p) => path.basename(p.source))).toEqual([1, 2, 3, 4].map((n) => `fernhallow-level-${n}.md`));
    expect(doc.parts?.[2].url).toBe('https://fernhallow.example/threshold-tool/level-3/');
    expect(doc.sourceFile).toBe(doc.parts?.[0].sourceFile);
    for (const [k, p] of doc.parts!.entries()) {
      expect(p.sourceFile).toBe(`docs/fernhallow@2025-03-01.part${k}.md`);
      expect(await fs.readFile(path.join(out, p.sourceFile!), 'utf8')).toBe(await fs.readFile(path.join(FIXTURES, `fernhallow-level-${k + 1}.md`), 'utf8'));
    }
    expect(doc.scheme.map((l) => l.bands.join('+'))).toEqual(['universal', 'early_help', 'targeted_early_help', 'child_in_need+child_protection']);
    const profile = await readJson<Profile>(path.join(out, doc.file));
    expect(profile.parts).toHaveLength(4);
    const level3 = profile.indicators.filter((i) => i.level === 'Level 3 – Intensive');
    expect(level3.length).toBe(7);
    expect(new Set(level3.map((i) => i.part))).toEqual(new Set([2]));
    // the evidence reference is a line of that part's own file
    const lines = (await fs.readFile(path.join(out, doc.parts![2].sourceFile!), 'utf8')).split('\n');
    for (const i of level3) expect(lines[i.page - 1]).toContain(i.text);
    // a one-file entry stays as it was: no parts list in the index
    const pennock = index.authorities.find((a) => a.id === 'pennock')!.documents[0];
    expect(pennock.parts).toBeUndefined();
    expect(pennock.sourceFile).toBe('docs/pennock@2024-05-01.html');
  }, 120_000);

  it('re-ingests from the cache, and analyses a series again when any one part changes', async () => {
    const warm = await run();
    expect(warm.cached).toBe(documents);
    expect(warm.analysed).toBe(0);
    const part = path.join(corpus, 'series', 'gullsworth-targeted.md');
    await fs.appendFile(part, '* Young carer for a parent with a long illness\n');
    const after = await run();
    expect(after.analysed).toBe(1);
    expect(after.cached).toBe(documents - 1);
    const index = await readJson<AtlasIndex>(path.join(out, 'index.json'));
    const doc = index.authorities.find((a) => a.id === 'gullsworth')!.documents[0];
    const profile = await readJson<Profile>(path.join(out, doc.file));
    expect(profile.indicators.some((i) => i.text === 'Young carer for a parent with a long illness' && i.part === 1)).toBe(true);
    expect(await fs.readFile(path.join(out, doc.parts![1].sourceFile!), 'utf8')).toContain('long illness');
  }, 120_000);

  it('leaves out a part that cannot be read, with a warning; fails the entry in one line when no part can be read', async () => {
    const manifestFile = path.join(corpus, 'series', 'manifest.json');
    const m = await readJson<{ documents: { authorityId: string; parts?: { file: string }[] }[] }>(manifestFile);
    const wex = m.documents.find((d) => d.authorityId === 'wexcombe')!;
    wex.parts!.splice(1, 0, { file: 'wexcombe-missing.md' });
    m.documents.push({ authorityId: 'nothing', authority: 'Nothing', version: null, parts: [{ file: 'gone-1.md' }, { file: 'gone-2.md' }] } as never);
    await fs.writeFile(manifestFile, JSON.stringify(m));
    const r = await run();
    expect(r.failures).toHaveLength(1);
    expect(path.basename(r.failures[0].source)).toBe('gone-1.md');
    expect(r.failures[0].reason).toMatch(/^no part of the series could be read \(\S*gone-1\.md: file not found; \S*gone-2\.md: file not found\)$/);
    const index = await readJson<AtlasIndex>(path.join(out, 'index.json'));
    const doc = index.authorities.find((a) => a.id === 'wexcombe')!.documents[0];
    expect(doc.parts).toHaveLength(3);
    expect(doc.warnings.some((w) => /wexcombe-missing\.md: file not found \(part left out\)$/.test(w))).toBe(true);
    const profile = await readJson<Profile>(path.join(out, doc.file));
    expect(profile.indicators).toHaveLength(6);
  }, 120_000);

  it('refuses a part outside the manifest folder, one line for the entry', async () => {
    const set = path.join(root, 'bad-corpus', 'set');
    await fs.mkdir(set, { recursive: true });
    await fs.writeFile(path.join(set, 'manifest.json'), JSON.stringify({ documents: [
      { authorityId: 'escape', authority: 'Escape', version: null, parts: [{ file: 'a.md' }, { file: '../../etc/passwd' }] },
      { authorityId: 'empty', authority: 'Empty', version: null, parts: [] },
    ] }));
    const plan = await planCorpus(path.join(root, 'bad-corpus'));
    expect(plan.jobs).toEqual([]);
    expect(plan.problems.map((p) => p.reason)).toEqual([
      'part 2: file path "../../etc/passwd" is outside the manifest\'s folder or malformed',
      '"parts" is empty',
    ]);
  });
});
