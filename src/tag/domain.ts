// The domain heading an indicator sits under, as context for the tagger: whose a parent/child twin topic is
// ("substance misuse" under "Parents and carers" is the parent's, under "Child's development" the child's) when the
// sentence itself names no person. Vocabulary in lexicon/domains.json.
import type { PersonClass } from './compile.ts';
import data from './lexicon/domains.json' with { type: 'json' };

const PATTERNS = data.domains.map((d) => ({ re: new RegExp(d.pattern, 'i'), person: d.person as PersonClass }));

/** Topics whose rules read the domain's person when the sentence names none (both sides of each twin). */
export const TWIN_TOPICS: ReadonlySet<string> = new Set(data.twins.flat());

/**
 * The person a domain heading is about: 'adult' (parents, carers, the household) or 'child'. No heading, or one that
 * names no one ("Examples at this level"): the child (domains.json noHeading), whose needs a threshold document lists.
 */
export function domainPerson(domain: string | null | undefined): PersonClass {
  if (!domain) return data.noHeading as PersonClass;
  const d = domain.toLowerCase().replace(/[’']s\b/g, '').replace(/\s+/g, ' ');
  for (const p of PATTERNS) if (p.re.test(d)) return p.person;
  return data.noHeading as PersonClass;
}
