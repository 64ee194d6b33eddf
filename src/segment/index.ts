export { segment, type SegmentOptions } from './segment.ts';
export { parseLevel, findLevelIn, parseHeaderCell, nameKey, vocabName, LevelRegistry, type ParsedLevel, type LevelEntry } from './levels.ts';
export { addressWords } from './address.ts';
export { bareNumberThenName } from './level-grammar.ts';
export { isDomainName } from './domains.ts';
