// Ruled two-column level tables drawn with the fuzz corpus's raw PDF writer (fictional authority and
// wording). Real threshold documents often give their levels as a two-column table: situation | level,
// or level | indicators, with merged level cells, missing cells, header-only rows and ragged rows.
// These shapes once ended `atlas extract` with "Cannot read properties of undefined (reading 'cell')".
import { stream, writePdf } from './pdf.ts';

/** One table row: a cell is its text lines; `null` = no cell drawn (the row is shorter than the header). */
export interface DrawnRow {
  cells: (string[] | null)[];
  /** Column indices whose cell continues from the row above (no rule between them: a merged cell). */
  mergedUp?: number[];
}

export interface DrawnTable {
  title: string;
  /** Column widths in points. */
  widths: number[];
  header: string[] | null;
  rows: DrawnRow[];
  /** Lines of prose under the title. */
  intro?: string[];
}

function esc(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '-');
}

const LEAD = 12;
const PAD = 5;

/** One-page PDF drawing `t` as a ruled table: text with Helvetica (F1) and Helvetica-Bold (F2), rules as stroked lines. */
export function drawnTablePdf(t: DrawnTable): Uint8Array {
  const ops: string[] = [];
  const text = (s: string, x: number, y: number, size: number, bold = false) => ops.push(`BT /${bold ? 'F2' : 'F1'} ${size} Tf ${x} ${y} Td (${esc(s)}) Tj ET`);
  const line = (x0: number, y0: number, x1: number, y1: number) => ops.push(`${x0} ${y0} m ${x1} ${y1} l S`);
  const left = 50;
  const xs = [left];
  for (const w of t.widths) xs.push(xs[xs.length - 1] + w);
  let y = 780;
  text(t.title, left, y, 16, true);
  y -= 26;
  for (const l of t.intro ?? []) {
    text(l, left, y, 10);
    y -= 14;
  }
  y -= 8;
  ops.push('0.8 w');
  const rows: DrawnRow[] = [...(t.header ? [{ cells: t.header.map((h) => [h]) }] : []), ...t.rows];
  const top = y;
  line(xs[0], top, xs[xs.length - 1], top);
  rows.forEach((row, r) => {
    const height = Math.max(1, ...row.cells.map((c) => c?.length ?? 0)) * LEAD + 2 * PAD;
    const bottom = y - height;
    row.cells.forEach((cell, c) => {
      if (!cell) return;
      cell.forEach((l, k) => text(l, xs[c] + PAD, y - PAD - 9 - k * LEAD, 9, !!t.header && r === 0));
    });
    // vertical rules: the left edge, and the right edge of every drawn cell
    line(xs[0], y, xs[0], bottom);
    const drawn = row.cells.length;
    for (let c = 0; c < drawn; c++) if (row.cells[c] !== null) line(xs[c + 1], y, xs[c + 1], bottom);
    // the rule under this row, except under a cell merged into the next row
    const next = rows[r + 1];
    for (let c = 0; c < t.widths.length; c++) {
      if (next?.mergedUp?.includes(c)) continue;
      if (c >= drawn && !next) continue;
      line(xs[c], bottom, xs[c + 1], bottom);
    }
    y = bottom;
  });
  const content = ops.join('\n');
  return writePdf({
    objects: [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [5 0 R] /Count 1 >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents 6 0 R >>',
      stream('', content),
    ],
  });
}

const SITUATIONS = [
  'Child meets expected milestones and attends nursery',
  'Family has short-term rent arrears',
  'Parent finds routines hard after a bereavement',
  'Young person is missing overnight more than once',
  'Baby under six months has unexplained bruising',
  'Carer under the influence and unable to supervise',
];

/** The two-column level-table shapes, each as [name, table]. Fictional: "Brackenmere Children's Partnership". */
export function levelTables(): [string, DrawnTable][] {
  const title = 'Brackenmere Children\'s Partnership - Levels of Need';
  const w2 = [330, 160];
  const out: [string, DrawnTable][] = [];
  // situation | level, one row per situation
  out.push(['situation-level', { title, widths: w2, header: ['Situation', 'Level'], rows: SITUATIONS.map((s, i) => ({ cells: [[s], [`Level ${1 + Math.floor(i / 2)}`]] })) }]);
  // level | indicators with the level cell merged down its rows
  out.push(['level-merged', { title, widths: [160, 330], header: ['Level of need', 'Description'], rows: SITUATIONS.map((s, i) => ({ cells: [i % 2 ? [''] : [`Level ${1 + i / 2}`], [s]], mergedUp: i % 2 ? [0] : [] })) }]);
  // level | scenario (a header that reads as "case example"), the level written on every row
  out.push(['level-scenario', { title, widths: [160, 330], header: ['Level', 'Scenario'], rows: SITUATIONS.map((s, i) => ({ cells: [[`Level ${1 + Math.floor(i / 2)}`], [s]] })) }]);
  // level | indicators where some rows have no second cell (ragged rows)
  out.push(['level-ragged', { title, widths: [160, 330], header: ['Level', 'Indicators'], rows: SITUATIONS.map((s, i) => ({ cells: i === 2 || i === 5 ? [[`Level ${1 + Math.floor(i / 2)}`], null] : [[`Level ${1 + Math.floor(i / 2)}`], [s]] })) }]);
  // empty cells on either side
  out.push(['level-empty-cells', { title, widths: w2, header: ['Situation', 'Level'], rows: SITUATIONS.map((s, i) => ({ cells: [i === 1 ? [''] : [s], i === 3 ? [''] : [`Level ${1 + Math.floor(i / 2)}`]] })) }]);
  // one column of level labels only
  out.push(['single-column', { title, widths: [300], header: ['Level'], rows: [1, 1, 2, 3, 4].map((n) => ({ cells: [[`Level ${n}`]] })) }]);
  // a header row and nothing else
  out.push(['header-only', { title, widths: w2, header: ['Level 1 Universal', 'Level 2 Early Help'], rows: [] }]);
  // header-only rows in the middle: a level name row across the table, then its situations
  out.push(['level-band-rows', { title, widths: w2, header: ['Situation', 'Level'], rows: SITUATIONS.flatMap((s, i) => [...(i % 2 ? [] : [{ cells: [[`Level ${1 + i / 2}`], null] } as DrawnRow]), { cells: [[s], [`Level ${1 + Math.floor(i / 2)}`]] }]) }]);
  // no header at all, level in the second column, wrapped situations
  out.push(['no-header', { title, widths: w2, header: null, rows: SITUATIONS.map((s, i) => ({ cells: [[s.slice(0, 30), s.slice(30)].filter(Boolean), [`Level ${1 + Math.floor(i / 2)}`]] })) }]);
  return out;
}
