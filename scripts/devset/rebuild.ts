// Rebuilds the dev set's text (.devset/text/<id>.txt) from re-run searches, checking every sha256.
//   tsx scripts/devset/rebuild.ts --queries      list the recorded queries still needed (one `search` each,
//                                                corpus "pages"), with the pages each restores
//   tsx scripts/devset/rebuild.ts <answer.json>... take saved search answers (the tool's JSON, verbatim) and
//                                                write every excerpt whose sha256 is in the pack
// The search tool is an agent tool, not a shell command: an agent runs each listed query and saves its JSON
// answer to a file (e.g. .devset/raw/q-<n>.json); this script does the byte-exact part.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEVSET_DIR, PACK_DIR, sha256, type PackAuthority, type PackPage } from './pack-format.ts';

const packs = existsSync(PACK_DIR)
  ? readdirSync(PACK_DIR).filter((n) => n.endsWith('.json')).map((n) => JSON.parse(readFileSync(join(PACK_DIR, n), 'utf8')) as PackAuthority)
  : [];
const pages = new Map<string, PackPage>();
for (const p of packs) for (const page of p.pages) pages.set(page.sha256, page);
const have = (page: PackPage) => {
  const file = join(DEVSET_DIR, 'text', `${page.id}.txt`);
  return existsSync(file) && sha256(readFileSync(file, 'utf8')) === page.sha256;
};

const args = process.argv.slice(2);
if (args.length === 0 || args[0] === '--queries') {
  const byQuery = new Map<string, PackPage[]>();
  for (const page of pages.values()) if (!have(page)) byQuery.set(page.query, [...(byQuery.get(page.query) ?? []), page]);
  const restored = [...pages.values()].filter(have).length;
  console.log(`${restored} of ${pages.size} pages present; ${byQuery.size} searches (corpus "pages") would restore the rest:`);
  for (const [q, list] of byQuery) console.log(JSON.stringify({ query: q, pages: list.map((p) => `${p.id} rank ${p.rank} ${p.url}`) }));
  process.exit(0);
}

mkdirSync(join(DEVSET_DIR, 'text'), { recursive: true });
let written = 0;
for (const file of args) {
  let answer: { results?: { url: string; excerpt: string }[] };
  try {
    answer = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`${file}: not valid JSON (${(e as Error).message})`);
    continue;
  }
  for (const r of answer.results ?? []) {
    const page = pages.get(sha256(r.excerpt));
    if (!page) continue;
    writeFileSync(join(DEVSET_DIR, 'text', `${page.id}.txt`), r.excerpt, 'utf8');
    written++;
  }
}
const present = [...pages.values()].filter(have).length;
console.log(`${written} excerpts written; ${present} of ${pages.size} pages present with matching sha256`);
