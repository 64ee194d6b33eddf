import { describe, expect, it } from 'vitest';
import type { Span } from '../model/index.ts';
import { LevelRegistry } from './levels.ts';
import { makeParse, PSEUDO_LEVEL, type Candidate, type Description, type Frame } from './context.ts';
import { itemLike, keepItems } from './items.ts';
import { inlineItems } from './walk.ts';
import { dedupeIndicators, dedupeSpans } from './dedupe.ts';

const registry = new LevelRegistry();
const level = registry.add(makeParse(registry)('Level 2')!, 4);
const span = (text: string, page = 1): Span => ({ text, page, bbox: null });
const frame = (depth: number): Frame => ({ depth, kind: 'level', text: 'Level 2', level });
const cand = (text: string, f: Frame | null, fromParagraph: boolean): Candidate => ({ text, level, domain: null, span: span(text), frame: f, fromParagraph });

describe('unbulleted item lines', () => {
  it('an item reads short and concrete; guidance, lead-ins and arrows do not', () => {
    expect(itemLike({ text: 'Child is often hungry at school' })).toBe(true);
    expect(itemLike({ text: 'At this level needs are met by universal services' })).toBe(false);
    expect(itemLike({ text: 'Signs may include:' })).toBe(false);
    expect(itemLike({ text: 'Worried → talk to the front door' })).toBe(false);
    expect(itemLike({ text: 'lower-case start of a wrapped line' })).toBe(false);
  });

  it('paragraphs count as items only under a level without a list, and two or more under a label', () => {
    const heading = frame(2);
    const label = frame(PSEUDO_LEVEL);
    const descriptions: Description[] = [];
    const kept = keepItems([
      cand('Child is often hungry', heading, true),
      cand('Parent misses appointments', heading, true),
      cand('Lone paragraph under a label', label, true),
    ], new Map(), descriptions);
    expect(kept.map((c) => c.text)).toEqual(['Child is often hungry', 'Parent misses appointments']);
    expect(descriptions.map((d) => d.span.text)).toEqual(['Lone paragraph under a label']);
    // the same paragraphs beside a list of the level's own are guidance
    const d2: Description[] = [];
    expect(keepItems([cand('Child is often hungry', heading, true), cand('A bullet about the child', heading, false)], new Map([[heading, 1]]), d2).map((c) => c.text)).toEqual(['A bullet about the child']);
  });

  it('a lone item-like paragraph under a level heading is an item alone, prose among the level\'s guidance', () => {
    const cell = frame(2);
    expect(keepItems([cand('Child is often hungry', cell, true)], new Map(), []).map((c) => c.text)).toEqual(['Child is often hungry']);
    const prose = frame(2);
    const descriptions: Description[] = [];
    const kept = keepItems([
      cand('Consider a talk with the family lead worker about next steps', prose, true),
      cand('You must have the family\'s agreement before any help starts.', prose, true),
      cand('Acting early usually keeps small worries small.', prose, true),
    ], new Map(), descriptions);
    expect(kept).toEqual([]);
    expect(descriptions).toHaveLength(3);
  });
});

describe('dedupe', () => {
  it('counts an item once per level and on its level', () => {
    const before = level.indicators;
    const out = dedupeIndicators([cand('Hungry at school', null, false), cand('hungry at school.', null, false), cand('1.', null, false)]);
    expect(out.map((c) => c.text)).toEqual(['Hungry at school']);
    expect(level.indicators - before).toBe(1);
  });

  it('keeps one description span per page and text', () => {
    expect(dedupeSpans([span('a'), span('a'), span('a', 2)]).map((s) => s.page)).toEqual([1, 2]);
  });

  it('drops a last line cut off mid-item, keeps a short last item ending a sentence', () => {
    const f = frame(2);
    const items = (last: string) => keepItems([cand('Family is about to lose its tenancy', f, false), cand(last, f, false)], new Map([[f, 2]]), []).map((c) => c.text);
    expect(items('Specia')).toEqual(['Family is about to lose its tenancy']);
    expect(items('Debt.')).toEqual(['Family is about to lose its tenancy', 'Debt.']);
    expect(items('Rent arrears and debt')).toEqual(['Family is about to lose its tenancy', 'Rent arrears and debt']);
    // stopped on a word no item ends with; or unpunctuated after items that all end with a full stop
    expect(items('Parent cannot cope because of the')).toEqual(['Family is about to lose its tenancy']);
    expect(items('Family has few friends to call on')).toEqual(['Family is about to lose its tenancy', 'Family has few friends to call on']);
    const stopped = keepItems([cand('Moves school often.', f, false), cand('Rent is behind.', f, false), cand('Very low confi', f, false)], new Map([[f, 3]]), []).map((c) => c.text);
    expect(stopped).toEqual(['Moves school often.', 'Rent is behind.']);
  });
});


describe('inline lists in a level\'s prose', () => {
  it('reads "may include for example: a, b, a kind, ie c, d etc." as items, leaving out services and the kind', () => {
    expect(inlineItems('Some need help with one thing. This may include for example: a reading service, a short illness, a change at home, ie a parent leaving, a house move etc. One agency helps.'))
      .toEqual(['a short illness', 'a parent leaving', 'a house move']);
  });
  it('leaves what a service offers, and lists without a colon, alone', () => {
    expect(inlineItems('Support at this level may include: a parenting course, a school nurse and a youth club.')).toEqual([]);
    expect(inlineItems('Needs are met by universal services such as schools, GPs and health visitors.')).toEqual([]);
  });
});
