import { describe, expect, it } from 'vitest';
import type { Block } from '../model/index.ts';
import { levelLists } from './level-list.ts';

const para = (text: string): Block => ({ kind: 'paragraph', span: { text, page: 1, bbox: null } });
const item = (text: string): Block => ({ kind: 'list-item', depth: 1, span: { text, page: 1, bbox: null, bullet: true } });

describe('levelLists', () => {
  it('reads an overview list of named levels after text about levels', () => {
    const [found] = levelLists([
      para('Our four levels of need help practitioners agree the right response.'),
      item('Thriving: children whose needs are met by universal services.'),
      item('Extra help: children with additional needs that one service can meet.'),
      item('Family support: children with several needs who need a lead professional.'),
      item('Social care: children in need, or at risk of significant harm.'),
    ]);
    expect(found?.map((l) => l.name)).toEqual(['Thriving', 'Extra help', 'Family support', 'Social care']);
    expect(found?.[0].block).toBe(1);
  });

  it('ignores ordinary "Domain – need" items that follow no talk of levels', () => {
    expect(levelLists([
      para('Practitioners often see needs in these areas:'),
      item('Education – poor attendance, risk of exclusion'),
      item('Health – weight concerns, missed dental checks'),
      item('Exploitation – risk of grooming, gang involvement'),
    ])).toEqual([]);
  });

  it('keeps a label with a number and a name whole: "Level 1 – Universal: ..." and a bare "Level 2 – Additional"', () => {
    const [found] = levelLists([
      para('Our continuum has four levels:'),
      item('Level 1 – Universal: needs met by everyday services'),
      item('Level 2 – Additional'),
      item('Level 3 – Targeted Early Help: several services work together'),
    ]);
    expect(found?.map((l) => [l.name, l.parsed?.number, l.parsed?.name])).toEqual([
      ['Level 1 – Universal', 1, 'universal'],
      ['Level 2 – Additional', 2, 'additional'],
      ['Level 3 – Targeted Early Help', 3, 'targeted early help'],
    ]);
  });
});

