import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLayout } from '../extract/index.ts';
import { segment } from './index.ts';
import type { Layout } from '../model/index.ts';

const dir = new URL('./fixtures/', import.meta.url);
const fixtures = readdirSync(dir).filter((f) => /\.(html|md|txt)$/.test(f) && !f.startsWith('no-levels'));

async function run(name: string) {
  const layout = await extractLayout(new Uint8Array(readFileSync(new URL(name, dir))), name);
  return { layout, seg: segment(layout) };
}

function summary(seg: ReturnType<typeof segment>) {
  return {
    scheme: seg.scheme.map((l) => ({ local: l.local, order: l.order })),
    indicators: seg.indicators.map((i) => ({ level: i.level, domain: i.domain, text: i.text, page: i.page, ref: i.ref ?? null })),
    warnings: seg.warnings,
  };
}

describe('segment goldens (one fictional fixture per layout kind)', () => {
  for (const name of fixtures) {
    it(name, async () => {
      const { seg } = await run(name);
      const golden = new URL(`${name}.expected.json`, dir);
      const actual = summary(seg);
      if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    });
  }
});

describe('segment rules', () => {
  it('per-level page: strengths, case examples, how-to-refer and prose are not indicators; repeats count once', async () => {
    const { seg } = await run('per-level.html');
    const texts = seg.indicators.map((i) => i.text);
    expect(texts).not.toContain('Parent engages with the school');
    expect(texts).not.toContain('Sam, 9, lives with his gran');
    expect(texts).not.toContain('Call the front door');
    expect(texts.filter((t) => t === 'Family facing eviction')).toHaveLength(1);
    expect(texts).toContain('Missed immunisations; some routine checks not attended');
    expect(seg.indicators.find((i) => i.text === 'Parent struggles with routines')?.level).toBe('Level 2 - Early Help');
  });

  it('matrix: name-only levels, strengths sub-columns skipped, rowspan domains carried', async () => {
    const { seg } = await run('matrix-names.html');
    expect(seg.scheme.map((l) => l.local)).toEqual(['Universal', 'Additional needs', 'Intensive', 'Specialist']);
    const texts = seg.indicators.map((i) => i.text);
    expect(texts).not.toContain('Healthy weight');
    expect(texts).not.toContain('Attends clinic');
    expect(seg.indicators.find((i) => i.text === 'Fabricated illness suspected')).toMatchObject({ level: 'Specialist', domain: 'Health' });
  });

  it('level column: one row per indicator with its level beside it; theme rows give the domain', async () => {
    const { seg } = await run('level-column.html');
    expect(seg.indicators).toHaveLength(6);
    expect(seg.indicators.find((i) => i.text === 'Baby left alone in the house')).toMatchObject({ level: 'Level 4', domain: 'Safety at home' });
    // a long situation is still an indicator in a listing (one level per row, repeated)
    expect(seg.indicators.find((i) => i.text.startsWith('Missed health checks'))?.level).toBe('Level 2');
  });

  it('level cell merged down its rows: every row under it keeps the level; area column is the domain', async () => {
    const { seg } = await run('merged-level.html');
    expect(seg.indicators.find((i) => i.text === 'Needs help with reading')).toMatchObject({ level: 'Universal', domain: 'Learning' });
    expect(seg.indicators.find((i) => i.text === 'Family facing eviction')).toMatchObject({ level: 'Intensive', domain: 'Home' });
    const texts = seg.indicators.map((i) => i.text);
    expect(texts).not.toContain('I like school');
    expect(texts).not.toContain('Learning');
    expect(seg.scheme.find((l) => l.local === 'Universal')!.description.map((s) => s.text)).toContain('Universal: needs met by schools and GPs.');
  });

  it('levels in the document\'s own words: accordion panels that define themselves ("Name: what it means")', async () => {
    const { seg } = await run('own-level-names.html');
    expect(seg.scheme.map((l) => l.local)).toEqual(['Help For Every Family', 'Help With A Plan', 'Help From Social Care']);
    expect(seg.scheme[1].description.map((s) => s.text)).toContain('Help With A Plan: one service leads, after an early help assessment.');
    expect(seg.indicators.find((i) => i.text === 'Child left alone overnight')).toMatchObject({ level: 'Help From Social Care', domain: 'Home' });
    expect(seg.indicators.map((i) => i.text)).not.toContain('We use cookies.');
  });

  it('levels in the document\'s own words: sibling sections that repeat the same sub-headings; a closing section is not a level', async () => {
    const { seg } = await run('shared-subheadings.html');
    expect(seg.scheme.map((l) => l.local)).toEqual(['Green', 'Amber', 'Red']);
    expect(seg.indicators.map((i) => i.text)).not.toContain('Ring the front door on 01632 960 000.');
  });

  it('overview tables feed level descriptions, not indicators', async () => {
    const { seg } = await run('transposed.html');
    const tier4 = seg.scheme.find((l) => l.local === 'Tier 4')!;
    expect(tier4.description.map((s) => s.text)).toContain('Children in need (s17) and children at risk of significant harm (s47).');
    expect(seg.indicators.some((i) => i.text.includes('universal services'))).toBe(false);
  });

  it('canonicalises a level seen as a heading and as a table header', () => {
    const span = (text: string) => ({ text, page: 1, bbox: null });
    const layout: Layout = {
      source: 'mem', format: 'text', pages: 1, title: null, warnings: [],
      blocks: [
        { kind: 'table', page: 1, rows: [
          { cells: [{ header: true, items: [span('Area')] }, { header: true, items: [span('Tier 1')] }, { header: true, items: [span('Tier 2')] }] },
          { cells: [{ header: false, items: [span('School')] }, { header: false, items: [span('Attends well')] }, { header: false, items: [span('Often late')] }] },
        ] },
        { kind: 'heading', depth: 2, span: span('Tier 2: Early Help') },
        { kind: 'list-item', depth: 1, span: span('Parent asks for help with routines') },
      ],
    };
    const seg = segment(layout);
    expect(seg.scheme.map((l) => l.local)).toEqual(['Tier 1', 'Tier 2: Early Help']);
    expect(seg.indicators.map((i) => i.level)).toEqual(['Tier 1', 'Tier 2: Early Help', 'Tier 2: Early Help']);
  });

  it('joins a wrapped line the extractor left as its own table row, and places cells by x when empty cells were dropped', () => {
    const at = (text: string, x0: number, x1: number) => ({ text, page: 1, bbox: [x0, 700, x1, 710] as [number, number, number, number] });
    const layout: Layout = {
      source: 'mem.pdf', format: 'pdf', pages: 1, title: null, warnings: [],
      blocks: [{ kind: 'table', page: 1, rows: [
        { cells: [{ header: true, items: [at('Domain', 50, 90)] }, { header: true, items: [at('Level 1', 150, 190)] }, { header: true, items: [at('Level 2', 250, 290)] }, { header: true, items: [at('Level 3', 350, 390)] }] },
        { cells: [{ header: true, items: [at('Home', 50, 80)] }, { header: false, items: [at('Damp and cold home affecting the', 345, 420)] }] },
        { cells: [{ header: true, items: [] }, { header: false, items: [at("children's health", 345, 400)] }] },
        { cells: [{ header: true, items: [at('School', 50, 80)] }, { header: false, items: [at('Late most days', 245, 300)] }] },
      ] }],
    };
    const seg = segment(layout);
    expect(seg.indicators.map((i) => [i.level, i.domain, i.text])).toEqual([
      ['Level 3', 'Home', "Damp and cold home affecting the children's health"],
      ['Level 2', 'School', 'Late most days'],
    ]);
  });

  it('two-row level headers, bracketed names and wrapped lines left as separate items', () => {
    const span = (text: string, bullet = false) => ({ text, page: 2, bbox: null, ...(bullet ? { bullet } : {}) });
    const cell = (...items: ReturnType<typeof span>[]) => ({ header: false, items });
    const layout: Layout = {
      source: 'mem.pdf', format: 'pdf', pages: 2, title: null, warnings: [],
      blocks: [
        { kind: 'table', page: 2, rows: [
          { cells: [cell(span('Domain')), cell(span('Level 1')), cell(span('Level 2')), cell(span('Level 3'))] },
          { cells: [cell(), cell(span('Universal')), cell(span('Early Help')), cell(span('Child in Need (Section 17)'))] },
          { cells: [cell(span('Health')), cell(span('Registered with a GP', true)), cell(span('Two missed appointments with the', true), span('health visitor'), span('Dental decay', true)), cell(span('Disabled child whose needs are', true), span('unmet at home'))] },
        ] },
        { kind: 'heading', depth: 2, span: span('Child in Need') },
        { kind: 'list-item', depth: 1, span: span('Carer unable to manage the child\'s') },
        { kind: 'paragraph', span: span('complex medical routines') },
        { kind: 'paragraph', span: span('Practitioners should discuss this with a manager.') },
      ],
    };
    const seg = segment(layout);
    // "Child in Need" (a heading) and "Level 3" (a column) are one level; the heading is its fullest written form.
    expect(seg.scheme.map((l) => [l.order, l.local])).toEqual([[1, 'Level 1'], [2, 'Level 2'], [3, 'Child in Need']]);
    expect(seg.indicators.map((i) => [i.level, i.text])).toEqual([
      ['Level 1', 'Registered with a GP'],
      ['Level 2', 'Two missed appointments with the health visitor'],
      ['Level 2', 'Dental decay'],
      ['Child in Need', 'Disabled child whose needs are unmet at home'],
      ['Child in Need', "Carer unable to manage the child's complex medical routines"],
    ]);
  });

  it('a level header over one description per level is an overview, not indicators', () => {
    const span = (text: string) => ({ text, page: 1, bbox: null });
    const cell = (t: string) => ({ header: false, items: [span(t)] });
    const layout: Layout = {
      source: 'mem', format: 'html', pages: 1, title: null, warnings: [],
      blocks: [
        { kind: 'table', page: 1, rows: [
          { cells: [cell('Level 1'), cell('Level 2'), cell('Level 3')] },
          { cells: [cell('Needs are met by universal services.'), cell('Needs met by one agency with an early help assessment.'), cell('Children in need under section 17 of the Children Act 1989.')] },
        ] },
        { kind: 'heading', depth: 2, span: span('Level 3') },
        { kind: 'list-item', depth: 1, span: span('Child is at risk of homelessness') },
      ],
    };
    const seg = segment(layout);
    expect(seg.indicators.map((i) => i.text)).toEqual(['Child is at risk of homelessness']);
    expect(seg.scheme[2].description.map((d) => d.text)).toContain('Children in need under section 17 of the Children Act 1989.');
  });

  it('flat heading styles: levels and domains (or topics and levels) at the same heading depth', () => {
    const span = (text: string) => ({ text, page: 1, bbox: null });
    const h = (text: string) => ({ kind: 'heading' as const, depth: 1, span: span(text) });
    const li = (text: string) => ({ kind: 'list-item' as const, depth: 1, span: span(text) });
    const doc = (...blocks: Layout['blocks']): Layout => ({ source: 'mem.docx', format: 'docx', pages: 1, title: null, warnings: [], blocks });
    const perLevel = segment(doc(h('Pinmoor Thresholds'), h('Level 1'), h('Health'), li('Healthy'), h('School'), li('Attends'), h('Level 2'), h('Health'), li('Missed checks'), h('Case example'), li('Ali is 4')));
    expect(perLevel.indicators.map((i) => [i.level, i.domain, i.text])).toEqual([
      ['Level 1', 'Health', 'Healthy'], ['Level 1', 'School', 'Attends'], ['Level 2', 'Health', 'Missed checks'],
    ]);
    const perTopic = segment(doc(h('Health'), h('Level 1'), li('Healthy'), h('Level 2'), li('Missed checks'), h('School'), h('Level 1'), li('Attends')));
    expect(perTopic.indicators.map((i) => [i.level, i.domain, i.text])).toEqual([
      ['Level 1', 'Health', 'Healthy'], ['Level 2', 'Health', 'Missed checks'], ['Level 1', 'School', 'Attends'],
    ]);
  });

  it('a heading that only introduces the list below it is no domain; a real domain heading still is', () => {
    const span = (text: string) => ({ text, page: 1, bbox: null });
    const h = (text: string, depth = 1) => ({ kind: 'heading' as const, depth, span: span(text) });
    const li = (text: string) => ({ kind: 'list-item' as const, depth: 2, span: span(text) });
    const doc = (...blocks: Layout['blocks']): Layout => ({ source: 'mem.txt', format: 'text', pages: 1, title: null, warnings: [], blocks });
    const seg = segment(doc(h('Level 1'), h('Signs at this level include', 2), li('Goes to the reading club'), h('Level 2'), h('Health', 2), li('Misses the dentist')));
    expect(seg.indicators.map((i) => [i.level, i.domain, i.text])).toEqual([
      ['Level 1', null, 'Goes to the reading club'], ['Level 2', 'Health', 'Misses the dentist'],
    ]);
  });

  it('a matrix continued on the next page without its header row keeps its columns and domain', () => {
    const span = (text: string, page: number) => ({ text, page, bbox: null });
    const cell = (t: string, page: number) => ({ header: false, items: t ? [span(t, page)] : [] });
    const row = (page: number, ...t: string[]) => ({ cells: t.map((x) => cell(x, page)) });
    const layout: Layout = {
      source: 'mem.pdf', format: 'pdf', pages: 2, title: null, warnings: [],
      blocks: [
        { kind: 'table', page: 1, rows: [row(1, 'Domain', 'Tier 1', 'Tier 2', 'Tier 3'), row(1, 'Home', 'Settled', 'Arrears', 'Evicted')] },
        { kind: 'paragraph', span: span('Page 1 of 2', 1) },
        { kind: 'table', page: 2, rows: [row(2, '', 'Warm', '', 'No heating'), row(2, 'School', 'Attends', 'Late', 'Excluded')] },
      ],
    };
    const seg = segment(layout);
    expect(seg.indicators.map((i) => [i.level, i.domain, i.text, i.page])).toEqual([
      ['Tier 1', 'Home', 'Settled', 1], ['Tier 2', 'Home', 'Arrears', 1], ['Tier 3', 'Home', 'Evicted', 1],
      ['Tier 1', 'Home', 'Warm', 2], ['Tier 3', 'Home', 'No heating', 2],
      ['Tier 1', 'School', 'Attends', 2], ['Tier 2', 'School', 'Late', 2], ['Tier 3', 'School', 'Excluded', 2],
    ]);
  });

  it('level column: bare numbers under a "Level" header; a blank level cell (merged cell that lost its span) keeps the level above', () => {
    const span = (text: string) => ({ text, page: 1, bbox: null });
    const cell = (t: string) => ({ header: false, items: t ? [span(t)] : [] });
    const row = (...t: string[]) => ({ cells: t.map(cell) });
    const layout: Layout = {
      source: 'mem.pdf', format: 'pdf', pages: 1, title: null, warnings: [],
      blocks: [
        { kind: 'table', page: 1, rows: [row('Usual level', 'Area', 'Need'), row('1', 'Home', 'Settled home'), row('', 'School', 'Enjoys school'), row('3', 'Home', 'Facing eviction'), row('', 'School', 'Excluded twice')] },
      ],
    };
    const seg = segment(layout);
    expect(seg.indicators.map((i) => [i.level, i.domain, i.text])).toEqual([
      ['Level 1', 'Home', 'Settled home'], ['Level 1', 'School', 'Enjoys school'], ['Level 3', 'Home', 'Facing eviction'], ['Level 3', 'School', 'Excluded twice'],
    ]);
  });

  it('level column far to the right (fifth column); short attribute columns beside the indicator are not indicators', () => {
    const span = (text: string) => ({ text, page: 1, bbox: null });
    const cell = (t: string) => ({ header: false, items: t ? [span(t)] : [] });
    const row = (...t: string[]) => ({ cells: t.map(cell) });
    const layout: Layout = {
      source: 'mem.docx', format: 'docx', pages: 1, title: null, warnings: [],
      blocks: [{ kind: 'table', page: 1, rows: [row('Need', 'Age', 'Seen by', 'Notes', 'Level'), row('Often hungry at school', '5-11', 'School', '', 'Level 2'), row('Injury to a baby', '0-1', 'Health', '', 'Level 4')] }],
    };
    expect(segment(layout).indicators.map((i) => [i.level, i.text])).toEqual([
      ['Level 2', 'Often hungry at school'], ['Level 4', 'Injury to a baby'],
    ]);
  });

  it('level column repeated per row with one column per area: short items are indicators, not row labels', () => {
    const span = (text: string) => ({ text, page: 1, bbox: null });
    const cell = (t: string) => ({ header: false, items: t ? [span(t)] : [] });
    const row = (...t: string[]) => ({ cells: t.map(cell) });
    const layout: Layout = {
      source: 'mem.docx', format: 'docx', pages: 1, title: null, warnings: [],
      blocks: [{ kind: 'table', page: 1, rows: [row('Tier', 'Child', 'Parents'), row('Tier 1', 'Enjoys school', 'Warm routines'), row('Tier 1', 'Has friends', 'Stable work'), row('Tier 2', 'Often late', 'Money worries')] }],
    };
    expect(segment(layout).indicators.map((i) => [i.level, i.domain, i.text])).toEqual([
      ['Tier 1', 'Child', 'Enjoys school'], ['Tier 1', 'Parents', 'Warm routines'], ['Tier 1', 'Child', 'Has friends'],
      ['Tier 1', 'Parents', 'Stable work'], ['Tier 2', 'Child', 'Often late'], ['Tier 2', 'Parents', 'Money worries'],
    ]);
  });

  it('a level split over two lines ("LEVEL 2" / "ADDITIONAL NEEDS") is one level', () => {
    const span = (text: string) => ({ text, page: 1, bbox: null });
    const layout: Layout = {
      source: 'mem.pdf', format: 'pdf', pages: 1, title: null, warnings: [],
      blocks: [
        { kind: 'paragraph', span: span('LEVEL 1') }, { kind: 'paragraph', span: span('UNIVERSAL') },
        { kind: 'list-item', depth: 1, span: span('Child is thriving') },
        { kind: 'paragraph', span: span('LEVEL 2') }, { kind: 'paragraph', span: span('ADDITIONAL NEEDS') },
        { kind: 'list-item', depth: 1, span: span('Child is often late') },
      ],
    };
    const seg = segment(layout);
    expect(seg.scheme.map((l) => [l.order, l.local])).toEqual([[1, 'LEVEL 1'], [2, 'LEVEL 2']]);
    expect(seg.indicators.map((i) => [i.level, i.text])).toEqual([['LEVEL 1', 'Child is thriving'], ['LEVEL 2', 'Child is often late']]);
  });

  it('matrix rows labelled Strengths / Needs under a domain: only needs count, domain kept', () => {
    const span = (text: string) => ({ text, page: 1, bbox: null });
    const cell = (t: string, rowspan?: number) => ({ header: false, items: t ? [span(t)] : [], ...(rowspan ? { rowspan } : {}) });
    const layout: Layout = {
      source: 'mem.docx', format: 'docx', pages: 1, title: null, warnings: [],
      blocks: [{ kind: 'table', page: 1, rows: [
        { cells: [cell('Area'), cell(''), cell('Level 1'), cell('Level 2')] },
        { cells: [cell('Health', 2), cell('Strengths'), cell('Eats well'), cell('Sees the GP')] },
        { cells: [cell('Needs'), cell('Some tooth decay'), cell('Obese, affecting mobility')] },
        { cells: [cell('Home'), cell('Needs'), cell(''), cell('Damp')] },
      ] }],
    };
    const seg = segment(layout);
    expect(seg.indicators.map((i) => [i.level, i.domain, i.text])).toEqual([
      ['Level 1', 'Health', 'Some tooth decay'], ['Level 2', 'Health', 'Obese, affecting mobility'], ['Level 2', 'Home', 'Damp'],
    ]);
  });

  it('a matrix whose column heads are level names without numbers: a head between two known levels is a level too', () => {
    const span = (text: string) => ({ text, page: 1, bbox: null });
    const cell = (t: string) => ({ header: false, items: t ? [span(t)] : [] });
    const layout: Layout = {
      source: 'mem.pdf', format: 'pdf', pages: 1, title: null, warnings: [],
      blocks: [{ kind: 'table', page: 1, rows: [
        { cells: [cell('Area'), cell('Universal'), cell('Community Plus'), cell('Statutory Response by the Children’s Service')] },
        { cells: [cell('Health'), cell('Growing well'), cell('Misses most health checks'), cell('Injury with no account given')] },
      ] }],
    };
    const seg = segment(layout);
    expect(seg.scheme.map((l) => [l.order, l.local])).toEqual([[1, 'Universal'], [2, 'Community Plus'], [3, 'Statutory Response by the Children’s Service']]);
    expect(seg.indicators.map((i) => [i.level, i.text])).toEqual([
      ['Universal', 'Growing well'], ['Community Plus', 'Misses most health checks'], ['Statutory Response by the Children’s Service', 'Injury with no account given'],
    ]);
  });

  it('a one-level matrix: "Area | Level 4 – Acute" over rows of domains', () => {
    const span = (text: string) => ({ text, page: 1, bbox: null });
    const cell = (...t: string[]) => ({ header: false, items: t.map(span) });
    const layout: Layout = {
      source: 'mem.pdf', format: 'pdf', pages: 1, title: null, warnings: [],
      blocks: [{ kind: 'table', page: 1, rows: [
        { cells: [cell('Area of need'), cell('Level 4 – Acute')] },
        { cells: [cell('Health'), cell('Injury with no account given', 'Untreated illness putting life at risk')] },
        { cells: [cell('Home'), cell('Adult who has harmed children moves in')] },
      ] }],
    };
    const seg = segment(layout);
    expect(seg.scheme.map((l) => l.local)).toEqual(['Level 4 – Acute']);
    expect(seg.indicators.map((i) => [i.level, i.domain, i.text])).toEqual([
      ['Level 4 – Acute', 'Health', 'Injury with no account given'], ['Level 4 – Acute', 'Health', 'Untreated illness putting life at risk'],
      ['Level 4 – Acute', 'Home', 'Adult who has harmed children moves in'],
    ]);
  });

  it('a page per level whose level headings are names without numbers, one unknown to the vocabulary', () => {
    const span = (text: string) => ({ text, page: 1, bbox: null });
    const h = (text: string) => ({ kind: 'heading' as const, depth: 1, span: span(text) });
    const d = (text: string) => ({ kind: 'heading' as const, depth: 2, span: span(text) });
    const li = (text: string) => ({ kind: 'list-item' as const, depth: 1, span: span(text) });
    const layout: Layout = {
      source: 'mem.pdf', format: 'pdf', pages: 3, title: null, warnings: [],
      blocks: [
        h('Universal'), d('Health'), li('Growing well'),
        h('Community Plus'), d('Health'), li('Misses most health checks'),
        h('Statutory Response by the Children’s Service'), d('Health'), li('Injury with no account given'),
      ],
    };
    const seg = segment(layout);
    expect(seg.scheme.map((l) => l.local)).toEqual(['Universal', 'Community Plus', 'Statutory Response by the Children’s Service']);
    expect(seg.indicators.map((i) => i.level)).toEqual(['Universal', 'Community Plus', 'Statutory Response by the Children’s Service']);
  });

  it('a page per level whose heading is "Level 4: " and a long description of the children it is for', () => {
    const span = (text: string) => ({ text, page: 1, bbox: null });
    const h = (text: string) => ({ kind: 'heading' as const, depth: 1, span: span(text) });
    const li = (text: string) => ({ kind: 'list-item' as const, depth: 1, span: span(text) });
    const long = 'Level 4: Children facing the most serious difficulties, some of whom may be unsafe at home';
    const layout: Layout = {
      source: 'mem.pdf', format: 'pdf', pages: 2, title: null, warnings: [],
      blocks: [h('Level 3: Targeted Early Help'), li('Misses most health checks'), h(long), li('Injury with no account given')],
    };
    const seg = segment(layout);
    expect(seg.scheme.map((l) => [l.order, l.local])).toEqual([[3, 'Level 3: Targeted Early Help'], [4, long]]);
    expect(seg.indicators.map((i) => i.level)).toEqual(['Level 3: Targeted Early Help', long]);
  });

  it('a document with no recognisable levels and no listed indicators gives nothing, with a warning (not an error)', async () => {
    const layout = await extractLayout(new Uint8Array(readFileSync(new URL('no-levels.txt', dir))), 'no-levels.txt');
    expect(segment(layout)).toEqual({ scheme: [], indicators: [], warnings: ['no indicators found: no level of need recognised and no indicator listed'] });
  });
});
