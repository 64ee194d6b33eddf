// Saves excerpts from a `search` (corpus pages) answer, byte-exact, into the git-ignored .devset/text/.
// Usage: tsx scripts/devset/save.ts <answer.json> [...]
//   <answer.json> is the tool's JSON answer (or a subset: {"query", "results": [{"rank","url","excerpt"}]})
//   pasted into a file verbatim; the excerpt strings are decoded by JSON.parse, never retyped.
// Prints one line per result: <textId> <length> <sha256> <url>; appends to .devset/found.jsonl.
import { mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEVSET_DIR, sha256, textId } from './pack-format.ts';

interface Answer {
  query: string;
  results: { rank: number; url: string; excerpt: string }[];
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: tsx scripts/devset/save.ts <search-answer.json> [...]');
  process.exit(2);
}
mkdirSync(join(DEVSET_DIR, 'text'), { recursive: true });
for (const file of files) {
  let answer: Answer;
  try {
    answer = JSON.parse(readFileSync(file, 'utf8')) as Answer;
  } catch (e) {
    console.error(`${file}: not valid JSON (${(e as Error).message})`);
    continue;
  }
  for (const r of answer.results ?? []) {
    const hash = sha256(r.excerpt);
    const id = textId(hash);
    writeFileSync(join(DEVSET_DIR, 'text', `${id}.txt`), r.excerpt, 'utf8');
    appendFileSync(
      join(DEVSET_DIR, 'found.jsonl'),
      JSON.stringify({ id, sha256: hash, length: r.excerpt.length, url: r.url, query: answer.query, rank: r.rank }) + '\n',
    );
    console.log(`${id} ${r.excerpt.length} ${hash} ${r.url}`);
  }
}
