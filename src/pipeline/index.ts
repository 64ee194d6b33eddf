export { analyse, toExtractJson } from './analyse.ts';
export type { AnalyseMeta, ExtractJson } from './analyse.ts';
