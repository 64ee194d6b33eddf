import { describe, expect, it } from 'vitest';
import { compileLexicon, keepsRule, mergeTopicData, type TopicData } from './compile.ts';
import { buildDoc, topicHits } from './match.ts';
import { normalise, tokenise } from './text.ts';

describe('leave-one-authority-out rules', () => {
  const base: TopicData[] = [{ id: 'housing', rules: [{ any: ['eviction'] }] }];
  const extra: TopicData[] = [
    { id: 'housing', rules: [{ any: ['tenancy at risk'], from: ['fernmoor'] }, { any: ['sofa surfing'], from: ['fernmoor', 'ashby'] }] },
  ];

  it('drops a rule only when the left-out authority motivated it alone', () => {
    expect(keepsRule({ any: ['x'], from: ['fernmoor'] }, 'fernmoor')).toBe(false);
    expect(keepsRule({ any: ['x'], from: ['fernmoor', 'ashby'] }, 'fernmoor')).toBe(true);
    expect(keepsRule({ any: ['x'] }, 'fernmoor')).toBe(true);
    expect(keepsRule({ any: ['x'], from: ['fernmoor'] }, undefined)).toBe(true);
  });

  it('merges learned rules into the base topic and filters them at compile time', () => {
    const merged = mergeTopicData(base, extra);
    expect(merged).toHaveLength(1);
    expect(merged[0].rules).toHaveLength(3);
    expect(base[0].rules).toHaveLength(1);
    expect(compileLexicon(merged, {}).topics[0].rules).toHaveLength(3);
    expect(compileLexicon(merged, {}, { leaveOut: 'fernmoor' }).topics[0].rules).toHaveLength(2);
  });
});

describe('vetoes', () => {
  const data: TopicData[] = [
    { id: 'child-mental-health', rules: [{ any: ['breakdown'] }], vetoes: [{ any: ['family breakdown'], from: ['fernmoor'] }] },
  ];
  const hits = (text: string, leaveOut?: string) => {
    const lex = compileLexicon(data, {}, { leaveOut });
    const doc = buildDoc(lex, tokenise(normalise(text)));
    return topicHits(lex, doc, text).map((h) => h.topic);
  };

  it('drops a hit that overlaps a veto, keeps one elsewhere in the text', () => {
    expect(hits('risk of family breakdown')).toEqual([]);
    expect(hits('a breakdown after family breakdown')).toEqual(['child-mental-health']);
  });

  it('drops a veto motivated only by the authority left out', () => {
    expect(hits('risk of family breakdown', 'fernmoor')).toEqual(['child-mental-health']);
  });
});
