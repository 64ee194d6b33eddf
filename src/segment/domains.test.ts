import { describe, expect, it } from 'vitest';
import { domainLabel, isDomainName, trailingDomain } from './domains.ts';

describe('domain sub-headings', () => {
  it('knows assessment-framework domains however they are punctuated', () => {
    for (const t of ['Parenting capacity', "Child's development", 'Health, e.g.', 'Family/Environment Factors', 'Basic care, safety and protection', '1. Health']) {
      expect(isDomainName(t), t).toBe(true);
    }
  });
  it('does not take items or prose for domains', () => {
    for (const t of ['Housing problems', 'Debt', 'Family is about to lose its tenancy', 'Health visitors see every family.', 'Level 2']) {
      expect(isDomainName(t), t).toBe(false);
    }
  });
  it('splits a domain off a level label', () => {
    expect(trailingDomain(' developmental needs')).toBe('developmental needs');
    expect(trailingDomain('– Parents and Carers')).toBe('Parents and Carers');
    expect(trailingDomain('Targeted Early Help')).toBeNull();
    expect(domainLabel('Education and Learning, e.g.')).toBe('Education and Learning');
  });
});
