// Apply a compiled lexicon to tokenised text: phrase matches, then each topic's rules.
import type { Lexicon, Phrase, PersonClass, PersonConstraint, Rule, Slot } from './compile.ts';
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
}

function slotMatches(slot: Slot, word: string, stem: string, classes: string[] | undefined): boolean {
  if (slot.any) return true;
  if (slot.stems.has(stem) || slot.exact.has(word)) return true;
  if (classes) for (const c of slot.classes) if (classes.includes(c)) return true;
  return false;
}

function matchAt(phrase: Phrase, doc: Doc, i: number): number {
  const { words, stems, clause } = doc.tokens;
  const c = clause[i];
  let j = i;
  for (const slot of phrase.slots) {
    if (j >= words.length || clause[j] !== c) return -1;
    if (!slotMatches(slot, words[j], stems[j], doc.classes[j])) return -1;
    j++;
  }
  return j;
}

export function buildDoc(lex: Lexicon, tokens: Tokens): Doc {
  const n = tokens.words.length;
  const classes = new Array<string[] | undefined>(n);
  const person = new Array<PersonClass | undefined>(n);
  for (let i = 0; i < n; i++) {
    const cl = lex.classOf.get(tokens.stems[i]);
    classes[i] = cl;
    if (cl) person[i] = cl.includes('adult') ? 'adult' : cl.includes('child') ? 'child' : undefined;
  }
  // "young carer(s)" is about a child; "child's mother" -> the mother is the person
  const doc: Doc = { tokens, classes, person, matches: new Map() };
  for (let i = 0; i < n; i++) {
    const seen = new Set<Phrase>();
    const keys = [`s:${tokens.stems[i]}`, `e:${tokens.words[i]}`, ...(classes[i] ?? []).map((c) => `c:${c}`)];
    for (const k of keys) {
      const list = lex.index.get(k);
      if (!list) continue;
      for (const p of list) {
        if (seen.has(p)) continue;
        seen.add(p);
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
function personAround(doc: Doc, span: Span, direction: 'subject' | 'object'): PersonClass | undefined {
  const { clause } = doc.tokens;
  const c = clause[span.start];
  // a person word inside the match itself ("parental drug use", "my dad hits me") counts first
  if (direction === 'subject') {
    for (let i = span.start - 1; i >= 0 && clause[i] === c; i--) if (doc.person[i]) return doc.person[i];
    for (let i = span.start; i < span.end; i++) if (doc.person[i]) return doc.person[i];
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
export function ruleHits(doc: Doc, rule: Rule): Span[] {
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
    if (rule.subject && !personOk(rule.subject, personAround(doc, a, 'subject'))) continue;
    if (rule.object && !personOk(rule.object, personAround(doc, { start: a.end, end: a.end }, 'object'))) continue;
    out.push(a);
  }
  return out;
}

export function topicHits(lex: Lexicon, doc: Doc, raw: string): TopicHit[] {
  const hits: TopicHit[] = [];
  for (const t of lex.topics) {
    for (const r of t.rules) for (const span of ruleHits(doc, r)) hits.push({ topic: t.id, span, neutral: r.neutral });
    for (const re of t.regex) if (re.test(raw)) hits.push({ topic: t.id, span: { start: -1, end: -1 }, neutral: false });
  }
  return hits;
}
