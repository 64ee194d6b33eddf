// Scores the tagger on an annotated set (src/tag/dev-set.json shape): topic metrics plus qualifier accuracy.
import type { Qualifiers } from '../model/index.ts';
import { tagMetrics, type TagMetrics } from '../eval/tagging.ts';
import { tagIndicator } from './index.ts';

export interface DevItem {
  text: string;
  topics: string[];
  qualifiers: Qualifiers;
}

export interface DevReport {
  topics: TagMetrics['topics'];
  /** Per qualifier key: annotated items and how many the tagger got right. */
  qualifiers: Record<string, { checked: number; correct: number }>;
  errors: { text: string; missing: string[]; extra: string[]; qualifiers: string[] }[];
}

export function evaluateDevSet(items: DevItem[]): DevReport {
  const qualifiers: DevReport['qualifiers'] = {};
  const errors: DevReport['errors'] = [];
  const pairs = items.map((item) => {
    const t = tagIndicator(item.text);
    const wrongQ: string[] = [];
    for (const [k, want] of Object.entries(item.qualifiers) as [keyof Qualifiers, unknown][]) {
      const got = t.qualifiers[k];
      const ok = k === 'negated' ? Boolean(got) === want
        : k === 'refs' ? (want as string[]).every((r) => (got as string[] | undefined)?.includes(r as never))
          : got === want;
      const s = (qualifiers[k] ??= { checked: 0, correct: 0 });
      s.checked++;
      if (ok) s.correct++;
      else wrongQ.push(`${k}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
    }
    const missing = item.topics.filter((x) => !t.topics.includes(x));
    const extra = t.topics.filter((x) => !item.topics.includes(x));
    if (missing.length || extra.length || wrongQ.length) errors.push({ text: item.text, missing, extra, qualifiers: wrongQ });
    return { gold: { bands: [], topics: item.topics }, found: { bands: [], topics: t.topics } };
  });
  return { topics: tagMetrics(pairs).topics, qualifiers, errors };
}
