import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { PageMeta, SchemeLevel } from '../model/index.ts';
import { parseFrontMatter } from '../extract/meta.ts';
import { textToLayout } from '../extract/text.ts';
import { htmlToLayout } from '../extract/html.ts';
import { analyse, analyseSeries } from '../pipeline/index.ts';
import { addressWords, pageDomain, pageLevel, splitLevelMenu } from './index.ts';

const FIX = new URL('../../corpus/series-fixtures/', import.meta.url);
const file = (name: string) => ({ bytes: new Uint8Array(readFileSync(new URL(name, FIX))), source: `corpus/series-fixtures/${name}` });
const meta = { authorityId: 'x', authority: null, version: null };
const meta0 = (m: Partial<PageMeta>): PageMeta => ({ title: null, url: null, authority: null, date: null, heading: null, ...m });
const bandsOf = (scheme: SchemeLevel[]) => Object.fromEntries(scheme.map((l) => [l.local, l.bands.join('+')]));

describe('page metadata', () => {
  it('reads YAML front matter at the very top, and keeps its lines out of the blocks', () => {
    const text = ['---', 'title: "Level 3 – Intensive | Anyshire"', 'url: https://anyshire.example/level-3/', "authority: 'Anyshire Partnership'", 'date: 2024-02-01', 'tags:', '  - thresholds', '---', '', '# Needs', '', '- Child often hungry at school'].join('\n');
    const layout = textToLayout(text, 'a.md');
    expect(layout.meta).toEqual({ title: 'Level 3 – Intensive | Anyshire', url: 'https://anyshire.example/level-3/', authority: 'Anyshire Partnership', date: '2024-02-01', heading: 'Needs' });
    expect(layout.title).toBe('Level 3 – Intensive | Anyshire');
    const texts = layout.blocks.map((b) => (b.kind === 'table' ? '' : b.span.text));
    expect(texts).toEqual(['Needs', 'Child often hungry at school']);
    // line numbers stay those of the file (the evidence view shows them)
    expect(layout.blocks[1]).toMatchObject({ kind: 'list-item', span: { page: 12, ref: 'lines 12' } });
  });

  it('does not take a rule line followed by prose, or front matter below the top, for metadata', () => {
    expect(parseFrontMatter(['---', 'Some prose here.', '---'])).toBeNull();
    expect(parseFrontMatter(['', '---', 'title: x', '---'])).toBeNull();
    expect(parseFrontMatter(['---', 'title: x'])).toBeNull(); // never closed
    expect(textToLayout('Intro\n---\ntitle: x\n---\n', 'b.txt').meta?.title ?? null).toBeNull();
  });

  it('reads HTML <title>, first <h1>, canonical link, og:url and site name', () => {
    const html = readFileSync(new URL('pennock-level-4.html', FIX), 'utf8');
    expect(htmlToLayout(html, 'p.html').meta).toEqual({
      title: 'Specialist Help - Level 4 | Pennock Safeguarding Partnership',
      url: 'https://pennock.example/threshold-guide/level-4-specialist-help/',
      authority: 'Pennock Safeguarding Partnership',
      date: null,
      heading: 'Specialist Help',
    });
    const og = htmlToLayout('<html><head><meta property="og:url" content="https://x.example/tier-2/"></head><body><p>x</p></body></html>', 'o.html');
    expect(og.meta?.url).toBe('https://x.example/tier-2/');
  });
});

describe('the level a page names outside its body', () => {
  it('reads titles with the number before or after the name, and bare names', () => {
    expect(pageLevel(meta0({ title: 'Level 3 – Intensive | Anyshire' }))?.label).toBe('Level 3 – Intensive');
    expect(pageLevel(meta0({ title: 'Level 3 | Health | Wickhamdale' }))?.label).toBe('Level 3');
    expect(pageLevel(meta0({ title: 'Specialist Help - Level 4 | Anyshire' }))?.parsed).toMatchObject({ number: 4, name: 'specialist' });
    expect(pageLevel(meta0({ title: 'Statutory Services' }))?.parsed).toMatchObject({ number: null, name: 'statutory', rank: 4 });
    expect(pageLevel(meta0({ title: 'Tier 2 (Additional) – Family and Environment | Wexcombe' }))?.parsed).toMatchObject({ number: 2, name: 'additional' });
    expect(pageLevel(meta0({ title: 'Level 3 - Intensive Support - Anyshire Safeguarding Children Partnership' }))?.label).toBe('Level 3 - Intensive Support');
    expect(pageLevel(meta0({ title: 'Anyshire Partnership - Statutory Services' }))?.label).toBe('Statutory Services');
    expect(pageLevel(meta0({ title: 'Contact us | Anyshire' }))).toBeNull();
  });

  it('reads the address when the title does not name the level', () => {
    expect(addressWords('https://a.example/thresholds/level-3-intensive/')).toEqual(['Level 3 Intensive', 'Thresholds']);
    const p = pageLevel(meta0({ title: 'What you might see | Anyshire', url: 'https://a.example/thresholds/statutory/' }));
    expect(p).toMatchObject({ from: 'address', parsed: { name: 'statutory' } });
    expect(pageLevel(meta0({ url: '/guide/level-2-early-help.html' }))?.parsed).toMatchObject({ number: 2, name: 'early help' });
  });

  it('completes a name-only title with the number the address gives', () => {
    const p = pageLevel(meta0({ title: 'Intensive Support', url: 'https://a.example/level-3-intensive-support/' }));
    expect(p?.parsed).toMatchObject({ number: 3, name: 'intensive' });
  });

  it('falls back to the first heading, and reads a level-and-domain title\'s domain', () => {
    expect(pageLevel(meta0({ heading: 'Level Two: Early Help' }))?.parsed).toMatchObject({ number: 2 });
    expect(pageDomain(meta0({ title: 'Tier 2 (Additional) – Family and Environment | Wexcombe' }))).toBe('Family and Environment');
    expect(pageDomain(meta0({ title: 'Level 3 – Intensive | Anyshire' }))).toBeNull();
    expect(pageDomain(meta0({ title: 'Stage 2a – Early help single agency | Elmbridge Fold' }))).toBeNull(); // the rest of the level's name
    expect(pageDomain(meta0({ title: 'Level 3 | Health | Wickhamdale' }))).toBe('Health');
    expect(pageDomain(meta0({ title: 'Level 3 | Wickhamdale Council | Home' }))).toBeNull();
    expect(pageDomain(meta0({ url: 'https://a.example/thresholds/level-2/family-and-environment/' }))).toBe('Family and environment');
    expect(pageDomain(meta0({ url: 'https://a.example/thresholds/level-2/' }))).toBeNull();
  });
});

describe('menus listing every level', () => {
  it('are taken out of a one-level page and kept as scheme knowledge', () => {
    const layout = textToLayout(readFileSync(new URL('fernhallow-level-3.md', FIX), 'utf8'), 'f.md');
    const { layout: body, menu } = splitLevelMenu(layout);
    expect(menu.map((m) => m.parsed.number)).toEqual([1, 2, 3, 4]);
    expect(body.blocks.length).toBe(layout.blocks.length - 4);
    expect(body.blocks.some((b) => b.kind !== 'table' && /one agency/.test(b.span.text))).toBe(false);
  });

  it('may alternate level lines and description lines; the page\'s own level then comes from its breadcrumb', async () => {
    const layout = textToLayout(readFileSync(new URL('brisklow-level-two.txt', FIX), 'utf8'), 'b.txt');
    const { menu } = splitLevelMenu(layout);
    expect(menu.map((m) => [m.parsed.number, m.description?.[0]?.text])).toEqual([
      [1, 'For children whose needs are met by the services all families use.'],
      [2, 'For children who need some extra help from one service.'],
      [3, 'For children with several needs and a lead professional.'],
      [4, 'For children who need social work help or protection.'],
    ]);
    // before: every indicator fell under the menu's last level ("Level Four"), and the menu lines became indicators
    const p = await analyse(file('brisklow-level-two.txt').bytes, 'b.txt', meta);
    expect(new Set(p.indicators.map((i) => p.scheme.find((l) => l.local === i.level)!.order))).toEqual(new Set([2]));
    expect(p.indicators.map((i) => i.text)).toEqual(['Has missed two health visitor checks in a row', 'Is often tired and hungry when arriving at nursery', 'Has fallen a year behind in reading', 'Has been bullied on the way home from school']);
  });

  it('a numbered name the vocabulary does not know continues a menu of numbered levels with descriptions, not a contents list', () => {
    const menu = '- 1. Universal\n\nAll families.\n\n- 2. Early Help\n\nOne agency helps.\n\n- 3. Teams Around the Household\n\nSeveral agencies together.\n\n- 4. Social Care for Lasting Need\n\nProtection or very high need.\n\nOther text.\n';
    expect(splitLevelMenu(textToLayout(menu, 'm.md')).menu.map((m) => m.parsed.written)).toEqual(['1. Universal', '2. Early Help', '3. Teams Around the Household', '4. Social Care for Lasting Need']);
    const contents = '- 1. Universal\n- 2. Early Help\n- 3. Targeted Help\n- 4. Teams Around the Household\n- 5. Our Printable Resources\n';
    expect(splitLevelMenu(textToLayout(contents, 'c.md')).menu.map((m) => m.parsed.number)).toEqual([1, 2, 3]);
  });

  it('name each level before a colon and describe it after ("Tier Two – Additional: children who ...")', () => {
    const text = 'Tier Four\n\n- Child is trafficked\n\nAll tiers\n\nTier One – Universal: children whose needs are met by everyone\nTier Two – Additional: children who need one agency\nTier Three – Complex: children who need several agencies\n';
    expect(splitLevelMenu(textToLayout(text, 't.md')).menu.map((m) => m.parsed.written)).toEqual(['Tier One – Universal', 'Tier Two – Additional', 'Tier Three – Complex']);
  });

  it('stay in a document whose headings name several levels (a whole scheme)', () => {
    const text = '- Level 1 – Universal: all\n- Level 2 – Early Help: some\n- Level 3 – Targeted: few\n\n# Level 1 – Universal\n\n- a\n\n# Level 2 – Early Help\n\n- b\n';
    expect(splitLevelMenu(textToLayout(text, 'w.md')).menu).toEqual([]);
  });
});

describe('single-level pages', () => {
  it('a page whose level is only in its front matter is valid and its indicators take that level', async () => {
    const p = await analyse(file('gullsworth-statutory.md').bytes, 'gullsworth-statutory.md', meta);
    expect(p.scheme.map((l) => l.local)).toEqual(['Statutory Services']);
    expect(p.indicators.map((i) => i.level)).toEqual(['Statutory Services', 'Statutory Services', 'Statutory Services']);
    // banded from its name within a whole scheme, never as a one-level scheme spanning every band
    expect(p.scheme[0].bands).toEqual(['child_in_need', 'child_protection']);
    expect(p.scheme[0].confidence).toBe('low');
    expect(p.scheme[0].evidence).toMatch(/named only in the page metadata/);
  });

  it('a lone "Level 4" page is banded as the top of a four-level scheme, not universal..child protection', async () => {
    const p = await analyse(file('pennock-level-4.html').bytes, 'pennock-level-4.html', meta);
    expect(p.scheme).toHaveLength(1);
    expect(p.scheme[0]).toMatchObject({ local: 'Specialist Help - Level 4', order: 4, bands: ['child_in_need', 'child_protection'] });
    expect(p.scheme[0].evidence).toMatch(/series of 4 levels \(levels 1, 2, 3 not among the parts\)/);
    expect(p.indicators).toHaveLength(7);
  });

  it('a page of a series with a menu of every level keeps the whole scheme, its own level holding the indicators', async () => {
    const p = await analyse(file('fernhallow-level-4.md').bytes, 'fernhallow-level-4.md', meta);
    expect(p.scheme.map((l) => l.local)).toEqual(['Level 1 – Universal', 'Level 2 – Additional Support', 'Level 3 – Intensive', 'Level 4 – Specialist']);
    expect(new Set(p.indicators.map((i) => i.level))).toEqual(new Set(['Level 4 – Specialist']));
    expect(p.indicators).toHaveLength(7);
  });

  it('a page whose level is only in its breadcrumb takes that level', async () => {
    const text = 'Skip to main content\n\nHome > Threshold guide > Level 2 - Early Help\n\n## Health\n\n- Missed two dental check-ups\n- Not registered with a GP\n';
    const p = await analyse(new TextEncoder().encode(text), 'crumb.md', meta);
    expect(p.scheme.map((l) => [l.local, l.order, l.bands.join('+')])).toEqual([['Level 2 - Early Help', 2, 'early_help']]);
    expect(p.indicators.map((i) => i.text)).toEqual(['Missed two dental check-ups', 'Not registered with a GP']);
  });

  it('a page naming no level but listing indicators keeps them, level "not stated", no bands, and warns', async () => {
    const text = '---\ntitle: Help for families\n---\n\n## Health\n\n- Missed three routine check-ups in a row\n- No doctor or dentist registered\n\n## Family and environment\n\n- Family has moved four times this year\n';
    const p = await analyse(new TextEncoder().encode(text), 'no-level.md', meta);
    expect(p.scheme).toEqual([]);
    expect(p.indicators.map((i) => [i.level, i.order, i.bands, i.domain])).toEqual([
      ['not stated', 0, [], 'Health'], ['not stated', 0, [], 'Health'], ['not stated', 0, [], 'Family and environment'],
    ]);
    expect(p.warnings.join()).toMatch(/no level of need named.*"not stated"/);
  });

  it('in a series, a part naming no level keeps its indicators "not stated" beside the others\' levels', async () => {
    const parts = [
      { bytes: new TextEncoder().encode('---\ntitle: Level 2 - Early Help\n---\n\n- Misses school once a week\n- Lonely at break times\n'), source: 'a.md' },
      { bytes: new TextEncoder().encode('## Health\n\n- Missed three routine check-ups in a row\n- No doctor or dentist registered\n- Teeth decayed and untreated\n'), source: 'b.md' },
    ];
    const p = await analyseSeries(parts, meta);
    expect(p.scheme.map((l) => l.local)).toEqual(['Level 2 - Early Help']);
    expect(p.indicators.map((i) => [i.level, i.bands.join('+'), i.part])).toEqual([
      ['Level 2 - Early Help', 'early_help', 0], ['Level 2 - Early Help', 'early_help', 0],
      ['not stated', '', 1], ['not stated', '', 1], ['not stated', '', 1],
    ]);
  });

  it('a flattened table naming no level: lines after a lead-in are indicators "not stated", each once', async () => {
    const text = 'Child development\nEven with help at the level below, needs keep growing:\nOften absent from school\nOften absent from school\nRuns away from home overnight\nRuns away from home overnight\nNo school place for a term\n';
    const p = await analyse(new TextEncoder().encode(text), 'flat.txt', meta);
    expect(p.indicators.map((i) => [i.level, i.text])).toEqual([
      ['not stated', 'Often absent from school'], ['not stated', 'Runs away from home overnight'], ['not stated', 'No school place for a term'],
    ]);
  });

  it('two stored versions of one level\'s page in a series give each item once', async () => {
    const page = '---\ntitle: Level 2 - Early Help\n---\n\n- Misses school once a week\n- Lonely at break times\n';
    const p = await analyseSeries([{ bytes: new TextEncoder().encode(page), source: 'a.md' }, { bytes: new TextEncoder().encode(`${page}- Sleeps badly most nights and is tired in class\n`), source: 'b.md' }], meta);
    expect(p.indicators.map((i) => [i.text, i.part])).toEqual([['Misses school once a week', 0], ['Lonely at break times', 0], ['Sleeps badly most nights and is tired in class', 1]]);
  });

  it('a page naming no level anywhere (and listing no indicators) gives nothing, with one warning; in a series it contributes nothing', async () => {
    const bytes = new TextEncoder().encode('---\ntitle: About us\n---\n\nWe are a partnership of local agencies.\n');
    const p = await analyse(bytes, 'about.md', meta);
    expect([p.scheme, p.indicators, p.warnings]).toEqual([[], [], ['no indicators found: no level of need recognised and no indicator listed']]);
    const s = await analyseSeries([{ bytes, source: 'about.md' }, file('fernhallow-level-2.md')], meta);
    expect(s.indicators.length).toBeGreaterThan(0);
    expect(s.indicators.every((i) => i.part === 1)).toBe(true);
    expect(s.warnings).toContain('about.md: no indicators found: no level of need recognised and no indicator listed');
  });
});

describe('series assembly', () => {
  it('a page holding only Level 1 and Level 2 bands them as the first two of four, not a two-level scheme', async () => {
    const text = '## Level 1\n\n- Goes to school every day\n- Growing well\n\n## Level 2\n\n- Late for school most weeks\n- Misses some health checks\n';
    const p = await analyse(new TextEncoder().encode(text), 'two.md', meta);
    expect(p.scheme.map((l) => l.bands.join('+'))).toEqual(['universal', 'early_help']);
  });

  it('a level its pages never describe is banded on what its items say', async () => {
    const text = '# Level 4 – Growth of the Child\n\n- Evidence of significant harm from a carer\n- Injury to a baby that is not yet crawling\n- Child says an adult at home hurts them\n';
    const p = await analyseSeries([{ bytes: new TextEncoder().encode(text), source: 'l4.md' }], meta);
    expect(p.scheme[0].evidence).toMatch(/significant harm/);
  });

  it('a lone Level 4 whose own text speaks only of significant harm and s47 is child protection; the missing levels take the bands between', async () => {
    const text = '# Level 4 – Acute\n\nThe child is thought to be at risk of significant harm (Sect 47). A child protection response through social care intervention is needed.\n\n## Examples\n\n- Toddler left alone overnight\n- Carer refuses hospital treatment the child needs\n- Girl brought into the country to be exploited\n';
    const p = await analyseSeries([{ bytes: new TextEncoder().encode(text), source: 'acute.md' }], meta);
    expect(bandsOf(p.scheme)).toEqual({ 'Level 4 – Acute': 'child_protection' });
  });

  it('a site whose pages carry a menu of all levels: each page\'s level (title or address word) is one of the menu\'s, never a new one', async () => {
    const names = ['dunmarsh-early-help.md', 'dunmarsh-targeted.md', 'dunmarsh-statutory.md'];
    const p = await analyseSeries(names.map(file), meta);
    expect(bandsOf(p.scheme)).toEqual({
      'Level 1 – Everyday Services': 'universal',
      'Level 2 – Early Help': 'early_help',
      'Level 3 – Family Partnership': 'targeted_early_help',
      'Level 4 – Specialist': 'child_in_need+child_protection',
    });
    expect([...new Set(p.indicators.map((i) => `${i.part} ${i.level}`))]).toEqual(['0 Level 2 – Early Help', '1 Level 3 – Family Partnership', '2 Level 4 – Specialist']);
    expect(p.warnings.join('\n')).toMatch(/"Targeted support" read as the menu's "Level 3 – Family Partnership" \(band words/);
    // one page alone is read the same way
    const one = await analyse(file('dunmarsh-statutory.md').bytes, 'dunmarsh-statutory.md', meta);
    expect(one.scheme).toHaveLength(4);
    expect(new Set(one.indicators.map((i) => `${i.level} ${i.bands.join('+')}`))).toEqual(new Set(['Level 4 – Specialist child_in_need+child_protection']));
  });

  it('merges the parts\' levels by number, orders and bands them once', async () => {
    const names = ['fernhallow-level-3.md', 'fernhallow-level-1.md', 'fernhallow-level-4.md', 'fernhallow-level-2.md'];
    const p = await analyseSeries(names.map(file), meta);
    expect(p.scheme.map((l) => l.order)).toEqual([1, 2, 3, 4]);
    expect(bandsOf(p.scheme)).toEqual({
      'Level 1 – Universal': 'universal',
      'Level 2 – Additional Support': 'early_help',
      'Level 3 – Intensive': 'targeted_early_help',
      'Level 4 – Specialist': 'child_in_need+child_protection',
    });
    expect(p.parts?.map((x) => x.source)).toEqual(names.map((n) => `corpus/series-fixtures/${n}`));
    // each indicator points at its part
    for (const i of p.indicators) expect(names[i.part!]).toBe(`fernhallow-level-${p.scheme.find((l) => l.local === i.level)!.order}.md`);
  });

  it('orders named-only levels by the vocabulary and bands each where it sits in the whole scheme', async () => {
    const p = await analyseSeries(['gullsworth-statutory.md', 'gullsworth-early-help.md', 'gullsworth-targeted.md'].map(file), meta);
    expect(bandsOf(p.scheme)).toEqual({ 'Early Help': 'early_help', 'Targeted Support': 'targeted_early_help', 'Statutory Services': 'child_in_need+child_protection' });
    expect(p.scheme.every((l) => l.confidence !== 'high')).toBe(true);
  });

  it('gives level-and-domain pages their level and domain from the title; a lower top level leaves room above', async () => {
    const p = await analyseSeries(['wexcombe-tier-2-family.md', 'wexcombe-tier-2-parenting.md', 'wexcombe-tier-3-family.md'].map(file), meta);
    expect(bandsOf(p.scheme)).toEqual({ 'Tier 2 (Additional)': 'early_help', 'Tier 3 (Intensive)': 'targeted_early_help' });
    expect(p.indicators.map((i) => `${i.part} ${i.domain}`)).toEqual(['0 Family and Environment', '0 Family and Environment', '1 Parenting Capacity', '1 Parenting Capacity', '2 Family and Environment', '2 Family and Environment']);
  });

  it('takes the scheme\'s descriptions from a landing page that has no indicators of its own', async () => {
    const landing = { bytes: new TextEncoder().encode(['# Fernhallow threshold tool', '', '## Level 1 – Universal', '', 'Needs met by universal services.', '',
      '## Level 2 – Additional Support', '', 'Single agency help after an early help assessment.', '', '## Level 3 – Intensive', '', 'A team around the family with a lead professional.', '',
      '## Level 4 – Specialist', '', 'Section 17 and section 47 work led by children\'s social care.', ''].join('\n')), source: 'landing.md' };
    const p = await analyseSeries([landing, file('fernhallow-level-2.md')], meta);
    expect(p.parts?.map((x) => x.source)).toEqual(['landing.md', 'corpus/series-fixtures/fernhallow-level-2.md']);
    expect(p.scheme).toHaveLength(4);
    expect(new Set(p.indicators.map((i) => i.part))).toEqual(new Set([1]));
    expect(p.scheme[3].evidence).toMatch(/landing|p\.\d+/);
    expect(p.scheme[3].bands).toEqual(['child_in_need', 'child_protection']);
  });

  it('goes on without a bad part (one reason per part), and fails in one line when no part can be read', async () => {
    const errors: string[] = [];
    const bad = { bytes: new Uint8Array(0), source: 'empty.md' };
    const p = await analyseSeries([file('fernhallow-level-1.md'), bad, file('fernhallow-level-2.md')], meta, { onPartError: (s, r) => errors.push(`${s}: ${r}`) });
    expect(errors).toEqual(['empty.md: empty file (0 bytes)']);
    expect(p.parts).toHaveLength(2);
    expect(new Set(p.indicators.map((i) => i.part))).toEqual(new Set([0, 1]));
    expect(p.warnings).toContain('empty.md: empty file (0 bytes) (part left out)');
    await expect(analyseSeries([bad, { ...bad, source: 'b.md' }], meta)).rejects.toThrow(/^empty\.md, b\.md: no part of the series could be read \(empty\.md: empty file \(0 bytes\); b\.md: empty file \(0 bytes\)\)$/);
  });

  it('leaves a single whole document as it was: one part, no part index on indicators', async () => {
    const bytes = new TextEncoder().encode('# Level 1 Universal\n\n- Child is happy at school\n\n# Level 2 Early Help\n\n- Child is often late\n\n# Level 3 Specialist\n\n- Child has been hit by a parent\n');
    const p = await analyse(bytes, 'whole.md', meta);
    expect(p.parts).toEqual([{ source: 'whole.md', format: 'text', pages: 12, url: null, title: 'Level 1 Universal' }]);
    expect(p.indicators.every((i) => i.part === undefined)).toBe(true);
    expect(p.scheme.map((l) => l.evidence).join(' ')).not.toMatch(/series of/);
  });
});

describe('evidence from a series points to the right part', () => {
  it('compare rows and reports name the part (file) an indicator is in', async () => {
    const { compare } = await import('../compare/index.ts');
    const { comparisonDoc } = await import('../report/comparison-doc.ts');
    const a = await analyseSeries([1, 2, 3, 4].map((n) => file(`fernhallow-level-${n}.md`)), { authorityId: 'fernhallow', authority: 'Fernhallow', version: null });
    const b = await analyseSeries(['gullsworth-early-help.md', 'gullsworth-targeted.md', 'gullsworth-statutory.md'].map(file), { authorityId: 'gullsworth', authority: 'Gullsworth', version: null });
    const c = compare(a, b);
    const sides = c.rows.flatMap((r) => [r.a, r.b]).filter((s) => s !== null);
    expect(sides.length).toBeGreaterThan(0);
    for (const s of sides) {
      const profile = s!.indicatorId.startsWith('fernhallow') ? a : b;
      expect(s!.partSource).toBe(profile.parts![s!.part!].source);
    }
    const text = JSON.stringify(comparisonDoc(c));
    expect(text).toMatch(/fernhallow-level-\d\.md, lines \d+/);
  });
});
