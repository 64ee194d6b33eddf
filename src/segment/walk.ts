// Pass 2, the heading-stack walk: every block in order under a stack of frames (level headings and
// labels, domain sub-headings, strengths / exclusion / case-example cues). List items, paragraphs and
// table items become candidates under the level and domain in force; level prose becomes its description.
import type { Block, Span } from '../model/index.ts';
import { nameKey, normSpace, wordCount, type LevelEntry, type LevelRegistry } from './levels.ts';
import { domainLabel, isDomainName } from './domains.ts';
import { cueOf, isDescriptive, isLevelSubtitle } from './cues.ts';
import { isContinuation } from './table-cells.ts';
import { tableIndicators, type TableCarry } from './tables.ts';
import { LEADING_GLYPH, LIST_LEAD_IN_END, NEED_LEAD_IN, PROVIDERS_LEAD_IN, PSEUDO_CUE, PSEUDO_LEVEL, PSEUDO_SECTION, SERVICE_LEAD_IN, type Candidate, type Description, type Frame, type Parse } from './context.ts';

/** A line that heads the list of needs after it: examples, indicators or outcomes seen at the level. */
const EXAMPLES_HEAD = /\b(?:examples? of (?:the )?(?:needs?|indicators?|concerns?|situations?|presenting)|indicators? (?:of|at|for|that|which)|seen at this level|what you might see|you may see|signs? (?:of|that))\b/i;
/** ... unless it heads what services do ("Examples of services at this level"). */
const SERVICES_HEAD = /\b(?:services?|support|offers?|provision|agencies|interventions?|responses?)\b/i;

export interface WalkInput {
  blocks: Block[];
  registry: LevelRegistry;
  parse: Parse;
  /** The level of a one-level page, for blocks under no level heading. */
  defaultLevel: LevelEntry | null;
  /** Heading depths corrected for levels and domains sharing one style (headings.ts). */
  depthOf: Map<number, number>;
  /** Headings whose sections hold level sub-headings: their text is the domain. */
  containers: Set<number>;
  titleHeading: Block | undefined;
  /** Overview lines that name the levels (level-list.ts): descriptions, never items. */
  listedBlocks?: Set<number>;
  /** The page's title and address words (name keys): a body line equal to one is not an item. */
  pageTitles?: Set<string>;
}

export interface WalkResult {
  candidates: Candidate[];
  /** Lists and table items seen under each level frame and each domain section (paragraph candidates are decided against them). */
  listsUnder: Map<Frame | null, number>;
  descriptions: Description[];
}

export function walkBlocks({ blocks, registry, parse, defaultLevel, depthOf, containers, titleHeading, listedBlocks = new Set(), pageTitles = new Set() }: WalkInput): WalkResult {
  const stack: Frame[] = [];
  const candidates: Candidate[] = [];
  const listsUnder = new Map<Frame | null, number>();
  const descriptions: { level: LevelEntry; span: Span }[] = [];
  /** The last paragraph that named a level and described it in one sentence ("Level 1 - No additional needs."). */
  let described: { at: number; level: LevelEntry } | null = null;

  /** "Intensive: multi-agency early help ..." names a level, then describes it. */
  const levelPrefix = (text: string): LevelEntry | null => {
    const m = /^(.{1,60}?)\s*(?::|\s[–—-])\s+\S/.exec(text);
    if (!m) return null;
    const p = parse(m[1]);
    return p ? registry.find(p) : null;
  };

  const push = (f: Frame) => {
    while (stack.length && stack[stack.length - 1].depth >= f.depth) stack.pop();
    stack.push(f);
  };
  // "Health" then "The following may indicate a need:": a lead-in just under a domain label opens that domain's list
  const needsDepth = () => (stack[stack.length - 1]?.kind === 'section' ? PSEUDO_SECTION + 1 : PSEUDO_CUE);
  const levelIndex = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].kind === 'level') return i;
    return -1;
  };
  const context = () => {
    const li = levelIndex();
    const frame = li >= 0 ? stack[li] : null;
    const level = frame?.level ?? defaultLevel;
    let excluded = false;
    let domain: string | null = null;
    let cell: Frame | null = null;
    // Under a pseudo (paragraph) label, exclusions above it still apply: "Case example" > "Level 3:".
    const from = frame && frame.depth >= PSEUDO_LEVEL ? 0 : li + 1;
    for (let i = 0; i < stack.length; i++) {
      const f = stack[i];
      if (f.kind === 'case') excluded = true;
      if (i === li || i < from) continue;
      if (f.kind === 'exclude' || f.kind === 'strengths') excluded = true;
      if (f.kind === 'needs') excluded = false;
      if (f.kind === 'section' && i > li) { domain = f.text; cell = f; }
    }
    if (domain === null) {
      for (let i = li - 1; i >= 0; i--) if (stack[i].kind === 'section' && stack[i].container) { domain = stack[i].text; cell = stack[i]; break; }
    }
    if (li < 0 && !defaultLevel) excluded = true;
    const needsCue = stack.slice(Math.max(li, 0)).some((f) => f.kind === 'needs' && !f.title);
    return { level, frame, excluded, domain, needsCue, cell };
  };

  /** Lists count for their level frame and for every domain section they sit in (paragraph items are judged per section). */
  const countLists = (frame: Frame | null, n: number) => {
    for (const f of new Set<Frame | null>([frame, ...stack.filter((x) => x.kind === 'section')])) listsUnder.set(f, (listsUnder.get(f) ?? 0) + n);
  };
  /** The innermost domain section (a known domain name, "Health") under the current level, if any. */
  const sectionOf = (frame: Frame | null): Frame | null => {
    const top = stack[stack.length - 1];
    return top && top.kind === 'section' && top !== frame && isDomainName(top.text) ? top : null;
  };
  const levelHeadings = blocks.some((b) => {
    if (b.kind !== 'heading') return false;
    const p = parse(b.span.text, false, true);
    return !!p && !!registry.find(p);
  });
  /**
   * "Level 4 – Acute" / - features of the level / "Examples:" / - situations: a bare "Examples" label after a list
   * under the same level (and no domain) makes that first list the level's definition, not its indicators.
   */
  const featuresBeforeExamples = (label: string) => {
    if (!/^examples?\s*:?$/i.test(normSpace(label))) return;
    const li = levelIndex();
    if (li < 0 || stack.slice(li + 1).some((f) => f.kind === 'section')) return;
    const frame = stack[li];
    let k = candidates.length;
    while (k > 0 && candidates[k - 1].frame === frame && !candidates[k - 1].fromParagraph && candidates[k - 1].domain === null) k--;
    if (k === candidates.length || (k > 0 && candidates[k - 1].frame === frame)) return;
    for (const c of candidates.splice(k)) descriptions.push({ level: c.level, span: c.span });
  };
  /** The block of the last level label written as a paragraph. */
  let labelAt = -2;
  const carry: TableCarry = { matrix: null, column: null };
  const leadIn = { at: -1 };
  blocks.forEach((b, bi) => {
    // Only a heading or real prose ends a matrix; page furniture between its parts does not.
    if (b.kind === 'heading' || (b.kind !== 'table' && wordCount(b.span.text) > 12)) {
      carry.matrix = null;
      carry.column = null;
    }
    if (b.kind === 'heading') {
      const p = parse(b.span.text, false, true);
      const entry = p ? registry.find(p) : null;
      if (entry) {
        push({ depth: depthOf.get(bi) ?? b.depth, kind: 'level', text: b.span.text, level: entry });
        descriptions.push({ level: entry, span: b.span });
        labelAt = bi;
        return;
      }
      // A heading that only introduces the list below it ("Indicators at this level include") names no domain.
      const cue = cueOf(b.span.text) ?? (LIST_LEAD_IN_END.test(normSpace(b.span.text).replace(/:$/, '')) ? 'needs' : null);
      // A domain heading under a level named by a paragraph label ("Level 2 – Parents", then "Basic care" as a
      // heading) stays inside that level rather than closing it.
      const li = levelIndex();
      // So does any plain heading right over a list when no heading of the document names a level (the labels are
      // all paragraphs: "Everyday Help - Level 1" as a line, then "About the child" as a heading over its list).
      if (!cue && li >= 0 && stack[li].depth >= PSEUDO_LEVEL && !containers.has(bi) && (isDomainName(b.span.text) || (!levelHeadings && blocks[bi + 1]?.kind === 'list-item'))) {
        push({ depth: PSEUDO_SECTION, kind: 'section', text: domainLabel(b.span.text) });
        return;
      }
      if (cue === 'needs') featuresBeforeExamples(b.span.text);
      const isTitle = b === titleHeading;
      push({ depth: depthOf.get(bi) ?? b.depth, kind: cue ?? 'section', text: normSpace(b.span.text).replace(/:$/, ''), container: containers.has(bi) });
      if (isTitle && !cue) Object.assign(stack[stack.length - 1], { kind: 'needs', title: true }); // the document title is neither domain nor exclusion
      return;
    }
    if (b.kind === 'paragraph') {
      const text = normSpace(b.span.text);
      // The wrapped tail of the bullet just before it.
      const last = candidates[candidates.length - 1];
      if (last && !last.fromParagraph && blocks[bi - 1]?.kind === 'list-item' && last.span === (blocks[bi - 1] as { span: Span }).span && isContinuation(last.span, b.span) && !isDomainName(text) && !cueOf(text)) {
        last.text = `${last.text} ${text}`;
        return;
      }
      const p = parse(text);
      const entry = p ? registry.find(p) : null;
      if (entry) {
        // A flattened table's level column repeats the level's name on every row ("Level 3" / "Health" / item,
        // "Level 3" / "Education" / item): the same level again, not a new level of one row each.
        const li = levelIndex();
        if (li >= 0 && stack[li].depth === PSEUDO_LEVEL && stack[li].level === entry && nameKey(stack[li].text) === nameKey(text)) {
          stack.length = li + 1;
          return;
        }
        push({ depth: PSEUDO_LEVEL, kind: 'level', text, level: entry });
        descriptions.push({ level: entry, span: b.span });
        labelAt = bi;
        return;
      }
      if (labelAt === bi - 1 && wordCount(text) <= 25 && isLevelSubtitle(text)) {
        // "Level 4 – Specialist" / "Children at risk of significant harm": the line right under a level's label
        // that opens like a level's description ("Children who ...", "Families where ...") is its subtitle
        const li = levelIndex();
        if (li >= 0 && stack[li].level) descriptions.push({ level: stack[li].level!, span: b.span });
        return;
      }
      const label = text.replace(/:$/, '');
      const cue = wordCount(label) <= 6 ? cueOf(label) : null;
      if (cue && wordCount(label) <= 6) {
        if (cue === 'needs') featuresBeforeExamples(label);
        push({ depth: cue === 'needs' ? needsDepth() : PSEUDO_CUE, kind: cue, text: label });
        if (cue === 'needs' && /:$/.test(text)) leadIn.at = bi; // "Examples:" leads into the lines after it
        return;
      }
      const next = blocks[bi + 1];
      if (isDomainName(label) || (next?.kind === 'list-item' && /^[A-Z]/.test(label) && wordCount(label) <= 5 && !/[.;,]$/.test(label) && !isDescriptive(label) && !LIST_LEAD_IN_END.test(label))) {
        push({ depth: PSEUDO_SECTION, kind: 'section', text: domainLabel(label) });
        return;
      }
      const prefixed = levelPrefix(text);
      if (prefixed) {
        descriptions.push({ level: prefixed, span: b.span });
        if (/\.$/.test(text)) described = { at: bi, level: prefixed };
        return;
      }
      if (described?.at === bi - 1 && /\.$/.test(text)) {
        // "Level 1 - No additional needs." then "Services are open to all.": the sentence after a level's own
        // one-line description goes on describing it (its response), under whichever level heading came before
        descriptions.push({ level: described.level, span: b.span });
        described = null;
        return;
      }
      const lastSentence = text.split(/(?<=[.!?])\s+/).pop() ?? text;
      if (/:$/.test(text) && ((SERVICE_LEAD_IN.test(lastSentence) && !NEED_LEAD_IN.test(lastSentence)) || PROVIDERS_LEAD_IN.test(lastSentence))) {
        // "The hub has four main functions:", "These services include:": a list about the service, not the child
        push({ depth: PSEUDO_CUE, kind: 'exclude', text: label });
        return;
      }
      if (/:$/.test(text) && NEED_LEAD_IN.test(lastSentence)) {
        // "Practitioners often see needs in these areas:" opens a list of needs, even after a services section
        push({ depth: needsDepth(), kind: 'needs', text: label });
        leadIn.at = bi;
        return;
      }
      if (!/[.;,:!?]$/.test(text) && wordCount(text) <= 14 && (/\b(?:of|from) the following$/i.test(text) || LIST_LEAD_IN_END.test(text)) && NEED_LEAD_IN.test(text) && !SERVICE_LEAD_IN.test(text)) {
        // "You may see some of the following", "Needs at this stage include": a lead-in written without its colon
        push({ depth: needsDepth(), kind: 'needs', text: label });
        leadIn.at = bi;
        return;
      }
      if (EXAMPLES_HEAD.test(text) && !SERVICES_HEAD.test(text) && wordCount(text) <= 14 && !/[.;]$/.test(text) && blocks.slice(bi + 1, bi + 3).some((x) => x.kind === 'list-item')) {
        // "Examples of needs at this stage" heads the needs listed after it,
        // even after a "Description" or "Service delivery" section
        push({ depth: PSEUDO_CUE, kind: 'needs', text: label });
        return;
      }
      if (pageTitles.has(nameKey(text))) return; // the page's own title repeated as its first line
      if (listedBlocks.has(bi)) return; // a level of an overview, already described
      const ctx = context();
      const prev = candidates[candidates.length - 1];
      const afterLeadIn = (leadIn.at >= 0 && leadIn.at === bi - 1) || (prev?.afterLeadIn === true && prev.span === (blocks[bi - 1] as { span?: Span })?.span);
      if (ctx.level && !ctx.excluded) {
        candidates.push({ text, level: ctx.level, domain: ctx.domain, span: b.span, frame: ctx.frame, fromParagraph: true, afterLeadIn, section: sectionOf(ctx.frame), needsCue: ctx.needsCue, cell: ctx.cell });
        // "This may include for example: a specific health need, a change such as bereavement, ... etc.": a list
        // written inline in the level's prose gives its items (the prose itself stays a description)
        for (const item of inlineItems(text)) countLists(ctx.frame, 1), candidates.push({ text: item, level: ctx.level, domain: ctx.domain, span: { ...b.span, text: item }, frame: ctx.frame, fromParagraph: false });
      }
      if (/:$/.test(text)) leadIn.at = bi;
      return;
    }
    if (b.kind === 'list-item') {
      if (listedBlocks.has(bi)) return; // a level of an overview list, already described
      const ctx = context();
      if (!ctx.level || ctx.excluded) return;
      countLists(ctx.frame, 1);
      const next = blocks[bi + 1];
      const text = normSpace(b.span.text).replace(LEADING_GLYPH, '');
      if (/:$/.test(text) && next?.kind === 'list-item' && next.depth >= b.depth) return; // lead-in to the items after it
      const prefixed = levelPrefix(text);
      if (prefixed && isDescriptive(text)) {
        descriptions.push({ level: prefixed, span: b.span });
        return;
      }
      candidates.push({ text, level: ctx.level, domain: ctx.domain, span: b.span, frame: ctx.frame, fromParagraph: false, needsCue: ctx.needsCue, cell: ctx.cell });
      return;
    }
    // table
    const ctx = context();
    const found = tableIndicators(b, registry, parse, ctx.level && !ctx.excluded ? ctx.level : null, ctx.domain, descriptions, carry);
    if (found.length) countLists(ctx.frame, found.length);
    for (const f of found) candidates.push({ ...f, frame: ctx.frame, fromParagraph: false });
  });
  return { candidates, listsUnder, descriptions };
}

/** An inline list: "... may include (for example): " then three or more short comma-separated parts, to "etc." or the full stop. */
const INLINE_LIST = /\b(?:(?:may|might|can|could|will|would) )?(?:include|includes|including)(?:,? (?:for example|for instance|e\.g\.?))?\s*:\s*([^.:]*?(?:\bi\.?e\.?,? [^.:]*?)?)(?:,?\s*etc\.?|\.)(?=\s|$)/i;

export function inlineItems(text: string): string[] {
  const m = INLINE_LIST.exec(text);
  if (!m) return [];
  // "Support at this level may include: a parenting course, ...": what a service offers, not the child's needs
  const subject = text.slice(0, m.index).split(/(?<=[.!?])\s+/).pop() ?? '';
  if (/\b(?:support|services?|help|interventions?|offers?|response|provision|agencies|professionals|actions?|plans?)\b/i.test(subject)) return [];
  const parts = m[1].split(/\s*,\s*(?:and |or )?|\s+(?:and|or)\s+(?=[^,]*$)/).map((x) => x.trim()).filter(Boolean);
  const items: string[] = [];
  for (const part of parts) {
    // "a change in the family, ie bereavement, ...": the part before "ie" names the kind, the rest are the items
    const ie = /^(?:i\.?e\.?|e\.?g\.?|such as)\s+(.+)$/i.exec(part);
    if (ie) {
      items.pop();
      items.push(ie[1]);
      continue;
    }
    items.push(part);
  }
  const kept = items.filter((x) => wordCount(x) <= 8 && !/\bservices?\b/i.test(x));
  return parts.length >= 3 && kept.length >= 2 ? kept : [];
}
