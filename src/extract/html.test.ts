import { describe, expect, it } from 'vitest';
import { htmlToLayout, nestingDepth } from './html.ts';

const page = `<!doctype html><html><head><title>Level 2 | Oakhollow Manual</title>
<script>document.write('<h2>Injected</h2>')</script><style>.x{}</style></head>
<body><div class="site-header"><nav><a>Home</a></nav></div>
<nav aria-label="breadcrumb"><ol><li>Home</li></ol></nav>
<main>
<h1>Early help</h1>
<p>Intro text with <a href="#">a link</a> and&nbsp;spaces.<br>Second line</p>
<p>• Glyph bullet item</p>
<ul><li>Item one<ul><li>Nested item</li></ul></li><li><p>Item two</p></li></ul>
<template><p>Template text</p></template><noscript><p>Noscript text</p></noscript>
<p hidden>Hidden text</p><span style="display:none">Invisible</span>
<h2>Health</h2>
<table><tr><th>Need</th><th colspan="2">Detail</th></tr><tr><td>A<br>B</td><td><ul><li>C</li><li>D</li></ul></td><td></td></tr></table>
</main>
<footer>Footer text</footer>
</body></html>`;

describe('htmlToLayout', () => {
  const layout = htmlToLayout(page, 'p.html');
  const texts = layout.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.items.map((i) => i.text))) : [b.span.text]));

  it('keeps content blocks in order with kinds, depths and sections', () => {
    expect(layout.title).toBe('Level 2 | Oakhollow Manual');
    expect(layout.blocks.map((b) => (b.kind === 'table' ? `table@${b.page}` : `${b.kind}${'depth' in b ? b.depth : ''}@${b.span.page}:${b.span.text}`))).toEqual([
      'heading1@1:Early help',
      'paragraph@1:Intro text with a link and spaces.',
      'paragraph@1:Second line',
      'list-item1@1:Glyph bullet item',
      'list-item1@1:Item one',
      'list-item2@1:Nested item',
      'list-item1@1:Item two',
      'heading2@2:Health',
      'table@2',
    ]);
    expect(layout.pages).toBe(2);
  });

  it('never runs or reads scripts, styles, templates, hidden text or navigation chrome', () => {
    for (const t of ['Injected', 'Template text', 'Noscript text', 'Hidden text', 'Invisible', 'Home', 'Footer text']) {
      expect(texts.join('\n')).not.toContain(t);
    }
  });

  it('builds table cells with items, header flags, colspans and element-path refs', () => {
    const table = layout.blocks.at(-1);
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => r.cells.map((c) => [c.header, c.colspan ?? 1, c.items.map((i) => i.text)]))).toEqual([
      [[true, 1, ['Need']], [true, 2, ['Detail']]],
      [[false, 1, ['A', 'B']], [false, 1, ['C', 'D']], [false, 1, []]],
    ]);
    expect(table.rows[1].cells[1].items[1].ref).toBe('html: body > main > table > tr[2] > td[2] > ul > li[2]');
  });
});

describe('hostile HTML', () => {
  it('rejects pathological nesting before building a tree', () => {
    const deep = `<html><body>${'<div>'.repeat(50_000)}x${'</div>'.repeat(50_000)}</body></html>`;
    expect(() => htmlToLayout(deep, 'deep.html')).toThrowError('deep.html: HTML nested more than 1000 elements deep (hostile or broken page?)');
  });

  it('does not count elements whose end tags are optional, nor script bodies', () => {
    const flat = `<html><body>${'<p>para'.repeat(5000)}<script>${'<div>'.repeat(5000)}</script></body></html>`;
    expect(nestingDepth(flat)).toBeLessThan(5);
    expect(htmlToLayout(flat, 'flat.html').blocks).toHaveLength(5000);
  });
});

describe('accordions', () => {
  it('a <summary> or an accordion button without a heading inside titles its panel; other buttons stay out', () => {
    const html = `<main><h1>Thornwick levels</h1><button type="button">Print this page</button>
<details><summary>Help for all</summary><p>Help for all: universal services.</p><h3>Health</h3><ul><li>Needs a dentist</li></ul></details>
<div class="accordion"><h2 class="acc"><button aria-expanded="false" aria-controls="p2">Help with a plan</button></h2><div id="p2"><ul><li>Missed checks</li></ul></div></div>
<div class="accordion"><button aria-expanded="false" aria-controls="p3">Help from social care</button><div id="p3"><ul><li>Injury to a baby</li></ul></div></div>
</main>`;
    const l = htmlToLayout(html, 'a.html');
    expect(l.blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && `${b.depth}:${b.span.text}`)).toEqual([
      '1:Thornwick levels', '2:Help for all', '3:Health', '2:Help with a plan', '2:Help from social care',
    ]);
    expect(l.blocks.some((b) => b.kind !== 'table' && b.span.text === 'Print this page')).toBe(false);
  });
});

describe('accordion toggles without aria attributes', () => {
  it('a button classed as an accordion toggle titles its panel; a menu toggle does not', () => {
    const html = `<main><h1>Sedgecombe levels</h1><button class="site-nav-toggle">Menu</button>
<div class="accordion"><button class="accordion__toggle">Help for all</button><div class="accordion__panel"><ul><li>Needs a dentist</li></ul></div>
<button class="btn collapsed">Help with a plan</button><div class="collapse"><ul><li>Missed checks</li></ul></div></div>
</main>`;
    const l = htmlToLayout(html, 'a.html');
    expect(l.blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && b.span.text)).toEqual(['Sedgecombe levels', 'Help for all', 'Help with a plan']);
    expect(l.blocks.some((b) => b.kind !== 'table' && b.span.text === 'Menu')).toBe(false);
  });
});

describe('tabs and collapsed panels', () => {
  it('each tab panel starts with its tab name as a heading; panels hidden until opened are read, other hidden text is not', () => {
    const html = `<main><h1>Thornwick levels</h1>
<div role="tablist"><button role="tab" id="t1" aria-controls="p1">Help for all</button><button role="tab" id="t2" aria-controls="p2">Help with a plan</button></div>
<div role="tabpanel" id="p1" aria-labelledby="t1"><ul><li>Needs a dentist</li></ul></div>
<div role="tabpanel" id="p2" aria-labelledby="t2" hidden><ul><li>Missed checks</li></ul></div>
<button aria-expanded="false" aria-controls="p3">Help from social care</button><div id="p3" style="display:none"><ul><li>Injury to a baby</li></ul></div>
<div hidden><p>Hidden template text</p></div>
</main>`;
    const l = htmlToLayout(html, 't.html');
    expect(l.blocks.map((b) => (b.kind === 'table' ? 'table' : `${b.kind}:${b.span.text}`))).toEqual([
      'heading:Thornwick levels',
      'heading:Help for all', 'list-item:Needs a dentist',
      'heading:Help with a plan', 'list-item:Missed checks',
      'heading:Help from social care', 'list-item:Injury to a baby',
    ]);
  });
});
