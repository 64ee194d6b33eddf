// The learned half of the tagger: a naive Bayes topic model trained with natural's BayesClassifier on the real dev
// set (scripts/devset/train-topics.ts), stored as counts per feature, never as text. Pure and isomorphic.
import { visitFeatures } from './features.ts';
import type { Tokens } from './text.ts';

/**
 * A natural BayesClassifier stripped to its counts: per label the number of training documents, per feature the
 * labels it was seen with. natural's own scoring (present features only, over document counts) favours the rarest
 * labels, so the counts are scored as a textbook naive Bayes instead (`scoring`).
 */
export interface TopicModel {
  kind: 'natural-bayes';
  /** Authorities (dev-set slugs) whose labelled indicators trained the model. */
  trainedOn: string[];
  /** Labelled indicators it was trained on. */
  indicators: number;
  /** Class labels: contract topic ids, and "_none" for indicators labelled with no topic. */
  labels: string[];
  /** Training documents per label (an indicator with two topics is one document of each). */
  docs: number[];
  /** feature -> [label index, documents of that label with the feature, ...] for the labels where it was seen. */
  features: Record<string, number[]>;
  /** multinomial: P(f|L) from feature occurrences; bernoulli: presence and absence of every known feature. */
  scoring: 'multinomial' | 'bernoulli';
  /** Additive smoothing. */
  alpha: number;
  /** multinomial: a rule hit ("r:" feature) counts as this many occurrences, in training and when scoring. */
  ruleWeight: number;
  /** How the classifier's topics combine with the rules' (see decideTopics). */
  combine: Combine;
}

/**
 * keep: a rule topic stays when the classifier gives it at least this probability (0: rules always stay);
 * add: a topic the rules did not give is added at this probability or more (> 1: never), `alone` instead when the
 * rules gave no topic at all; max: at most this many topics added by the classifier.
 */
export interface Combine {
  keep: number;
  add: number;
  alone: number;
  max: number;
}

/** The classifier does not read who a clause is about: it never adds one of a pair whose other member the rules gave. */
const SIBLINGS: [string, string][] = [
  ['parental-substance-misuse', 'child-substance-misuse'],
  ['parental-mental-health', 'child-mental-health'],
  ['adult-offending', 'offending'],
  ['domestic-abuse', 'physical-abuse'],
];
const siblingOf = new Map(SIBLINGS.flatMap(([a, b]) => [[a, b], [b, a]]));

interface Derived {
  base: Float64Array;
  seen: Map<string, Float64Array>;
  /** The same weights keyed for the tagger's walk over tokens: stems, stem -> next stem, rule topics. */
  word: Map<string, Float64Array>;
  pair: Map<string, Map<string, Float64Array>>;
  rule: Map<string, Float64Array>;
  dom: Map<string, Float64Array>;
}
const derived = new WeakMap<TopicModel, Derived>();

/** Per label: the score of an empty text, and each feature's log-weight when present (computed once per model). */
function derive(m: TopicModel): Derived {
  let d = derived.get(m);
  if (d) return d;
  const n = m.labels.length;
  const total = m.docs.reduce((s, x) => s + x, 0);
  const vocab = Object.keys(m.features).length;
  const occurrences = new Float64Array(n);
  const times = (f: string) => (m.scoring === 'multinomial' && f.startsWith('r:') ? m.ruleWeight : 1);
  for (const [f, row] of Object.entries(m.features)) for (let j = 0; j < row.length; j += 2) occurrences[row[j]] += row[j + 1] * times(f);
  const base = new Float64Array(n);
  const unseen = new Float64Array(n);
  const a = m.alpha;
  const theta = (c: number, i: number) => (m.scoring === 'multinomial' ? (c + a) / (occurrences[i] + a * vocab) : (c + a) / (m.docs[i] + 2 * a));
  const weight = (c: number, i: number) => (m.scoring === 'multinomial' ? Math.log(theta(c, i)) : Math.log(theta(c, i) / (1 - theta(c, i))));
  for (let i = 0; i < n; i++) {
    base[i] = Math.log(m.docs[i] / total);
    unseen[i] = weight(0, i);
    if (m.scoring === 'bernoulli') base[i] += vocab * Math.log(1 - theta(0, i));
  }
  const seen = new Map<string, Float64Array>();
  for (const [f, row] of Object.entries(m.features)) {
    const w = new Float64Array(unseen);
    for (let j = 0; j < row.length; j += 2) {
      const i = row[j];
      w[i] = weight(row[j + 1] * times(f), i);
      // bernoulli: the empty text counted this feature absent with the unseen weight; correct it for a seen one
      if (m.scoring === 'bernoulli') base[i] += Math.log(1 - theta(row[j + 1], i)) - Math.log(1 - theta(0, i));
    }
    if (times(f) !== 1) for (let i = 0; i < n; i++) w[i] *= times(f);
    seen.set(f, w);
  }
  const word = new Map<string, Float64Array>();
  const pair = new Map<string, Map<string, Float64Array>>();
  const rule = new Map<string, Float64Array>();
  const dom = new Map<string, Float64Array>();
  for (const [f, w] of seen) {
    const body = f.slice(2);
    if (f.startsWith('w:')) word.set(body, w);
    else if (f.startsWith('r:')) rule.set(body, w);
    else if (f.startsWith('d:')) dom.set(body, w);
    else if (f.startsWith('b:')) {
      const [a, b] = body.split(' ');
      let m = pair.get(a);
      if (!m) pair.set(a, (m = new Map()));
      m.set(b, w);
    }
  }
  d = { base, seen, word, pair, rule, dom };
  derived.set(m, d);
  return d;
}

/** Scores -> posterior probabilities, in place. */
function softmax(score: Float64Array): Float64Array {
  const n = score.length;
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (score[i] > max) max = score[i];
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (score[i] = Math.exp(score[i] - max));
  for (let i = 0; i < n; i++) score[i] /= sum;
  return score;
}

/** Posterior probability of each label (in model.labels order) given the features; unknown features are ignored. */
function posteriors(model: TopicModel, features: string[]): Float64Array {
  const { base, seen } = derive(model);
  const score = new Float64Array(base);
  for (const f of features) {
    const w = seen.get(f);
    if (w) for (let i = 0; i < score.length; i++) score[i] += w[i];
  }
  return softmax(score);
}

/** posteriors() straight from the tokens, without building feature strings (the tagger's path). */
function tokenPosteriors(model: TopicModel, tokens: Tokens, rules: string[], domain: string[]): Float64Array {
  const { base, word, pair, rule, dom } = derive(model);
  const score = new Float64Array(base);
  const used: Float64Array[] = [];
  visitFeatures(tokens, rules, (kind, a, b) => {
    const w = kind === 'w' ? word.get(a) : kind === 'r' ? rule.get(a) : kind === 'd' ? dom.get(a) : pair.get(a)?.get(b!);
    if (!w || used.includes(w)) return;
    used.push(w);
    for (let i = 0; i < score.length; i++) score[i] += w[i];
  }, domain);
  return softmax(score);
}

/** Posterior probability of each label given the features. */
export function topicProbabilities(model: TopicModel, features: string[]): Map<string, number> {
  const p = posteriors(model, features);
  return new Map(model.labels.map((l, i) => [l, p[i]]));
}

/** The tagger's topics: the rules' topics combined with the model's (decideTopics without building a Map). */
export function classifyTopics(model: TopicModel, input: string[] | Tokens, rules: string[], c: Combine = model.combine, domain: string[] = []): string[] {
  // nothing to keep or add beside the rules' topics: the model need not run (most indicators, in the default mode)
  if (rules.length && c.keep <= 0 && c.add > 1) return [...rules];
  const p = Array.isArray(input) ? posteriors(model, input) : tokenPosteriors(model, input, rules, domain);
  const labels = model.labels;
  const prob = (t: string) => { const i = labels.indexOf(t); return i < 0 ? 0 : p[i]; };
  const out = c.keep > 0 ? rules.filter((t) => prob(t) >= c.keep) : [...rules];
  const at = rules.length ? c.add : c.alone;
  const extra: number[] = [];
  for (let i = 0; i < labels.length; i++) {
    const t = labels[i];
    if (p[i] >= at && t !== '_none' && !out.includes(t) && !rules.includes(siblingOf.get(t) ?? '')) extra.push(i);
  }
  if (extra.length > 1) extra.sort((a, b) => p[b] - p[a]);
  for (const i of extra.slice(0, c.max)) out.push(labels[i]);
  return out;
}

/** The final topic set from the rules' topics and the classifier's probabilities. */
export function decideTopics(rules: string[], probs: Map<string, number>, c: Combine): string[] {
  const out = rules.filter((t) => (probs.get(t) ?? 0) >= c.keep);
  const at = rules.length ? c.add : c.alone;
  const extra = [...probs]
    .filter(([t, p]) => t !== '_none' && p >= at && !out.includes(t) && !rules.includes(siblingOf.get(t) ?? ''))
    .sort((a, b) => b[1] - a[1]).slice(0, c.max).map(([t]) => t);
  return [...out, ...extra];
}

// Leave-one-authority-out: a model trained without an authority, registered by the evaluation (scripts/devset).
const heldOut = new Map<string, TopicModel | null>();

/** Use `model` whenever the tagger is asked to leave `slug` out (null: the rules alone); it must not know slug. */
export function registerHeldOutModel(slug: string, model: TopicModel | null): void {
  if (model?.trainedOn.includes(slug)) throw new Error(`topic model for leaving out ${slug} was trained on it`);
  heldOut.set(slug, model);
}

/**
 * The model to use when leaving `slug` out: the registered held-out model; else the committed model when it never
 * saw slug; else none (rules alone), so that a held-out score never comes from a model trained on that authority.
 */
export function modelFor(committed: TopicModel | null, slug: string | undefined): TopicModel | null {
  if (!slug) return committed;
  if (heldOut.has(slug)) return heldOut.get(slug) ?? null;
  return committed && !committed.trainedOn.includes(slug) ? committed : null;
}
