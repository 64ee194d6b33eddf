// Features the topic classifier reads from one indicator: stems, stem bigrams (within a clause) and the rule hits.
// Each feature is a short prefixed token ("w:bruis", "b:unexplain bruis", "r:neglect"), never a run of the text.
import type { Tokens } from './text.ts';

/** Function words that carry no topic on their own (they still take part in bigrams). */
const STOP = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'is', 'be', 'are',
  'wa', 'was', 'were', 'been', 'it', 'it\'', 'that', 'thi', 'this', 'which', 'who', 'their', 'there', 'they', 'them',
  'ha', 'has', 'have', 'had', 'but', 'not', 'no', 'can', 'may', 'will', 'would', 'could', 'should', 'into', 'than',
  'e', 'g', 'eg', 'i', 'etc', 'also', 'some', 'such', 'other', 'all', 'ani', 'any', 'so', 'if', 'when', 'where',
]);

/** The domain heading's stems the classifier reads as context ("d:" features): content words only, each once. */
export function domainStems(tokens: Tokens | null): string[] {
  if (!tokens) return [];
  return [...new Set(tokens.stems.filter((s) => s.length > 1 && !STOP.has(s) && !/^\d+$/.test(s)))];
}

/**
 * Calls `visit` for each feature of the text, as kind and word(s): "w" a stem, "b" two stems, "r" a rule topic,
 * "d" a stem of the domain heading the indicator sits under. May repeat.
 */
export function visitFeatures(tokens: Tokens, ruleTopics: Iterable<string>, visit: (kind: 'w' | 'b' | 'r' | 'd', a: string, b?: string) => void, domain: string[] = []): void {
  const { stems, clause } = tokens;
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i];
    if (s.length > 1 && !STOP.has(s) && !/^\d+$/.test(s)) visit('w', s);
    if (i > 0 && clause[i - 1] === clause[i] && !(STOP.has(stems[i - 1]) && STOP.has(s))) visit('b', stems[i - 1], s);
  }
  for (const t of ruleTopics) visit('r', t);
  for (const d of domain) visit('d', d);
}

/** The classifier's view of an indicator: deduplicated feature tokens ("w:stem", "b:stem stem", "r:topic", "d:stem"). */
export function topicFeatures(tokens: Tokens, ruleTopics: Iterable<string>, domain: string[] = []): string[] {
  const out = new Set<string>();
  visitFeatures(tokens, ruleTopics, (kind, a, b) => out.add(kind === 'b' ? `b:${a} ${b}` : `${kind}:${a}`), domain);
  return [...out];
}
