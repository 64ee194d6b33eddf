export { matchTexts, normalise, similarity, NEAR_THRESHOLD } from './match.ts';
export { evaluateDocument, totals, sameLevel } from './metrics.ts';
export type { DocResult, Totals, MatchedPair } from './metrics.ts';
export { formatEval } from './format.ts';
