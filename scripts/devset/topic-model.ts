// Training the topic model (src/tag/classifier.ts) from the real dev set: the pack's labelled indicators, their text
// read from the git-ignored .devset/text. Node only. The model keeps feature counts, never the training documents.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import { registerHeldOutModel, topicEvidence, type Combine, type TopicModel } from '../../src/tag/index.ts';
import { DEVSET_DIR, PACK_DIR, sha256, type PackAuthority } from './pack-format.ts';

/** As score.ts authoritySlug (not imported: score.ts loads the whole pipeline): "<slug>@<version>" -> <slug>. */
const authoritySlug = (slug: string) => slug.split('@')[0];

export interface Example {
  /** The authority's slug (a pack "<slug>@<version>" is a document version of <slug>: held out with it). */
  slug: string;
  page: string;
  text: string;
  /** The domain heading it sits under (the tagger's context for parent/child twin topics). */
  domain?: string | null;
  topics: string[];
}

/**
 * Every labelled indicator whose page text is on this machine with the recorded sha256, once: an indicator whose
 * authority, text and topics repeat (another stored version of a page, a page rendered twice) is kept once.
 */
export function loadExamples(packDir = PACK_DIR, devsetDir = DEVSET_DIR): { examples: Example[]; pagesMissing: number; labelled: number; repeats: number } {
  const examples: Example[] = [];
  let pagesMissing = 0;
  let labelled = 0;
  const seen = new Set<string>();
  let repeats = 0;
  if (!existsSync(packDir)) return { examples, pagesMissing, labelled, repeats: 0 };
  for (const name of readdirSync(packDir).filter((n) => n.endsWith('.json')).sort()) {
    const pack = JSON.parse(readFileSync(join(packDir, name), 'utf8')) as PackAuthority;
    for (const page of pack.pages) {
      labelled += page.indicators.length;
      if (!page.indicators.length) continue;
      const file = join(devsetDir, 'text', `${page.id}.txt`);
      const text = existsSync(file) ? readFileSync(file, 'utf8') : null;
      if (text === null || sha256(text) !== page.sha256) { pagesMissing++; continue; }
      for (const i of page.indicators) {
        const e = { slug: authoritySlug(pack.slug), page: page.id, text: text.slice(i.start, i.end), domain: i.domain, topics: i.topics };
        const key = `${e.slug}\n${e.text.replace(/\s+/g, ' ').trim().toLowerCase()}\n${[...e.topics].sort().join()}`;
        if (seen.has(key)) { repeats++; continue; }
        seen.add(key);
        examples.push(e);
      }
    }
  }
  return { examples, pagesMissing, labelled, repeats };
}

export const NONE = '_none';

/**
 * Rules stay; where no rule fired, the classifier gives its top topic at p >= 0.5; beside the rules' topics it adds
 * none (add > 1). Chosen leave-one-authority-out (train:topics --loao --grid): 0.3-0.7 measured within 0.005 of each
 * other on the released nine (0.5 and 0.6 within 0.001; 0.5 keeps the fictional Fernhallow series' gold topic that
 * 0.6 drops); adding beside the rules at p >= 0.5-0.9 measured no better on the real pack and cost the sample corpus
 * up to 0.01 of topic F1.
 */
export const DEFAULT_COMBINE: Combine = { keep: 0, add: 2, alone: 0.5, max: 1 };

/**
 * Feature kinds the committed model is trained on (TrainOptions.kinds): stems, stem pairs, rule topics and the domain
 * heading's stems. The heading measured +0.001-0.003 leave-one-authority-out over 'wbr' (train:topics --loao --kinds).
 */
export const DEFAULT_KINDS = 'wbrd';

export interface TrainOptions {
  /** The authority held out: its indicators are not trained on and the rule features use the lexicon without it. */
  leaveOut?: string;
  /** A feature is kept when at least this many training indicators carry it. */
  minCount?: number;
  combine?: Combine;
  scoring?: TopicModel['scoring'];
  alpha?: number;
  ruleWeight?: number;
  /** Feature kinds trained on: w stems, b stem pairs, r rule topics, d domain-heading stems (default DEFAULT_KINDS). */
  kinds?: string;
}

/** Features of each example as the tagger computes them when `leaveOut` is held out. */
export function featurise(examples: Example[], leaveOut?: string): string[][] {
  return examples.map((e) => topicEvidence(e.text, { leaveOut, domain: e.domain }).features);
}

/**
 * Train natural's BayesClassifier (one document per labelled topic: multi-label by copying) and strip it to counts.
 * `features` are featurise()'s output for `examples` (computed once, reused across folds).
 */
export function trainModel(examples: Example[], features: string[][], opts: TrainOptions = {}): TopicModel {
  const idx = examples.map((_, i) => i).filter((i) => examples[i].slug !== opts.leaveOut);
  const df = new Map<string, number>();
  for (const i of idx) for (const f of features[i]) df.set(f, (df.get(f) ?? 0) + 1);
  const minCount = opts.minCount ?? 2;
  const kinds = opts.kinds ?? DEFAULT_KINDS;
  const classifier = new BayesClassifier();
  for (const i of idx) {
    const kept = features[i].filter((f) => kinds.includes(f[0]) && (df.get(f) ?? 0) >= minCount);
    if (!kept.length) continue;
    for (const t of examples[i].topics.length ? examples[i].topics : [NONE]) classifier.addDocument(kept, t);
  }
  classifier.train();
  return strip(classifier, {
    trainedOn: [...new Set(idx.map((i) => examples[i].slug))].sort(),
    indicators: idx.length,
    combine: opts.combine ?? DEFAULT_COMBINE,
    scoring: opts.scoring ?? 'multinomial',
    alpha: opts.alpha ?? 0.5,
    ruleWeight: opts.ruleWeight ?? 2,
  });
}

/** natural's classifier without its documents: labels, documents per label and per-feature counts (sparse). */
function strip(c: BayesClassifier, meta: Pick<TopicModel, 'trainedOn' | 'indicators' | 'combine' | 'scoring' | 'alpha' | 'ruleWeight'>): TopicModel {
  const a = c.classifier;
  const labels = Object.keys(a.classFeatures);
  const names = Object.keys(c.features); // natural's feature order: index i in classFeatures is names[i]
  const features: Record<string, number[]> = {};
  labels.forEach((label, li) => {
    // natural counts a feature's first document as 1 + smoothing
    for (const [i, count] of Object.entries(a.classFeatures[label])) (features[names[Number(i)]] ??= []).push(li, count - a.smoothing);
  });
  const sorted = Object.fromEntries(Object.keys(features).sort().map((k) => [k, features[k]]));
  return {
    kind: 'natural-bayes',
    trainedOn: meta.trainedOn,
    indicators: meta.indicators,
    labels,
    docs: labels.map((l) => a.classTotals[l] - 1), // natural starts each total at 1
    features: sorted,
    scoring: meta.scoring,
    alpha: meta.alpha,
    ruleWeight: meta.ruleWeight,
    combine: meta.combine,
  };
}

/**
 * Leave-one-authority-out for the classifier: for each slug, a model trained in memory on every other authority's
 * labelled indicators, registered so that tagIndicator(text, { leaveOut: slug }) uses it. `rulesOnly`: register none
 * (the rules alone). Returns a line saying what was done.
 */
export function registerHeldOutModels(slugs: string[], rulesOnly = false): string {
  const t0 = performance.now();
  const { examples } = loadExamples();
  for (const slug of slugs) registerHeldOutModel(slug, rulesOnly ? null : trainModel(examples, featurise(examples, slug), { leaveOut: slug }));
  return rulesOnly
    ? `topics: rules alone (--no-classifier)`
    : `topics: rules + classifier, a model per held-out authority trained on the other authorities (${examples.length} labelled indicators with text) in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
}

/** The first run of `length` characters of any of `texts` that appears in `json`, or null (the model must hold none). */
export function sharedRun(json: string, texts: string[], length = 50): string | null {
  const runs = new Set<string>();
  for (let i = 0; i + length <= json.length; i++) runs.add(json.slice(i, i + length));
  for (const text of texts) {
    for (let i = 0; i + length <= text.length; i++) if (runs.has(text.slice(i, i + length))) return text.slice(i, i + length);
  }
  return null;
}
