// Downloads use the same report writers as the CLI (src/report), loaded only when the user exports
// (the XLSX writer pulls in exceljs).
import type { Comparison } from './core.ts';
import type { Lottery } from './core.ts';
import { slug } from './download.ts';

export type ExportFormat = 'html' | 'md' | 'csv' | 'xlsx' | 'json';
export interface ExportFile { content: string | Uint8Array; filename: string; mime: string }

const MIME: Record<ExportFormat, string> = {
  html: 'text/html;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json;charset=utf-8',
};

export async function exportComparison(cmp: Comparison, f: ExportFormat): Promise<ExportFile> {
  const report = await import('../../report/index.ts');
  const content = await report.renderComparison(cmp, f);
  return { content, filename: `compare-${slug(cmp.labels.a)}-${slug(cmp.labels.b)}.${f}`, mime: MIME[f] };
}

export async function exportLottery(l: Lottery, f: ExportFormat): Promise<ExportFile> {
  const report = await import('../../report/index.ts');
  const content = await report.renderLottery(l, f);
  return { content, filename: `lottery${l.generated.topic ? `-${slug(l.generated.topic)}` : ''}.${f}`, mime: MIME[f] };
}
