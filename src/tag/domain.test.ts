import { describe, expect, it } from 'vitest';
import { domainPerson, TWIN_TOPICS } from './domain.ts';
import { tagIndicator } from './index.ts';

describe('domainPerson', () => {
  it('reads whose a domain heading is about', () => {
    expect(domainPerson('Parents and carers')).toBe('adult');
    expect(domainPerson('Parenting capacity')).toBe('adult');
    expect(domainPerson('Basic care, safety and protection')).toBe('adult');
    expect(domainPerson('Family and environmental factors')).toBe('adult');
    expect(domainPerson("Child's development")).toBe('child');
    expect(domainPerson('Children and young people')).toBe('child');
    expect(domainPerson('Emotional and behavioural development')).toBe('child');
    expect(domainPerson('Family and social relationships')).toBe('child');
    expect(domainPerson('Examples at this level')).toBe('child');
    expect(domainPerson(null)).toBe('child');
  });
  it('names both sides of each twin', () => {
    expect(TWIN_TOPICS.has('parental-substance-misuse') && TWIN_TOPICS.has('child-substance-misuse')).toBe(true);
  });
});

describe('tagIndicator with a domain', () => {
  const rules = (text: string, domain?: string) => tagIndicator(text, { rulesOnly: true, domain }).topics;
  it('gives a twin topic to the child under a child domain when the text names no person', () => {
    expect(rules('Misuse of drugs and alcohol', 'Child development')).toContain('child-substance-misuse');
    expect(rules('Misuse of drugs and alcohol', 'Child development')).not.toContain('parental-substance-misuse');
    expect(rules('Misuse of drugs and alcohol', 'Parents and carers')).toContain('parental-substance-misuse');
    expect(rules('Diagnosed mental health condition', 'Parenting capacity')).toContain('parental-mental-health');
    expect(rules('Diagnosed mental health condition', 'Parenting capacity')).not.toContain('child-mental-health');
    expect(rules('Diagnosed mental health condition', 'Young person')).toContain('child-mental-health');
  });
  it('leaves a sentence that names its person alone', () => {
    expect(rules('Mother misuses drugs and alcohol', 'Child development')).toContain('parental-substance-misuse');
    expect(rules('Young person misuses drugs', 'Parents and carers')).toContain('child-substance-misuse');
  });
  it('gives a twin topic to the child when no heading, or one naming no one, says whose it is', () => {
    const t = 'Misuse of drugs and alcohol';
    expect(rules(t)).toContain('child-substance-misuse');
    expect(rules(t)).not.toContain('parental-substance-misuse');
    expect(rules(t, 'Examples at this level')).toEqual(rules(t));
    expect(rules('Schedule 1 offender in the household')).toContain('adult-offending');
    expect(rules('Misuse of drugs and alcohol during pregnancy')).toContain('parental-substance-misuse');
    expect(rules('Misuse of drugs and alcohol during pregnancy')).not.toContain('child-substance-misuse');
  });
});
