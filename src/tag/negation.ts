// Does the indicator state an absence ("no concerns about", "not known to", "no injuries")?
// Fast path: the absence patterns in lexicon/qualifiers.json, then a negation cue a few words before a harm term.
// compromise is slow (~0.5 ms a call), so it is only asked when a cue and a harm term are far apart,
// to find whether a conjunction or a comma ends the cue's scope first.
import nlp from 'compromise/two';
import type { Tokens } from './text.ts';
import type { TopicHit } from './match.ts';
import { absence, notAbsence } from './qualifiers.ts';

const CUES = new Set(['no', 'not', 'never', 'without', 'nor', 'none', 'neither']);
const BREAKS = new Set(['and', 'but', 'or', 'because', 'although', 'though', 'while', 'whereas', 'however', 'so', 'yet', 'which', 'who', 'whilst', 'despite']);
/** Words between the cue and the harm term that keep it a description of a need, not an absence. */
const NEED_WORDS = new Set(['able', 'attend', 'attending', 'brought', 'meeting', 'met', 'protect', 'protected', 'safe', 'supervised', 'engaging', 'engage', 'accept', 'accessing', 'receiving', 'given', 'recognise', 'recognising', 'understand', 'understanding', 'adequate', 'appropriate', 'sufficient', 'enough', 'consistent', 'only', 'just', 'always', 'fed', 'clean', 'kept', 'in', 'registered', 'taken', 'allowed', 'return', 'returning', 'sure', 'aware', 'willing', 'want', 'wanting', 'seen', 'available', 'getting', 'know', 'known', 'tell', 'told']);
const NEAR = 3;
const FAR = 8;

/** Harm topics: negating them states an absence. Dimension topics (health, learning...) are not in this list. */
export const HARM_TOPICS = new Set([
  'physical-abuse', 'bruising-non-mobile', 'sexual-abuse', 'emotional-abuse', 'neglect', 'domestic-abuse',
  'parental-substance-misuse', 'parental-mental-health', 'self-harm', 'child-substance-misuse', 'sexual-exploitation',
  'criminal-exploitation', 'missing', 'trafficking', 'radicalisation', 'harmful-practices', 'bullying', 'offending',
  'exclusion', 'adult-offending', 'child-mental-health', 'disclosure',
]);

function scopeReaches(words: string[], cue: number, target: number): boolean {
  const clause = words.slice(cue, target + 1).join(' ');
  const terms = nlp(clause).json().flatMap((s: { terms: { normal: string; tags: string[]; post: string }[] }) => s.terms);
  for (let i = 1; i < terms.length; i++) {
    if (/[,;]/.test(terms[i - 1].post)) return false;
    if (BREAKS.has(terms[i].normal) && terms[i].tags.includes('Conjunction')) return false;
    if (terms[i].tags.includes('Pronoun') && !terms[i].tags.includes('Possessive')) return false;
  }
  return true;
}

export function isNegated(normalised: string, tokens: Tokens, hits: TopicHit[]): boolean {
  if (absence.test(normalised)) return true;
  const { words, clause } = tokens;
  for (let i = 0; i < words.length; i++) {
    if (!CUES.has(words[i])) continue;
    for (const h of hits) {
      if (!HARM_TOPICS.has(h.topic) || h.neutral || h.span.start <= i || clause[h.span.start] !== clause[i]) continue;
      const gap = h.span.start - i - 1;
      if (gap > FAR) continue;
      let need = false;
      for (let k = i + 1; k < h.span.start; k++) if (NEED_WORDS.has(words[k])) need = true;
      if (need) continue;
      const tail = words.slice(i, i + 3).join(' ');
      if (notAbsence.test(tail)) continue;
      if (gap <= NEAR) return true;
      if (scopeReaches(words, i, h.span.start)) return true;
    }
  }
  return false;
}
