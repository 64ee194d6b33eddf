import { describe, expect, it } from 'vitest';
import type { Block, Span, TableRow } from '../../model/index.ts';
import { expandBoxRows, mergeContinuedTables } from './merge.ts';

const sp = (text: string, page: number): Span => ({ text, page, bbox: null });
const row = (page: number, ...cells: string[][]): TableRow => ({ cells: cells.map((c) => ({ header: false, items: c.map((t) => sp(t, page)) })) });
const table = (page: number, ...rows: TableRow[]): Block => ({ kind: 'table', page, rows });

describe('mergeContinuedTables', () => {
  it('joins a table continued on the next page and drops the repeated header row', () => {
    const a = table(1, row(1, ['Domain'], ['Level 1']), row(1, ['Health'], ['Healthy']));
    const b = table(2, row(2, ['Domain'], ['Level 1']), row(2, ['School'], ['Attends']));
    const out = mergeContinuedTables([a, b]);
    expect(out).toHaveLength(1);
    if (out[0].kind !== 'table') throw new Error();
    expect(out[0].rows.map((r) => r.cells[0].items[0].text)).toEqual(['Domain', 'Health', 'School']);
  });
  it('drops a repeated header that wrapped differently overleaf (same words, other breaks and hyphens)', () => {
    const a = table(1, row(1, ['Area'], ['Tier Two - Joined-up Support']), row(1, ['Health'], ['Healthy']));
    const b = table(2, row(2, ['Area'], ['Tier Two -', 'Joined- up Support']), row(2, ['School'], ['Attends']));
    const out = mergeContinuedTables([a, b]);
    if (out[0].kind !== 'table') throw new Error();
    expect(out[0].rows.map((r) => r.cells[0].items[0].text)).toEqual(['Area', 'Health', 'School']);
  });
  it('keeps a first row overleaf that only resembles the header', () => {
    const a = table(1, row(1, ['Area'], ['Tier Two']), row(1, ['Health'], ['Healthy']));
    const b = table(2, row(2, ['Area'], ['Tier Two support']), row(2, ['School'], ['Attends']));
    const out = mergeContinuedTables([a, b]);
    if (out[0].kind !== 'table') throw new Error();
    expect(out[0].rows).toHaveLength(4);
  });
  it('folds a row split by the page break back into one row, mending the cut sentence', () => {
    const a = table(1, row(1, ['Domain'], ['Level 1']), row(1, ['Health'], ['Speech delay affecting the']));
    const b = table(2, row(2, [], ['child\'s ability to talk', 'Second item']));
    const out = mergeContinuedTables([a, b]);
    if (out[0].kind !== 'table') throw new Error();
    expect(out[0].rows).toHaveLength(2);
    expect(out[0].rows[1].cells[1].items.map((i) => i.text)).toEqual(['Speech delay affecting the child\'s ability to talk', 'Second item']);
  });
  it('keeps tables apart when they are not on consecutive pages or differ in width', () => {
    const a = table(1, row(1, ['A'], ['B']));
    expect(mergeContinuedTables([a, table(3, row(3, ['C'], ['D']))])).toHaveLength(2);
    expect(mergeContinuedTables([a, table(2, row(2, ['C'], ['D'], ['E']))])).toHaveLength(2);
    expect(mergeContinuedTables([a, { kind: 'paragraph', span: sp('x', 2) }, table(2, row(2, ['C'], ['D']))])).toHaveLength(3);
  });
});

describe('expandBoxRows', () => {
  it('reads a one-row table of boxes as text, box by box', () => {
    const out = expandBoxRows([table(1, row(1, ['1', 'Universal'], ['2', 'Targeted']))]);
    expect(out.map((b) => b.kind === 'paragraph' && b.span.text)).toEqual(['1', 'Universal', '2', 'Targeted']);
  });
});
