import { describe, expect, it } from 'vitest';
import { cueOf, notAnItem } from './cues.ts';

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
