import { DOMAIN_NAMES } from './vocab.ts';
import { nameKey, normSpace, wordCount } from './levels.ts';

const DOMAINS = new Set(DOMAIN_NAMES);
const MULTI = DOMAIN_NAMES.filter((d) => d.includes(' '));
/** After a domain name, what may follow it in a longer domain label ("Developmental needs of the child", "... 3 Family"). */
const CONNECTOR = /^(?:of|for|including|and|in|\d+)\b/;

function domainKey(key: string): boolean {
  if (DOMAINS.has(key)) return true;
  return MULTI.some((d) => key.startsWith(`${d} `) && CONNECTOR.test(key.slice(d.length + 1)));
}

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
  // a bracketed aside ("(including the unborn child)") does not make a domain heading a sentence
  if (!label || wordCount(label.replace(/\([^)]*\)/g, ' ')) > 10 || /[.?!;]$/.test(label)) return false;
  return domainKey(nameKey(label)) || slashPair(label);
}

/** "Emotional / mental health": each side, completed with the other's last word, is a domain name. */
function slashPair(label: string): boolean {
  const sides = label.split(/\s*\/\s*/).map(nameKey).filter(Boolean);
  if (sides.length !== 2) return false;
  const tail = sides[1].split(' ').slice(1).join(' ');
  const first = sides[0].includes(' ') || !tail ? sides[0] : `${sides[0]} ${tail}`;
  return domainKey(first) && domainKey(sides[1]);
}

/**
 * A level label followed by a domain ("Level 1 developmental needs", "Level 2 – Parents and Carers"):
 * returns the domain part when the rest of the label is a domain name.
 */
export function trailingDomain(rest: string): string | null {
  const label = domainLabel(rest.replace(/^[\s:\-–—.|]+/, ''));
  return label && domainKey(nameKey(label)) ? label : null;
}
