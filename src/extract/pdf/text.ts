// Joining runs and lines into clean text: spaces from geometry, hyphenated breaks, bullets.
import { HYPHEN_PREFIXES, HYPHEN_SUFFIXES } from './hyphen-words.ts';
import type { Run } from './types.ts';

/** Collapse whitespace (incl. NBSP) and trim. */
export function clean(s: string): string {
  return s.replace(/[\s\u00a0\u2000-\u200b]+/g, ' ').trim();
}

/** Join two pieces of text across a line break, mending hyphenation. */
export function joinLines(a: string, b: string): string {
  const left = a.replace(/\s+$/, '');
  const right = b.replace(/^\s+/, '');
  if (!left) return right;
  if (!right) return left;
  if (left.endsWith('\u00ad')) return left.slice(0, -1) + right;
  const m = /([A-Za-z]+)-$/.exec(left);
  if (m && /^[a-z]/.test(right)) {
    const prefix = m[1].toLowerCase();
    const next = (/^[a-z]+/.exec(right) ?? [''])[0];
    const keep = HYPHEN_PREFIXES.has(prefix) || HYPHEN_SUFFIXES.has(next) || (left.length >= 2 && /-[A-Za-z]+-$/.test(left));
    return keep ? left + right : left.slice(0, -1) + right;
  }
  if (/[-\u2010\u2011\u2013\u2014/]$/.test(left) && !/\s[-\u2013\u2014/]$/.test(left)) return left + right;
  return `${left} ${right}`;
}

/**
 * Concatenate runs that are in content (reading) order: a space between runs on one line when there
 * is a visible gap, a line join when the next run starts a new line.
 */
export function joinRuns(runs: Run[]): string {
  let out = '';
  let prev: Run | null = null;
  for (const r of runs) {
    if (!prev) {
      out = r.text;
    } else if (newLine(prev, r)) {
      out = joinLines(out, r.text);
    } else {
      const gap = r.x0 - prev.x1;
      const needSpace = gap > 0.12 * Math.min(prev.size, r.size) && !/\s$/.test(out) && !/^\s/.test(r.text);
      out += (needSpace ? ' ' : '') + r.text;
    }
    prev = r;
  }
  return clean(out);
}

function newLine(a: Run, b: Run): boolean {
  if (!a.upright || !b.upright) return true;
  const tol = 0.4 * Math.min(a.size, b.size);
  return Math.abs(a.base - b.base) > tol || b.x0 < a.x0 - tol;
}

// Bullet glyphs, including the private-use code points Word writes for Symbol/Wingdings bullets.
const BULLET = /^\s*([\u2022\u25e6\u25aa\u25ab\u25cf\u25cb\u25a0\u25a1\u2023\u2043\u2219\u00b7\u27a2\u2713\u2714\u25ba\u25b6\u2666\u2756\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e0\uf020o\u2013\u2014*-])(?=\s|$)/u;
const BULLET_TIGHT = /^\s*([\u2022\u25e6\u25aa\u25ab\u25cf\u25cb\u25a0\u25a1\u2023\u2043\u2219\u27a2\u25ba\u25b6\u2666\u2756\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e0])/u;
// Wingdings/Symbol bullets that arrive without a Unicode mapping show up as these letters.
const MAPPED_BULLET = /^\s*([\u00a7\u00d8\u00fc\u2192])\s+(?=[A-Z])/;
const NUMBERING = /^\s*(\(?(\d{1,2}|[a-hj-z]|[ivx]{1,4})[.)])\s+(?=\S)/;

/** If the text starts with a bullet glyph or list numbering, return the text without it. */
export function stripBullet(text: string): string | null {
  let m = BULLET.exec(text);
  if (m && (m[1] !== 'o' || /^\s*o\s+[A-Z]/.test(text)) && !/^\s*[-*\u2013\u2014]\s*$/.test(text)) {
    return text.slice(m[0].length).trim();
  }
  m = BULLET_TIGHT.exec(text);
  if (m) return text.slice(m[0].length).trim();
  m = MAPPED_BULLET.exec(text);
  if (m) return text.slice(m[0].length).trim();
  m = NUMBERING.exec(text);
  if (m) return text.slice(m[0].length).trim();
  return null;
}

/** Text that is only a bullet glyph (pdf.js often emits the glyph as its own item). */
export function isBulletGlyph(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 2 && (BULLET.test(t) || BULLET_TIGHT.test(t) || /^[\u00a7\u00d8\u00fc\u2192]$/.test(t));
}
