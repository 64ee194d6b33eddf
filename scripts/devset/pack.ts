// Turns .devset/labels/<slug>.json (+ .devset/found.jsonl, .devset/text/) into corpus/real-dev/pack/<slug>.json.
// Usage: tsx scripts/devset/pack.ts [--check] [--append] [--labels DIR] (slug ... | --all)
//   --check   validates and writes nothing
//   --all     every label file in DIR (without it, name the authorities: a bare run would rewrite every pack file)
//   --append  adds (or replaces, by id) the labelled pages into the existing pack file; the scheme must match
//   --labels  where the label files are (default .devset/labels)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BANDS } from '../../src/model/types.ts';
import { TOPIC_IDS } from '../../src/tag/topics.ts';
import { DEVSET_DIR, PACK_DIR, sha256, type LabelFile, type LabelPage, type PackAuthority, type PackPage } from './pack-format.ts';


const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: tsx scripts/devset/pack.ts [--check] [--append] [--labels DIR] (slug ... | --all)\n  packs .devset/labels/<slug>.json into corpus/real-dev/pack/<slug>.json; --check validates and writes nothing');
  process.exit(0);
}
const check = args.includes('--check');
const append = args.includes('--append');
const labelsAt = args.indexOf('--labels');
const labelDir = labelsAt >= 0 ? args[labelsAt + 1] : join(DEVSET_DIR, 'labels');
const wanted = args.filter((a, i) => !a.startsWith('--') && (labelsAt < 0 || i !== labelsAt + 1));
const found = new Map<string, { url: string; query: string; rank: number }>();
for (const line of readFileSync(join(DEVSET_DIR, 'found.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const f = JSON.parse(line);
  if (!found.has(f.id)) found.set(f.id, f);
}

let errors = 0;
const fail = (where: string, msg: string) => { errors++; console.error(`${where}: ${msg}`); };

function nthIndex(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function packPage(label: LabelFile, p: LabelPage): PackPage | null {
  const where = `${label.slug}/${p.id}`;
  const f = found.get(p.id);
  const path = join(DEVSET_DIR, 'text', `${p.id}.txt`);
  if (!f || !existsSync(path)) { fail(where, 'no saved excerpt (run save.ts)'); return null; }
  const text = readFileSync(path, 'utf8');
  const levels = new Set(label.scheme.map((l) => l.local));
  if (p.pageLevel !== null && !levels.has(p.pageLevel)) fail(where, `pageLevel "${p.pageLevel}" not in scheme`);
  const indicators = p.indicators.map((ind, k) => {
    const at = nthIndex(text, ind.text, ind.occurrence ?? 1);
    if (!ind.text.trim() || at < 0) fail(`${where}#${k}`, `text not found in excerpt: ${JSON.stringify(ind.text.slice(0, 60))}`);
    if (!levels.has(ind.level)) fail(`${where}#${k}`, `level "${ind.level}" not in scheme`);
    if (ind.topics.length > 3) fail(`${where}#${k}`, 'more than 3 topics');
    for (const t of ind.topics) if (!(TOPIC_IDS as readonly string[]).includes(t)) fail(`${where}#${k}`, `unknown topic "${t}"`);
    return { start: at, end: at + ind.text.length, level: ind.level, domain: ind.domain ?? null, topics: ind.topics };
  });
  return {
    id: p.id, url: f.url, query: f.query, rank: f.rank, sha256: sha256(text), length: text.length,
    pageLevel: p.pageLevel, layout: p.layout ?? [], indicators, ...(p.versionOf ? { versionOf: p.versionOf } : {}),
  };
}

if (!wanted.length && !check && !args.includes('--all')) {
  console.error(`pack.ts: name the authorities to pack (slug ...), or --all to rewrite every pack file from ${labelDir}`);
  process.exit(2);
}
const slugs = wanted.length ? wanted : readdirSync(labelDir).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5));
if (!check) mkdirSync(PACK_DIR, { recursive: true });
let pages = 0, indicators = 0;
for (const slug of slugs) {
  const label = JSON.parse(readFileSync(join(labelDir, `${slug}.json`), 'utf8')) as LabelFile;
  label.scheme.forEach((l, i) => {
    if (l.order !== i + 1) fail(slug, `scheme order must be 1..n lowest first (${l.local})`);
    if (!l.bands.length || l.bands.some((b) => !(BANDS as readonly string[]).includes(b))) fail(slug, `bad bands for ${l.local}`);
  });
  const packed = label.pages.map((p) => packPage(label, p)).filter((p): p is PackPage => p !== null);
  pages += packed.length;
  indicators += packed.reduce((n, p) => n + p.indicators.length, 0);
  let out: PackAuthority = { authority: label.authority, slug, onsCode: label.onsCode, ...(label.version ? { version: label.version } : {}), scheme: label.scheme, pages: packed };
  const existingFile = join(PACK_DIR, `${slug}.json`);
  if (append && existsSync(existingFile)) {
    const existing = JSON.parse(readFileSync(existingFile, 'utf8')) as PackAuthority;
    const names = (s: PackAuthority['scheme']) => s.map((l) => `${l.local}|${l.bands.join(',')}`).join(';');
    if (names(existing.scheme) !== names(label.scheme)) fail(slug, 'scheme differs from the pack\'s: label a different version as its own pack file');
    const ids = new Set(packed.map((p) => p.id));
    out = { ...existing, pages: [...existing.pages.filter((p) => !ids.has(p.id)), ...packed] };
  }
  const ids = new Set(out.pages.map((p) => p.id));
  for (const p of out.pages) if (p.versionOf && (!ids.has(p.versionOf) || p.versionOf === p.id)) fail(`${slug}/${p.id}`, `versionOf "${p.versionOf}" is not another page of this pack`);
  if (!check) writeFileSync(join(PACK_DIR, `${slug}.json`), JSON.stringify(out, null, 1) + '\n');
}
console.log(`${slugs.length} authorities, ${pages} pages, ${indicators} indicators, ${errors} errors${check ? ' (check only)' : ''}`);
process.exit(errors ? 1 : 0);
