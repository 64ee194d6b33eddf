// Compile the topic lexicon (data) into phrase matchers over stemmed tokens.
import { normalise, stem } from './text.ts';

export type PersonClass = 'adult' | 'child';
export type PersonConstraint = PersonClass | '!adult' | '!child';

/** One slot of a phrase: any of these stems, exact words, or classes. */
export interface Slot {
  stems: Set<string>;
  exact: Set<string>;
  classes: string[];
  any: boolean;
  /** "~": skip up to three words. */
  gap?: boolean;
}

export interface Phrase {
  id: number;
  source: string;
  slots: Slot[];
}

export interface RuleData {
  any: string[];
  with?: string[];
  window?: number;
  subject?: PersonConstraint;
  object?: PersonConstraint;
  unless?: string[];
  notPart?: string[];
  neutral?: boolean;
  /** Dev-set authorities whose wording motivated the rule (topics-real.json); see CompileOptions.leaveOut. */
  from?: string[];
}

export interface TopicData {
  id: string;
  rollsUp?: string;
  rules: RuleData[];
  regex?: string[];
  suppressedBy?: string[];
  /**
   * Readings where a word of this topic means something else ("relationship breakdown" is not a mental-health
   * breakdown): a hit of the topic overlapping a veto's match is dropped. Same syntax and provenance as rules.
   */
  vetoes?: RuleData[];
}

export interface Rule {
  any: Phrase[];
  with: Phrase[];
  window: number;
  subject?: PersonConstraint;
  object?: PersonConstraint;
  unless: Phrase[];
  notPart: Phrase[];
  neutral: boolean;
}

export interface Topic {
  id: string;
  rollsUp: string | null;
  rules: Rule[];
  regex: RegExp[];
  suppressedBy: string[];
  vetoes: Rule[];
}

export interface Lexicon {
  topics: Topic[];
  phrases: Phrase[];
  /** First-slot key ("s:stem", "e:word", "c:class") -> phrases starting with it. */
  index: Map<string, Phrase[]>;
  /** stem -> classes it belongs to. */
  classOf: Map<string, string[]>;
  /** phrase id -> the rules it anchors (so only rules with a matched anchor are evaluated). */
  rulesByAnchor: Map<number, { topic: Topic; rule: Rule }[]>;
}

/** Expand "[x]" optional slots into every variant. */
function expandOptional(words: string[]): string[][] {
  let out: string[][] = [[]];
  for (const w of words) {
    if (w.startsWith('[') && w.endsWith(']')) {
      const inner = w.slice(1, -1);
      out = out.flatMap((v) => [v, [...v, inner]]);
    } else {
      out = out.map((v) => [...v, w]);
    }
  }
  return out;
}

/** Expand multi-word alternatives written with "_" ("lack_of|no support") into separate phrase variants. */
function expandMultiword(words: string[]): string[][] {
  let out: string[][] = [[]];
  for (const w of words) {
    const optional = w.startsWith('[') && w.endsWith(']');
    const alts = (optional ? w.slice(1, -1) : w).split('|');
    const multi = alts.filter((a) => a.includes('_'));
    if (!multi.length) {
      out = out.map((v) => [...v, w]);
      continue;
    }
    const single = alts.filter((a) => !a.includes('_'));
    const choices: string[][] = optional ? [[]] : [];
    if (single.length) choices.push([single.join('|')]);
    for (const m of multi) choices.push(m.split('_').filter(Boolean));
    out = out.flatMap((v) => choices.map((c) => [...v, ...c]));
  }
  return out;
}

function compileSlot(token: string, classes: Record<string, string[]>): Slot {
  const slot: Slot = { stems: new Set(), exact: new Set(), classes: [], any: token === '*', gap: token === '~' };
  if (slot.any || slot.gap) return slot;
  for (const alt of token.split('|')) {
    if (alt.startsWith('@')) {
      const name = alt.slice(1);
      if (!classes[name]) throw new Error(`tag lexicon: unknown class @${name}`);
      slot.classes.push(name);
    } else if (alt.startsWith('=')) {
      slot.exact.add(alt.slice(1));
    } else {
      // an alternative may itself be several words after normalising ("a and e"): keep its stems joined
      for (const w of normalise(alt).split(/\s+/).filter(Boolean)) slot.stems.add(stem(w));
    }
  }
  return slot;
}

export interface CompileOptions {
  /** Leave-one-authority-out: drop rules motivated only by this dev-set authority's wording. */
  leaveOut?: string;
}

/** Is the rule kept when scoring `leaveOut`? Only rules whose every source is that authority are dropped. */
export function keepsRule(rule: RuleData, leaveOut: string | undefined): boolean {
  return !leaveOut || !rule.from?.length || rule.from.some((a) => a !== leaveOut);
}

/** Appends each extra topic's rules to the base topic of the same id (or adds the topic). */
export function mergeTopicData(base: TopicData[], extra: TopicData[]): TopicData[] {
  const out = base.map((t) => ({ ...t, rules: [...t.rules] }));
  for (const e of extra) {
    const t = out.find((x) => x.id === e.id);
    if (t) {
      t.rules.push(...e.rules);
      t.regex = [...(t.regex ?? []), ...(e.regex ?? [])];
      if (e.vetoes) t.vetoes = [...(t.vetoes ?? []), ...e.vetoes];
    } else out.push({ ...e });
  }
  return out;
}

export function compileLexicon(topicsData: TopicData[], classes: Record<string, string[]>, opts: CompileOptions = {}): Lexicon {
  const phrases: Phrase[] = [];
  const byKey = new Map<string, Phrase[]>();
  const cache = new Map<string, Phrase[]>();

  const compilePhrase = (source: string): Phrase[] => {
    const hit = cache.get(source);
    if (hit) return hit;
    // keep '|', '[', ']', '@', '=' and '*' as syntax; normalise words inside each alternative at slot level
    const raw = source.trim().toLowerCase().split(/\s+/);
    const out: Phrase[] = [];
    for (const words of expandMultiword(raw).flatMap(expandOptional)) {
      if (!words.length) continue;
      const slots = words.flatMap((w) => {
        // a plain hyphenated or slashed word becomes several slots ("self-harm" -> self harm)
        if (!/[|@=*~\[]/.test(w) && /[-/]/.test(w)) return w.split(/[-/]/).filter(Boolean).map((p) => compileSlot(p, classes));
        return [compileSlot(w, classes)];
      });
      if (slots[0].any || slots[0].gap) throw new Error(`tag lexicon: phrase may not start with *: ${source}`);
      const phrase: Phrase = { id: phrases.length, source, slots };
      phrases.push(phrase);
      out.push(phrase);
      const keys = [...[...slots[0].stems].map((s) => `s:${s}`), ...[...slots[0].exact].map((e) => `e:${e}`), ...slots[0].classes.map((c) => `c:${c}`)];
      for (const k of keys) {
        const list = byKey.get(k);
        if (list) list.push(phrase);
        else byKey.set(k, [phrase]);
      }
    }
    cache.set(source, out);
    return out;
  };

  const many = (list: string[] | undefined) => (list ?? []).flatMap(compilePhrase);
  const rule = (r: RuleData): Rule => ({
    any: many(r.any),
    with: many(r.with),
    window: r.window ?? 8,
    subject: r.subject,
    object: r.object,
    unless: many(r.unless),
    notPart: many(r.notPart),
    neutral: r.neutral ?? false,
  });

  const topics: Topic[] = topicsData.map((t) => ({
    id: t.id,
    rollsUp: t.rollsUp ?? null,
    regex: (t.regex ?? []).map((r) => new RegExp(r)),
    suppressedBy: t.suppressedBy ?? [],
    rules: t.rules.filter((r) => keepsRule(r, opts.leaveOut)).map(rule),
    vetoes: (t.vetoes ?? []).filter((r) => keepsRule(r, opts.leaveOut)).map(rule),
  }));

  const classOf = new Map<string, string[]>();
  for (const [name, words] of Object.entries(classes)) {
    if (name.startsWith('_')) continue;
    for (const w of words) {
      const s = stem(normalise(w).trim());
      const list = classOf.get(s);
      if (list) { if (!list.includes(name)) list.push(name); } else classOf.set(s, [name]);
    }
  }
  const rulesByAnchor = new Map<number, { topic: Topic; rule: Rule }[]>();
  for (const topic of topics) {
    for (const rule of topic.rules) {
      for (const p of new Set(rule.any)) {
        const list = rulesByAnchor.get(p.id);
        if (list) { if (!list.some((x) => x.rule === rule)) list.push({ topic, rule }); } else rulesByAnchor.set(p.id, [{ topic, rule }]);
      }
    }
  }
  return { topics, phrases, index: byKey, classOf, rulesByAnchor };
}
