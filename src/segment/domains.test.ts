import { describe, expect, it } from 'vitest';
import { domainLabel, isDomainName, trailingDomain } from './domains.ts';

describe('domain sub-headings', () => {
  it('knows assessment-framework domains however they are punctuated', () => {
    for (const t of ['Parenting capacity', "Child's development", 'Health, e.g.', 'Family/Environment Factors', 'Basic care and safety', '1. Health', 'Emotional / mental health', 'Development needs of infants (unborn babies included), young children and teenagers']) {
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

describe('longer domain labels', () => {
  it('accepts a known multi-word domain followed by a connector', () => {
    expect(isDomainName('1. Developmental needs of the child or young person')).toBe(true);
    expect(isDomainName('Parents and Carers 3. Family and Environmental Factors')).toBe(true);
  });
  it('rejects a domain word followed by a situation', () => {
    expect(isDomainName('Basic care not provided')).toBe(false);
    expect(isDomainName('Health needs not met')).toBe(false);
  });
});
