import { describe, expect, it } from 'vitest';
import type { LevelDef } from '../model/index.ts';
import { mapBands } from './index.ts';

const scheme = (names: string[], descs: string[] = []): LevelDef[] =>
  names.map((local, i) => ({ local, order: i + 1, description: descs[i] ? [{ text: descs[i], page: 3, bbox: null }] : [] }));
const bands = (s: LevelDef[]) => mapBands(s).map((l) => l.bands.join('+'));

describe('mapBands', () => {
  it('bands a level name with a typing slip as the name meant, and quotes the document\'s own spelling', () => {
    const right = bands(scheme(['Everyone', 'Additional', 'Targeted Early Help', 'Statutory Social Work']));
    const slipped = mapBands(scheme(['Everyone', 'Additonal', 'Targetted Early Help', 'Statuatory Social Work'], ['', '', 'A lead professional co-ordinates targetted support.']));
    expect(slipped.map((l) => l.bands.join('+'))).toEqual(right);
    expect(slipped[2].evidence).toContain('name "Targetted Early Help"');
    expect(slipped[2].evidence).toContain('"targetted support"');
  });
  it('reads "<name> Plus" as the level above <name>: "Early Help Partnership Plus" after "Early Help" is targeted only', () => {
    expect(bands(scheme(['Level 1: Everyone', 'Level 2: Early Help', '3. Early Help Partnership Plus']))).toEqual(['universal', 'early_help', 'targeted_early_help']);
  });
  it('reads "Partnership Plus" as targeted early help only, even where no level below it is early help', () => {
    expect(bands(scheme(['Everyone', 'Partnership Plus (joint plan)', 'Statutory Social Work']))).toEqual(['universal', 'targeted_early_help', 'child_in_need+child_protection']);
    expect(bands(scheme(['Everyone', 'Targeted', 'Statutory Social Work']))[1]).toBe('early_help+targeted_early_help');
  });
  it('does not read a short numbered scheme as the first levels of four when its top level is child protection', () => {
    // "Level 3 – Acute" can have nothing above it: the scheme is whole, and level 3 is not stretched down to targeted help
    const out = mapBands(scheme(['Level 1 – Everyone', 'Level 2 – Extra help', 'Level 3 – Acute risk']));
    expect(out.map((l) => l.bands.join('+')).at(-1)).toMatch(/child_protection$/);
    expect(out[2].evidence).not.toMatch(/first 3 levels of 4/);
    // without such a top, "Level 1..3" stays the first three of four
    expect(mapBands(scheme(['Level 1 – Everyone', 'Level 2 – Extra help', 'Level 3 – Joined-up help']))[2].evidence).toMatch(/first 3 levels of 4/);
  });
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

  // Rules learned from real threshold pages; every level name and sentence below is invented.
  it('reads an ambiguous cue (early help assessment) as one band or the other, never as a span by itself', () => {
    expect(bands(scheme(['Stage 1', 'Stage 2', 'Stage 3', 'Stage 4'], [
      'Needs are met by universal services.',
      'Early help from one service, after an early help assessment.',
      'A team around the family with a lead professional. Children in need under section 17.',
      'Section 47 enquiries after a strategy discussion.',
    ]))).toEqual(['universal', 'early_help', 'targeted_early_help+child_in_need', 'child_protection']);
  });
  it('keeps a span stated in one sentence ("including children in need") even when the name leans higher', () => {
    expect(bands(scheme(['Level 1', 'Level 2 - Some Extra Help', 'Level 3 - Specialist Help', 'Level 4 - Child Protection'], [
      'Universal services.', 'A single practitioner, after an early help assessment.',
      'Multi-agency help with a lead practitioner, including children in need under section 17.', 'Strategy discussion and section 47 enquiries.',
    ]))).toEqual(['universal', 'early_help', 'targeted_early_help+child_in_need', 'child_protection']);
  });
  it('does not stretch a described top level over bands a partial document never reaches', () => {
    expect(bands(scheme(['Open Door', 'Early Help'], ['Needs met by universal services.', 'Help from a single agency for additional needs.'])))
      .toEqual(['universal', 'early_help']);
    expect(bands(scheme(['Everyday', 'Some Extra', 'Targeted Early Help']))).toEqual(['universal', 'early_help', 'targeted_early_help']);
    // an undescribed top level still covers what is left
    expect(bands(scheme(['A', 'B', 'C']))[2]).toBe('child_in_need+child_protection');
  });
  it('does not skip child in need: a significant-harm top level over a multi-agency level covers both statutory bands', () => {
    expect(bands(scheme(['Level 1', 'Level 2', 'Level 3', 'Level 4 - Young People Facing Serious Harm'], [
      'Universal services.', 'Single agency support.', 'Multi-agency support with a lead professional.', 'Children at risk of significant harm.',
    ]))[3]).toBe('child_in_need+child_protection');
  });
  it('keeps a level named after a canonical band inside it', () => {
    const descs = ['Universal services.', 'Single agency support.', 'Multi-agency support with a lead professional.', 'Children at risk of significant harm.'];
    expect(bands(scheme(['Level 1', 'Level 2', 'Level 3', 'Level 4 - Acute / Child Protection'], descs))[3]).toBe('child_protection');
    // "Acute" is the child protection level's usual name, unless its own text names s17 work too
    expect(bands(scheme(['Level 1', 'Level 2', 'Level 3', 'Level 4 - Acute'], [...descs.slice(0, 3), 'Significant harm: section 47 enquiries.']))[3]).toBe('child_protection');
    expect(bands(scheme(['Level 1', 'Level 2', 'Level 3', 'Level 4 - Acute'], [...descs.slice(0, 3), 'Section 17 and section 47 assessments by a social worker.']))[3]).toBe('child_in_need+child_protection');
    // "in need of protection" is not the child-in-need band's name
    expect(bands(scheme(['Open to All', 'Some Extra Help', 'Families Facing Complex Needs', 'Children in Need of Protection']))[3]).toBe('child_protection');
    expect(bands(scheme(['Level 1', 'Level 2', 'Level 3 - Targeted Early Help', 'Level 4'], [
      'Universal services.', 'Single agency support.', 'Families who need extra help from services working together.', 'Significant harm.',
    ]))[2]).toBe('targeted_early_help');
  });
  it('leaves a band that the next level is named after to that level', () => {
    expect(bands(scheme(['Tier 1 - Everyday', 'Tier 2 - Early Help', 'Tier 3 - Targeted Early Help', 'Tier 4 - Statutory'], [
      'Universal services.', 'An early help assessment and a team around the family may be started.', 'A team around the family.', 'Section 17 and section 47.',
    ]))[1]).toBe('early_help');
  });
  it('reads Levels 1..n (n < 4) as the first levels of a four-level scheme', () => {
    expect(bands(scheme(['Level One', 'Level Two', 'Level Three']))).toEqual(['universal', 'early_help', 'targeted_early_help']);
    expect(bands(scheme(['Level 1', 'Level 2']))).toEqual(['universal', 'early_help']);
    // a named top level still decides for itself
    expect(bands(scheme(['Level 1', 'Level 2', 'Level 3 - Specialist']))[2]).toBe('child_in_need+child_protection');
  });
  it('reads national level vocabulary: partnership plus, risk support', () => {
    expect(bands(scheme(['Universal', 'Universal Plus', 'Universal Partnership Plus', 'Statutory']))[2]).toBe('targeted_early_help');
    expect(bands(scheme(['Doing Well', 'Getting Advice', 'Getting Help', 'Getting More Help', 'Getting Risk Support'])))
      .toEqual(['universal', 'early_help', 'targeted_early_help', 'child_in_need', 'child_protection']);
  });
  it('reads "acute and chronic need" as the statutory span, not child protection alone', () => {
    expect(bands(scheme(['1. Open to All', '2. Family Support', '3. Partnership Support', '4. Social Care for Acute & Chronic Need'])))
      .toEqual(['universal', 'early_help', 'targeted_early_help', 'child_in_need+child_protection']);
    expect(bands(scheme(['1. Open to All', '2. Family Support', '3. Partnership Support', '4. Acute Need']))[3]).toBe('child_protection');
  });
  it('lets an intensive level and a specialist level both name child in need work', () => {
    expect(bands(scheme(['Step 1 - Open to All', 'Step 2 - Some Extra Help', 'Step 3 - Concentrated Help', 'Step 4 - Specialist Help'], [
      'Needs are met by universal services.', 'Help from a single agency.',
      'Families with complex needs, where local services work together with universal services. Includes intensive family support and child in need services.',
      'Children likely to suffer significant harm, helped by child in need or child protection services.',
    ]))).toEqual(['universal', 'early_help', 'targeted_early_help+child_in_need', 'child_in_need+child_protection']);
  });
});

