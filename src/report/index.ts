import type { Comparison, Lottery, WhereResult } from '../compare/index.ts';
import { comparisonDoc } from './comparison-doc.ts';
import type { ReportDoc } from './doc.ts';
import { comparisonJson, lotteryJson, whereJson } from './json.ts';
import { lotteryDoc } from './lottery-doc.ts';
import { renderCsv } from './render-csv.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-md.ts';
import { renderText } from './render-text.ts';
import { renderXlsx } from './render-xlsx.ts';
import { whereDoc } from './where-doc.ts';

export const REPORT_FORMATS = ['text', 'md', 'html', 'csv', 'xlsx', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(s: string): s is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(s);
}

const compact = (format: ReportFormat) => ({ compact: format === 'text' });

function render(doc: ReportDoc, format: Exclude<ReportFormat, 'json'>): Promise<string | Uint8Array> | string {
  switch (format) {
    case 'text': return renderText(doc);
    case 'md': return renderMarkdown(doc);
    case 'html': return renderHtml(doc);
    case 'csv': return renderCsv(doc);
    case 'xlsx': return renderXlsx(doc);
  }
}

/** A comparison in any format: string for text formats, bytes for xlsx. */
export async function renderComparison(c: Comparison, format: ReportFormat): Promise<string | Uint8Array> {
  return format === 'json' ? comparisonJson(c) : render(comparisonDoc(c, compact(format)), format);
}

export async function renderLottery(l: Lottery, format: ReportFormat, opts: { limit?: number } = {}): Promise<string | Uint8Array> {
  return format === 'json' ? lotteryJson(l, opts.limit) : render(lotteryDoc(l, { ...opts, ...compact(format) }), format);
}

export async function renderWhere(w: WhereResult, format: ReportFormat): Promise<string | Uint8Array> {
  return format === 'json' ? whereJson(w) : render(whereDoc(w, compact(format)), format);
}

export { comparisonDoc, lotteryDoc, whereDoc, renderCsv, renderHtml, renderMarkdown, renderText, renderXlsx };
export { xlsxSheets } from './render-xlsx.ts';
export { escapeHtml, escapeMarkdown, neutraliseCell, safeJson, safeTerminal } from './escape.ts';
export { REPORT_SCHEMA_VERSION } from './json.ts';
export type { ReportJson } from './json.ts';
export type { Cell, ReportDoc, Section, Sheet } from './doc.ts';
