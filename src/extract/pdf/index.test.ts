import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentError, type Block, type Layout } from '../../model/index.ts';
import { extractPdf } from './index.ts';
import { renderLayout } from './render.ts';

const dir = new URL('./fixtures/', import.meta.url);
const load = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const extract = (name: string, opts = {}) => extractPdf(load(name), `fixtures/${name}`, opts);

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DocumentError);
    return (e as DocumentError).reason;
  }
  throw new Error('expected a DocumentError');
}

const texts = (l: Layout): string[] =>
  l.blocks.flatMap((b: Block) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.items.map((i) => i.text))) : [b.span.text]));

describe('extractPdf golden layouts', () => {
  for (const name of ['tagged.pdf', 'untagged-matrix.pdf', 'untagged-unruled.pdf', 'unruled-shaded.pdf', 'unruled-listing.pdf', 'unruled-continued.pdf', 'untagged-columns.pdf', 'rotated.pdf', 'blank-page.pdf']) {
    it(name, async () => {
      const got = renderLayout(await extract(name));
      const golden = new URL(name.replace(/\.pdf$/, '.layout.txt'), dir);
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, got);
      expect(existsSync(golden)).toBe(true);
      expect(got).toBe(readFileSync(golden, 'utf8'));
    });
  }
});

describe('extractPdf behaviour', () => {
  it('reads a tagged PDF from its structure tree: headings, nested lists, table with header cells', async () => {
    const l = await extract('tagged.pdf');
    expect(l.blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && `${b.depth}:${b.span.text}`)).toEqual([
      '1:Brackenfold Threshold Guide', '2:Level 1 Universal', '2:Level 2 Early Help', '2:Matrix',
    ]);
    const nested = l.blocks.find((b) => b.kind === 'list-item' && b.span.text === 'Nested point about routines');
    expect(nested).toMatchObject({ depth: 2, span: { bullet: true, page: 1 } });
    const tables = l.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1); // continued on page 2, merged
    const t = tables[0];
    if (t.kind !== 'table') throw new Error();
    expect(t.rows[0].cells.every((c) => c.header)).toBe(true);
    expect(t.rows.map((r) => r.cells[0].items[0]?.text)).toEqual(['Domain', 'Health', 'Education', 'Safety', 'Family', 'Housing', 'Behaviour']);
    // pdf.js drops the empty cell of the Safety row; it is put back so the next cell stays in its column
    const safety = t.rows.find((r) => r.cells[0].items[0]?.text === 'Safety')!;
    expect(safety.cells.map((c) => c.items.map((i) => i.text))).toEqual([['Safety'], [], ['Safety harm that is serious']]);
    const pages = new Set(t.rows.flatMap((r) => r.cells.flatMap((c) => c.items.map((i) => i.page))));
    expect([...pages].sort()).toEqual([1, 2]);
  });

  it('rebuilds a ruled table from geometry: wrapped cells joined, drawn bullets split items, repeated header dropped', async () => {
    const l = await extract('untagged-matrix.pdf');
    const t = l.blocks.find((b) => b.kind === 'table');
    if (!t || t.kind !== 'table') throw new Error('no table');
    expect(t.rows).toHaveLength(5);
    expect(t.rows[0].cells.map((c) => c.items[0].text)).toEqual(['Domain', 'Level 1 Universal', 'Level 2 Early Help', 'Level 3 Targeted', 'Level 4 Specialist']);
    expect(t.rows[0].cells.every((c) => c.header)).toBe(true);
    const selfHarm = t.rows[3].cells[3].items;
    expect(selfHarm).toHaveLength(1);
    expect(selfHarm[0]).toMatchObject({ text: 'Self-harm that has happened more than once and is escalating in severity over recent weeks', page: 2, bullet: true });
    expect(t.rows[4].cells[4].items.map((i) => i.text)).toEqual(['Domestic abuse with a child present', 'Parents unable to protect the child']);
    // running header, footer and page numbers are gone
    expect(texts(l).some((s) => /Threshold Guide|Page \d/.test(s))).toBe(false);
  });

  it('finds a table without ruling lines from aligned columns, with the intro text kept before it', async () => {
    const l = await extract('untagged-unruled.pdf');
    expect(l.blocks.slice(0, 2).map((b) => b.kind)).toEqual(['heading', 'paragraph']);
    const t = l.blocks[2];
    if (t.kind !== 'table') throw new Error('no table');
    expect(t.rows.map((r) => r.cells[0].items.map((i) => i.text).join())).toEqual(['Area', 'Health', 'Education', 'Emotional wellbeing']);
    expect(t.rows[0].cells.every((c) => c.header)).toBe(true);
    expect(t.rows.every((r) => r.cells.length === 5)).toBe(true);
    expect(t.rows[3].cells[2].items.map((i) => i.text)).toEqual(['Low mood reported by teacher', 'Some difficulty making friends']);
    expect(t.rows[3].cells[3].items[0].text).toBe('Self-harm that has happened more than once and is escalating in severity over recent weeks');
  });

  it('finds an unruled matrix under a bold header row: shading is not a box, rows split at wide gaps, text after it stays out', async () => {
    const l = await extract('unruled-shaded.pdf');
    const tables = l.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    const t = tables[0];
    if (t.kind !== 'table') throw new Error('no table');
    expect(t.rows.map((r) => r.cells[0].items.map((i) => i.text).join())).toEqual(['Domain', 'Health and family life', 'Education and family life', 'Emotional wellbeing and family life', 'Family and home and family life']);
    expect(t.rows.every((r) => r.cells.length === 5)).toBe(true);
    expect(t.rows[0].cells[1].items.map((i) => i.text).join(' ')).toBe('Stage 1 Universal');
    expect(t.rows[1].cells[2].items.map((i) => i.text)).toEqual(['Missed some routine appointments', 'Minor concerns about diet and sleep routines at home']);
    expect(t.rows[3].cells[3].items[0].text).toBe('Self-harm that has happened more than once and is escalating in severity over recent weeks');
    expect(l.blocks[l.blocks.length - 1]).toMatchObject({ span: { text: expect.stringMatching(/^Talk to the front door/) } });
  });

  it('finds an unruled two-column listing (situation | level): a row per label, wrapped situations joined, bold theme rows apart', async () => {
    const l = await extract('unruled-listing.pdf');
    const t = l.blocks.find((b) => b.kind === 'table');
    if (t?.kind !== 'table') throw new Error('no table');
    expect(t.rows.map((r) => r.cells.map((c) => c.items.map((i) => i.text).join()))).toEqual([
      ['Situation', 'Usual level'],
      ['Health', ''],
      ['Child is growing well and sees the dentist', 'Level 1'],
      ['Untreated medical condition that is affecting daily life and school attendance', 'Level 3'],
      ['Safety at home', ''],
      ['Parent struggles with bedtime routines', 'Level 2'],
      ['Child discloses being hurt by a carer', 'Level 4'],
    ]);
  });

  it('an unruled matrix that runs to the foot of a page goes on overleaf in the same columns without its header', async () => {
    const l = await extract('unruled-continued.pdf');
    const tables = l.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    const t = tables[0];
    if (t.kind !== 'table') throw new Error('no table');
    expect(t.rows.map((r) => r.cells[0].items.map((i) => i.text).join())).toEqual(['Area', 'Health', 'Education', 'Emotional wellbeing', 'Family and home']);
    expect(t.rows[4].cells[4].items.map((i) => [i.text, i.page])).toEqual([['Domestic abuse with a child present', 2], ['Parents unable to protect the child', 2]]);
    expect(l.blocks.some((b) => b.kind === 'paragraph' && b.span.text === 'Stable housing')).toBe(false);
  });

  it('stacked-tables.pdf: a table under a header row of its own (on the next page, or right under another) is a table of its own', async () => {
    const l = await extract('stacked-tables.pdf');
    const tables = l.blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
    expect(tables).toHaveLength(3);
    const heads = tables.map((t) => t.rows[0].cells.map((c) => c.items.map((i) => i.text).join()));
    expect(heads).toEqual([['Stage', 'Learning', 'Health', 'Friendships'], ['Stage', 'Home', 'Money', 'Neighbourhood'], ['Stage', 'Caring', 'Routines', 'Safety']]);
    expect(tables.map((t) => [t.page, t.rows.length])).toEqual([[1, 5], [2, 3], [2, 3]]);
    expect(tables.every((t) => t.rows[0].cells.every((c) => c.header))).toBe(true);
    // no header row partway down either table
    expect(tables.every((t) => t.rows.slice(1).every((r) => !r.cells.every((c) => c.header)))).toBe(true);
  });

  for (const name of ['repeated-header-ruled.pdf', 'repeated-header-unruled.pdf']) {
    it(`${name}: a header wrapped over four lines and repeated overleaf is a header, not the continued row's content`, async () => {
      const l = await extract(name);
      const tables = l.blocks.filter((b) => b.kind === 'table');
      expect(tables).toHaveLength(1);
      const t = tables[0];
      if (t.kind !== 'table') throw new Error('no table');
      const cellTexts = (r: number) => t.rows[r].cells.map((c) => c.items.map((i) => i.text));
      expect(cellTexts(0)).toEqual([
        ['Part of daily life'],
        ['Tier One - Community Offer - Help From Everyday Settings'],
        ['Tier Two - Shared Support - Several Agencies Working Together'],
        ['Tier Three - Children Who Need Protection Or Cannot Safely Stay At Home'],
      ]);
      expect(t.rows[0].cells.every((c) => c.header)).toBe(true);
      expect(t.rows.map((r) => r.cells[0].items.map((i) => i.text).join())).toEqual(['Part of daily life', 'Learning', 'Health', 'Friendships and identity', 'Home and family']);
      expect(t.rows.every((r) => r.cells.length === 4)).toBe(true);
      // the row cut by the page end goes on after the repeated header, with nothing of the header in it
      expect(t.rows[3].cells.slice(1).map((c) => c.items.map((i) => [i.text, i.page]))).toEqual([
        [['Has a small circle of friends at the youth club', 1], ['Talks to a trusted adult when worried', 2]],
        [['Feels left out by classmates because of where the family came from', 1], ['Has started to avoid group activities', 2]],
        [['Is picked on daily because of who they are, both online and on the way home', 1], ['Spends most evenings alone with no one to turn to', 2]],
      ]);
      expect(cellTexts(4).slice(1)).toEqual([['Parents share the caring and the chores'], ['Money worries are putting strain on the household'], ['The family home is no longer safe for the child']]);
      expect(l.blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.span.text]))).toEqual([expect.stringMatching(/Levels of Need$/)]);
    });
  }

  it('reads two columns in order, joins hyphenated breaks, keeps real hyphens, finds glyph, numbered and drawn bullets', async () => {
    const l = await extract('untagged-columns.pdf');
    const all = texts(l);
    expect(all).toContain('A multi-agency assessment is needed when several needs interact.');
    expect(all).toContain('Concerns about emotional well-being that are not improving');
    const order = ['Level 1: Universal', 'Level 2: Additional', 'Level 3: Intensive', 'Level 4: Specialist', 'How to refer'].map((h) => all.indexOf(h));
    expect(order.every((v, i) => v >= 0 && (i === 0 || v > order[i - 1]))).toBe(true);
    const items = l.blocks.filter((b) => b.kind === 'list-item');
    expect(items.map((b) => b.kind === 'list-item' && b.span.text)).toEqual([
      'Child is meeting developmental milestones', 'Good attendance at school and nursery',
      'Early signs of neglect noticed by the nursery', 'Young carer with some support from relatives',
      'Repeated episodes of going missing overnight', 'Concerns about emotional well-being that are not improving',
      'Drawn bullet item about exploitation risk',
      'Child has suffered a serious injury that is not explained by the carers', 'Sexual abuse disclosed',
    ]);
    expect(items.every((b) => b.kind === 'list-item' && b.depth === 1 && b.span.bullet)).toBe(true);
    expect(all).not.toContain('1');
    // a numbered heading stays a heading; a line split at a wide justified gap is one paragraph
    expect(l.blocks.find((b) => b.kind === 'heading' && b.span.text === '5. Further help')).toBeTruthy();
    expect(all).toContain('Justified line with a wide gap');
    expect(all.some((s) => s.includes('Partnership'))).toBe(false);
  });

  it('reports bboxes in PDF user space, also on rotated pages', async () => {
    const l = await extract('rotated.pdf');
    const h = l.blocks[0];
    expect(h).toMatchObject({ kind: 'heading', span: { text: 'Marrowdale Continuum of Need' } });
    if (h.kind !== 'heading') throw new Error();
    const [x0, y0, x1, y1] = h.span.bbox!;
    // drawn along +y at user x ~ 60: tall and narrow in user space
    expect(y1 - y0).toBeGreaterThan(200);
    expect(x1 - x0).toBeLessThan(30);
    expect(texts(l).slice(1, 5)).toEqual(['Universal', 'Early Help', 'Child in Need', 'Child Protection']);
  });

  it('reads an unruled matrix whose long level names wrap in the header and whose cells are filled to their padding', async () => {
    // make.ts unruledWrappedHead: the header's first line holds a 7-word label, labels 13-14 pt apart, a numbered label
    const t = (await extract('unruled-wrapped-head.pdf')).blocks.find((b) => b.kind === 'table');
    if (!t || t.kind !== 'table') throw new Error('no table');
    const cells = t.rows.map((r) => r.cells.map((c) => c.items.map((i) => i.text).join(' / ')));
    expect(cells[0]).toEqual(['Area of need', 'Open to every family in the borough', 'Extra help agreed with the family',
      'Family help with a lead practitioner', '4. Protection led by the council children service']);
    expect(cells.map((r) => r[0])).toEqual(['Area of need', 'Health', 'Education', 'Emotional wellbeing', 'Family and home']);
    expect(cells[4][4]).toBe('Domestic abuse with a child present / Parents unable to protect the child');
    // cells filled up to their padding: a line of one cell and the next cell's first line share a baseline ~8 pt apart
    expect(cells[3].slice(3)).toEqual(['Self-harm that has happened more than once and is escalating in severity over recent weeks', 'Life-threatening self-harm']);
  });

  it('reads an unruled one-level table (area of need | one level\'s examples) under a two-label header, areas named or not', async () => {
    // make.ts unruledOneLevel: portrait, the first column narrow, so the two labels span little of the page
    const tables = (await extract('unruled-one-level.pdf')).blocks.filter((b) => b.kind === 'table');
    const cells = tables.map((t) => (t.kind === 'table' ? t.rows.map((r) => r.cells.map((c) => c.items.map((i) => i.text).join(' / '))) : []));
    expect(cells).toEqual([
      [
        ['Area of need', 'Level 2 Shared Help'],
        ['Learning', 'Arrives late to class several mornings a week and says the walk from the new flat across the park takes far too long in the rain / Homework is rarely handed in'],
        ['Home life', 'Family moved house twice this year / A grandparent who helped with childcare has gone into hospital'],
      ],
      [
        ['Area of need', 'Level 3 Family Help Plan'],
        ['', "Younger brother is often left in the older child's care after school until late evening / Parent has stopped answering the school's calls / Repeated debt letters and the gas supply cut off"],
      ],
    ]);
  });

  it('joins a bullet item\'s wrapped lines that start under its bullet (no hanging indent), in the flow and in cells', async () => {
    // make.ts flatBullets: each wrapped line fills the line above to the right edge; the paragraph after the list stays apart
    const l = await extract('flat-bullets.pdf');
    expect(texts(l).slice(2)).toEqual([
      'The family has moved between relatives three times since the spring and the children have missed their health visits',
      'Older sister looks after the twins most evenings while their mother works late at the depot',
      'Talk to the family about a shared plan before asking the hub for advice or a referral.',
      'Health',
      'Missed the last two dental appointments and has had toothache for several weeks without treatment',
      'Often arrives at nursery in clothes that are too small',
      'Home',
      "Sleeps on a sofa at an aunt's flat on school nights, with no bed of his own since the move",
    ]);
  });

  it('reads a Writer-tagged table from geometry when its tree nests later cells\' list items under an earlier cell', async () => {
    // make.ts writerTagged: one Word list across the table; LibreOffice's tree puts Tier C's items in Tier B's cell
    const l = await extract('writer-tagged-matrix.pdf');
    const t = l.blocks.find((b) => b.kind === 'table');
    if (!t || t.kind !== 'table') throw new Error('no table');
    expect(t.rows.map((r) => r.cells.map((c) => c.items.map((i) => i.text).join(' / ')))).toEqual([
      ['Area', 'Tier A Open Access', 'Tier B Shared Support', 'Tier C Intensive Protection'],
      ['Learning', '', 'Late to lessons most weeks this term', 'Out of school for weeks with no plan in place / Learning stopped after a move'],
      ['Home life', 'Settled home with a routine', '', 'Carer too unwell to look after the child'],
      ['Wellbeing', 'Enjoys clubs and has friends', 'Worries keep the child awake', ''],
    ]);
  });

  it('takes a tagged document\'s larger paragraphs as headings when its tree has no heading tag at all', async () => {
    // make.ts writerTaggedPlain: headings typed by hand (large bold runs), which LibreOffice tags P
    const l = await extract('writer-tagged-plain.pdf');
    expect(l.blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && `${b.depth}:${b.span.text}`)).toEqual([
      '1:Pellworth levels of need', '2:Level 1 Everyday Support', '3:Learning', '3:Home', '2:2. Shared Plan', '3:Learning', '3:Home',
    ]);
    expect(l.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(6);
  });

  it('warns about a page without text', async () => {
    const l = await extract('blank-page.pdf');
    expect(l.warnings).toEqual(['page 2: no text layer (scanned image?)']);
    expect(l.pages).toBe(2);
  });
});

describe('extractPdf errors and limits', () => {
  it('image-only PDF', async () => {
    expect(await reason(extract('image-only.pdf'))).toBe('no text layer (scanned images only?)');
  });
  it('encrypted PDF', async () => {
    expect(await reason(extract('encrypted.pdf'))).toBe('encrypted PDF (password required)');
  });
  it('truncated, empty and non-PDF bytes', async () => {
    const bytes = load('untagged-matrix.pdf');
    expect(await reason(extractPdf(bytes.slice(0, 700), 'x.pdf'))).toMatch(/^corrupt or truncated PDF \(.+\)$/);
    expect(await reason(extractPdf(new Uint8Array(0), 'x.pdf'))).toMatch(/^corrupt or truncated PDF/);
    expect(await reason(extractPdf(new TextEncoder().encode('<html><body>hi</body></html>'), 'x.pdf'))).toMatch(/^corrupt or truncated PDF/);
  });
  it('page and item limits', async () => {
    expect(await reason(extract('untagged-matrix.pdf', { maxPages: 1 }))).toBe('too many pages (2 > limit 1)');
    expect(await reason(extract('untagged-matrix.pdf', { maxItemsPerPage: 10 }))).toMatch(/^page 1 has too many text items \(\d+ > limit 10\)$/);
  });
});
