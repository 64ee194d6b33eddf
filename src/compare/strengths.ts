// Cue words of a strength or of "no concern" (data, not code). Universal levels often list strengths
// ("attends regularly", "good self-esteem") next to needs that share their words; aligning a strength
// with a need would compare unlike things.
export const STRENGTH_CUES: readonly string[] = [
  'good', 'positive', 'consistent', 'consistently', 'appropriate', 'appropriately', 'regularly', 'regular',
  'reaching', 'meets', 'met', 'thriving', 'healthy', 'stable', 'secure', 'securely', 'safe', 'supportive',
  'warm', 'copes', 'coping', 'well', 'expected', 'up to date', 'on time', 'no concerns', 'no concern',
  'not a concern', 'age-appropriate', 'age appropriate', 'achieving', 'engaged', 'settled', 'happy',
];

/** Cues that make a sentence a need even when it contains a strength word ("not making expected progress"). */
export const NEED_CUES: readonly string[] = [
  'not', 'no longer', 'poor', 'lack', 'lacks', 'without', 'unable', 'fails', 'failing', 'concern about',
  'concerns about', 'concerns that', 'risk', 'below', 'delay', 'delayed', 'struggling', 'difficult', 'difficulties',
];
