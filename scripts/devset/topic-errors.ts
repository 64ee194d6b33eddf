// Error analysis for the topic tagger, leave-one-authority-out on the real dev set: per topic, how often it is
// missed (false negative) and over-fired (false positive), by the rules and by rules + classifier, and which topic
// fired instead of a missed one. Prints counts only; --show TOPIC prints that topic's errors with their text
// (local use only: the text is a real page's, never paste it into a commit).
// Usage: tsx scripts/devset/topic-errors.ts [--show TOPIC] [--only slug,slug]
import { decideTopics, topicProbabilities } from '../../src/tag/classifier.ts';
import { DEFAULT_COMBINE, featurise, loadExamples, trainModel } from './topic-model.ts';
import { compileLexicon, mergeTopicData, type TopicData } from '../../src/tag/compile.ts';
import { buildDoc, topicHits } from '../../src/tag/match.ts';
import { normalise, tokenise } from '../../src/tag/text.ts';
import { domainPerson, TWIN_TOPICS } from '../../src/tag/domain.ts';
import classes from '../../src/tag/lexicon/classes.json' with { type: 'json' };
import topicsData from '../../src/tag/lexicon/topics.json' with { type: 'json' };
import realTopics from '../../src/tag/lexicon/topics-real.json' with { type: 'json' };

/** The words each rule hit of `topics` spans (what fired a topic), as the tagger computes them leaving `slug` out. */
function firedBy(text: string, domain: string | null | undefined, slug: string, topics: string[]): string {
  const lex = compileLexicon(mergeTopicData(topicsData.topics as TopicData[], realTopics.topics as TopicData[]), classes as unknown as Record<string, string[]>, { leaveOut: slug });
  const tokens = tokenise(normalise(text));
  const doc = buildDoc(lex, tokens);
  doc.contextPerson = domainPerson(domain);
  return topicHits(lex, doc, text, TWIN_TOPICS).filter((h) => topics.includes(h.topic))
    .map((h) => `${h.topic}: "${h.span.start < 0 ? '(regex)' : tokens.words.slice(h.span.start, h.span.end).join(' ')}"`).join('; ');
}

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const show = opt('--show');
const only = opt('--only')?.split(',');
const { examples } = loadExamples();
const slugs = [...new Set(examples.map((e) => e.slug))].filter((s) => !only || only.includes(s));

type Tally = Record<string, { fn: number; fp: number; tp: number }>;
const tally = (): Tally => ({});
const add = (t: Tally, topic: string, k: 'fn' | 'fp' | 'tp') => ((t[topic] ??= { fn: 0, fp: 0, tp: 0 })[k]++);
const rulesT = tally();
const bothT = tally();
const confusion = new Map<string, number>();
let noRule = 0, noRuleGold = 0, classifierAdded = 0, classifierRight = 0;
for (const slug of slugs) {
  const features = featurise(examples, slug);
  const model = trainModel(examples, features, { leaveOut: slug });
  examples.forEach((e, i) => {
    if (e.slug !== slug) return;
    const rules = features[i].filter((f) => f.startsWith('r:')).map((f) => f.slice(2));
    const probs = topicProbabilities(model, features[i]);
    const both = decideTopics(rules, probs, DEFAULT_COMBINE);
    if (!rules.length) { noRule++; if (e.topics.length) noRuleGold++; }
    const extra = both.filter((t) => !rules.includes(t));
    classifierAdded += extra.length;
    classifierRight += extra.filter((t) => e.topics.includes(t)).length;
    for (const [found, t] of [[rules, rulesT], [both, bothT]] as const) {
      for (const g of e.topics) add(t, g, found.includes(g) ? 'tp' : 'fn');
      for (const f of found) if (!e.topics.includes(f)) add(t, f, 'fp');
    }
    const missed = e.topics.filter((g) => !both.includes(g));
    const wrong = both.filter((f) => !e.topics.includes(f));
    for (const m of missed) {
      if (!wrong.length) confusion.set(`${m} <- (nothing)`, (confusion.get(`${m} <- (nothing)`) ?? 0) + 1);
      for (const w of wrong) confusion.set(`${m} <- ${w}`, (confusion.get(`${m} <- ${w}`) ?? 0) + 1);
    }
    for (const w of wrong) if (!missed.length) confusion.set(`(none) <- ${w}`, (confusion.get(`(none) <- ${w}`) ?? 0) + 1);
    if (show && (missed.includes(show) || wrong.includes(show) || (show === 'all' && (missed.length || wrong.length)))) {
      const top = [...probs].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([t, p]) => `${t}:${p.toFixed(2)}`).join(' ');
      console.log(`[${slug}] gold=${e.topics.join(',') || '-'} rules=${rules.join(',') || '-'} both=${both.join(',') || '-'} p=${top}\n    dom: ${e.domain ?? ''}\n    ${e.text.replace(/\s+/g, ' ').trim()}\n    fired: ${firedBy(e.text, e.domain, slug, wrong)}`);
    }
  });
}
if (show) process.exit(0);
const topics = [...new Set([...Object.keys(rulesT), ...Object.keys(bothT)])];
const row = (t: string, x: Tally) => x[t] ?? { fn: 0, fp: 0, tp: 0 };
console.log(`${examples.filter((e) => slugs.includes(e.slug)).length} indicators, ${slugs.length} folds; no rule fired on ${noRule} (${noRuleGold} with a gold topic); classifier added ${classifierAdded}, ${classifierRight} right`);
console.log(`${'topic'.padEnd(28)} gold  rules: tp  fn  fp   both: tp  fn  fp`);
for (const t of topics.sort((a, b) => row(b, bothT).fn + row(b, bothT).fp - row(a, bothT).fn - row(a, bothT).fp)) {
  const r = row(t, rulesT), b = row(t, bothT);
  console.log(`${t.padEnd(28)} ${String(r.tp + r.fn).padStart(4)}  ${[r.tp, r.fn, r.fp].map((n) => String(n).padStart(4)).join('')}   ${[b.tp, b.fn, b.fp].map((n) => String(n).padStart(4)).join('')}`);
}
const tot = (x: Tally) => Object.values(x).reduce((s, v) => ({ tp: s.tp + v.tp, fn: s.fn + v.fn, fp: s.fp + v.fp }), { tp: 0, fn: 0, fp: 0 });
console.log(`total rules ${JSON.stringify(tot(rulesT))} both ${JSON.stringify(tot(bothT))}`);
console.log(`\ncommonest confusions (gold missed <- fired instead), rules + classifier:`);
for (const [k, n] of [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${String(n).padStart(4)}  ${k}`);
