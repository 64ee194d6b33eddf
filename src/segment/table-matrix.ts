// Matrix tables: a header row naming the levels (one column per level, maybe a second row of names and
// a strengths / needs sub-header), a first column naming each row's domain, and the same matrix carried
// on over a page break without its header row.
import type { TableCell } from '../model/index.ts';
import type { LevelEntry } from './levels.ts';
import { wordCount } from './levels.ts';
import { cueOf, isDescriptive, type Cue } from './cues.ts';
import { cellText } from './grid.ts';
import { headerCenters, indicatorItems, placeCells, rowKey } from './table-cells.ts';
import { nameRows, type levelHeader } from './table-levels.ts';
import type { Found } from './context.ts';
import type { TableInput } from './tables.ts';

/** The columns of the last matrix read, for its continuation on the next page. */
export interface MatrixCarry {
  cols: Map<number, LevelEntry>;
  modes: Map<number, Cue>;
  labelCol: number | null;
  centers: number[] | null;
  headerKey: string;
  width: number;
  lastDomain: string | null;
}

export type LevelHeader = NonNullable<ReturnType<typeof levelHeader>>;

/** Indicators of a matrix (`header`) or of its headerless continuation (`continued`); updates `carry`. */
export function matrixIndicators(t: TableInput, header: LevelHeader | null, continued: MatrixCarry | null, carry: { matrix: MatrixCarry | null }): Found[] {
  const { b, grid, width, registry, parse, contextDomain, descriptions } = t;
  const out: Found[] = [];
  let cols = new Map<number, LevelEntry>();
  let modes = new Map<number, Cue>();
  let firstBody = 0;
  let labelCol: number | null = null;
  let centers: number[] | null = null;
  let headerKey = '';
  let rowDomain: string | null = null;
  if (continued) {
    ({ cols, modes, labelCol, centers, headerKey } = continued);
    rowDomain = continued.lastDomain;
  } else if (header) {
  for (const [c, p] of header.levels) {
    const e = registry.find(p)!;
    const cell = grid[header.row][c].cell;
    // a header cell spanning several columns (strengths | needs under one level) covers them all
    for (let k = c; k < width && grid[header.row][k].cell === cell; k++) cols.set(k, e);
    descriptions.push(...cell.items.map((span) => ({ level: e, span })));
  }
  firstBody = header.row + 1;
  for (const named of nameRows(grid, header, parse)) {
    for (const c of named.levels.keys()) {
      const e = cols.get(c);
      if (e) descriptions.push(...grid[named.row][c].cell.items.map((span) => ({ level: e, span })));
    }
    firstBody = named.row + 1;
  }
  for (let r = firstBody; r < Math.min(grid.length, firstBody + 2); r++) {
    const cues = grid[r].map((g) => cueOf(cellText(g.cell)));
    if (cues.filter((c) => c === 'strengths' || c === 'needs').length >= 1 && cues.every((c, i) => c !== null || !cols.has(i))) {
      cues.forEach((c, i) => modes.set(i, c));
      firstBody = r + 1;
    } else break;
  }
  labelCol = cols.has(0) ? null : 0;
  centers = headerCenters(grid, header.row);
  headerKey = rowKey(grid, header.row);
  }
  let domain: string | null = contextDomain;
  const lastByCol = new Map<number, number>();
  for (let r = firstBody; r < grid.length; r++) {
    const row = grid[r];
    // a repeated header row (table broken across pages)
    if (rowKey(grid, r) === headerKey) continue;
    const distinct = new Set(row.map((g) => g.cell));
    if (distinct.size === 1) {
      const t = cellText(row[0].cell);
      if (t) domain = t;
      continue;
    }
    const placed = placeCells(b.rows[r].cells, row, r, centers);
    const labelCell = labelCol === null ? undefined : placed.find((p) => p.col === labelCol);
    let label: string | null = labelCol === null ? null : labelCell ? cellText(labelCell.cell) : '';
    if (labelCol !== null && !labelCell && !row[labelCol].origin && row[labelCol].row >= 0) label = rowDomain; // rowspan continuation
    const continuation = label === '';
    if (label === '') label = rowDomain; // continuation row (page break or wrapped line)
    let cue = label ? cueOf(label) : null;
    // A second label column ("Health" | "Strengths" / "Needs" | levels...) says what the row holds.
    const sideCue = placed.filter((p) => p.col !== labelCol && !cols.has(p.col)).map((p) => cueOf(cellText(p.cell))).find((c) => c !== null) ?? null;
    if (sideCue && sideCue !== 'needs') cue = sideCue;
    if (cue === 'strengths' || cue === 'needs' || cue === 'exclude' || cue === 'case') {
      // the row is labelled by its role, not a domain: keep the domain of the rows above
      if (label && cueOf(label) !== null) label = rowDomain;
    }
    rowDomain = label;
    // A row with one long or descriptive statement per level describes the levels ("Children whose needs are ...").
    const levelCells = placed.filter((p) => cols.has(p.col) && p.cell.items.length);
    if (!cue && levelCells.length >= 2 && levelCells.every((p) => {
      const its = indicatorItems(p.cell);
      return its.length <= 1 && its.every((x) => isDescriptive(x.text) || wordCount(x.text) > 25);
    })) cue = 'exclude';
    const seenCells = new Set<TableCell>();
    for (const { col: c, cell } of placed) {
      const level = cols.get(c);
      if (!level || seenCells.has(cell)) continue;
      seenCells.add(cell);
      if (modes.get(c) === 'strengths' || modes.get(c) === 'exclude' || modes.get(c) === 'case') continue;
      if (cue === 'exclude' || cue === 'strengths' || cue === 'case') {
        if (cue === 'exclude') descriptions.push(...cell.items.map((span) => ({ level, span })));
        continue;
      }
      const spans = indicatorItems(cell);
      spans.forEach((span, k) => {
        // A wrapped line that the extractor left as its own row: join it to the item above.
        const prev = lastByCol.get(c);
        if (continuation && k === 0 && prev !== undefined && /^[a-z(]/.test(span.text)) {
          out[prev] = { ...out[prev], text: `${out[prev].text} ${span.text}` };
          return;
        }
        out.push({ text: span.text, level, domain: label ?? domain, span });
        lastByCol.set(c, out.length - 1);
      });
    }
  }
  carry.matrix = { cols, modes, labelCol, centers, headerKey, width, lastDomain: rowDomain };
  return out;
}
