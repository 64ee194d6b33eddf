// npm run eval:real: scores the pipeline on the real development set (corpus/real-dev/pack/*.json), whose text
// lives only in the git-ignored .devset/text/ (rebuilt by scripts/devset/rebuild.ts). Skips cleanly without it.
// Modes: per page (one `atlas extract` per page) and as series (all of an authority's pages as one document).
// --pack DIR scores another pack in the same format (e.g. `atlas review export-labels` output).
// Topics are scored leave-one-authority-out: the rules an authority motivated alone are dropped, and the classifier is a
// model trained in memory without that authority (scripts/devset/topic-model.ts); --no-classifier scores the rules alone.
// Usage: tsx scripts/devset/eval-real.ts [--pack DIR] [--only slug,...] [--json FILE] [--worst N] [--no-meta] [--quiet] [--no-classifier]
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gold } from '../../src/model/index.ts';
import { authoritySlug, scorePack, formatReport, type PageInput, type Report } from './score.ts';
import { DEVSET_DIR, PACK_DIR, sha256, type PackAuthority } from './pack-format.ts';
import { registerHeldOutModels } from './topic-model.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = opt('--only')?.split(',');
const packDir = opt('--pack') ?? PACK_DIR;
const textDir = opt('--text-dir') ?? join(DEVSET_DIR, 'text');

if (!existsSync(packDir)) {
  console.log(`eval:real: no pack at ${packDir}; nothing to score`);
  process.exit(0);
}
const packs = readdirSync(packDir).filter((n) => n.endsWith('.json')).sort()
  .map((n) => JSON.parse(readFileSync(join(packDir, n), 'utf8')) as PackAuthority)
  .filter((p) => !only || only.includes(p.slug));

let missing = 0;
let mismatched = 0;
const inputs: PageInput[] = [];
for (const pack of packs) {
  for (const page of pack.pages) {
    const file = join(textDir, `${page.id}.txt`);
    if (!existsSync(file)) { missing++; continue; }
    const text = readFileSync(file, 'utf8');
    if (sha256(text) !== page.sha256) { mismatched++; continue; }
    const gold: Gold = {
      authority: pack.authority,
      file: `${page.id}.md`,
      scheme: pack.scheme,
      indicators: page.indicators.map((i) => ({
        text: text.slice(i.start, i.end), level: i.level, domain: i.domain, topics: i.topics,
        bands: pack.scheme.find((l) => l.local === i.level)?.bands ?? [],
      })),
    };
    inputs.push({ pack, page, text, gold });
  }
}
const total = packs.reduce((n, p) => n + p.pages.length, 0);
if (inputs.length === 0) {
  console.log(`eval:real: skipped: the dev set's text is not on this machine (${total} pages in the pack, 0 in ${DEVSET_DIR}/text; see docs/real-dev-set.md to rebuild it)`);
  process.exit(0);
}
if (missing || mismatched) console.log(`eval:real: ${missing} pages without text, ${mismatched} with a different sha256: scored without them`);

console.log(registerHeldOutModels([...new Set(inputs.map((i) => authoritySlug(i.pack.slug)))], args.includes('--no-classifier')));
const report = await scorePack(inputs, { meta: !args.includes('--no-meta') });
if (!args.includes('--quiet')) process.stdout.write(formatReport(report, Number(opt('--worst') ?? 10)));
// --json: figures only (no page text, so it may be committed); --json-text: with missed/extra texts (keep local)
const strip = (m: Report['per']) => ({ ...m, pages: m.pages.map(({ missed, extra, wrongBands, ...p }) => ({ ...p, missed: missed.length, extra: extra.length, wrongBands: wrongBands.length })) });
const out = opt('--json');
if (out) writeFileSync(out, JSON.stringify({ per: strip(report.per), series: report.series && strip(report.series) }, null, 1) + '\n');
const outText = opt('--json-text');
if (outText) writeFileSync(outText, JSON.stringify(report, null, 1) + '\n');
