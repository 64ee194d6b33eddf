// npm run train:topics: trains the topic model on every labelled indicator of the real dev set whose text is on this
// machine (.devset/text, git-ignored) and writes src/tag/model/topics-model.json (feature counts, no text).
// --loao: first measures rules / classifier / both leave-one-authority-out and prints the table.
// --grid: with --loao, prints every combination tried. --dry: do not write the model.
// --pack DIR: another pack folder (default corpus/real-dev/pack).
// Usage: tsx scripts/devset/train-topics.ts [--loao] [--grid] [--dry] [--out FILE] [--pack DIR]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decideTopics, topicProbabilities, type Combine } from '../../src/tag/classifier.ts';
import { topicEvidence } from '../../src/tag/index.ts';
import type { Gold } from '../../src/model/index.ts';
import { DEVSET_DIR } from './pack-format.ts';
import { DEFAULT_COMBINE, featurise, loadExamples, sharedRun, trainModel, type Example } from './topic-model.ts';

const args = process.argv.slice(2);
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : 'src/tag/model/topics-model.json';
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const trainOpts = {
  scoring: (opt('--scoring') ?? 'multinomial') as 'multinomial' | 'bernoulli',
  alpha: Number(opt('--alpha') ?? 0.5),
  minCount: Number(opt('--min') ?? 2),
  ruleWeight: Number(opt('--rule-weight') ?? 2),
  kinds: opt('--kinds'),
};
const RELEASED = ['kent', 'buckinghamshire', 'hampshire', 'brighton-and-hove', 'wigan', 'cheshire-west-and-chester', 'east-sussex', 'harrow', 'wirral'];

const { examples, pagesMissing, labelled, repeats } = loadExamples(opt('--pack'));
console.log(`train:topics: ${labelled} labelled indicators in the pack; ${examples.length} distinct ones with their text here (${repeats} repeats of an indicator in another stored version dropped, ${pagesMissing} labelled pages without text)`);
if (!examples.length) {
  console.log('train:topics: nothing to train on (rebuild .devset/text first); the committed model is left as it is');
  process.exit(0);
}

interface Counts { tp: number; fp: number; fn: number; n: number }
const f1 = (c: Counts) => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));
function count(gold: string[], found: string[], c: Counts) {
  c.n++;
  for (const t of found) if (gold.includes(t)) c.tp++; else c.fp++;
  for (const t of gold) if (!found.includes(t)) c.fn++;
}

/** For each authority: the held-out examples with the rules' topics and the held-out model's probabilities. */
function folds(all: Example[]) {
  const slugs = [...new Set(all.map((e) => e.slug))];
  return slugs.map((slug) => {
    const features = featurise(all, slug);
    const model = trainModel(all, features, { ...trainOpts, leaveOut: slug });
    const rows = all.map((e, i) => ({ e, i })).filter(({ e }) => e.slug === slug).map(({ e, i }) => {
      const rules = features[i].filter((f) => f.startsWith('r:')).map((f) => f.slice(2));
      return { gold: e.topics, rules, probs: topicProbabilities(model, features[i]) };
    });
    return { slug, rows };
  });
}

type Fold = ReturnType<typeof folds>[number];
function score(fs: Fold[], c: Combine | 'rules') {
  const by: Record<string, Counts> = {};
  const pooled: Counts = { tp: 0, fp: 0, fn: 0, n: 0 };
  for (const f of fs) {
    const a = (by[f.slug] = { tp: 0, fp: 0, fn: 0, n: 0 });
    for (const r of f.rows) {
      const found = c === 'rules' ? r.rules : c.keep > 1 ? decideTopics([], r.probs, c) : decideTopics(r.rules, r.probs, c);
      count(r.gold, found, a);
      count(r.gold, found, pooled);
    }
  }
  const weighted = (slugs: string[]) => slugs.reduce((s, x) => s + f1(by[x]), 0) / slugs.length;
  return { by, pooled, weighted };
}

if (args.includes('--loao')) {
  const t0 = performance.now();
  const fs = folds(examples);
  console.log(`leave-one-authority-out: ${fs.length} folds in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const released = RELEASED.filter((s) => fs.some((f) => f.slug === s));
  const all = fs.map((f) => f.slug);
  const grid: [string, Combine | 'rules'][] = [['rules alone', 'rules']];
  for (const add of [0.2, 0.3, 0.4, 0.5]) grid.push([`classifier alone (p >= ${add})`, { keep: 2, add, alone: add, max: 3 }]);
  for (const add of [0.5, 0.6, 0.7, 0.8, 0.9, 2]) {
    for (const alone of [0.3, 0.4, 0.5, 0.6, 0.7, 2]) grid.push([add > 1 ? `rules + classifier only where no rule fires (p >= ${alone})` : `rules + classifier adds (p >= ${add}; ${alone} where no rule fires)`, { keep: 0, add, alone, max: 1 }]);
  }
  for (const alone of [0.2, 0.3]) grid.push([`rules + classifier only where no rule fires (p >= ${alone}, up to 2)`, { keep: 0, add: 2, alone, max: 2 }]);
  for (const keep of [0.001, 0.01]) grid.push([`rules kept if p >= ${keep}, classifier adds p >= 0.5`, { keep, add: 0.5, alone: 0.5, max: 1 }]);
  // the sample corpus (fictional): its gold texts tagged with the model trained on the whole dev set
  const full = trainModel(examples, featurise(examples), trainOpts);
  const sample = sampleRows().map(({ text, domain, gold }) => {
    const ev = topicEvidence(text, { domain });
    return { gold, rules: ev.rules, probs: topicProbabilities(full, ev.features) };
  });
  const sampleF1 = (c: Combine | 'rules') => f1(score([{ slug: 'sample', rows: sample }], c).pooled);
  const results = grid.map(([name, c]) => ({ name, c, s: score(fs, c), sample: sampleF1(c) }));
  if (args.includes('--grid')) {
    for (const r of results) console.log(`${r.name.padEnd(60)} released ${r.s.weighted(released).toFixed(3)}  all ${r.s.weighted(all).toFixed(3)}  pooled ${f1(r.s.pooled).toFixed(3)}  sample ${r.sample.toFixed(3)}`);
  }
  const pick = (pred: (name: string) => boolean) => results.filter((r) => pred(r.name)).sort((a, b) => b.s.weighted(released) - a.s.weighted(released))[0];
  const shown = [results[0], pick((n) => n.startsWith('classifier alone')), results.find((r) => JSON.stringify(r.c) === JSON.stringify(DEFAULT_COMBINE))!, pick((n) => n.startsWith('rules +'))];
  const uniq = [...new Set(shown)];
  console.log(`\ntopic micro-F1, leave-one-authority-out, on the labelled indicators' own text`);
  console.log(`${'authority'.padEnd(28)} ${'n'.padStart(4)}  ${uniq.map((_, k) => `  (${k + 1})`).join(' ')}`);
  for (const slug of all) {
    const n = fs.find((f) => f.slug === slug)!.rows.length;
    console.log(`${slug.padEnd(28)} ${String(n).padStart(4)}  ${uniq.map((r) => f1(r.s.by[slug]).toFixed(3)).join('  ')}`);
  }
  const nRel = fs.filter((f) => released.includes(f.slug)).reduce((s, f) => s + f.rows.length, 0);
  console.log(`${`released nine, weighted`.padEnd(28)} ${String(nRel).padStart(4)}  ${uniq.map((r) => r.s.weighted(released).toFixed(3)).join('  ')}`);
  console.log(`${`whole pack, weighted`.padEnd(28)} ${String(examples.length).padStart(4)}  ${uniq.map((r) => r.s.weighted(all).toFixed(3)).join('  ')}`);
  console.log(`${`whole pack, pooled`.padEnd(28)} ${String(examples.length).padStart(4)}  ${uniq.map((r) => f1(r.s.pooled).toFixed(3)).join('  ')}`);
  console.log(`${`sample corpus gold (pooled)`.padEnd(28)} ${String(sample.length).padStart(4)}  ${uniq.map((r) => r.sample.toFixed(3)).join('  ')}`);
  uniq.forEach((r, k) => console.log(`(${k + 1}) ${r.name}${r.c === DEFAULT_COMBINE || JSON.stringify(r.c) === JSON.stringify(DEFAULT_COMBINE) ? ' [committed default]' : ''}`));
}

if (!args.includes('--dry')) {
  const model = trainModel(examples, featurise(examples), trainOpts);
  const json = JSON.stringify(model) + '\n';
  const run = sharedRun(json, readdirSync(join(DEVSET_DIR, 'text')).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(DEVSET_DIR, 'text', n), 'utf8')));
  if (run) throw new Error(`train:topics: the model holds a 50-character run of the dev set text; not written`);
  writeFileSync(out, json);
  console.log(`wrote ${out}: ${model.indicators} indicators of ${model.trainedOn.length} authorities, ${Object.keys(model.features).length} features, ${(json.length / 1024).toFixed(0)} kB`);
}

/** Every gold indicator of the sample corpus (fictional). */
function sampleRows(): { text: string; domain: string | null; gold: string[] }[] {
  const dir = 'corpus/sample';
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json'))
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold).indicators.map((i) => ({ text: i.text, domain: i.domain ?? null, gold: i.topics })));
}
