// tag: topics (contract ids) and qualifiers for one indicator text. Pure and isomorphic (runs in the browser).
import type { Tagging } from '../model/index.ts';
import { compileLexicon, mergeTopicData, type TopicData } from './compile.ts';
import classes from './lexicon/classes.json' with { type: 'json' };
import topicsData from './lexicon/topics.json' with { type: 'json' };
import realTopics from './lexicon/topics-real.json' with { type: 'json' };
import { buildDoc, topicHits } from './match.ts';
import { classifyTopics, modelFor, type Combine, type TopicModel } from './classifier.ts';
import { domainStems, topicFeatures } from './features.ts';
import committedModel from './model/topics-model.json' with { type: 'json' };
import { domainPerson, TWIN_TOPICS } from './domain.ts';
import { isNegated } from './negation.ts';
import { qualify } from './qualifiers.ts';
import { normalise, tokenise } from './text.ts';

export { TOPIC_IDS } from './topics.ts';
export { domainPerson } from './domain.ts';
export { registerHeldOutModel, type TopicModel, type Combine } from './classifier.ts';

export interface TagOptions {
  /** Leave-one-authority-out evaluation: ignore rules learned only from this dev-set authority. */
  leaveOut?: string;
  /** Rules alone, without the learned topic model (benchmarks, comparisons). */
  rulesOnly?: boolean;
  /** Override the model's own rule/classifier combination (evaluation). */
  combine?: Combine;
  /** The domain heading the indicator sits under: decides whose a parent/child twin topic is when the text names no person. */
  domain?: string | null;
}

const MODEL = committedModel as TopicModel;

const lexicons = new Map<string, ReturnType<typeof compileLexicon>>();
function lex(leaveOut = '') {
  let l = lexicons.get(leaveOut);
  if (!l) {
    const data = mergeTopicData(topicsData.topics as TopicData[], realTopics.topics as TopicData[]);
    l = compileLexicon(data, classes as unknown as Record<string, string[]>, { leaveOut: leaveOut || undefined });
    lexicons.set(leaveOut, l);
  }
  return l;
}

/** What the rules find in one text: the normalised text, its tokens, rule hits and the rules' topic set. */
function ruleTagging(text: string, leaveOut: string | undefined, domain?: string | null) {
  const l = lex(leaveOut);
  const normalised = normalise(text);
  const tokens = tokenise(normalised);
  const doc = buildDoc(l, tokens);
  doc.contextPerson = domainPerson(domain);
  const hits = topicHits(l, doc, text, TWIN_TOPICS);
  const found = new Set(hits.map((h) => h.topic));
  for (const t of l.topics) {
    if (found.has(t.id) && t.suppressedBy.some((s) => found.has(s))) found.delete(t.id);
  }
  const topics = new Set<string>();
  for (const t of l.topics) if (found.has(t.id)) topics.add(t.rollsUp ?? t.id);
  return { normalised, tokens, hits, rules: [...topics] };
}

/** The domain heading's content stems (the classifier's "d:" features), cached: a page repeats a few headings. */
const domainCache = new Map<string, string[]>();
function headingStems(domain: string | null | undefined): string[] {
  if (!domain) return [];
  let s = domainCache.get(domain);
  if (!s) {
    s = domainStems(tokenise(normalise(domain)));
    if (domainCache.size > 5_000) domainCache.clear();
    domainCache.set(domain, s);
  }
  return s;
}

/** The rules' topics and the classifier's features for one text (what the topic model is trained on). */
export function topicEvidence(text: string, opts: Pick<TagOptions, 'leaveOut' | 'domain'> = {}): { rules: string[]; features: string[] } {
  const r = ruleTagging(text, opts.leaveOut, opts.domain);
  return { rules: r.rules, features: topicFeatures(r.tokens, r.rules, headingStems(opts.domain)) };
}

/** Tag one indicator's text with contract topics and qualifiers. */
export function tagIndicator(text: string, opts: TagOptions = {}): Tagging {
  const { normalised, tokens, hits, rules } = ruleTagging(text, opts.leaveOut, opts.domain);
  const model = opts.rulesOnly ? null : modelFor(MODEL, opts.leaveOut);
  const topics = model ? classifyTopics(model, tokens, rules, opts.combine, headingStems(opts.domain)) : rules;
  const qualifiers = qualify(normalised);
  if (isNegated(normalised, tokens, hits)) {
    // an absence has no frequency or severity ("no history of injuries" is not "repeated")
    qualifiers.negated = true;
    delete qualifiers.frequency;
    delete qualifiers.severity;
  }
  return { topics, qualifiers };
}
