// Regression: two-column level tables (situation | level, level | description with the level merged down
// its rows, level | scenario, one column, header only, ragged rows, empty cells) once ended `atlas extract`
// with "Cannot read properties of undefined (reading 'cell')": a listing whose only other column was not
// an item column left the area-label search without a column. Fictional PDFs from scripts/fuzz/tables.ts.
import { describe, expect, it } from 'vitest';
import { analyse } from '../pipeline/index.ts';
import { segment } from './index.ts';
import { DocumentError, type Block, type Layout, type TableCell, type TableRow } from '../model/index.ts';
import { drawnTablePdf, levelTables } from '../../scripts/fuzz/tables.ts';
import { mulberry32 } from '../../scripts/lib/prng.ts';

const meta = { authorityId: 'brackenmere', authority: null, version: null };
const SITUATIONS = 6;

describe('two-column level tables (drawn PDFs)', () => {
  const tables = new Map(levelTables());
  const run = (name: string) => analyse(drawnTablePdf(tables.get(name)!), `${name}.pdf`, meta);

  it('every shape is read without an error', async () => {
    for (const name of tables.keys()) {
      const p = await run(name);
      expect(p.scheme.length, name).toBeGreaterThanOrEqual(2);
    }
  });

  it('level | description, the level merged down its rows: one indicator per row, under its level', async () => {
    const p = await run('level-merged');
    expect(p.indicators.map((i) => [i.level, i.text])).toEqual([
      ['Level 1', 'Child meets expected milestones and attends nursery'],
      ['Level 1', 'Family has short-term rent arrears'],
      ['Level 2', 'Parent finds routines hard after a bereavement'],
      ['Level 2', 'Young person is missing overnight more than once'],
      ['Level 3', 'Baby under six months has unexplained bruising'],
      ['Level 3', 'Carer under the influence and unable to supervise'],
    ]);
    // the content column's header names its role, not an area of need
    expect(p.indicators.every((i) => i.domain === null)).toBe(true);
  });

  it('level | scenario and situation | level give every situation its level', async () => {
    for (const name of ['level-scenario', 'situation-level']) {
      const p = await run(name);
      expect(p.indicators, name).toHaveLength(SITUATIONS);
      expect(p.indicators.map((i) => i.level), name).toEqual(['Level 1', 'Level 1', 'Level 2', 'Level 2', 'Level 3', 'Level 3']);
      expect(p.indicators.every((i) => i.domain === null), name).toBe(true);
    }
  });

  it('one column of levels, or a header only, gives the levels and no indicators', async () => {
    for (const name of ['single-column', 'header-only']) {
      const p = await run(name);
      expect(p.indicators, name).toHaveLength(0);
      expect(p.warnings, name).toContain('levels found but no indicators under them');
    }
  });

  it('ragged rows keep the rows that have an item', async () => {
    const p = await run('level-ragged');
    expect(p.indicators.map((i) => i.text)).toEqual(['Child meets expected milestones and attends nursery', 'Family has short-term rent arrears', 'Young person is missing overnight more than once', 'Baby under six months has unexplained bruising']);
  });
});

// ---------------------------------------------------------------- any table shape: a DocumentError or a result

const TEXTS = ['Level 1', 'Level 2', 'Level 3', 'Level 4', '3', '2', 'Universal', 'Early Help', 'Level 2 Early Help',
  'Tier 1 Universal services: needs are met by universal services', 'Situation', 'Level', 'Scenario', 'Description', 'Strengths',
  'Needs', 'Indicators', 'Health', 'Education', '', 'Child attends school regularly', 'Parent misusing alcohol daily',
  'missed appointments', 'Bruising on a baby', '• Hungry • Cold', 'What to do', 'Case example', 'Usual level'];

function randomLayout(seed: number): Layout {
  const rnd = mulberry32(seed);
  const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
  const width = 1 + Math.floor(rnd() * 4);
  const rows: TableRow[] = Array.from({ length: Math.floor(rnd() * 7) }, (_, r) => {
    const n = rnd() < 0.2 ? Math.floor(rnd() * (width + 1)) : width; // ragged rows
    const cells: TableCell[] = Array.from({ length: n }, (_, c) => ({
      header: r === 0 && rnd() < 0.5,
      items: Array.from({ length: rnd() < 0.3 ? 0 : 1 + Math.floor(rnd() * 2) }, () => ({
        text: pick(TEXTS), page: 1, bbox: rnd() < 0.5 ? ([c * 100 + rnd() * 50, r * 20, c * 100 + 60, r * 20 + 10] as [number, number, number, number]) : null,
      })),
      ...(rnd() < 0.15 ? { colspan: 1 + Math.floor(rnd() * 3) } : {}),
      ...(rnd() < 0.15 ? { rowspan: 1 + Math.floor(rnd() * 4) } : {}),
    }));
    return { cells };
  });
  const blocks: Block[] = [];
  if (rnd() < 0.5) blocks.push({ kind: 'heading', depth: 1, span: { text: pick(['Level 2', 'Thresholds', 'Level 3 Targeted']), page: 1, bbox: null } });
  blocks.push({ kind: 'table', page: 1, rows });
  if (rnd() < 0.5) blocks.push({ kind: 'table', page: 2, rows: rows.slice(Math.floor(rnd() * rows.length)) });
  return { source: 'random.pdf', format: 'pdf', pages: 2, title: rnd() < 0.3 ? 'Level 2 Early Help' : null, blocks, warnings: [] };
}

describe('segment on random table shapes', () => {
  it('never throws anything but a DocumentError (3 000 seeded tables: spans, ragged rows, empty cells)', () => {
    const crashes: string[] = [];
    for (let seed = 1; seed <= 3000; seed++) {
      try {
        segment(randomLayout(seed));
      } catch (e) {
        if (!(e instanceof DocumentError)) crashes.push(`seed ${seed}: ${(e as Error).name}: ${(e as Error).message}`);
      }
    }
    expect(crashes).toEqual([]);
  });
});
