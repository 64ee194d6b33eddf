import { decideTopics, topicProbabilities } from '../../src/tag/classifier.ts';
import { featurise, loadExamples, trainModel } from './topic-model.ts';
const { examples } = loadExamples();
const stats = new Map<string, { tp: number; fp: number; fn: number; rfp: number; rfn: number }>();
const g = (t: string) => stats.get(t) ?? (stats.set(t, { tp: 0, fp: 0, fn: 0, rfp: 0, rfn: 0 }), stats.get(t)!);
let nEmptyRules = 0, nEmptyGold = 0, nGoldSize = 0;
for (const slug of new Set(examples.map((e) => e.slug))) {
  const f = featurise(examples, slug);
  const m = trainModel(examples, f, { leaveOut: slug });
  examples.forEach((e, i) => {
    if (e.slug !== slug) return;
    const rules = f[i].filter((x) => x.startsWith('r:')).map((x) => x.slice(2));
    const found = decideTopics(rules, topicProbabilities(m, f[i]), m.combine);
    if (!rules.length) nEmptyRules++;
    if (!e.topics.length) nEmptyGold++;
    nGoldSize += e.topics.length;
    for (const t of found) if (e.topics.includes(t)) g(t).tp++; else g(t).fp++;
    for (const t of e.topics) if (!found.includes(t)) g(t).fn++;
    for (const t of rules) if (!e.topics.includes(t)) g(t).rfp++;
    for (const t of e.topics) if (!rules.includes(t)) g(t).rfn++;
  });
}
console.log('examples', examples.length, 'rules empty', nEmptyRules, 'gold empty', nEmptyGold, 'mean gold topics', (nGoldSize / examples.length).toFixed(2));
const tot = { tp: 0, fp: 0, fn: 0, rfp: 0, rfn: 0 };
for (const [t, s] of [...stats].sort((a, b) => b[1].fp + b[1].fn - a[1].fp - a[1].fn)) { console.log(t.padEnd(28), JSON.stringify(s)); for (const k of Object.keys(tot) as (keyof typeof tot)[]) tot[k] += s[k]; }
console.log(tot);
