// Merge a list of threshold-document addresses (e.g. ../shared/data/threshold-sources.json) into
// corpus/sources.json: one entry per authority, in authorities.json order. Addresses already listed keep their
// sha256/fetched/verified fields; new ones start unverified; authorities with no address are marked
// "address unknown". Idempotent.
// Usage: npx tsx scripts/sources/merge.ts <addresses.json> [--sources corpus/sources.json]
import { readFileSync, writeFileSync } from 'node:fs';
import type { SourcesFile } from '../../src/authorities/index.ts';
import { mergeSources, type Incoming } from '../../src/authorities/merge-sources.ts';

if (import.meta.url === `file://${process.argv[1]}`) {
  const from = process.argv[2];
  if (!from) throw new Error('usage: merge.ts <addresses.json> [--sources corpus/sources.json]');
  const i = process.argv.indexOf('--sources');
  const target = i > 0 ? process.argv[i + 1] : 'corpus/sources.json';
  const merged = mergeSources(JSON.parse(readFileSync(target, 'utf8')) as SourcesFile, JSON.parse(readFileSync(from, 'utf8')) as Incoming);
  writeFileSync(target, `${JSON.stringify(merged, null, 2)}\n`);
  const n = merged.sources.reduce((k, s) => k + s.documents.length, 0);
  const unknown = merged.sources.filter((s) => s.address === 'unknown').length;
  process.stdout.write(`${target}: ${n} addresses for ${merged.sources.length - unknown} authorities; ${unknown} address unknown\n`);
}
