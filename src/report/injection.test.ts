import { describe, expect, it } from 'vitest';
import { compare, lottery, where } from '../compare/index.ts';
import { fenmarsh, hostile } from '../compare/__fixtures__/profiles.ts';
import { renderComparison, renderLottery, renderWhere, type ReportFormat } from './index.ts';
import { readXlsx } from './xlsx-read.test-util.ts';

const IMG = '<img src=x onerror=alert(1)>';
const HYPER = '=HYPERLINK("http://x","y")';
const c = compare(hostile, fenmarsh);
const l = lottery([hostile, { ...hostile, id: 'hostile2', authorityId: 'hostile2' }], { neighbours: () => [], minAuthorities: 1 });
const w = where('school attendance <img src=x onerror=alert(1)>', [hostile], { tag: () => ({ topics: ['school-attendance'], qualifiers: {} }) });

const outputs = async (f: ReportFormat) => [
  await renderComparison(c, f), await renderLottery(l, f), await renderWhere(w, f),
];

describe('hostile indicator text is inert in every output', () => {
  it('the fixture really carries the payloads', () => {
    expect(c.rows.some((r) => r.a?.text === IMG)).toBe(true);
    expect(c.rows.some((r) => r.a?.text === HYPER)).toBe(true);
  });

  it('html: no live tag, no script, text escaped', async () => {
    for (const html of (await outputs('html')) as string[]) {
      expect(html).not.toMatch(/<img|<script|<b>|onerror=alert\(1\)>/i);
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).not.toMatch(/<(?!\/?(html|head|meta|title|style|body|h1|h2|dl|dt|dd|section|p|table|thead|tbody|tr|th|td)\b|!doctype)/i);
    }
  });

  it('markdown: no raw HTML, pipes escaped so the table keeps its columns', async () => {
    const [md] = (await outputs('md')) as string[];
    expect(md).not.toMatch(/<img|<script/i);
    const row = md.split('\n').find((x) => x.includes('@SUM'))!;
    expect(row).toContain('\\| pipe');
    const header = md.split('\n').find((x) => x.startsWith('| # | Result'))!;
    const cols = (s: string) => s.split(/(?<!\\)\|/).length;
    expect(cols(row)).toBe(cols(header));
  });

  it('csv: every cell that could start a formula is neutralised', async () => {
    for (const csv of (await outputs('csv')) as string[]) {
      const cells = csv.split('\r\n').flatMap((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/))
        .map((x) => (x.startsWith('"') ? x.slice(1, -1).replace(/""/g, '"') : x));
      for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(((await outputs('csv')) as string[]).join('')).toContain(`'${HYPER.replace(/"/g, '""')}`);
  });

  it('xlsx: no formulas, every text cell neutralised', async () => {
    for (const bytes of (await outputs('xlsx')) as Uint8Array[]) {
      const sheets = await readXlsx(bytes); // throws on any formula/rich cell
      for (const rows of Object.values(sheets)) {
        for (const cell of rows.flat()) if (typeof cell === 'string') expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    expect(JSON.stringify(await readXlsx((await renderComparison(c, 'xlsx')) as Uint8Array))).toContain(`'=HYPERLINK`);
  });

  it('json: parses back to the exact text and carries no raw angle brackets', async () => {
    for (const json of (await outputs('json')) as string[]) {
      expect(json).not.toMatch(/[<>]/);
      expect(JSON.stringify(JSON.parse(json))).toContain(IMG.replace(/"/g, '\\"'));
    }
  });

  it('text: terminal control characters are blanked', async () => {
    const evil = compare({ ...hostile, indicators: hostile.indicators.map((i) => ({ ...i, text: `\u001b[31m${i.text}\u0007` })) }, fenmarsh);
    const out = (await renderComparison(evil, 'text')) as string;
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});
