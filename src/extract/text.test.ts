import { describe, expect, it } from 'vitest';
import { textToLayout } from './text.ts';

const doc = `THRESHOLDS IN MOSSBECK

Introduction
============

This guidance is long enough to wrap over two lines of the plain text
file, and the second line continues the same sentence.

1. Overview

Level 1 - Universal
-------------------

- Child is healthy
- Family has a long-standing difficulty that
  wraps onto a second, indented line
    * nested point
• Bullet with a glyph

Health:
1) I am often tired at school
2) My parents argue a lot; I hide in my room

| Domain | Level 1 | Level 2 |
|---|---|---|
| Home | Safe home | Rent arrears<br>Damp |

Child is quiet
Child is withdrawn
`;

describe('textToLayout', () => {
  const layout = textToLayout(doc, 'm.txt');
  const summary = layout.blocks.map((b) => (b.kind === 'table' ? `table@${b.page}` : `${b.kind}${'depth' in b ? b.depth : ''}@${b.span.ref}:${b.span.text}`));

  it('finds headings of every kind, bullets with depth, wrapped lines joined', () => {
    expect(summary).toEqual([
      'heading1@lines 1:THRESHOLDS IN MOSSBECK',
      'heading1@lines 3-4:Introduction',
      'paragraph@lines 6-7:This guidance is long enough to wrap over two lines of the plain text file, and the second line continues the same sentence.',
      'heading2@lines 9:1. Overview',
      'heading2@lines 11-12:Level 1 - Universal',
      'list-item1@lines 14:Child is healthy',
      'list-item1@lines 15-16:Family has a long-standing difficulty that wraps onto a second, indented line',
      'list-item3@lines 17:nested point',
      'list-item1@lines 18:Bullet with a glyph',
      'heading3@lines 20:Health',
      'list-item1@lines 21:I am often tired at school',
      'list-item1@lines 22:My parents argue a lot; I hide in my room',
      'table@24',
      'paragraph@lines 28:Child is quiet',
      'paragraph@lines 29:Child is withdrawn',
    ]);
    expect(layout.title).toBe('THRESHOLDS IN MOSSBECK');
  });

  it('reads pipe tables with a header row and <br> items', () => {
    const table = layout.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => r.cells.map((c) => (c.header ? 'H:' : '') + c.items.map((i) => i.text).join('/')))).toEqual([
      ['H:Domain', 'H:Level 1', 'H:Level 2'],
      ['Home', 'Safe home', 'Rent arrears/Damp'],
    ]);
  });
});

describe('bare bullet markers', () => {
  it('reads a lone "-" line with the item on the next line as a list item, not an underline', () => {
    const layout = textToLayout('Level 1 - Settled\n\nFriends\n-\nplays with others\n-\nhas a close friend\n- joins in games\n', 'x.txt');
    const items = layout.blocks.filter((b) => b.kind === 'list-item').map((b) => (b as { span: { text: string } }).span.text);
    expect(items).toEqual(['plays with others', 'has a close friend', 'joins in games']);
    expect(layout.blocks.some((b) => b.kind === 'heading' && /plays|Friends/.test(b.span.text) && b.depth === 2)).toBe(false);
  });
});

describe('items one per line, one of them wrapped', () => {
  const texts = (src: string) => textToLayout(src, 'x.md').blocks.map((b) => (b as { span: { text: string } }).span.text);
  it('joins a lower-case line to the item above and keeps the other lines apart', () => {
    expect(texts('Child is not weighed at clinic\nCarer works nights and there is no one\nat home when the child wakes\nChild is often late\n')).toEqual([
      'Child is not weighed at clinic',
      'Carer works nights and there is no one at home when the child wakes',
      'Child is often late',
    ]);
  });
  it('leaves wrapped prose, and a wrapped paragraph ending in a full stop, whole', () => {
    expect(texts('The team will contact the family within\nthree working days and agree\nwho leads the plan\n')).toHaveLength(1);
    expect(texts('Child is not weighed at clinic\nCarer works nights and there is no one\nat home when the child wakes.\n')).toHaveLength(1);
  });
});
