// Indicators in a table block: by the table's kind, a matrix (level header row), a level column, or a
// table inside one level's section.
import type { Block } from '../model/index.ts';
import type { LevelEntry, LevelRegistry } from './levels.ts';
import { toGrid, type GridCell } from './grid.ts';
import { levelColumn, levelHeader } from './table-levels.ts';
import { matrixIndicators, type MatrixCarry } from './table-matrix.ts';
import { levelColumnIndicators, type ColumnCarry } from './table-column.ts';
import { sectionTableIndicators } from './table-section.ts';
import type { Description, Found, Parse } from './context.ts';

export type { MatrixCarry } from './table-matrix.ts';

/** What a table leaves to the next: a matrix's columns, or a level-column table's header and last level. */
export interface TableCarry {
  matrix: MatrixCarry | null;
  column?: ColumnCarry | null;
}

/** One table block and what the passes know around it. */
export interface TableInput {
  b: Extract<Block, { kind: 'table' }>;
  grid: GridCell[][];
  width: number;
  registry: LevelRegistry;
  parse: Parse;
  /** The domain of the section the table sits in. */
  contextDomain: string | null;
  /** Level descriptions found in the table are added here. */
  descriptions: Description[];
}

export function tableIndicators(
  b: Extract<Block, { kind: 'table' }>,
  registry: LevelRegistry,
  parse: Parse,
  contextLevel: LevelEntry | null,
  contextDomain: string | null,
  descriptions: Description[],
  carry: TableCarry,
): Found[] {
  const grid = toGrid(b.rows);
  if (!grid.length) return [];
  const width = grid[0].length;
  const t: TableInput = { b, grid, width, registry, parse, contextDomain, descriptions };
  const header = levelHeader(grid, registry, parse);
  // A matrix continued on the next page without its header row: same columns, no heading in between.
  const continued = !header && carry.matrix && (carry.matrix.width === width || carry.matrix.centers) && !levelColumn(grid, registry, parse).rows.size ? carry.matrix : null;
  const lastColumn = carry.column ?? null;
  carry.column = null;
  if (header || continued) return matrixIndicators(t, header, continued, carry);

  const column = levelColumn(grid, registry, parse);
  if (column.rows.size) return levelColumnIndicators(t, column, lastColumn, carry);

  if (!contextLevel) return [];
  return sectionTableIndicators(t, contextLevel);
}
