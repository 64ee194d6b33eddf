// The authority's name in a document's title, when nothing else names it: "Westcombe Continuum of Need" is
// Westcombe's; "Specialist Help - Level 4 | Brackley Safeguarding Children Partnership" is Brackley's. Words are data
// (authority-words.json). Pure. A title that does not end in such words is kept whole, as before.
import words from './authority-words.json' with { type: 'json' };
import { parseLevel } from '../segment/index.ts';

const SUFFIX = new RegExp(`\\s*(?:${words.suffixes.join('|')})\\s*$`, 'i');
const YEAR = /\s*\(?(?:19|20)\d\d(?:[-–/]\d{2,4})?\)?\s*$/;
const PARTS = /\s+[|–—-]\s+|\s*:\s+/;

export function authorityFromTitle(title: string | null): string | null {
  if (!title) return null;
  const t = title.replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
  let named = false;
  for (const part of t.split(PARTS)) {
    if (!part || parseLevel(part)) continue; // the level a page is about, not whose it is
    const name = part.replace(YEAR, '').replace(SUFFIX, '').replace(/[\s,–—-]+$/, '').trim();
    if (!name) continue; // only words about the document ("Threshold Guidance")
    if (name !== part.replace(YEAR, '').trim() && /^[A-Z]/.test(name) && name.split(' ').length <= 5) return name;
    named = true;
  }
  // a title that is only a level's name and words about the document names no authority
  return named ? title : null;
}
