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

/** The name left when `ending` is read off the end of a title part, or null. */
function nameBefore(part: string, ending: RegExp): string | null {
  const bare = part.replace(YEAR, '').trim();
  const name = bare.replace(ending, '').replace(/[\s,–—-]+$/, '').trim();
  if (!name || name === bare || GENERIC.has(name.toLowerCase()) || !/^[A-Z]/.test(name) || name.split(' ').length > 5) return null;
  return name;
}

export function authorityFromTitle(title: string | null): string | null {
  if (!title) return null;
  const t = title.replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
  // the level a page is about, and words about the document alone, say nothing of whose it is
  const parts = t.split(PARTS).filter((p) => p && !parseLevel(p));
  for (const ending of [ORGANISATION, DOCUMENT]) {
    for (const part of parts) {
      const name = nameBefore(part, ending);
      if (name) return name;
    }
  }
  const named = parts.some((p) => p.replace(YEAR, '').replace(DOCUMENT, '').trim() && !GENERIC.has(p.replace(DOCUMENT, '').trim().toLowerCase()));
  // a title that is only a level's name and words about the document names no authority; one not read is kept whole
  return named ? title : null;
}
