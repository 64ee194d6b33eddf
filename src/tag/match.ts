// Apply a compiled lexicon to tokenised text: phrase matches, then each topic's rules.
import type { Lexicon, Phrase, PersonClass, PersonConstraint, Rule, Slot, Topic } from './compile.ts';
import type { Tokens } from './text.ts';

export interface Span {
  start: number;
  end: number;
}

export interface TopicHit {
  topic: string;
  span: Span;
  neutral: boolean;
}

/** Per-text view the rules read: tokens, the classes of each token, every phrase match. */
export interface Doc {
  tokens: Tokens;
  classes: (string[] | undefined)[];
  person: (PersonClass | undefined)[];
  matches: Map<number, Span[]>;
  /** Whose a twin topic is when its clause names no person: the indicator's domain heading (src/tag/domain.ts). */
  contextPerson?: PersonClass;
}

function slotMatches(slot: Slot, word: string, stem: string, classes: string[] | undefined): boolean {
  if (slot.any) return true;
  if (slot.stems.has(stem) || slot.exact.has(word)) return true;
  if (classes) for (const c of slot.classes) if (classes.includes(c)) return true;
  return false;
}

/** End of the match of slots[k..] starting at token j, or -1. A gap slot ("~") skips 0 to GAP words. */
function matchFrom(slots: Slot[], k: number, doc: Doc, j: number, c: number): number {
  if (k === slots.length) return j;
  const { words, stems, clause } = doc.tokens;
  const slot = slots[k];
  if (slot.gap) {
    for (let skip = 0; skip <= GAP; skip++) {
      if (skip > 0 && (j + skip - 1 >= words.length || clause[j + skip - 1] !== c)) break;
      const end = matchFrom(slots, k + 1, doc, j + skip, c);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (j >= words.length || clause[j] !== c) return -1;
  if (!slotMatches(slot, words[j], stems[j], doc.classes[j])) return -1;
  return matchFrom(slots, k + 1, doc, j + 1, c);
}

const GAP = 3;

function matchAt(phrase: Phrase, doc: Doc, i: number): number {
  return matchFrom(phrase.slots, 0, doc, i, doc.tokens.clause[i]);
}

export function buildDoc(lex: Lexicon, tokens: Tokens): Doc {
  const n = tokens.words.length;
  const classes = new Array<string[] | undefined>(n);
  const person = new Array<PersonClass | undefined>(n);
  for (let i = 0; i < n; i++) {
    const cl = lex.classOf.get(tokens.stems[i]);
    classes[i] = cl;
    if (cl) person[i] = cl.includes('adult') ? 'adult' : cl.includes('child') ? 'child' : undefined;
    // "young carer", "young mum": the young person is the child unless a parent word follows ("young parent" stays adult)
    if (person[i] === 'adult' && i > 0 && tokens.words[i - 1] === 'young' && /^carer/.test(tokens.words[i])) person[i] = 'child';
  }
  // "young carer(s)" is about a child; "child's mother" -> the mother is the person
  const doc: Doc = { tokens, classes, person, matches: new Map() };
  const seen = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const cls = classes[i];
    const lists = [lex.index.get('s:' + tokens.stems[i]), lex.index.get('e:' + tokens.words[i])];
    if (cls) for (const c of cls) lists.push(lex.index.get('c:' + c));
    for (const list of lists) {
      if (!list) continue;
      for (const p of list) {
        if (seen.get(p.id) === i) continue;
        seen.set(p.id, i);
        const end = matchAt(p, doc, i);
        if (end < 0) continue;
        const m = doc.matches.get(p.id);
        if (m) m.push({ start: i, end });
        else doc.matches.set(p.id, [{ start: i, end }]);
      }
    }
  }
  return doc;
}

function spansOf(doc: Doc, phrases: Phrase[]): Span[] {
  const out: Span[] = [];
  for (const p of phrases) {
    const m = doc.matches.get(p.id);
    if (m) out.push(...m);
  }
  return out;
}

/** Nearest person word before the span (the subject), else after it, in the same clause. */
function personAround(doc: Doc, span: Span, direction: 'subject' | 'object', fallback?: PersonClass): PersonClass | undefined {
  const { clause } = doc.tokens;
  const c = clause[span.start];
  // a person word opening the match itself ("parental drug use", "dad hits") counts when none precedes it
  if (direction === 'subject') {
    for (let i = span.start - 1; i >= 0 && clause[i] === c; i--) if (doc.person[i]) return doc.person[i];
    if (doc.person[span.start]) return doc.person[span.start];
    // after the match only in the passive ("misuse by parents", "drug use by a young person")
    let by = -1;
    for (let i = span.end; i < span.end + 4 && i < clause.length && clause[i] === c; i++) if (doc.tokens.words[i] === 'by') { by = i; break; }
    if (by < 0) return fallback;
    for (let i = by + 1; i < clause.length && clause[i] === c; i++) if (doc.person[i]) return doc.person[i];
    return fallback;
  }
  for (let i = span.end; i < clause.length && clause[i] === c; i++) if (doc.person[i]) return doc.person[i];
  return undefined;
}

function personOk(want: PersonConstraint | undefined, found: PersonClass | undefined): boolean {
  if (!want) return true;
  if (want.startsWith('!')) return found !== want.slice(1);
  return found === want;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Spans of the anchor phrases where the rule's constraints hold. */
export function ruleHits(doc: Doc, rule: Rule, twin = false): Span[] {
  const anchors = spansOf(doc, rule.any);
  if (!anchors.length) return [];
  const clause = doc.tokens.clause;
  const out: Span[] = [];
  for (const a of anchors) {
    if (rule.notPart.length && spansOf(doc, rule.notPart).some((x) => overlaps(x, a))) continue;
    if (rule.unless.length && spansOf(doc, rule.unless).some((x) => clause[x.start] === clause[a.start] && !overlaps(x, a))) continue;
    if (rule.with.length) {
      const near = spansOf(doc, rule.with).some((x) => clause[x.start] === clause[a.start]
        && (x.start >= a.end ? x.start - a.end : a.start - x.end) <= rule.window);
      if (!near) continue;
    }
    if (rule.subject && !personOk(rule.subject, personAround(doc, a, 'subject', twin ? doc.contextPerson : undefined))) continue;
    if (rule.object && !personOk(rule.object, personAround(doc, { start: a.end, end: a.end }, 'object'))) continue;
    out.push(a);
  }
  return out;
}

export function topicHits(lex: Lexicon, doc: Doc, raw: string, twins: ReadonlySet<string> = new Set()): TopicHit[] {
  const hits: TopicHit[] = [];
  const done = new Set<Rule>();
  const vetoed = new Map<Topic, Span[]>();
  const vetoes = (topic: Topic) => {
    let v = vetoed.get(topic);
    if (!v) vetoed.set(topic, (v = topic.vetoes.flatMap((r) => ruleHits(doc, r))));
    return v;
  };
  for (const id of doc.matches.keys()) {
    for (const { topic, rule } of lex.rulesByAnchor.get(id) ?? []) {
      if (done.has(rule)) continue;
      done.add(rule);
      for (const span of ruleHits(doc, rule, twins.has(topic.id))) {
        if (topic.vetoes.length && vetoes(topic).some((v) => overlaps(v, span))) continue;
        hits.push({ topic: topic.id, span, neutral: rule.neutral });
      }
    }
  }
  for (const t of lex.topics) for (const re of t.regex) if (re.test(raw)) hits.push({ topic: t.id, span: { start: -1, end: -1 }, neutral: false });
  return hits;
}
