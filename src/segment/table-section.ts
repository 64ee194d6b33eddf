// A table inside one level's section (no levels in the table itself): an optional header row, and a
// first column naming the domain when it reads like labels.
import type { TableCell } from '../model/index.ts';
import { wordCount, type LevelEntry } from './levels.ts';
import { cueOf } from './cues.ts';
import { cellText } from './grid.ts';
import { indicatorItems } from './table-cells.ts';
import type { Found } from './context.ts';
import type { TableInput } from './tables.ts';

/** Every item of the table, under `contextLevel`. */
export function sectionTableIndicators(t: TableInput, contextLevel: LevelEntry): Found[] {
  const { grid, width, contextDomain, descriptions } = t;
  const out: Found[] = [];
  // A table inside one level's section: optional header row, first column = domain when it reads like labels.
  const headerCues = grid[0].map((g) => cueOf(cellText(g.cell)));
  const hasHeader = grid[0].some((g) => g.cell.header) || headerCues.some((c) => c !== null);
  const body = hasHeader ? grid.slice(1) : grid;
  const firstColShort = width >= 2 && body.every((row) => wordCount(cellText(row[0].cell)) <= 8);
  const labelCol = firstColShort && headerCues[0] !== 'needs' ? 0 : null;
  let rowDomain: string | null = null;
  body.forEach((row) => {
    const label = labelCol !== null ? cellText(row[0].cell) || rowDomain : null;
    rowDomain = label;
    const seenCells = new Set<TableCell>();
    row.forEach((g, c) => {
      if (c === labelCol || seenCells.has(g.cell)) return;
      seenCells.add(g.cell);
      const cue = hasHeader ? headerCues[c] : null;
      if (cue === 'strengths') return;
      if (cue === 'exclude') {
        descriptions.push(...g.cell.items.map((span) => ({ level: contextLevel, span })));
        return;
      }
      for (const span of indicatorItems(g.cell)) out.push({ text: span.text, level: contextLevel, domain: label ?? contextDomain, span });
    });
  });
  return out;
}
