export { segment, type SegmentOptions } from './segment.ts';
export { parseLevel, findLevelIn } from './levels.ts';
