// The authority's name in a document's title, when nothing else names it: "Westcombe Continuum of Need" is
// Westcombe's; "Specialist Help - Level 4 | Brackley Safeguarding Children Partnership" is Brackley's. Words are data
// (authority-words.json). Pure. A title that does not end in such words is kept whole, as before.
import words from './authority-words.json' with { type: 'json' };
import { parseLevel } from '../segment/index.ts';

const suffix = (list: string[]) => new RegExp(`\\s*(?:${list.join('|')})\\s*$`, 'i');
const ORGANISATION = suffix(words.organisations);
const DOCUMENT = suffix(words.documents);
const GENERIC = new Set(words.generic);
const YEAR = /\s*\(?(?:19|20)\d\d(?:[-–/]\d{2,4})?\)?\s*$/;
const PARTS = /\s+[|–—-]\s+|\s*:\s+/;
const plain = (text: string) => text.replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();

/** The name left when `ending` is read off the end of a title part, or null. */
function nameBefore(part: string, ending: RegExp): string | null {
  const bare = part.replace(YEAR, '').trim();
  const name = bare.replace(ending, '').replace(/[\s,–—-]+$/, '').trim();
  if (!name || name === bare || GENERIC.has(name.toLowerCase()) || !/^[A-Z]/.test(name) || name.split(' ').length > 5 || parseLevel(name)) return null;
  return name;
}

const PROPER_NAME = /^[A-Z][\w'.-]*(?: (?:and|upon|on|under|in|[A-Z][\w'.-]*)){0,3}$/;

/** The name after a title's last bar, when the part before it names a level or says more than a name would. */
function siteName(title: string): string | null {
  const bar = title.lastIndexOf(' | ');
  if (bar < 0) return null;
  const page = title.slice(0, bar).trim();
  const name = title.slice(bar + 3).replace(YEAR, '').trim();
  if (!PROPER_NAME.test(name) || / (?:and|upon|on|under|in)$/.test(name) || GENERIC.has(name.toLowerCase()) || parseLevel(name) || !name.replace(DOCUMENT, '').trim()) return null;
  const levelPage = page.split(PARTS).some((p) => parseLevel(p));
  return levelPage || page.split(/\s+/).length >= 6 ? name : null;
}

export function authorityFromTitle(title: string | null): string | null {
  if (!title) return null;
  const t = plain(title);
  // the level a page is about, and words about the document alone, say nothing of whose it is
  const parts = t.split(PARTS).filter((p) => p && !parseLevel(p));
  for (const ending of [ORGANISATION, DOCUMENT]) {
    for (const part of parts) {
      const name = nameBefore(part, ending);
      if (name) return name;
    }
  }
  // "Intensive – Level 3 | Ambercross": a page's title, then after the bar the site's name, a short proper name
  const site = siteName(t);
  if (site) return site;
  const named = parts.some((p) => {
    const left = p.replace(YEAR, '').replace(DOCUMENT, '').trim();
    return left && !GENERIC.has(left.toLowerCase()) && !parseLevel(left);
  });
  // a title that is only a level's name and words about the document names no authority; one not read is kept whole
  return named ? title : null;
}

/**
 * The authority a page's first lines name by its organisation ("Kilnsey Children's Services Procedures Manual" as a
 * site banner), when its title names none. Only short lines ending in an organisation's words count.
 */
export function authorityFromLines(lines: string[]): string | null {
  for (const line of lines) {
    const t = plain(line);
    if (!t || t.split(' ').length > 10) continue;
    const name = nameBefore(t, ORGANISATION); // never a level's name (nameBefore checks)
    if (name) return name;
  }
  return null;
}
