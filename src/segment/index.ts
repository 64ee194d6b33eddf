export { segment } from './segment.ts';
export { parseLevel, findLevelIn } from './levels.ts';
