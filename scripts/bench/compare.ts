// Benchmark (issue 5): one pairwise compare (target < 50 ms) and the whole lottery (target < 2 s)
// on the synthetic corpus of 153 authorities x 400 indicators. Prints wall and CPU time (the machine
// is shared, so CPU time is the steadier figure) as median [min-max] of several runs, plus the first
// (cold) run separately: it includes tokenising and stemming every indicator once.
// Usage: npx tsx scripts/bench/compare.ts [--runs N] [--data corpus/synthetic]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import type { Profile } from '../../src/model/index.ts';
import { compare, lottery, neighbourLookup } from '../../src/compare/index.ts';
import { authorities } from '../../src/authorities/index.ts';
import { generateCorpus } from '../synthetic/generate.ts';

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
}

const runs = Math.max(3, Number(arg('runs', '5')));
const dir = arg('data', 'corpus/synthetic');
const auths = authorities.map((a) => ({ id: a.id, name: a.name, onsCode: a.onsCode, hex: a.hex }));

function load(): Profile[] {
  const pdir = join(dir, 'profiles');
  if (existsSync(pdir)) return readdirSync(pdir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(pdir, f), 'utf8')) as Profile);
  process.stderr.write(`(no ${pdir}: generating the synthetic corpus in memory)\n`);
  return generateCorpus(auths, 1, 400);
}

interface Sample { wall: number; cpu: number }

function measure(fn: () => unknown): Sample {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

function stats(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const med = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return `median ${med.toFixed(1)} ms [min ${s[0].toFixed(1)}, max ${s[s.length - 1].toFixed(1)}]`;
}

function report(name: string, target: number, cold: Sample, warm: Sample[]): void {
  const medCpu = [...warm.map((x) => x.cpu)].sort((a, b) => a - b)[Math.floor(warm.length / 2)];
  process.stdout.write(`${name} (target < ${target} ms, ${warm.length} warm runs)\n`);
  process.stdout.write(`  cold: wall ${cold.wall.toFixed(1)} ms, cpu ${cold.cpu.toFixed(1)} ms\n`);
  process.stdout.write(`  wall: ${stats(warm.map((x) => x.wall))}\n`);
  process.stdout.write(`  cpu:  ${stats(warm.map((x) => x.cpu))}  -> ${medCpu < target ? 'meets' : 'MISSES'} target on cpu time\n`);
}

const profiles = load();
const n = profiles.reduce((s, p) => s + p.indicators.length, 0);
process.stdout.write(`corpus: ${profiles.length} profiles, ${n} indicators; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on this shared machine\n`);

// pairwise: the first two authorities, then different pairs for the warm runs
const pair = (k: number) => [profiles[(2 * k) % profiles.length], profiles[(2 * k + 1) % profiles.length]] as const;
const [a0, b0] = pair(0);
const coldPair = measure(() => compare(a0, b0));
const warmPairs: Sample[] = [];
for (let k = 0; k < runs; k++) {
  const [a, b] = pair(k);
  warmPairs.push(measure(() => compare(a, b)));
}
// pairs whose tokens were never computed: cost of compare on fresh profiles
const freshPairs: Sample[] = [];
for (let k = 0; k < runs; k++) {
  const [a, b] = pair(runs + 10 + k);
  freshPairs.push(measure(() => compare(a, b)));
}
// the first pair again: each indicator's frame, tokens and trigrams are cached, so this is the pairwise work alone
// (the "warm" runs above are other pairs, whose indicators are new: frames and tokens included)
const againPairs: Sample[] = [];
for (let k = 0; k < runs; k++) againPairs.push(measure(() => compare(a0, b0)));
const c = compare(a0, b0);
report(`pairwise compare ${a0.authorityId} / ${b0.authorityId} (${c.rows.length} rows)`, 50, coldPair, warmPairs);
process.stdout.write(`  fresh pairs (tokenising included): wall ${stats(freshPairs.map((x) => x.wall))}; cpu ${stats(freshPairs.map((x) => x.cpu))}\n`);
process.stdout.write(`  same pair again (indicators cached): wall ${stats(againPairs.map((x) => x.wall))}; cpu ${stats(againPairs.map((x) => x.cpu))}\n`);

const neighbours = neighbourLookup(auths);
const coldL = measure(() => lottery(profiles, { neighbours }));
const warmL: Sample[] = [];
for (let k = 0; k < runs; k++) warmL.push(measure(() => lottery(profiles, { neighbours })));
const L = lottery(profiles, { neighbours });
report(`whole lottery (${L.topics.length} topics, ${L.situations.length} situations)`, 2000, coldL, warmL);
process.stdout.write(`load average after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
