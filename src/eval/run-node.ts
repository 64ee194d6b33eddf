// Node-only: reads the corpus from disk, runs the pipeline once per document, scores it.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Gold, Manifest, ManifestEntry, Profile } from '../model/index.ts';
import { userReason } from '../model/index.ts';
import { analyseSeries } from '../pipeline/index.ts';
import { evaluateDocument, totals, type DocResult, type MatchedPair } from './metrics.ts';
import { formatEval } from './format.ts';

interface TaggingModule {
  tagMetrics(pairs: MatchedPair[]): unknown;
  formatTagMetrics(m: unknown): string;
}

/** A corpus JSON file; a bad one fails in one line naming it, not with JSON.parse's message. */
async function readJson<T>(file: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'unreadable'})`}`);
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${file}: not valid JSON`);
  }
}

async function manifests(dir: string): Promise<{ dir: string; manifest: Manifest }[]> {
  const direct = path.join(dir, 'manifest.json');
  const read = (file: string) => readJson<Manifest>(file);
  if (await stat(direct).then(() => true, () => false)) return [{ dir, manifest: await read(direct) }];
  const { readdir } = await import('node:fs/promises');
  const out: { dir: string; manifest: Manifest }[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const file = path.join(dir, name, 'manifest.json');
    if (await stat(file).then(() => true, () => false)) out.push({ dir: path.join(dir, name), manifest: await read(file) });
  }
  if (!out.length) throw new Error(`${dir}: no manifest.json found`);
  return out;
}

async function loadTagging(): Promise<TaggingModule | null> {
  const spec = './tagging.ts';
  try {
    const mod = (await import(/* @vite-ignore */ spec)) as Partial<TaggingModule>;
    return typeof mod.tagMetrics === 'function' && typeof mod.formatTagMetrics === 'function' ? (mod as TaggingModule) : null;
  } catch {
    return null;
  }
}

export async function runEval(corpus: string, log: (msg: string) => void = () => {}) {
  const results: DocResult[] = [];
  const started = Date.now();
  for (const { dir, manifest } of await manifests(corpus)) {
    for (const entry of manifest.documents as ManifestEntry[]) {
      if (!entry.gold && !entry.expectError) continue;
      const gold = entry.gold ? await readJson<Gold>(path.join(dir, entry.gold)) : null;
      // A series entry (`parts`) is one document read from several files.
      const partList = Array.isArray(entry.parts) && entry.parts.length ? entry.parts : [{ file: entry.file }];
      const file = path.join(dir, partList[0].file);
      const shown = partList.length > 1 ? `${path.relative(corpus, file) || partList[0].file} +${partList.length - 1}` : path.relative(corpus, file) || partList[0].file;
      let outcome: { profile: Profile } | { error: string };
      try {
        const inputs = [];
        const hashes: string[] = [];
        for (const part of partList) {
          const bytes = new Uint8Array(await readFile(path.join(dir, part.file)).catch((err: NodeJS.ErrnoException) => {
            throw new Error(err.code === 'ENOENT' ? 'no such file' : `cannot read (${err.code ?? 'unreadable'})`);
          }));
          hashes.push(createHash('sha256').update(bytes).digest('hex'));
          const { file: _f, ...meta } = part as { file: string; url?: string; title?: string; date?: string };
          inputs.push({ bytes, source: path.join(dir, part.file), meta });
        }
        const hash = hashes.length === 1 ? hashes[0] : createHash('sha256').update(hashes.join('\n')).digest('hex');
        const profile = await analyseSeries(inputs, { authorityId: entry.authorityId, authority: entry.authority, version: entry.version, hash });
        outcome = { profile };
      } catch (err) {
        outcome = { error: userReason(err, 'processing the document') };
      }
      results.push(evaluateDocument({ ...entry, file: shown }, gold, outcome));
    }
  }
  const t = totals(results);
  const pairs = results.flatMap((r) => r.pairs);
  const tagging = await loadTagging();
  const tagMetrics = tagging ? tagging.tagMetrics(pairs) : null;
  const seconds = (Date.now() - started) / 1000;
  log(`atlas eval: ${results.length} documents in ${seconds.toFixed(1)} s`);
  const json = {
    corpus,
    matchRule: 'exact after NFKC + quote/dash + whitespace normalisation; near = case-insensitive Levenshtein similarity >= 0.9 or containment with length ratio >= 0.9; one-to-one greedy',
    totals: t,
    documents: results.map(({ pairs: _p, ...r }) => r),
    tagging: tagMetrics ?? { skipped: 'src/eval/tagging.ts not available' },
    seconds,
  };
  const text = (detail: number) =>
    formatEval(results, t, detail) + (tagging && tagMetrics ? `\n${tagging.formatTagMetrics(tagMetrics)}` : '\n(band and topic metrics skipped: src/eval/tagging.ts not available yet)\n');
  return { results, totals: t, json, text };
}
