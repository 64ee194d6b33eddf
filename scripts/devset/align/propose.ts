// Proposes candidate pairs for labelling (never labels them, never scores them): pairs of indicators from two
// authorities that share a hand-labelled topic, pairs across the agent-sensitive topic pairs (parent's and child's
// version of a problem), and a few random pairs. Writes .devset/align/cand-<batch>.json (git-ignored, with text)
// and prints them numbered for reading. Usage: tsx scripts/devset/align/propose.ts <batch> [count] [seed] [share of same-topic-set pairs]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRealGold, ALIGN_DIR, type PairFile } from './real.ts';
import type { AlignItem } from './gold.ts';

const [batch = '1', countArg = '40', seedArg = '1', sameArg = '0'] = process.argv.slice(2);
const sameShare = Number(sameArg);
const count = Number(countArg);
let seed = Number(seedArg) * 2654435761 % 2 ** 32;
const rnd = () => ((seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32);
const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];

const gold = loadRealGold();
const known = new Set<string>();
for (const f of ['pairs-released.json', 'pairs.json']) {
  const file = join(ALIGN_DIR, f);
  if (!existsSync(file)) continue;
  for (const p of (JSON.parse(readFileSync(file, 'utf8')) as PairFile).pairs) {
    known.add(`${p.a.page}:${p.a.index}~${p.b.page}:${p.b.index}`);
    known.add(`${p.b.page}:${p.b.index}~${p.a.page}:${p.a.index}`);
  }
}
const dir = join('.devset', 'align');
mkdirSync(dir, { recursive: true });
for (let b = 1; b < Number(batch); b++) {
  const f = join(dir, `cand-${b}.json`);
  if (existsSync(f)) for (const c of JSON.parse(readFileSync(f, 'utf8')) as { a: string; b: string }[]) { known.add(`${c.a}~${c.b}`); known.add(`${c.b}~${c.a}`); }
}
const auths = Object.keys(gold.corpus).filter((a) => gold.corpus[a].length > 0);
const all = auths.flatMap((a) => gold.corpus[a]);
const AGENT_PAIRS: [string, string][] = [
  ['parental-substance-misuse', 'child-substance-misuse'], ['parental-mental-health', 'child-mental-health'],
  ['parental-mental-health', 'self-harm'], ['adult-offending', 'offending'], ['domestic-abuse', 'behaviour'],
  ['physical-abuse', 'behaviour'], ['sexual-abuse', 'sexual-abuse'], ['bullying', 'bullying'], ['young-carer', 'parental-mental-health'],
  ['missing', 'missing'], ['self-harm', 'self-harm'], ['school-attendance', 'school-attendance'], ['neglect', 'neglect'],
];
const out: { a: string; b: string; why: string }[] = [];
const has = (i: AlignItem, t: string) => i.goldTopics?.includes(t) ?? false;
let guard = 0;
while (out.length < count && guard++ < 100000) {
  const r = rnd();
  let a: AlignItem;
  let b: AlignItem;
  let why: string;
  if (r < sameShare) {
    // same hand-labelled topic set: where most "same situation" pairs are
    a = pick(all);
    if (!a.goldTopics?.length) continue;
    const key = [...a.goldTopics].sort().join(',');
    const bs = all.filter((x) => x.authority !== a.authority && [...(x.goldTopics ?? [])].sort().join(',') === key);
    if (!bs.length) continue;
    b = pick(bs);
    why = `same topics ${key}`;
  } else if (r < sameShare + 0.4) {
    a = pick(all);
    if (!a.goldTopics?.length) continue;
    const t = pick(a.goldTopics);
    const bs = all.filter((x) => x.authority !== a.authority && has(x, t));
    if (!bs.length) continue;
    b = pick(bs);
    why = `shared topic ${t}`;
  } else if (r < sameShare + 0.4 + 0.5 * (0.9 - sameShare)) {
    const [t1, t2] = pick(AGENT_PAIRS);
    const as = all.filter((x) => has(x, t1));
    const bs = all.filter((x) => has(x, t2));
    if (!as.length || !bs.length) continue;
    a = pick(as);
    b = pick(bs.filter((x) => x.authority !== a.authority));
    if (!b) continue;
    why = `topics ${t1} / ${t2}`;
  } else {
    a = pick(all);
    b = pick(all);
    why = 'random';
  }
  if (a.authority === b.authority || a.text.length < 4 || b.text.length < 4) continue;
  const id = `${a.ref}~${b.ref}`;
  if (known.has(id)) continue;
  known.add(id);
  known.add(`${b.ref}~${a.ref}`);
  out.push({ a: a.ref, b: b.ref, why });
}
writeFileSync(join(dir, `cand-${batch}.json`), JSON.stringify(out, null, 1) + '\n');
const byRef = new Map(all.map((i) => [i.ref, i]));
out.forEach((c, n) => {
  const a = byRef.get(c.a)!;
  const b = byRef.get(c.b)!;
  console.log(`${n + 1}. A ${a.authority}: ${a.text}\n   B ${b.authority}: ${b.text}`);
});
