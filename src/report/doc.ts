// The format-independent report model every writer renders: titled sections of plain tables.

export type Cell = string | number | null;

export type Sheet = 'summary' | 'differences' | 'evidence';

export interface Section {
  id: string;
  title: string;
  /** Which XLSX sheet the section goes to; CSV takes the 'differences' sheet only. */
  sheet: Sheet;
  note?: string;
  columns: string[];
  rows: Cell[][];
  /** Columns holding long free text (wrapped in HTML, truncated in the terminal). */
  wide?: number[];
}

export interface ReportDoc {
  title: string;
  /** Key/value lines shown under the title. */
  meta: [string, string][];
  sections: Section[];
}

export function cellText(c: Cell): string {
  return c === null ? '' : typeof c === 'number' ? String(c) : c;
}
