// Level-column tables: a column naming a level on each row. An overview gives each level one row (its
// other cells describe the level); a listing ("Situation | Level", "Level | Description" with the level
// merged down its rows) gives one indicator per row, maybe with an area-label column and theme rows.
import type { TableCell } from '../model/index.ts';
import { nameKey, parseLevel, wordCount, type ParsedLevel } from './levels.ts';
import { cueOf, isCaseVignette, isDescriptive } from './cues.ts';
import { cellText } from './grid.ts';
import { indicatorItems } from './table-cells.ts';
import { levelAt, type LevelCol } from './table-levels.ts';
import { AREA_COLUMN_HEADS } from './vocab.ts';
import type { Found } from './context.ts';
import type { TableInput } from './tables.ts';

/** Heads of a column of areas of need. */
const AREA_HEADS = new Set(AREA_COLUMN_HEADS);

/** A level-column table's header (its cells' words) and the level of its last row, for the table after it. */
export interface ColumnCarry {
  headerKey: string;
  level: ParsedLevel;
  /** The page of the table's last row: a row cut by a page break goes on on a later page. */
  page: number;
}

/**
 * Indicators (and level descriptions) of a table whose column `column.col` names a level on each row. `last`: the
 * level-column table just before; a first row with no level under the same header continues its last row (a row
 * cut by a page break, the header repeated). The table's own header and last level are left in `carry.column`.
 */
export function levelColumnIndicators(t: TableInput, column: LevelCol, last: ColumnCarry | null = null, carry: { column?: ColumnCarry | null } = {}): Found[] {
  const { grid, width, registry, contextDomain, descriptions } = t;
  const out: Found[] = [];
  const lc = column.col;
  const headerRow = column.rows.has(0) ? null : 0;
  const labels = grid[0].map((g) => (headerRow === 0 ? cellText(g.cell) : ''));
  const cues = labels.map((l) => (l ? cueOf(l) : null));
  const firstBody = headerRow === null ? 0 : 1;
  const levelRows: number[] = [];
  for (let r = firstBody; r < grid.length; r++) if (levelAt(grid, column, r)) levelRows.push(r);
  // A listing names a level on several rows (one row per indicator, or a level cell merged down its
  // rows); an overview gives each level one row.
  const blankBelow = (r: number) => r > levelRows[0] && !levelAt(grid, column, r) && !cellText(grid[r][lc].cell) && new Set(grid[r].filter((g) => cellText(g.cell)).map((g) => g.cell)).size >= 2;
  const listing = levelRows.length > new Set(levelRows.map((r) => registry.find(levelAt(grid, column, r)!))).size || grid.some((_, r) => blankBelow(r));
  // A column holding one statement per level describes the levels; indicator columns hold lists.
  const singleItem = labels.map((_, c) => levelRows.every((r) => indicatorItems(grid[r][c]?.cell ?? { header: false, items: [] }).length <= 1));
  // With one level row (a table per level), a column holding one item beside columns holding lists is a list of
  // one, not the level's description.
  const listBeside = levelRows.length === 1 && singleItem.some((single, c) => !single && c !== lc);
  // In a listing, a column of short labels beside another item column names each row's area.
  let labelCol: number | null = null;
  const areaCols = labels.map((_, c) => c).filter((c) => c !== lc && cues[c] !== 'strengths' && cues[c] !== 'exclude' && cues[c] !== 'case');
  // Only with a second item column beside it: a two-column "Level | Description" or one-column listing has none.
  // A listing whose one other column is headed "Description" (Level | Description, the level merged down
  // its rows) describes a situation per row: those are the items, not an overview of the level.
  if (listing && areaCols.length === 0) {
    labels.forEach((l, c) => {
      if (c !== lc && cues[c] === 'exclude' && /^(?:description|descriptions|definition|meaning)\b/.test(nameKey(l))) cues[c] = null;
    });
  }
  if (listing && areaCols.length >= 2) {
    const c0 = areaCols[0];
    const short = (r: number) => {
      const cell = grid[r][c0].cell;
      const t = cellText(cell);
      return cell.items.length <= 1 && wordCount(t) <= 6 && !/[.;:]$/.test(t);
    };
    // Areas recur under different levels; indicators seldom repeat word for word.
    const values = levelRows.map((r) => nameKey(cellText(grid[r][c0].cell)));
    // ... or its head says it holds areas ("Area", "Domain")
    if (cues[c0] !== 'needs' && levelRows.every(short) && (new Set(values).size < values.length || AREA_HEADS.has(nameKey(labels[c0])))) labelCol = c0;
  }
  // Beside the indicator column, a listing may give short attributes per row (age, agency): not indicators.
  const attribute = new Set<number>();
  const avgWords = labels.map((_, c) => {
    const texts = levelRows.map((r) => cellText(grid[r][c].cell)).filter(Boolean);
    return texts.length ? texts.reduce((n, t) => n + wordCount(t), 0) / texts.length : 0;
  });
  const itemCols = labels.map((_, c) => c).filter((c) => c !== lc && c !== labelCol && cues[c] !== 'strengths');
  const mainWords = Math.max(0, ...itemCols.map((c) => avgWords[c]));
  for (const c of itemCols) if (avgWords[c] > 0 && avgWords[c] <= 3 && avgWords[c] * 2.5 <= mainWords) attribute.add(c);
  // With a single content column ("Situation | Level", "Level | Description") its header names the
  // column's role, not an area of need.
  const oneContentColumn = itemCols.filter((c) => !attribute.has(c)).length === 1;
  let themeDomain: string | null = null;
  let above: ParsedLevel | null = null;
  const headerKey = headerRow === 0 ? labels.map(nameKey).join('|') : '';
  const pageOf = (r: number) => Math.max(0, ...grid[r].flatMap((g) => g.cell.items.map((i) => i.page)));
  const firstPage = grid.length > firstBody ? pageOf(firstBody) : 0;
  const carried = last && headerKey && last.headerKey === headerKey && firstPage > last.page ? last.level : null;
  for (let r = firstBody; r < grid.length; r++) {
    let p = levelAt(grid, column, r);
    if (!p && r === firstBody && carried && !cellText(grid[r][lc].cell)) p = carried;
    if (!p) {
      // A theme row spanning the table names the area of the rows below it.
      const filled = [...new Set(grid[r].map((g) => g.cell))].filter((cell) => cellText(cell));
      const first = grid[r].findIndex((g) => g.cell === filled[0]);
      if (filled.length === 1 && (first === 0 || grid[r].filter((g) => g.cell === filled[0]).length > 1) && wordCount(cellText(filled[0])) <= 8) {
        themeDomain = cellText(filled[0]);
        continue;
      }
      // A blank level cell under a level: a merged cell whose span the extractor lost (tagged PDF).
      if (!listing || !above || cellText(grid[r][lc].cell) || !filled.length) continue;
      p = above;
    }
    above = p;
    const level = registry.find(p)!;
    const levelCell = grid[r][lc];
    if (levelCell.row === r && levelCell.cell.items.length > 1) descriptions.push(...levelCell.cell.items.slice(1).map((span) => ({ level, span })));
    const seenCells = new Set<TableCell>([levelCell.cell]);
    const rowLabel = labelCol !== null ? cellText(grid[r][labelCol].cell) || null : null;
    if (labelCol !== null) seenCells.add(grid[r][labelCol].cell);
    for (let c = 0; c < width; c++) {
      const g = grid[r][c];
      if (c === lc || attribute.has(c) || seenCells.has(g.cell) || (g.row >= 0 && g.row !== r)) continue;
      seenCells.add(g.cell);
      const spans = indicatorItems(g.cell);
      const cue = cues[c];
      const longOrDescriptive = spans.some((s) => isDescriptive(s.text) || wordCount(s.text) > 15);
      // A story of a named child ("Ana, 8, ...") is an example of the row's level however long, never its description.
      const stories = spans.length > 0 && spans.every((s) => isCaseVignette(s.text));
      const overview = cue === 'exclude' || (!stories && ((!listing && !listBeside && singleItem[c] && (headerRow === null || longOrDescriptive)) || spans.every((s) => isDescriptive(s.text) || wordCount(s.text) > 30))) || parseLevel(cellText(g.cell))?.name;
      if (cue === 'strengths') continue;
      if (overview) {
        descriptions.push(...g.cell.items.map((span) => ({ level, span })));
        continue;
      }
      const domain = rowLabel ?? themeDomain ?? (labels[c] && cue !== 'needs' && !oneContentColumn ? labels[c] : contextDomain);
      for (const span of spans) out.push({ text: span.text, level, domain, span });
    }
  }
  carry.column = headerKey && above ? { headerKey, level: above, page: pageOf(grid.length - 1) } : null;
  return out;
}
