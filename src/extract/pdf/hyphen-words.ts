// Data: when a line ends in "-", these decide that the hyphen is real ("well-being", "self-harm")
// rather than a word broken by justification ("assess-ment").

/** Word parts that are normally written with a hyphen after them. */
export const HYPHEN_PREFIXES = new Set([
  'self', 'non', 'co', 'multi', 'pre', 'post', 'ex', 'well', 'long', 'short', 'anti', 'cross', 'full', 'part',
  'half', 'low', 'high', 'age', 'under', 'over', 'semi', 'sub', 'inter', 'intra', 'mid', 're', 'de', 'one', 'two',
  'three', 'four', 'five', 'first', 'second', 'third', 'child', 'parent', 'family', 'school', 'peer', 'on', 'off',
  'out', 'in', 'step', 'foster', 'care', 'near', 'life', 'ill', 'all', 'follow', 'drop', 'check', 'face', 'home',
  'sub', 'hard', 'fast', 'wide', 'large', 'small', 'single', 'mental', 'extra', 'ultra', 'counter',
]);

/** Word parts that are normally written with a hyphen before them. */
export const HYPHEN_SUFFIXES = new Set([
  'being', 'based', 'term', 'up', 'related', 'specific', 'led', 'known', 'year', 'years', 'old', 'aged', 'time',
  'level', 'agency', 'making', 'harm', 'esteem', 'worth', 'care', 'off', 'on', 'in', 'out', 'like', 'free',
  'focused', 'centred', 'centered', 'friendly', 'wide', 'going', 'abuse', 'neglect', 'mobile', 'engagement',
  'attendance', 'school', 'natal', 'birth', 'born', 'scale', 'reported', 'referral', 'owned', 'funded',
]);
