// The topic model's training (scripts/devset/topic-model.ts) on an invented pack: what it reads, holds out and keeps.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { topicProbabilities } from '../src/tag/classifier.ts';
import { sha256, textId, type PackAuthority } from '../scripts/devset/pack-format.ts';
import { featurise, loadExamples, sharedRun, trainModel } from '../scripts/devset/topic-model.ts';

// invented wording, two authorities; Fernmoor also has a newer document version repeating one indicator
const PAGES: Record<string, [string, string[]][]> = {
  fernmoor: [
    ['The household is facing eviction from its rented flat after months of arrears', ['housing', 'financial-hardship']],
    ['Brothers and sisters quarrel constantly and the atmosphere at home is tense', ['family-relationships']],
    ['Pupil misses the bus most mornings and arrives after registration', ['school-attendance']],
  ],
  'fernmoor@2025': [
    ['Brothers and sisters quarrel constantly and the atmosphere at home is tense', ['family-relationships']],
  ],
  ashby: [
    ['Family living in a single room in temporary accommodation', ['housing']],
    ['Relationships between the adults at home are tense and quarrelsome', ['family-relationships']],
    ['Frequent unauthorised absence from lessons', ['school-attendance']],
    ['Tense quarrels between brothers and sisters most evenings', ['family-relationships']],
  ],
};

function pack(): { packDir: string; devsetDir: string; texts: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'train-topics-'));
  const packDir = join(root, 'pack');
  const devsetDir = join(root, 'devset');
  mkdirSync(packDir);
  mkdirSync(join(devsetDir, 'text'), { recursive: true });
  const texts: string[] = [];
  for (const [slug, items] of Object.entries(PAGES)) {
    const text = items.map(([t]) => `- ${t}`).join('\n');
    texts.push(text);
    const hash = sha256(text);
    writeFileSync(join(devsetDir, 'text', `${textId(hash)}.txt`), text);
    let at = 0;
    const indicators = items.map(([t, topics]) => {
      const start = text.indexOf(t, at);
      at = start + t.length;
      return { start, end: start + t.length, level: 'Level 2', domain: null, topics };
    });
    const p: PackAuthority = {
      authority: slug.split('@')[0], slug, onsCode: null, scheme: [{ local: 'Level 2', order: 2, bands: ['targeted_early_help'] }],
      pages: [{ id: textId(hash), url: `https://${slug.split('@')[0]}.example/level-2`, query: '', rank: 1, sha256: hash, length: text.length, pageLevel: 'Level 2', layout: [], indicators }],
    };
    writeFileSync(join(packDir, `${slug}.json`), JSON.stringify(p));
  }
  return { packDir, devsetDir, texts };
}

describe('topic model training', () => {
  const { packDir, devsetDir, texts } = pack();
  const { examples, repeats, labelled } = loadExamples(packDir, devsetDir);

  it('reads each labelled indicator once, a document version under its authority', () => {
    expect(labelled).toBe(8);
    expect(repeats).toBe(1);
    expect(examples).toHaveLength(7);
    expect(new Set(examples.map((e) => e.slug))).toEqual(new Set(['fernmoor', 'ashby']));
  });

  it('holds the left-out authority out, every version of it', () => {
    const m = trainModel(examples, featurise(examples, 'fernmoor'), { leaveOut: 'fernmoor', minCount: 1 });
    expect(m.trainedOn).toEqual(['ashby']);
    expect(m.indicators).toBe(4);
  });

  it('keeps counts, not documents, and no run of the text', () => {
    const m = trainModel(examples, featurise(examples), { minCount: 1 });
    const json = JSON.stringify(m);
    expect(json).not.toContain('"docs":[{');
    expect(sharedRun(json, texts, 30)).toBeNull();
    expect(sharedRun(json + texts[0].slice(5, 60), texts)).not.toBeNull();
  });

  it('learns the invented wording', () => {
    const m = trainModel(examples, featurise(examples), { minCount: 1 });
    const p = topicProbabilities(m, ['w:quarrel', 'w:tens', 'w:brother', 'w:sister']);
    const best = [...p].sort((a, b) => b[1] - a[1])[0][0];
    expect(best).toBe('family-relationships');
  });
});
