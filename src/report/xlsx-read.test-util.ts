// Test helper: read back the cell grid of each sheet of an XLSX (compares contents, not zip bytes).
import ExcelJS from 'exceljs';

export type Grid = Record<string, (string | number | null)[][]>;

export async function readXlsx(bytes: Uint8Array): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out: Grid = {};
  wb.eachSheet((ws) => {
    const rows: (string | number | null)[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: (string | number | null)[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const v = row.getCell(c).value;
        if (v !== null && typeof v === 'object') throw new Error(`unexpected rich/formula cell ${ws.name}!R${r}C${c}: ${JSON.stringify(v)}`);
        cells.push(v === undefined ? null : (v as string | number | null));
      }
      rows.push(cells);
    }
    out[ws.name] = rows;
  });
  return out;
}

/** Drop trailing empty cells (a sheet does not store them) so grids compare by content. */
export function trimGrid(g: Grid): Grid {
  const out: Grid = {};
  for (const [k, rows] of Object.entries(g)) {
    out[k] = rows.map((r) => {
      const x = [...r];
      while (x.length && x[x.length - 1] === null) x.pop();
      return x;
    });
  }
  return out;
}
