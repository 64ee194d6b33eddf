export { analyse, analyseSeries, toExtractJson } from './analyse.ts';
export type { AnalyseMeta, ExtractJson, PartInput, SeriesOptions } from './analyse.ts';
