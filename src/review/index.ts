export * from './types.ts';
export { sha256Hex, textHash, normaliseAnchorText } from './sha256.ts';
export { CorrectionInvalid, checkCorrection, checkCorrectionsFile, formatCorrectionsFile, isAuthorityId, AUTHORITY_ID } from './validate.ts';
export { applyCorrections, applyToProfile, locateAdded, staleCount } from './apply.ts';
export type { ApplyOptions, ApplyResult } from './apply.ts';
export { addCorrection, correctionId, indicatorAnchor, indicatorCorrection, levelBandsCorrection } from './create.ts';
export type { Change } from './create.ts';
export { htmlToText, selectableFormat, sourceText } from './source-text.ts';
