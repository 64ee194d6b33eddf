import { describe, expect, it } from 'vitest';
import { findLevelIn, parseHeaderCell, parseLevel } from './levels.ts';

describe('parseLevel', () => {
  it('reads numbered labels with names and sub-levels', () => {
    expect(parseLevel('Level 3 - Targeted Early Help')).toMatchObject({ number: 3, sub: null, name: 'targeted early help', rank: 3 });
    expect(parseLevel('Tier 2:')).toMatchObject({ number: 2, name: null, written: 'Tier 2' });
    expect(parseLevel('Level 3b')).toMatchObject({ number: 3, sub: 'b' });
    expect(parseLevel('LEVEL 4 (Specialist)')).toMatchObject({ number: 4, name: 'specialist' });
    expect(parseLevel('Stage 2')).toMatchObject({ number: 2, name: null });
    expect(parseLevel('Key Stage 2')).toBeNull();
  });

  it('reads numbers as words, names before numbers, and "... at Level N" headings', () => {
    expect(parseLevel('Level Two: Early Help')).toMatchObject({ number: 2, name: 'early help' });
    expect(parseLevel('Universal Services (Level 1)')).toMatchObject({ number: 1, name: 'universal' });
    expect(parseLevel('Targeted – Tier 3')).toMatchObject({ number: 3, name: 'targeted' });
    expect(parseLevel('Indicators at Level 2', { heading: true })).toMatchObject({ number: 2, name: null });
    expect(parseLevel('Indicators at Level 2')).toBeNull();
    expect(parseLevel('Moving from Level 2 to Level 3', { heading: true })).toBeNull();
    // a heading naming the level by a long description of its children
    expect(parseLevel('Level 4: Children facing the most serious difficulties, some of whom may be unsafe at home', { heading: true })).toMatchObject({ number: 4 });
    expect(parseLevel('Level 4: Children facing the most serious difficulties, some of whom may be unsafe at home')).toMatchObject({ number: 4 });
    expect(parseLevel('Level 4: Children facing the most serious difficulties, some of whom may be unsafe at home.')).toBeNull();
    expect(parseLevel('Level 4 Children facing the most serious difficulties, some of whom may be unsafe at home', { heading: true })).toBeNull();
    expect(parseLevel('Level 2 needs')).toMatchObject({ number: 2, name: null });
    expect(parseLevel('Level 2 needs are met by one agency')).toBeNull();
    // "X Plus": one step above its stem, or the multi-agency step when the stem is no level name
    expect(parseLevel('Community Plus (plan required)')).toMatchObject({ number: null, name: 'community plus', rank: 3 });
    expect(parseLevel('Universal Plus')).toMatchObject({ name: 'universal plus', rank: 2 });
    // a name, then who gives it
    expect(parseLevel('Statutory Response by the Children’s Service')).toMatchObject({ number: null, name: 'statutory', rank: 4 });
    expect(parseLevel('2 Universal Plus')).toMatchObject({ number: 2, name: 'universal plus' });
  });

  it('reads table header cells that add a description after the level', () => {
    expect(parseHeaderCell(['Level 1: Universal – needs met by universal services such as schools and GPs'])).toMatchObject({ number: 1, name: 'universal', written: 'Level 1: Universal' });
    expect(parseHeaderCell(['Level 3', 'Complex needs', 'Needs a team around the family'])).toMatchObject({ number: 3 });
    expect(parseHeaderCell(['Intensive (multi-agency help with a lead professional)'])).toMatchObject({ name: 'intensive' });
  });

  it('reads level names without numbers from the vocabulary', () => {
    expect(parseLevel('Universal Plus')).toMatchObject({ number: null, name: 'universal plus', rank: 2 });
    expect(parseLevel('Additional needs')).toMatchObject({ name: 'additional' });
    expect(parseLevel('Children with complex needs')).toMatchObject({ name: 'complex' });
    expect(parseLevel('Specialist Family Help')).toMatchObject({ name: 'specialist family help', rank: 4 });
  });

  it('rejects sentences that merely mention a level, and bare numbers unless asked', () => {
    expect(parseLevel('Level 3 is where a team around the family is needed.')).toBeNull();
    expect(parseLevel('Level 1: universal services meet the child\'s needs.')).toBeNull();
    expect(parseLevel('Level 2 to Level 3 step-up')).toBeNull();
    expect(parseLevel('Health')).toBeNull();
    expect(parseLevel('3')).toBeNull();
    expect(parseLevel('3', { bareNumbers: true })).toMatchObject({ number: 3 });
  });

  it('finds the level named in a page title', () => {
    expect(findLevelIn('Level 2: Early Help | Anyshire Procedures Manual')).toMatchObject({ number: 2, name: 'early help' });
    expect(findLevelIn('Intensive support - Anyshire')).toMatchObject({ name: 'intensive' });
    expect(findLevelIn('Anyshire Safeguarding Partnership')).toBeNull();
    // number words as digits: the numbered level wins over the name after the dash, as for 'Level 2 – Early Help'
    expect(findLevelIn('Level Two – Early Help | Anyshire')).toMatchObject({ number: 2 });
    expect(findLevelIn('Level 2 – Early Help | Anyshire')).toMatchObject({ number: 2 });
  });
});

describe('contents lines', () => {
  it('are not level labels', () => {
    expect(parseLevel('Level 1 - Universal ........ 5')).toBeNull();
    expect(parseLevel('Level 2 Early Help … 7')).toBeNull();
    expect(parseLevel('Level 4 - Section 47')).toMatchObject({ number: 4 });
  });
});
