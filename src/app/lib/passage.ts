// "The passage in context" for non-PDF sources: find an indicator's text in the plain text of its source.
/** The match with context; from/start/end/to are offsets into the searched text (before/after may carry "… "). */
export interface Passage { before: string; match: string; after: string; from: number; start: number; end: number; to: number }

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Locate `needle` in `text` ignoring case and whitespace differences; return the match with up to
 * `context` characters either side, cut at word boundaries. Falls back to the longest leading fragment found.
 */
export function findPassage(text: string, needle: string, context = 400): Passage | null {
  // map normalised offsets back to the original text
  const map: number[] = [];
  let flat = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/\s/.test(c)) {
      if (!space && flat.length) { flat += ' '; map.push(i); }
      space = true;
    } else {
      flat += c.toLowerCase();
      map.push(i);
      space = false;
    }
  }
  let n = norm(needle);
  let at = flat.indexOf(n);
  while (at < 0 && n.length > 24) {
    n = n.slice(0, Math.floor(n.length * 0.6)).trim();
    at = flat.indexOf(n);
  }
  if (at < 0) return null;
  const start = map[at];
  const end = map[Math.min(at + n.length - 1, map.length - 1)] + 1;
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  return {
    before: (from > 0 ? '… ' : '') + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? ' …' : ''),
    from, start, end, to,
  };
}

/** Lines a..b (1-based, inclusive) from a "lines 12-14" ref. */
export function lineRange(ref: string | undefined): [number, number] | null {
  const m = /lines?\s+(\d+)(?:\s*[-–]\s*(\d+))?/i.exec(ref ?? '');
  return m ? [Number(m[1]), Number(m[2] ?? m[1])] : null;
}
