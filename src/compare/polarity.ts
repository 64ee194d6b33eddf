import { NEED_CUES, STRENGTH_CUES } from './strengths.ts';

function phraseRe(words: readonly string[]): RegExp {
  const alts = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`\\b(?:${alts.join('|')})\\b`, 'i');
}

const STRENGTH = phraseRe(STRENGTH_CUES);
const NEED = phraseRe(NEED_CUES);
const NO_CONCERN = /\bno\s+(?:concerns?|worries|issues)\b/i;

const cache = new Map<string, boolean>();

/** True when an indicator reads as a strength or an absence of concern rather than a need. */
export function isStrength(text: string): boolean {
  let v = cache.get(text);
  if (v === undefined) {
    v = NO_CONCERN.test(text) || (STRENGTH.test(text) && !NEED.test(text));
    if (cache.size > 50_000) cache.clear();
    cache.set(text, v);
  }
  return v;
}
