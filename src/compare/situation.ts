// A situation frame for one indicator (issue 18): who is affected, the child's role in a harm (victim or
// perpetrator), whose problem it is (child or parent), whether it is a concern or confirmed, and the qualifiers
// the tagger extracts (frequency, age, severity, negation). compromise finds the grammatical subject; the
// vocabularies are data (lexicon/situation.json).
import nlp from 'compromise/two';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { Qualifiers } from '../model/index.ts';
import { tagIndicator } from '../tag/index.ts';
import { isStrength } from './polarity.ts';
import { STOPWORDS } from './stopwords.ts';
import data from './lexicon/situation.json' with { type: 'json' };

export type Owner = 'child' | 'parent' | 'adult';

export interface Situation {
  /** Who the situation is about (grammatical subject, else the topics): null when it cannot be told. */
  owner: Owner | null;
  /** The owner was said in words (first person or subject), not guessed from the topics. */
  ownerSaid: boolean;
  /** The topics the owner was guessed from (empty when said in words or not told). */
  ownerTopics: string[];
  /** The child's part in a harm: victim (is harmed) or perpetrator (harms others); null when no harm. */
  role: 'victim' | 'perpetrator' | null;
  /** The one harmed is the parent, said in words ("parent was bullied at school"), not the child. */
  parentHarmed: boolean;
  /** A worry, risk or sign rather than a situation that is established. */
  concern: boolean;
  /** strength: a strength or an absence of need ("good hygiene", "no concerns about"); need: an explicit need;
   *  null when the wording says neither. */
  polarity: 'strength' | 'need' | null;
  frequency: string | null;
  severity: string | null;
  /** A concern: the plain stems before its first cue (what is established) and after it (what is feared). */
  concernHead: string[];
  concernScope: string[];
  /** Plain stems of the whole text (no synonyms): what the other side's concern scope is read against. */
  stems: string[];
  age: string | null;
  /** Under 13 said in words: the age below which a child cannot consent in law. */
  under13: boolean;
  negated: boolean;
  /** The tagger topics the frame was built with. */
  topics: readonly string[];
}

const words = (list: string[]) => new RegExp(`(?:^|[^a-z'])(?:${list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=$|[^a-z])`, 'i');
const pats = (list: string[]) => new RegExp(`\\b(?:${list.join('|')})`, 'i');

const PARENT = words(data.parent);
const ADULT = words(data.adult);
const CHILD = words(data.child);
const PERPETRATOR = pats(data.perpetrator);
const VICTIM = pats(data.victim);
const CONCERN = pats(data.concern);
const NEED = new RegExp(`\\b(?:${data.need.join('|')})\\b`, 'i');
const STRENGTH = new RegExp(`\\b(?:${data.strength.join('|')})\\b`, 'i');
const OPENS_NO = /^\s*(?:no|not|none)\b(?!\s+longer)/i;
/** A strength word negated ("no supportive network", "not always adequate"): a need, not a strength or an absence.
 *  One word may stand between the negation and the strength word. */
const NEGATED_STRENGTH = new RegExp(`\\b(?:no|not|never|nor|without|lacks?|lack of|lacking)\\s+(?:[a-z]+\\s+)?(?:${data.strength.join('|')})\\b`, 'i');
const CHILD_PROBLEMS = new Set(data.childProblems);
const PARENT_PROBLEMS = new Set(data.parentProblems);
const HARM = new Set(data.harmTopics);
const NOT_QUALIFIER = new RegExp(`\\b(?:${data.notQualifier.join('|')})\\b`, 'gi');
const STOP = new Set(STOPWORDS);
const UNDER13 = new RegExp(`\\b(?:${data.under13.join('|')})\\b`, 'i');

/** Lower-cased Porter stems, stop words out, no synonyms (the concern scope is read word by word). */
function plainStems(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length > 1 && !STOP.has(w)).map(stem);
}

const stemCache = new Map<string, string>();
function stem(w: string): string {
  let s = stemCache.get(w);
  if (s === undefined) {
    s = PorterStemmer.stem(w);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(w, s);
  }
  return s;
}

const YOUNG_CARER = /\byoung carers?\b/i;

export function whoIs(phrase: string): Owner | null {
  const p = PARENT.test(phrase);
  const c = CHILD.test(phrase);
  const a = ADULT.test(phrase);
  if (YOUNG_CARER.test(phrase)) return 'child';
  if (p && !c) return 'parent';
  if (c && !p && !a) return 'child';
  if (a && !c) return 'adult';
  return null;
}

const runsOf = (s: string) => (s.match(/[a-z]+/gi) ?? []).map((r) => r.toLowerCase());
/** The wordings whoIs looks for, as runs of letters ("parent's" -> parent, s; "young carer" -> young, carer), by the
 *  owner they can make it answer: parent needs a PARENT wording, child a CHILD one or "young carer", adult an ADULT one. */
const OWNER_WORDINGS: [Owner, string[][]][] = [
  ['child', [...data.child, 'young carer', 'young carers'].map(runsOf)],
  ['parent', data.parent.map(runsOf)],
  ['adult', data.adult.map(runsOf)],
];

/**
 * Can whoIs find anyone in the subject of this text? Only if some wording it looks for has all its runs of letters
 * among the text's own (maximal) runs of letters: the subject is compromise's terms joined by spaces, each term a
 * piece of the text cut at whitespace, punctuation or a hyphen (never between two letters), so a wording bounded
 * by non-letters in the subject is bounded by non-letters in the text too. When it cannot, the subject is not worth
 * parsing (compromise is most of a frame's cost): the owner is null either way.
 */
export function mayNameOwner(text: string): boolean {
  return namableOwners(text).length > 0;
}

/** The owners whoIs may find in the subject of this text (see mayNameOwner): the others' wordings are not in it. */
export function namableOwners(text: string): Owner[] {
  const runs = new Set(runsOf(text));
  return OWNER_WORDINGS.filter(([, ws]) => ws.some((w) => w.every((r) => runs.has(r)))).map(([o]) => o);
}

/**
 * The subject of the first clause: the words before compromise's first verb (auxiliaries included), or the first
 * words of a noun phrase ("Parental drug use", "Parent's low mood"). compromise/two (the tagger) is enough and is
 * already in the app's bundle.
 */
export function subjectOf(text: string): string {
  const terms = nlp(text).json().flatMap((s: { terms: { text: string; tags: string[] }[] }) => s.terms);
  const v = terms.findIndex((t: { tags: string[] }) => t.tags.includes('Verb') && !t.tags.includes('Gerund') && !t.tags.includes('Adjective'));
  if (v > 0) return terms.slice(0, v).map((t: { text: string }) => t.text).join(' ');
  if (v === 0) return '';
  return terms.slice(0, 3).map((t: { text: string }) => t.text).join(' ');
}

/** The part of a frame read without compromise: all but whose situation it is (owner, role, parentHarmed). */
export type SituationBase = Omit<Situation, 'owner' | 'ownerSaid' | 'ownerTopics' | 'role' | 'parentHarmed'>;

/** A frame in two steps: the base at once, the whole frame (compromise finds the subject) when first asked. */
export interface FrameParts {
  readonly base: SituationBase;
  /** The text with curly quotes straightened, as the frame reads it. */
  readonly t: string;
  full: Situation | null;
  /** The frames it may have, one per owner compromise could find in the subject (see conflictIn). */
  maybe?: Situation[];
}

const cache = new Map<string, FrameParts>();

/** The frame of an indicator text (with its tagger topics and qualifiers), in two steps: see fullFrame. */
export function frameParts(text: string, topics: readonly string[], q: Qualifiers): FrameParts {
  const key = `${text}\u0000${topics.join(',')}\u0000${JSON.stringify(q)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const t = text.replace(/[’‘]/g, "'");
  const p: FrameParts = { base: baseFrame(t, topics, q), t, full: null };
  if (cache.size > 20_000) cache.clear();
  cache.set(key, p);
  return p;
}

/** The whole frame of frameParts, computed once. */
export function fullFrame(p: FrameParts): Situation {
  if (!p.full) {
    const known = ownerUnparsed(p.t);
    p.full = frame(p.t, p.base, known ? known.owner : whoIs(subjectOf(p.t)));
  }
  return p.full;
}

/** The frames an indicator may have: its whole frame when known without compromise, else one per owner whoIs may
 *  give (none, or one whose wording is in the text). */
function possibleFrames(p: FrameParts): Situation[] {
  if (p.full) return [p.full];
  const known = ownerUnparsed(p.t);
  if (known) return [(p.full = frame(p.t, p.base, known.owner))];
  return (p.maybe ??= [null, ...namableOwners(p.t)].map((o) => frame(p.t, p.base, o)));
}

/**
 * conflictOf(fullFrame(a), fullFrame(b)) !== null, without parsing a subject when the answer is the same whoever
 * compromise would find in it: the whole frame is one of possibleFrames, so when every pair of possible frames
 * agrees, that is the answer; when they do not, one side's subject is parsed at a time.
 */
export function conflictIn(a: FrameParts, b: FrameParts): boolean {
  for (;;) {
    const fa = possibleFrames(a);
    const fb = possibleFrames(b);
    let any = false;
    let all = true;
    for (const x of fa) for (const y of fb) {
      const c = conflictOf(x, y) !== null;
      any ||= c;
      all &&= c;
    }
    if (all) return true;
    if (!any) return false;
    // the answer depends on whose situation it is: parse one unknown subject (then one frame is left on that side)
    // and look again; with one frame on each side, every pair agrees
    fullFrame(fa.length > 1 ? a : b);
  }
}

/** The situation frame of an indicator text, with its tagger topics and qualifiers. */
export function situationOf(text: string, topics: readonly string[], q: Qualifiers): Situation {
  return fullFrame(frameParts(text, topics, q));
}

function baseFrame(t: string, topics: readonly string[], q0: Qualifiers): SituationBase {
  // a frequency or severity word that qualifies something else than the situation ("regular visitors", "requires
  // low-level support", "significant concerns about") is not the situation's qualifier
  const stripped = t.replace(NOT_QUALIFIER, ' ');
  let q = stripped === t ? q0 : { ...q0, frequency: undefined, severity: undefined, ...pickQ(tagIndicator(stripped).qualifiers) };
  // a feared harm's severity ("at risk of sexual abuse") is not the severity of what is established
  const cue = CONCERN.exec(t);
  if (cue && q.severity) q = { ...q, severity: tagIndicator(stripped.slice(0, CONCERN.exec(stripped)?.index ?? stripped.length)).qualifiers.severity };
  return {
    concern: cue !== null, polarity: polarityOf(t, q),
    frequency: q.frequency ?? null, severity: q.severity ?? null, age: q.age ?? null, under13: UNDER13.test(t), negated: q.negated === true, topics,
    concernHead: cue ? plainStems(t.slice(0, cue.index)) : [], concernScope: cue ? plainStems(t.slice(cue.index + cue[0].length)) : [],
    stems: plainStems(t),
  };
}

/**
 * The owner said in words when it is known without parsing: the first person (pages written in the child's voice),
 * pages written to the parent, or no owner wording at all (mayNameOwner); undefined when the subject must be parsed.
 */
function ownerUnparsed(t: string): { owner: Owner | null } | undefined {
  // pages written in the child's voice ("I am", "my reliance on"), not "my parents"
  const firstPerson = /^\s*(?:i|i'm|i've|my)\b/i.test(t) || /\b(?:i am|i have|i'm|my (?!parents?\b|carers?\b|mum\b|dad\b|mother\b|father\b))/i.test(t);
  if (firstPerson) return { owner: 'child' };
  // an owner only from explicit words: the first person (pages written in the child's voice) or the subject
  // pages written to the parent ("your child", "you may ... which can make parenting harder")
  const toParent = /\byou(?:r)?\b/i.test(t) && (/\byour (?:child|children|baby|son|daughter)\b/i.test(t) || PARENT.test(t));
  if (toParent) return { owner: 'parent' };
  return mayNameOwner(t) ? undefined : { owner: null };
}

/** The whole frame, given the owner said in words (ownerUnparsed, else whoIs of the parsed subject). */
function frame(t: string, b: SituationBase, said: Owner | null): Situation {
  const topics = b.topics;
  let owner: Owner | null = said;
  const ownerSaid = owner !== null;
  let ownerTopics: string[] = [];
  if (!owner && topics.length) {
    const cp = topics.filter((x) => CHILD_PROBLEMS.has(x));
    const pp = topics.filter((x) => PARENT_PROBLEMS.has(x));
    if (pp.length && !cp.length) { owner = 'parent'; ownerTopics = pp; }
    else if (cp.length && !pp.length) { owner = 'child'; ownerTopics = cp; }
  }
  let role: Situation['role'] = null;
  const harm = topics.some((x) => HARM.has(x));
  if (owner !== 'parent' && owner !== 'adult' && PERPETRATOR.test(t) && !VICTIM.test(t.replace(PERPETRATOR, ''))) role = 'perpetrator';
  else if (harm || VICTIM.test(t)) role = 'victim';
  return {
    owner, ownerSaid, ownerTopics, role, parentHarmed: owner === 'parent' && ownerSaid && VICTIM.test(t), concern: b.concern, polarity: b.polarity,
    frequency: b.frequency, severity: b.severity, age: b.age, under13: b.under13, negated: b.negated, topics,
    concernHead: b.concernHead, concernScope: b.concernScope, stems: b.stems,
  };
}

function pickQ(q: Qualifiers): Pick<Qualifiers, 'frequency' | 'severity'> {
  return { ...(q.frequency ? { frequency: q.frequency } : {}), ...(q.severity ? { severity: q.severity } : {}) };
}

function polarityOf(t: string, q: Qualifiers): Situation['polarity'] {
  if (q.negated) return 'strength';
  // "No supportive network", "Not always adequate self-care": a strength word negated at the opening is a need
  // (read anywhere in the text, it cost the gold's LOAO recall 0.83 -> 0.80: docs/alignment.md)
  const head = t.split(/\s+/).slice(0, 4).join(' ');
  if (OPENS_NO.test(t) && NEGATED_STRENGTH.test(head)) return 'need';
  if (OPENS_NO.test(t)) return 'strength';
  // a strength stated first ("Positive sense of self ... reduces the risk that ...") stays a strength
  if (STRENGTH.test(head) && !NEED.test(head)) return 'strength';
  const need = NEED.test(t);
  if (!need && (isStrength(t) || STRENGTH.test(t))) return 'strength';
  return need ? 'need' : null;
}

/** A hard mismatch: never the same situation, whatever the words share. */
export type Conflict = 'victim-perpetrator' | 'child-parent' | 'polarity' | 'concern-confirmed' | 'frequency' | 'severity' | 'age';

/** Frequency in two steps: once or now and then, against again and again. */
const often = (f: string | null) => (f === null ? null : f === 'single' || f === 'occasional' ? 'low' : 'high');
/** Severity said in so many words (minor, emerging / serious, severe); "affects" (moderate) is not counted. */
const marked = (s: string | null) => (s === 'low' ? 'low' : s === 'serious' || s === 'life_threatening' ? 'high' : null);

/**
 * Hard mismatches: never the same situation, whatever the words share.
 * - child-parent: one is the child's problem, the other the parent's (said in words, or read from a child's or a
 *   parent's topic such as parental substance misuse; guessing from topics costs a few true pairs and saves more);
 *   also the parent named in words on one side and nobody named on the other (the other's owner is unknown), and a
 *   harm the parent suffers against the child's.
 * - victim-perpetrator: the child harmed on one side, harming others on the other.
 * - polarity: a strength or an absence against a need or an unqualified statement.
 * - concern-confirmed: a worry, risk or sign against a situation that is established, unless the other side shares
 *   words only with what the concern side states as established, not with what it fears (outOfScope).
 * - frequency: once or occasionally against repeatedly (both said).
 * - severity: a marked severity (minor / serious) on one side and a different or no severity on the other (a
 *   severity or frequency word of the support needed, the worry or a visitor is not the situation's: notQualifier).
 * - age: under 13 said on one side only (sexual activity under 13 is another situation than a teenager's).
 * Measured on the alignment gold (docs/alignment.md): each of these separates "related" pairs from "same" ones far
 * more often than it splits a "same" pair.
 */
export function conflictOf(a: Situation, b: Situation): Conflict | null {
  if ((a.polarity === 'strength') !== (b.polarity === 'strength')) return 'polarity';
  if ((a.role === 'perpetrator' && b.role === 'victim') || (a.role === 'victim' && b.role === 'perpetrator')) return 'victim-perpetrator';
  const owners = [a.owner, b.owner].sort().join('|');
  // a harm to the child on either side is the child's whoever did it, unless the parent is the one harmed
  const harmToChild = !a.parentHarmed && !b.parentHarmed && (childHarmed(a) || childHarmed(b));
  if (owners === 'child|parent' && !harmToChild && !topicsBlind(a, b) && !topicsBlind(b, a)) return 'child-parent';
  // the parent named in words on one side, nobody named on the other: whose problem the other is cannot be told
  if (parentOnly(a, b) || parentOnly(b, a)) return 'child-parent';
  if (a.concern !== b.concern && !outOfScope(a.concern ? a : b, a.concern ? b : a)) return 'concern-confirmed';
  const fa = often(a.frequency);
  const fb = often(b.frequency);
  if (fa && fb && fa !== fb) return 'frequency';
  if (marked(a.severity) !== marked(b.severity) && !intenseBoth(a, b) && !intenseBoth(b, a)) return 'severity';
  if (a.under13 !== b.under13) return 'age';
  return null;
}

/**
 * The conflicts of conflictOf that the base frames tell (polarity, concern-confirmed, frequency, severity, age):
 * true only when conflictOf finds a conflict too, whoever the two situations are about.
 */
export function plainConflict(a: SituationBase, b: SituationBase): boolean {
  if ((a.polarity === 'strength') !== (b.polarity === 'strength')) return true;
  if (a.concern !== b.concern && !outOfScope(a.concern ? a : b, a.concern ? b : a)) return true;
  const fa = often(a.frequency);
  const fb = often(b.frequency);
  if (fa && fb && fa !== fb) return true;
  if (marked(a.severity) !== marked(b.severity) && !intenseBoth(a, b) && !intenseBoth(b, a)) return true;
  return a.under13 !== b.under13;
}

/** A harm to the child (a parent's harm to the child is the child's harm too), not one the parent suffers. */
const childHarmed = (s: Situation) => s.role === 'victim' && !s.parentHarmed;
/** The parent named on one side, nobody on the other, unless the other is the same statement without its subject
 *  ("refusing medical care ..." against "parent refusing medical care ..."): all its words, at least three, in the first. */
const parentOnly = (said: Situation, other: Situation) =>
  said.ownerSaid && said.owner === 'parent' && !other.ownerSaid && !childHarmed(other) && !withoutSubject(other, said);
function withoutSubject(short: Situation, full: Situation): boolean {
  const f = new Set(full.stems);
  const w = new Set(short.stems);
  return w.size >= 3 && [...w].every((x) => f.has(x));
}

/** An owner guessed from a topic the other side has too: that topic cannot tell the two owners apart. */
function topicsBlind(guessed: Situation, other: Situation): boolean {
  return guessed.ownerTopics.length > 0 && guessed.ownerTopics.some((t) => other.topics.includes(t));
}

/** "Significant disabilities" and "complex disabilities needing constant supervision": a serious severity on one
 *  side, a persistent or repeated frequency (and no severity) on the other, both say the situation is intense. */
export function intenseBoth(a: Pick<Situation, 'severity' | 'frequency'>, b: Pick<Situation, 'severity' | 'frequency'>): boolean {
  return marked(a.severity) === 'high' && marked(b.severity) === null && often(b.frequency) === 'high';
}

/**
 * "Offending resulting in a risk of entering the youth justice system" against "regularly involved in criminal
 * activities": the other side shares words with what the concern side states as established (before its cue) and
 * none with what it fears (after the cue), so the two agree on the established part.
 */
function outOfScope(concern: Pick<Situation, 'concernHead' | 'concernScope'>, other: Pick<Situation, 'stems'>): boolean {
  const o = new Set(other.stems);
  return concern.concernHead.some((w) => o.has(w)) && !concern.concernScope.some((w) => o.has(w));
}
