// Situation matching on the fictional alignment gold (invented authorities and wording, with the hard near
// misses), and eval:align's clean skip without the real dev set's text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { conflictOf, matchConfidence, MATCH_MODEL, situationOf, where } from '../src/compare/index.ts';
import { tagIndicator } from '../src/tag/index.ts';
import { loadFictionalGold } from '../scripts/devset/align/fictional.ts';
import { AGENT_HARD } from '../scripts/devset/align/gold.ts';
import { figures } from '../scripts/devset/align/metrics.ts';
import { pairFeatures, shippedScores } from '../scripts/devset/align/matcher.ts';
import { whereFigures } from '../scripts/devset/align/where-eval.ts';

const root = path.resolve(import.meta.dirname, '..');
const gold = loadFictionalGold();
const feats = pairFeatures(gold);
const scores = shippedScores(feats);
const frame = (t: string) => situationOf(t, tagIndicator(t).topics, tagIndicator(t).qualifiers);
const empty = mkdtempSync(path.join(tmpdir(), 'align-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('situation frames', () => {
  it('tells the child harmed from the child harming others', () => {
    expect(conflictOf(frame('Child has been sexually abused by a family member'), frame('Young person is perpetrating sexual abuse on a younger child'))).toBe('victim-perpetrator');
  });
  it("tells the parent's problem from the child's", () => {
    expect(conflictOf(frame('Parent drinks heavily at weekends and routines break down'), frame('Teenager is drinking alcohol most weekends with older friends'))).toBe('child-parent');
    expect(conflictOf(frame('Parent has self-harmed and expressed suicidal thoughts'), frame('Young person self harms repeatedly and has attempted suicide'))).toBe('child-parent');
  });
  it('a strength never meets a need', () => {
    expect(conflictOf(frame('Good school attendance'), frame('Persistent absence from school'))).toBe('polarity');
  });
  it('a strength word negated at the opening is a need, not a strength', () => {
    expect(frame('No supportive relatives or dependable friends nearby').polarity).toBe('need');
    expect(frame('Not always appropriate clothing for the weather').polarity).toBe('need');
    expect(frame('Supportive relatives nearby').polarity).toBe('strength');
    expect(frame('No worries about the child’s eating').polarity).toBe('strength');
    expect(conflictOf(frame('No supportive relatives nearby'), frame('Supportive relatives nearby'))).toBe('polarity');
    expect(conflictOf(frame('No supportive relatives nearby'), frame('Family isolated, with nobody to turn to'))).not.toBe('polarity');
  });
  it('the same situation said two ways has no conflict', () => {
    expect(conflictOf(frame('Parent uses physical punishment that leaves marks'), frame('Child is being physically abused by a carer'))).toBeNull();
    expect(conflictOf(frame('Repeated missing episodes from home'), frame('Young person regularly goes missing overnight'))).toBeNull();
  });
});

describe('conflicts only where the words say so (issue 18, align2)', () => {
  it('an owner guessed from a topic the other side has too is no child-parent conflict', () => {
    const a = situationOf('Weak bonding', ['parental-capacity'], {});
    const b = situationOf('I have not formed close bonds with my family', ['parental-capacity', 'family-relationships'], {});
    expect(a.ownerSaid).toBe(false);
    expect(b.owner).toBe('child');
    expect(conflictOf(a, b)).toBeNull();
    // the guessing topic absent on the other side: still a conflict
    expect(conflictOf(a, situationOf('I have not formed close bonds with my family', ['family-relationships'], {}))).toBe('child-parent');
  });
  it('serious on one side and persistent on the other is no severity conflict; serious against nothing is', () => {
    const serious = situationOf('Profound sensory loss', ['disability'], { severity: 'serious' });
    expect(conflictOf(serious, situationOf('Sensory loss needing round-the-clock help', ['disability'], { frequency: 'persistent' }))).toBeNull();
    expect(conflictOf(serious, situationOf('Sensory loss', ['disability'], {}))).toBe('severity');
  });
  it('more exact rules (align3): under 13, the concern scope, the qualifier of the support, the parent named or harmed', () => {
    // under 13 said on one side only: another situation (the age below which a child cannot consent)
    expect(conflictOf(frame('Child under 13 who is sexually active'), frame('Teenager in a consensual sexual relationship with a peer of similar age'))).toBe('age');
    expect(conflictOf(frame('Pregnancy in a girl aged under 13'), frame('Girl under the age of 13 who is pregnant'))).toBeNull();
    // the other side shares what the concern side states as established, not what it fears
    const risk = frame('Shoplifting and vandalism leading to a risk of arrest');
    expect(conflictOf(risk, frame('Repeatedly caught shoplifting and damaging property'))).toBeNull();
    expect(conflictOf(risk, frame('Arrested and charged by the police for theft'))).toBe('concern-confirmed');
    // "low-level" says how much support is needed, not how serious the situation is
    expect(conflictOf(frame('Young mother needing some low-level support with feeding routines'), frame('Young mother unsure about feeding routines'))).toBeNull();
    // a feared harm's severity is not the severity of what is established
    expect(conflictOf(frame('Risk of sexual exploitation by older associates'), frame('At risk of sexual abuse or exploitation by older men'))).toBeNull();
    // the parent named on one side, nobody on the other: a conflict, unless the other is the same words without a subject
    expect(conflictOf(frame('Parent misuses prescription medication'), frame('Misuse of prescription medication at parties with friends'))).toBe('child-parent');
    expect(conflictOf(frame('Refusing medical treatment that endangers development'), frame('Parent or carer refusing medical treatment that endangers development'))).toBeNull();
    // a harm the parent suffers is not the child's harm
    expect(conflictOf(frame('Mother was assaulted by a neighbour and is frightened to go out'), frame('Child was assaulted by an older pupil on the way home'))).toBe('child-parent');
  });
  it('a shared frequency word does not make two situations alike', () => {
    const w = where('a 15 year old who has gone missing overnight several times', [{
      id: 'p', authorityId: 'p', authority: 'Pellbrook', version: null, source: 'p.txt', format: 'text', pages: 1, warnings: [],
      scheme: [{ local: 'L2', order: 1, bands: ['early_help'], evidence: '', evidencePhrases: [], confidence: 'high' },
        { local: 'L4', order: 2, bands: ['child_in_need'], evidence: '', evidencePhrases: [], confidence: 'high' }],
      indicators: [
        { id: 'p#0', text: 'Child often arrives at school hungry', level: 'L2', bands: ['early_help'], ...tagIndicator('Child often arrives at school hungry'), order: 0, domain: null, page: 1, bbox: null },
        { id: 'p#1', text: 'Young person goes missing from home overnight', level: 'L4', bands: ['child_in_need'], ...tagIndicator('Young person goes missing from home overnight'), order: 1, domain: null, page: 1, bbox: null },
      ],
    }], { minScore: 0.0001 });
    expect(w.answers[0].matches[0].indicator.text).toContain('missing');
  });
});

describe('the fictional alignment gold', () => {
  it('holds every kind of hard near miss', () => {
    const kinds = new Set(gold.pairs.map((p) => p.hard));
    for (const k of ['child-parent', 'victim-perpetrator', 'concern-confirmed', 'frequency', 'severity', 'age']) expect(kinds).toContain(k);
  });
  it('the shipped matcher aligns no victim/perpetrator or child/parent pair, and what it aligns is the same situation', () => {
    const f = figures(gold.pairs, scores, MATCH_MODEL.threshold);
    expect(f.agentErrors).toEqual([]);
    expect(f.at.aligned).toBeGreaterThan(0);
    expect(f.at.precision).toBeGreaterThanOrEqual(0.9);
    gold.pairs.forEach((p, i) => { if (AGENT_HARD.includes(p.hard)) expect(scores[i]).toBeLessThan(MATCH_MODEL.threshold); });
  });
  it('where gives no band below the calibrated threshold and says "none" instead', () => {
    const w = whereFigures(gold);
    expect(w.bandBelowThreshold).toBe(0);
    expect(w.noCloseMatch).toBeGreaterThan(0);
    expect(w.agree / Math.max(1, w.answered)).toBeGreaterThanOrEqual(0.8);
  });
  it('confidence is none below the threshold', () => {
    expect(matchConfidence(MATCH_MODEL.threshold - 0.01)).toBe('none');
    expect(matchConfidence(MATCH_MODEL.threshold)).not.toBe('none');
    expect(matchConfidence(1)).toBe('high');
  });
  it('where on an unrelated description answers "no close match" with no band', () => {
    const items = gold.corpus.marrowby;
    const p = {
      id: 'marrowby', authorityId: 'marrowby', authority: 'Marrowby', version: null, source: 'x', format: 'text' as const, pages: 1,
      scheme: [], warnings: [],
      indicators: items.map((i, n) => ({ id: `m#${n}`, text: i.text, level: i.level, order: 1, bands: i.bands, domain: null, ...tagIndicator(i.text), page: 1, bbox: null })),
    };
    const a = where('the family owns a red bicycle', [p]).answers[0];
    expect(a.confidence).toBe('none');
    expect(a.bands).toEqual([]);
  });
});

describe('eval:align', () => {
  it('skips cleanly without the dev set', () => {
    const out = execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'devset', 'eval-align.ts')], { cwd: empty, encoding: 'utf8' });
    expect(out).toMatch(/skipped/);
  });
});
