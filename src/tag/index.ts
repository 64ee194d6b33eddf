// tag: topics (contract ids) and qualifiers for one indicator text. Pure and isomorphic (runs in the browser).
import type { Tagging } from '../model/index.ts';
import { compileLexicon, mergeTopicData, type TopicData } from './compile.ts';
import classes from './lexicon/classes.json' with { type: 'json' };
import topicsData from './lexicon/topics.json' with { type: 'json' };
import realTopics from './lexicon/topics-real.json' with { type: 'json' };
import { buildDoc, topicHits } from './match.ts';
import { isNegated } from './negation.ts';
import { qualify } from './qualifiers.ts';
import { normalise, tokenise } from './text.ts';

export { TOPIC_IDS } from './topics.ts';

export interface TagOptions {
  /** Leave-one-authority-out evaluation: ignore rules learned only from this dev-set authority. */
  leaveOut?: string;
}

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

/** Tag one indicator's text with contract topics and qualifiers. */
export function tagIndicator(text: string, opts: TagOptions = {}): Tagging {
  const l = lex(opts.leaveOut);
  const normalised = normalise(text);
  const tokens = tokenise(normalised);
  const doc = buildDoc(l, tokens);
  const hits = topicHits(l, doc, text);
  const found = new Set(hits.map((h) => h.topic));
  for (const t of l.topics) {
    if (found.has(t.id) && t.suppressedBy.some((s) => found.has(s))) found.delete(t.id);
  }
  const topics = new Set<string>();
  for (const t of l.topics) if (found.has(t.id)) topics.add(t.rollsUp ?? t.id);
  const qualifiers = qualify(normalised);
  if (isNegated(normalised, tokens, hits)) {
    // an absence has no frequency or severity ("no history of injuries" is not "repeated")
    qualifiers.negated = true;
    delete qualifiers.frequency;
    delete qualifiers.severity;
  }
  return { topics: [...topics], qualifiers };
}
