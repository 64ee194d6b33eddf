// Benchmark (not a test): indicators tagged per second on one core, over every gold indicator text
// in corpus/sample, repeated. Run: npx tsx scripts/bench/tagging.ts [seconds] [--rules-only]
// (--rules-only: without the learned topic model, to measure what the classifier costs)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tagIndicator } from '../../src/tag/index.ts';
import type { Gold } from '../../src/model/index.ts';

const dir = path.join(import.meta.dirname, '../../corpus/sample');
const texts = readdirSync(dir).filter((f) => f.endsWith('.gold.json'))
  .flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Gold).indicators.map((i) => i.text));
if (!texts.length) throw new Error(`no gold indicators under ${dir}`);

const seconds = Number(process.argv.slice(2).find((a) => /^\d/.test(a)) ?? 3);
const opts = { rulesOnly: process.argv.includes('--rules-only') };
let t0 = performance.now();
tagIndicator(texts[0], opts);
const firstCall = performance.now() - t0;
for (const t of texts) tagIndicator(t, opts); // warm up (JIT, stem cache)
let n = 0;
const cpu0 = process.cpuUsage();
t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) {
  for (const t of texts) tagIndicator(t, opts);
  n += texts.length;
}
const elapsed = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// The machine may be shared: CPU time is the fair single-core figure, wall time what this run saw.
console.log(`tagging${opts.rulesOnly ? ' (rules only)' : ' (rules + topic model)'}: ${texts.length} distinct gold texts, ${n} taggings`);
console.log(`  ${Math.round(n / cpuSeconds)} indicators per CPU-second (single thread, ${cpuSeconds.toFixed(2)} s CPU)`);
console.log(`  ${Math.round(n / elapsed)} indicators per wall-clock second (${elapsed.toFixed(2)} s wall; lower when other processes share the core)`);
console.log(`  first call incl. lexicon compile: ${firstCall.toFixed(0)} ms`);
