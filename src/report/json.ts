import type { Comparison, Lottery, WhereResult } from '../compare/index.ts';
import { safeJson } from './escape.ts';

/** Bump when a field is removed or changes meaning; adding optional fields keeps the version. See docs/report-schema.md. */
export const REPORT_SCHEMA_VERSION = 1;

export type ReportJson =
  | { schemaVersion: 1; kind: 'comparison'; generator: 'threshold-atlas'; comparison: Comparison }
  | { schemaVersion: 1; kind: 'lottery'; generator: 'threshold-atlas'; limit: number | null; lottery: Lottery }
  | { schemaVersion: 1; kind: 'where'; generator: 'threshold-atlas'; where: WhereResult };

export function comparisonJson(c: Comparison): string {
  const doc: ReportJson = { schemaVersion: 1, kind: 'comparison', generator: 'threshold-atlas', comparison: c };
  return `${safeJson(doc)}\n`;
}

export function lotteryJson(l: Lottery, limit?: number): string {
  const lottery = limit ? { ...l, situations: l.situations.slice(0, limit) } : l;
  const doc: ReportJson = { schemaVersion: 1, kind: 'lottery', generator: 'threshold-atlas', limit: limit ?? null, lottery };
  return `${safeJson(doc)}\n`;
}

export function whereJson(w: WhereResult): string {
  const doc: ReportJson = { schemaVersion: 1, kind: 'where', generator: 'threshold-atlas', where: w };
  return `${safeJson(doc)}\n`;
}
