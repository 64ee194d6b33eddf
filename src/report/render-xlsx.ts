import type { Cell, ReportDoc, Sheet } from './doc.ts';
import { neutraliseCell } from './escape.ts';

const SHEETS: Sheet[] = ['summary', 'differences', 'evidence'];

function value(c: Cell): string | number | null {
  return typeof c === 'string' ? neutraliseCell(c) : c;
}

/** The cell grid of each sheet (what the workbook holds; also what the golden tests compare). */
export function xlsxSheets(doc: ReportDoc): Record<string, (string | number | null)[][]> {
  const out: Record<string, (string | number | null)[][]> = {};
  for (const sheet of SHEETS) {
    const rows: (string | number | null)[][] = [];
    for (const s of doc.sections.filter((x) => x.sheet === sheet)) {
      if (rows.length) rows.push([]);
      if (sheet === 'summary') rows.push([value(s.title)]);
      rows.push(s.columns.map(value), ...s.rows.map((r) => r.map(value)));
    }
    if (rows.length) out[sheet] = rows;
  }
  return out;
}

/**
 * XLSX workbook with sheets summary / differences / evidence. exceljs is imported lazily so the app
 * only loads it when someone asks for a spreadsheet. Text cells are neutralised and written as
 * strings, never as formulas.
 */
export async function renderXlsx(doc: ReportDoc): Promise<Uint8Array> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Threshold Atlas';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const grids = xlsxSheets(doc);
  for (const [name, rows] of Object.entries(grids)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
    if (name !== 'summary') {
      ws.getRow(1).font = { bold: true };
      ws.views = [{ state: 'frozen', ySplit: 1 }];
    }
    ws.columns.forEach((col) => { col.width = 18; });
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
