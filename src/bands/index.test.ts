import { describe, expect, it } from 'vitest';
import type { LevelDef } from '../model/index.ts';
import { mapBands } from './index.ts';

const scheme = (names: string[], descs: string[] = []): LevelDef[] =>
  names.map((local, i) => ({ local, order: i + 1, description: descs[i] ? [{ text: descs[i], page: 3, bbox: null }] : [] }));
const bands = (s: LevelDef[]) => mapBands(s).map((l) => l.bands.join('+'));

describe('mapBands', () => {
  it('uses statutory cues in descriptions, with evidence and page', () => {
    const out = mapBands(scheme(['Level 1', 'Level 2', 'Level 3', 'Level 4'], [
      'Needs are met by universal services.', 'Additional needs met by a single agency.',
      'Children in need: an assessment under section 17 by a social worker.', 'Risk of significant harm: strategy discussion and s47 enquiries.',
    ]));
    expect(out.map((l) => l.bands.join('+'))).toEqual(['universal', 'early_help+targeted_early_help', 'child_in_need', 'child_protection']);
    expect(out[3].confidence).toBe('high');
    expect(out[3].evidencePhrases).toContainEqual({ phrase: 's47', page: 3 });
    expect(out[3].evidence).toMatch(/s47/);
  });
  it('keeps ranges: one level covering s17 and s47, one covering single- and multi-agency early help', () => {
    expect(bands(scheme(['Tier 1', 'Tier 2', 'Tier 3'], [
      'Universal services.', 'Single agency and multi-agency early help with a team around the family.', 'Covers both s17 child in need and s47 child protection work.',
    ]))).toEqual(['universal', 'early_help+targeted_early_help', 'child_in_need+child_protection']);
  });
  it('reads "services working together" as multi-agency help, and "Sect 47" as s47', () => {
    const out = mapBands(scheme(['Level 3', 'Level 4'], ['A family may need extra support from different services working together.', 'Reasonable cause to suspect significant harm (Sect 47).']));
    expect(out[0].evidence).toMatch(/services working together/);
    expect(out[1].evidencePhrases.map((p) => p.phrase)).toContain('sect 47');
  });
  it('reads level names', () => {
    expect(bands(scheme(['Universal', 'Additional', 'Intensive', 'Specialist']))).toEqual(['universal', 'early_help', 'targeted_early_help', 'child_in_need+child_protection']);
    expect(bands(scheme(['Universal', 'Early Help', 'Child in Need', 'Immediate Safeguarding']))).toEqual(['universal', 'early_help+targeted_early_help', 'child_in_need', 'child_protection']);
    expect(bands(scheme(['Universal', 'Vulnerable', 'Complex', 'Acute']))).toEqual(['universal', 'early_help+targeted_early_help', 'child_in_need', 'child_protection']);
    expect(bands(scheme(['Universal', 'Emerging', 'Early Help', 'Targeted', 'Child in Need', 'Child Protection'])))
      .toEqual(['universal', 'early_help', 'early_help', 'targeted_early_help', 'child_in_need', 'child_protection']);
  });
  it('falls back on position priors with low confidence', () => {
    const out = mapBands(scheme(['1', '2', '3', '4', '5']));
    expect(out.map((l) => l.bands.join('+'))).toEqual(['universal', 'early_help', 'targeted_early_help', 'child_in_need', 'child_protection']);
    expect(out.every((l) => l.confidence === 'low')).toBe(true);
    expect(bands(scheme(['A', 'B', 'C']))).toEqual(['universal', 'early_help+targeted_early_help', 'child_in_need+child_protection']);
  });
  it('does not count a sentence about escalating to another level', () => {
    expect(bands(scheme(['Level 1', 'Level 2', 'Level 3', 'Level 4'], [
      'Universal services.', 'Single agency support. If needs escalate, a referral for s47 enquiries may be needed.', '', '',
    ]))[1]).toBe('early_help');
  });
  it('keeps bands non-decreasing with order', () => {
    const out = mapBands(scheme(['Level 1', 'Level 2', 'Level 3'], ['s47 child protection', 'universal services', 'single agency']));
    const lo = out.map((l) => l.bands[0]);
    const order = ['universal', 'early_help', 'targeted_early_help', 'child_in_need', 'child_protection'];
    for (let i = 1; i < lo.length; i++) expect(order.indexOf(lo[i])).toBeGreaterThanOrEqual(order.indexOf(lo[i - 1]));
  });
  it('hands a run-on description to the level it names', () => {
    const levels: LevelDef[] = [
      { local: 'Universal', order: 1, description: [{ text: 'Needs met by universal services', page: 1, bbox: null }] },
      { local: 'Early Help', order: 2, description: [{ text: 'Single agency support', page: 1, bbox: null }, { text: 'Targeted', page: 1, bbox: null }, { text: 'Team around the family with a lead professional', page: 1, bbox: null }] },
      { local: 'Targeted', order: 3, description: [] },
      { local: 'Specialist', order: 4, description: [] },
    ];
    expect(bands(levels)).toEqual(['universal', 'early_help', 'targeted_early_help', 'child_in_need+child_protection']);
  });
});
