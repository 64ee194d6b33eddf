import { describe, expect, it } from 'vitest';
import { compare, lottery, neighbourLookup, where } from '../compare/index.ts';
import { fenmarsh as fenmarshRead, fenmarsh2025 as fenmarsh2025Read, saltmere, tidewater } from '../compare/__fixtures__/profiles.ts';
import type { IndicatorReview, Profile } from '../model/index.ts';
import { comparisonDoc, lotteryDoc, renderComparison, renderLottery, renderWhere, xlsxSheets } from './index.ts';
import { readXlsx, trimGrid } from './xlsx-read.test-util.ts';

// A person reviewed some of Fenmarsh's indicators: every format marks them and says "n of m reviewed".
function reviewed(p: Profile, marks: Record<number, IndicatorReview['status']>): Profile {
  return {
    ...p,
    indicators: p.indicators.map((i, k) => (marks[k] ? { ...i, review: { status: marks[k], corrections: [`c-${k}`], who: 'AB', when: '2026-12-07T10:00:00.000Z' } } : i)),
  };
}
const fenmarsh = reviewed(fenmarshRead, { 0: 'confirmed', 1: 'corrected', 2: 'confirmed', 3: 'confirmed', 4: 'added', 5: 'confirmed' });
const fenmarsh2025 = reviewed(fenmarsh2025Read, { 0: 'confirmed', 1: 'corrected', 2: 'added', 3: 'confirmed', 4: 'confirmed' });
const c = compare(fenmarsh, saltmere);
const v = compare(fenmarsh, fenmarsh2025);
const neighbours = neighbourLookup([
  { id: 'fenmarsh', hex: { q: 0, r: 0 } }, { id: 'saltmere', hex: { q: 1, r: 0 } }, { id: 'tidewater', hex: { q: 0, r: 1 } },
]);
const l = lottery([fenmarsh2025, saltmere, tidewater], { neighbours, minAuthorities: 2, clusterThreshold: 0.3, qualifierRule: 'conflict' });
const w = where('baby with a bruise who cannot yet crawl', [fenmarsh, saltmere], {
  tag: () => ({ topics: ['bruising-non-mobile'], qualifiers: { age: 'under_1' } }),
});

describe('golden reports: comparison', () => {
  for (const f of ['text', 'md', 'html', 'csv', 'json'] as const) {
    it(`renders ${f}`, async () => {
      await expect(await renderComparison(c, f)).toMatchFileSnapshot(`./__golden__/compare.${f === 'text' ? 'txt' : f}`);
    });
  }
  it('renders the version comparison with adapted labels', async () => {
    const md = (await renderComparison(v, 'md')) as string;
    expect(md).toContain('How thresholds changed: Fenmarsh 2024-04-01 → Fenmarsh 2025-09-01');
    expect(md).toMatch(/\| appeared \|/);
    expect(md).toMatch(/\| disappeared \|/);
    await expect(md).toMatchFileSnapshot('./__golden__/versions.md');
  });
  it('renders xlsx with summary / differences / evidence sheets', async () => {
    const bytes = (await renderComparison(c, 'xlsx')) as Uint8Array;
    const sheets = await readXlsx(bytes);
    expect(Object.keys(sheets)).toEqual(['summary', 'differences', 'evidence']);
    expect(trimGrid(sheets)).toEqual(trimGrid(xlsxSheets(comparisonDoc(c))));
    await expect(JSON.stringify(sheets, null, 1)).toMatchFileSnapshot('./__golden__/compare.xlsx.json');
  });
});

describe('golden reports: lottery and where', () => {
  for (const f of ['text', 'md', 'html', 'csv', 'json'] as const) {
    it(`renders lottery ${f}`, async () => {
      await expect(await renderLottery(l, f)).toMatchFileSnapshot(`./__golden__/lottery.${f === 'text' ? 'txt' : f}`);
    });
  }
  it('renders lottery xlsx', async () => {
    const sheets = await readXlsx((await renderLottery(l, 'xlsx')) as Uint8Array);
    expect(trimGrid(sheets)).toEqual(trimGrid(xlsxSheets(lotteryDoc(l))));
    await expect(JSON.stringify(sheets, null, 1)).toMatchFileSnapshot('./__golden__/lottery.xlsx.json');
  });
  it('limits lottery situations', async () => {
    const one = JSON.parse((await renderLottery(l, 'json', { limit: 1 })) as string);
    expect(one.lottery.situations).toHaveLength(1);
    expect(one.limit).toBe(1);
  });
  for (const f of ['text', 'md', 'json'] as const) {
    it(`renders where ${f}`, async () => {
      await expect(await renderWhere(w, f)).toMatchFileSnapshot(`./__golden__/where.${f === 'text' ? 'txt' : f}`);
    });
  }
});

describe('report structure', () => {
  it('puts the summary before the evidence in HTML and ships no script', async () => {
    const html = (await renderComparison(c, 'html')) as string;
    expect(html.indexOf('id="totals"')).toBeLessThan(html.indexOf('id="differences"'));
    expect(html.indexOf('id="differences"')).toBeLessThan(html.indexOf('id="evidence"'));
    expect(html).not.toMatch(/<script|<link|src=|href=/i);
    expect(html).toContain("default-src 'none'");
  });
  it('writes one CSV row per difference', async () => {
    const csv = (await renderComparison(c, 'csv')) as string;
    expect(csv.trimEnd().split('\r\n')).toHaveLength(c.rows.length + 1);
  });
  it('JSON carries the schema version and round-trips the model', async () => {
    const j = JSON.parse((await renderComparison(c, 'json')) as string);
    expect(j).toMatchObject({ schemaVersion: 1, kind: 'comparison', generator: 'threshold-atlas' });
    expect(j.comparison).toEqual(JSON.parse(JSON.stringify(c)));
  });
});
