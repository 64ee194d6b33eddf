import { DOMAIN_NAMES } from './vocab.ts';
import { nameKey, normSpace, wordCount } from './levels.ts';

const DOMAINS = new Set(DOMAIN_NAMES);

/** The heading text without "e.g.", a trailing colon or a leading number ("1. Health, e.g." -> "Health"). */
export function domainLabel(text: string): string {
  return normSpace(text)
    .replace(/^\d{1,2}[.)]\s+/, '')
    .replace(/[,;]?\s*(?:e\.g\.?|eg|for example|such as)\s*:?\s*$/i, '')
    .replace(/\s*:\s*$/, '')
    .trim();
}

/** Is this short line a domain sub-heading by vocabulary ("Parenting capacity", "Health, e.g.")? */
export function isDomainName(text: string): boolean {
  const label = domainLabel(text);
  if (!label || wordCount(label) > 10 || /[.?!;]$/.test(label)) return false;
  return DOMAINS.has(nameKey(label));
}

/**
 * A level label followed by a domain ("Level 1 developmental needs", "Level 2 – Parents and Carers"):
 * returns the domain part when the rest of the label is a domain name.
 */
export function trailingDomain(rest: string): string | null {
  const label = domainLabel(rest.replace(/^[\s:\-–—.|]+/, ''));
  return label && DOMAINS.has(nameKey(label)) ? label : null;
}
