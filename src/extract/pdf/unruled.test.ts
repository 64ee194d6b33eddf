import { describe, expect, it } from 'vitest';
import type { Line } from './lines.ts';
import { gridTable } from './tables.ts';
import type { PageText } from './types.ts';
import { findUnruledMatrices, type OpenMatrix } from './unruled.ts';

// Fictional lines in reading space (y grows up the page, as pdf.js gives it once flipped).
const line = (text: string, x0: number, base: number, opts: { bold?: boolean; bullet?: boolean } = {}): Line => {
  const x1 = x0 + 4.6 * text.length, y0 = base - 2, y1 = base + 7;
  return { runs: [], text, raw: text, x0, y0, x1, y1, base, size: 9, bold: !!opts.bold, bullet: !!opts.bullet, textX: x0, bulletX: x0, box: [x0, y0, x1, y1] };
};
const page = { page: 2, width: 595, height: 842, runs: [], toUser: (a: number, b: number, c: number, d: number) => [a, b, c, d] } as PageText;
const starts = [40, 130, 270, 410];
const texts = (lines: Line[]) => {
  const { grids } = findUnruledMatrices(lines, [], page.width, carried);
  return grids.map((g) => gridTable(g, lines, page)!.block).map((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.items.map((i) => i.text).join(' / '))) : []));
};
// The header of the matrix begun on the page before: "Area" | "Tier One Everyday Help" | ...
const carried: OpenMatrix = {
  starts,
  head: ['area', 'tieroneeverydayhelp', 'tiertwojoinedupsupport', 'tierthreeprotection'],
};

describe('findUnruledMatrices, continued overleaf', () => {
  // The header is repeated at the top of page 2 in plain type, its labels too close to read as a header on their own,
  // wrapped over two lines; then, at the same line step, the rest of a row cut by the page end (first cell empty),
  // then two more rows.
  const header = [
    line('Area', 40, 780), line('Tier One Everyday', 130, 780), line('Tier Two Joined-', 270, 780), line('Tier Three', 410, 780),
    line('Help', 130, 769), line('up Support', 270, 769), line('Protection', 410, 769),
  ];
  const body = [
    line('Asks for help at the', 135, 757, { bullet: true }), line('library', 135, 746), line('Misses the bus most weeks', 275, 757, { bullet: true }), line('Is left alone overnight', 415, 757, { bullet: true }),
    line('Sport', 40, 725, { bold: true }), line('Plays in a team on', 135, 725, { bullet: true }), line('Saturdays', 135, 714), line('Stopped going to practice', 275, 725, { bullet: true }), line('Hurt at the club', 415, 725, { bullet: true }),
    line('Money', 40, 693, { bold: true }), line('Has pocket money for', 135, 693, { bullet: true }), line('trips', 135, 682), line('No money for meals', 275, 693, { bullet: true }), line('Sent out to beg', 415, 693, { bullet: true }),
  ];

  it('reads the repeated header (same words per column, however wrapped) as the header row, not as content', () => {
    expect(texts([...header, ...body])).toEqual([[
      ['Area', 'Tier One Everyday Help', 'Tier Two Joined-up Support', 'Tier Three Protection'],
      ['', 'Asks for help at the library', 'Misses the bus most weeks', 'Is left alone overnight'],
      ['Sport', 'Plays in a team on Saturdays', 'Stopped going to practice', 'Hurt at the club'],
      ['Money', 'Has pocket money for trips', 'No money for meals', 'Sent out to beg'],
    ]]);
  });

  it('without its header the page carries on in the same columns', () => {
    expect(texts(body)[0].map((r) => r[0])).toEqual(['', 'Sport', 'Money']);
  });
});

describe('findUnruledMatrices, a page holding one level\'s examples', () => {
  it('under a header of four labels, text under one level column besides the first is still the matrix', () => {
    const lines = [
      line('Area', 40, 780, { bold: true }), line('Tier One', 130, 780, { bold: true }), line('Tier Two', 270, 780, { bold: true }), line('Tier Three', 410, 780, { bold: true }),
      line('Sport', 40, 757, { bold: true }), line('Plays in a team', 135, 757, { bullet: true }), line('Swims on Fridays', 135, 744, { bullet: true }),
      line('Money', 40, 720, { bold: true }), line('Has pocket money', 135, 720, { bullet: true }),
    ];
    const { grids } = findUnruledMatrices(lines, [], page.width, null);
    expect(grids).toHaveLength(1);
    const t = gridTable(grids[0], lines, page)!.block;
    expect(t.kind === 'table' && t.rows.map((r) => r.cells.map((c) => c.items.map((i) => i.text).join(' / ')))).toEqual([
      ['Area', 'Tier One', 'Tier Two', 'Tier Three'],
      ['Sport', 'Plays in a team / Swims on Fridays', '', ''],
      ['Money', 'Has pocket money', '', ''],
    ]);
  });
});
