import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Indicator, Profile } from '../model/index.ts';
import {
  addCorrection, applyCorrections, checkCorrection, checkCorrectionsFile, CorrectionInvalid, indicatorCorrection,
  levelBandsCorrection, sha256Hex, textHash, type CorrectionsFile,
} from './index.ts';
import { pageRange } from './source-text.ts';

const H1 = 'a'.repeat(64);
const H2 = 'b'.repeat(64);
// Fictional wording only.
const SOURCE = [
  'Level 1 Open Door',
  '- Child enjoys the lantern club',
  'Level 2 Helping Hand',
  '- Family finds the rent hard to manage',
  '- Child misses the bus to school now and then',
  'Level 3 Strong Arm',
  '- Carer shouts at the child most evenings',
  '- Child is seen with unexplained marks on the arms',
].join('\n');

function ind(i: number, text: string, level: string, order: number): Indicator {
  const bands = [[], ['universal'], ['early_help'], ['child_in_need', 'child_protection']][order] as Indicator['bands'];
  return { id: `gorse#${i}`, text, level, order, bands, domain: null, topics: [], qualifiers: {}, page: 1, bbox: null, ref: `line ${i + 2}` };
}

function profile(hash = H1, version: string | null = '2025-01-01', texts = ['Child enjoys the lantern club', 'Family finds the rent hard to manage', 'Carer shouts at the child most evenings']): Profile {
  return {
    id: 'gorse', authorityId: 'gorse', authority: 'Gorse Vale', version, source: 'gorse.txt', format: 'text', pages: 1, hash,
    scheme: [
      { local: 'Level 1', order: 1, bands: ['universal'], evidence: '', evidencePhrases: [], confidence: 'high' },
      { local: 'Level 2', order: 2, bands: ['early_help'], evidence: '', evidencePhrases: [], confidence: 'high' },
      { local: 'Level 3', order: 3, bands: ['child_in_need', 'child_protection'], evidence: '', evidencePhrases: [], confidence: 'high' },
    ],
    indicators: texts.map((t, i) => ind(i, t, `Level ${i + 1}`, i + 1)),
    warnings: [],
  };
}

const file = (corrections: CorrectionsFile['corrections'], revision = 1): CorrectionsFile => ({ schema: 1, authorityId: 'gorse', revision, corrections });
const at = (m: number) => new Date(Date.UTC(2026, 11, 7, 10, m));

describe('sha256', () => {
  it('matches node:crypto on ASCII, Unicode and block-boundary lengths', () => {
    for (const s of ['', 'abc', 'é — “quoted” 👍', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'w'.repeat(119)]) {
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
    }
  });
  it('text hash ignores whitespace differences only', () => {
    expect(textHash(' Child  enjoys\nthe club ')).toBe(textHash('Child enjoys the club'));
    expect(textHash('Child enjoys the club')).not.toBe(textHash('child enjoys the club'));
  });
});

describe('applyCorrections', () => {
  it('sets a level (bands follow the level), confirms, removes, and counts n of m reviewed', () => {
    const p = profile();
    const cs = [
      indicatorCorrection(p, p.indicators[1], 'set-level', { level: 'Level 3' }, 'AB', at(1)),
      indicatorCorrection(p, p.indicators[0], 'confirm', {}, 'AB', at(2)),
      indicatorCorrection(p, p.indicators[2], 'not-indicator', {}, 'AB', at(3)),
    ];
    const { profiles: [q], outcomes } = applyCorrections([p], file(cs));
    expect(q.indicators.map((i) => i.text)).toEqual(['Child enjoys the lantern club', 'Family finds the rent hard to manage']);
    expect(q.indicators[1]).toMatchObject({ level: 'Level 3', order: 3, bands: ['child_in_need', 'child_protection'], review: { status: 'corrected', before: { level: 'Level 2', bands: ['early_help'] } } });
    expect(q.indicators[0].review?.status).toBe('confirmed');
    expect(q.review).toMatchObject({ reviewed: 2, indicators: 2, removed: [{ id: 'gorse#2', correction: cs[2].id }] });
    expect(outcomes.map((o) => o.status)).toEqual(['applied', 'applied', 'applied']);
    // the raw profile is untouched
    expect(p.indicators[1].level).toBe('Level 2');
  });

  it('sets bands, domain and topics; the last act on a field wins', () => {
    const p = profile();
    const cs = [
      indicatorCorrection(p, p.indicators[1], 'set-topics', { topics: ['housing'] }, 'AB', at(1)),
      indicatorCorrection(p, p.indicators[1], 'set-domain', { domain: 'Family and environment' }, 'AB', at(2)),
      indicatorCorrection(p, p.indicators[1], 'set-bands', { bands: ['targeted_early_help'] }, 'AB', at(3)),
      indicatorCorrection(p, p.indicators[1], 'set-topics', { topics: ['housing', 'poverty'] }, 'CD', at(4)),
    ];
    const q = applyCorrections([p], file(cs)).profiles[0].indicators[1];
    expect(q).toMatchObject({ topics: ['housing', 'poverty'], domain: 'Family and environment', bands: ['targeted_early_help'] });
    expect(q.review).toMatchObject({ status: 'corrected', who: 'CD', before: { topics: [], domain: null, bands: ['early_help'] } });
    expect(q.review?.corrections).toHaveLength(4);
  });

  it('adds a missed indicator from its offsets in the source text, never storing the text', () => {
    const p = profile();
    const words = 'Child misses the bus to school now and then';
    const start = SOURCE.indexOf(words);
    const c = addCorrection(p, 0, 1, SOURCE, start, start + words.length, { level: 'Level 2', topics: ['education'] }, 'AB', at(1));
    expect(JSON.stringify(c)).not.toContain('misses');
    const { profiles: [q] } = applyCorrections([p], file([c]), { texts: new Map([['gorse', [SOURCE]]]) });
    const added = q.indicators.at(-1)!;
    expect(added).toMatchObject({ id: 'gorse#3', text: words, level: 'Level 2', bands: ['early_help'], topics: ['education'], ref: 'lines 5', page: 5, review: { status: 'added' } });
    // without the source text it cannot be placed: stale, and said so
    const r = applyCorrections([p], file([c]));
    expect(r.outcomes[0]).toMatchObject({ status: 'stale', reason: expect.stringContaining('source text') });
  });

  it('corrects a level band mapping: the level and its indicators move', () => {
    const p = profile();
    const c = levelBandsCorrection(p, 'Level 3', ['child_protection'], 'AB', at(1));
    const { profiles: [q] } = applyCorrections([p], file([c]));
    expect(q.scheme[2].bands).toEqual(['child_protection']);
    expect(q.indicators[2].bands).toEqual(['child_protection']);
    expect(q.review?.levels).toEqual([{ local: 'Level 3', before: ['child_in_need', 'child_protection'], correction: c.id }]);
  });

  it('a new version inherits corrections whose anchor text is unchanged; the others are stale, never dropped', () => {
    const old = profile(H1, '2025-01-01');
    const words = 'Child misses the bus to school now and then';
    const cs = [
      indicatorCorrection(old, old.indicators[1], 'set-level', { level: 'Level 3' }, 'AB', at(1)),
      indicatorCorrection(old, old.indicators[2], 'not-indicator', {}, 'AB', at(2)),
      addCorrection(old, 0, 1, SOURCE, SOURCE.indexOf(words), SOURCE.indexOf(words) + words.length, { level: 'Level 2' }, 'AB', at(3)),
    ];
    // the new version reworded the first corrected indicator and moved the added line further down
    const next = profile(H2, '2025-01-01', ['Child enjoys the lantern club', 'Family finds rent and bills hard to manage', 'Carer shouts at the child most evenings']);
    const moved = `Preface line\n${SOURCE.replace('Family finds the rent', 'Family finds rent and bills')}`;
    const { profiles: [q], outcomes } = applyCorrections([next], file(cs), { texts: new Map([['gorse', [moved]]]) });
    expect(outcomes.map((o) => o.status)).toEqual(['stale', 'carried', 'carried']);
    expect(outcomes[0].reason).toMatch(/no longer in the document/);
    expect(q.indicators.map((i) => i.text)).toEqual(['Child enjoys the lantern club', 'Family finds rent and bills hard to manage', words]);
    expect(q.indicators[2]).toMatchObject({ ref: 'lines 6', review: { status: 'added', carried: true } });
    expect(q.review?.carried).toBe(2);
  });

  it('an older version does not take corrections made on a newer one', () => {
    const old = profile(H1, '2023-01-01');
    const now = profile(H2, '2025-01-01');
    const c = indicatorCorrection(now, now.indicators[0], 'not-indicator', {}, 'AB', at(1));
    const { profiles: [a, b] } = applyCorrections([old, now], file([c]));
    expect(a.indicators).toHaveLength(3);
    expect(b.indicators).toHaveLength(2);
  });
});

describe('checkCorrection', () => {
  const good = () => indicatorCorrection(profile(), profile().indicators[0], 'set-level', { level: 'Level 2' }, 'AB', at(1));
  it('accepts what the creators make and round-trips a file', () => {
    const f = file([good()]);
    expect(checkCorrectionsFile(JSON.parse(JSON.stringify(f)), 'gorse')).toEqual(f);
  });
  it.each([
    ['no act', { act: 'delete' }],
    ['bad hash', { anchor: { ...good().anchor, textHash: 'xyz' } }],
    ['gapped bands', { act: 'set-bands', bands: ['universal', 'child_in_need'] }],
    ['four topics', { act: 'set-topics', topics: ['a', 'b', 'c', 'd'] }],
    ['no who', { who: '' }],
    ['control characters', { level: 'Level\u00002' }],
  ])('rejects %s', (_, patch) => {
    expect(() => checkCorrection({ ...good(), ...patch })).toThrow(CorrectionInvalid);
  });
  it('rejects a file for another authority or with a path for an id', () => {
    expect(() => checkCorrectionsFile({ ...file([]), authorityId: '../x' })).toThrow(CorrectionInvalid);
    expect(() => checkCorrectionsFile(file([]), 'other')).toThrow(/expected other/);
  });
});

describe('pageRange', () => {
  it('finds a page of a PDF plain text (pages joined by form feeds)', () => {
    const t = 'one\nline\ftwo\f\ffour';
    expect([1, 2, 3, 4, 5].map((n) => { const [a, b] = pageRange(t, n); return t.slice(a, b); })).toEqual(['one\nline', 'two', '', 'four', '']);
  });
});
