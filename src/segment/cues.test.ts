import { describe, expect, it } from 'vitest';
import { cueOf, isCaseVignette, isPrompt, notAnItem } from './cues.ts';

describe('notAnItem', () => {
  it('takes practitioner instructions, lines about the document and level descriptions out of the items', () => {
    for (const t of [
      'Discuss with the child and their family and review progress at a review meeting.',
      'If progress is not being made, review and update the plan.',
      'You must have consent from the parents for services at this level.',
      'In Fernmoor we use the partnership threshold document.',
      'These children have additional needs and may be vulnerable. Their needs can be met by one agency.',
      'All of their needs are met by universal services. These are children who thrive at home and school.',
      'Level 1: No additional support beyond what everyone receives 8',
      'Our Three Level\u2019s of Help', // a stray apostrophe in the plural still names the scheme
    ]) expect(notAnItem(t), t).toBe(true);
  });
  it('keeps situations, including ones that open with a verb-like word', () => {
    for (const t of [
      'Providing care for a disabled sibling most evenings',
      'Supporting a parent with their mental health',
      'Complete lack of routines at home',
      'Talk of wanting to end their life',
      'Record of domestic abuse incidents at the address',
      'Children with complex health needs',
      'We don\'t always have money for food',
    ]) expect(notAnItem(t), t).toBe(false);
  });
});

describe('cueOf', () => {
  it('reads service headings as exclusions', () => {
    expect(cueOf('What the hub does')).toBe('exclude');
    expect(cueOf('How we can help')).toBe('exclude');
    expect(cueOf('Parenting capacity')).toBeNull();
  });
});

describe('isPrompt', () => {
  it('takes questions for the practitioner, not situations', () => {
    expect(isPrompt('Who else could you ask for advice?')).toBe(true);
    expect(isPrompt('Has anyone checked with the health visitor?')).toBe(true);
    expect(isPrompt('Parent struggles to set routines')).toBe(false);
  });
});

describe('isCaseVignette', () => {
  it('takes a short story of one named child with an age', () => {
    expect(isCaseVignette('Tomas, 8, often arrives at school hungry. His teacher has noticed he hides food in his bag.')).toBe(true);
    expect(isCaseVignette('Lily is 15 years old. She has stopped going to lessons and Lily says she stays out late.')).toBe(true);
  });
  it('leaves general lines and one-sentence items alone', () => {
    expect(isCaseVignette('Children, 0-5, who miss health checks. They may need a health visitor.')).toBe(false);
    expect(isCaseVignette('Tomas, 8, often arrives at school hungry.')).toBe(false);
    expect(isCaseVignette('Parent is 19 and has no support network. She finds it hard to cope.')).toBe(false);
  });
});

describe('notAnItem and bracketed qualifiers', () => {
  it('keeps an item whose bracket names the level of need', () => {
    expect(notAnItem('Young parent with little support (higher level of need);')).toBe(false);
    expect(notAnItem('This guide describes the levels of need in our area.')).toBe(true);
  });
});
