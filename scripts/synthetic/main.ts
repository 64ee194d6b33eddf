// Write the synthetic corpus (git-ignored) as a data folder the CLI can read:
//   corpus/synthetic/index.json + corpus/synthetic/profiles/<id>.json
// Usage: npx tsx scripts/synthetic/main.ts [--seed N] [--per N] [--out DIR]
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AtlasIndex } from '../../src/model/index.ts';
import { topicPlacements } from '../../src/compare/index.ts';
import { authorities } from '../../src/authorities/index.ts';
import { generateCorpus } from './generate.ts';
import { lotteryWithSummaries } from '../../src/compare/summaries.ts';

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
}

export function syntheticAuthorities() {
  return authorities.map((a) => ({ id: a.id, name: a.name, onsCode: a.onsCode, hex: a.hex }));
}

async function main(): Promise<void> {
  const seed = Number(arg('seed', '1'));
  const per = Number(arg('per', '400'));
  const out = arg('out', 'corpus/synthetic');
  const auths = syntheticAuthorities();
  const profiles = generateCorpus(auths, seed, per);
  await mkdir(join(out, 'profiles'), { recursive: true });
  const placements: AtlasIndex['placements'] = {};
  const index: AtlasIndex = {
    schema: 1, generated: '2025-01-01T00:00:00.000Z', failures: [], placements,
    authorities: auths.map((a, i) => {
      const p = profiles[i];
      placements[p.id] = topicPlacements(p);
      return {
        id: a.id, name: a.name, onsCode: a.onsCode, fictional: false, hex: a.hex,
        documents: [{
          profileId: p.id, version: p.version, source: p.source, format: p.format, pages: p.pages,
          indicatorCount: p.indicators.length, scheme: p.scheme, file: `profiles/${p.id}.json`, sourceFile: null,
          hash: `synthetic-${seed}-${i}`, warnings: [],
        }],
      };
    }),
  };
  // What `atlas ingest` adds: per-topic summaries in the index, the situations in lottery/<topic>.json.
  const { lottery, topics } = lotteryWithSummaries(profiles, auths);
  index.topics = topics;
  index.lottery = { dir: 'lottery', key: `synthetic-${seed}-${per}`, authorities: profiles.length };
  await mkdir(join(out, 'lottery'), { recursive: true });
  for (const t of lottery.topics) await writeFile(join(out, 'lottery', `${t.topic}.json`), JSON.stringify(t));
  for (const p of profiles) await writeFile(join(out, 'profiles', `${p.id}.json`), JSON.stringify(p));
  await writeFile(join(out, 'index.json'), JSON.stringify(index));
  const n = profiles.reduce((s, p) => s + p.indicators.length, 0);
  process.stdout.write(`synthetic corpus: ${profiles.length} authorities, ${n} indicators (seed ${seed}) -> ${out}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
