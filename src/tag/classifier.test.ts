import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyTopics, decideTopics, modelFor, registerHeldOutModel, topicProbabilities, type TopicModel } from './classifier.ts';
import { tagIndicator, TOPIC_IDS } from './index.ts';
import committed from './model/topics-model.json' with { type: 'json' };
import { domainStems, topicFeatures } from './features.ts';
import { normalise, tokenise } from './text.ts';

const MODEL_FILE = join(import.meta.dirname, 'model/topics-model.json');
const model = committed as TopicModel;

describe('the committed topic model (src/tag/model/topics-model.json)', () => {
  it('loads: contract labels, a count per label, sparse rows of label index and count, small', () => {
    expect(model.kind).toBe('natural-bayes');
    expect(statSync(MODEL_FILE).size).toBeLessThan(300_000);
    for (const l of model.labels) expect([...TOPIC_IDS, '_none']).toContain(l);
    expect(model.docs).toHaveLength(model.labels.length);
    for (const row of Object.values(model.features)) {
      expect(row.length % 2).toBe(0);
      for (let j = 0; j < row.length; j += 2) {
        expect(row[j]).toBeLessThan(model.labels.length);
        expect(Number.isInteger(row[j + 1]) && row[j + 1] > 0).toBe(true);
      }
    }
    const p = topicProbabilities(model, ['w:neglect']);
    expect([...p.values()].reduce((s, x) => s + x, 0)).toBeCloseTo(1, 6);
  });

  it('holds no text: features are one stem, two stems, a rule hit or a domain-heading stem; no documents', () => {
    expect(Object.keys(model).sort()).toEqual(['alpha', 'combine', 'docs', 'features', 'indicators', 'kind', 'labels', 'ruleWeight', 'scoring', 'trainedOn']);
    for (const f of Object.keys(model.features)) {
      expect(f, f).toMatch(/^(w:[^ ]+|b:[^ ]+ [^ ]+|r:[a-z-]+|d:[^ ]+)$/);
      expect(f.length).toBeLessThan(50);
    }
  });

  // Local only: the real dev set's text is git-ignored; when it is here, no 50-character run of it is in the model.
  const textDir = join(import.meta.dirname, '../../.devset/text');
  it.runIf(existsSync(textDir))('shares no 50-character run with the dev set text on this machine', () => {
    const json = readFileSync(MODEL_FILE, 'utf8');
    const runs = new Set<string>();
    for (let i = 0; i + 50 <= json.length; i++) runs.add(json.slice(i, i + 50));
    const found: string[] = [];
    for (const name of readdirSync(textDir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(textDir, name), 'utf8');
      for (let i = 0; i + 50 <= text.length; i++) if (runs.has(text.slice(i, i + 50))) { found.push(name); break; }
    }
    expect(found).toEqual([]);
  });

  it('adds a topic the rules miss on an invented indicator', () => {
    const text = 'Finds it hard to play alongside other children';
    expect(tagIndicator(text, { rulesOnly: true }).topics).toEqual([]);
    expect(tagIndicator(text).topics).toEqual(['behaviour']);
  });

  it('leaves the rules alone where they are sure and the classifier is not', () => {
    expect(tagIndicator('My mum drinks every day').topics).toEqual(tagIndicator('My mum drinks every day', { rulesOnly: true }).topics);
  });
});

describe('scoring and combining', () => {
  // two labels, two features: a multinomial naive Bayes small enough to check by hand
  const tiny: TopicModel = {
    kind: 'natural-bayes', trainedOn: ['fernmoor'], indicators: 4, labels: ['housing', 'neglect'], docs: [2, 2],
    features: { 'w:evict': [0, 2], 'w:hungri': [1, 2] }, scoring: 'multinomial', alpha: 1, ruleWeight: 1,
    combine: { keep: 0, add: 0.8, alone: 0.5, max: 1 },
  };

  it('gives naive Bayes posteriors', () => {
    // P(evict|housing) = (2+1)/(2+2), P(evict|neglect) = (0+1)/(2+2); equal priors
    expect(topicProbabilities(tiny, ['w:evict', 'w:unknown']).get('housing')).toBeCloseTo(0.75, 6);
  });

  it('adds at the lower threshold only where no rule fired, never a sibling of a rule topic', () => {
    const p = new Map([['housing', 0.7], ['neglect', 0.3]]);
    expect(decideTopics([], p, tiny.combine)).toEqual(['housing']);
    expect(decideTopics(['neglect'], p, tiny.combine)).toEqual(['neglect']);
    const q = new Map([['child-substance-misuse', 0.95]]);
    expect(decideTopics(['parental-substance-misuse'], q, tiny.combine)).toEqual(['parental-substance-misuse']);
  });

  it('never scores a held-out authority with a model trained on it', () => {
    expect(() => registerHeldOutModel('fernmoor', tiny)).toThrow(/trained on it/);
    expect(modelFor(tiny, 'fernmoor')).toBeNull();
    expect(modelFor(tiny, 'ashby')).toBe(tiny);
    registerHeldOutModel('fernmoor', { ...tiny, trainedOn: ['ashby'] });
    expect(modelFor(tiny, 'fernmoor')?.trainedOn).toEqual(['ashby']);
  });
});

describe('classifyTopics (the tagger\'s fast path)', () => {
  it('agrees with decideTopics over topicProbabilities on the committed model', () => {
    const cases: [string[], string[]][] = [
      [['w:famili', 'w:relationship', 'b:famili relationship'], []],
      [['w:neglect', 'r:neglect'], ['neglect']],
      [['w:unknown'], []],
      [['w:drink', 'w:alcohol', 'r:parental-substance-misuse'], ['parental-substance-misuse']],
    ];
    for (const [features, rules] of cases) {
      for (const c of [model.combine, { keep: 0.01, add: 0.3, alone: 0.2, max: 3 }]) {
        expect(classifyTopics(model, features, rules, c)).toEqual(decideTopics(rules, topicProbabilities(model, features), c));
      }
    }
  });

  it('reads the domain heading from the tokens as it does from "d:" features', () => {
    const text = 'Finds it hard to settle with others';
    const domain = 'How the child behaves with others';
    const tokens = tokenise(normalise(text));
    const features = [...topicFeatures(tokens, [], domainStems(tokenise(normalise(domain))))];
    expect(features.filter((f) => f.startsWith('d:')).length).toBeGreaterThan(1);
    const c = { keep: 0.01, add: 0.3, alone: 0.2, max: 3 };
    expect(classifyTopics(model, tokens, [], c, domainStems(tokenise(normalise(domain))))).toEqual(decideTopics([], topicProbabilities(model, features), c));
  });
});
