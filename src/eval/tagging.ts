// Band and topic metrics over matched (gold, found) indicator pairs, and a readable table.
import type { BandId, Gold, Indicator, SchemeLevel } from '../model/index.ts';

export interface TopicRow {
  topic: string;
  /** Gold indicators carrying the topic. */
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface TagMetrics {
  pairs: number;
  bands: {
    /** Found band set equals the gold band set. */
    exact: number;
    /** Found and gold band sets share at least one band. */
    overlap: number;
    exactRate: number;
    overlapRate: number;
  };
  topics: {
    micro: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
    /** Mean over topics that occur in gold or in the output. */
    macro: { precision: number; recall: number; f1: number };
    /** Pairs whose topic sets are identical. */
    exactSetRate: number;
    perTopic: TopicRow[];
  };
}

export interface TagPair {
  gold: Pick<Gold['indicators'][number], 'bands' | 'topics'>;
  found: Pick<Indicator, 'bands' | 'topics'>;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function sameSet<T>(a: T[], b: T[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

export function tagMetrics(pairs: TagPair[]): TagMetrics {
  let exact = 0;
  let overlap = 0;
  let exactTopics = 0;
  const rows = new Map<string, { support: number; tp: number; fp: number; fn: number }>();
  const row = (t: string) => {
    let r = rows.get(t);
    if (!r) rows.set(t, (r = { support: 0, tp: 0, fp: 0, fn: 0 }));
    return r;
  };
  for (const { gold, found } of pairs) {
    if (sameSet<BandId>(gold.bands, found.bands)) exact++;
    if (gold.bands.some((b) => found.bands.includes(b))) overlap++;
    const g = new Set(gold.topics);
    const f = new Set(found.topics);
    if (sameSet([...g], [...f])) exactTopics++;
    for (const t of g) {
      const r = row(t);
      r.support++;
      if (f.has(t)) r.tp++;
      else r.fn++;
    }
    for (const t of f) if (!g.has(t)) row(t).fp++;
  }
  const perTopic: TopicRow[] = [...rows.entries()].map(([topic, r]) => {
    const precision = ratio(r.tp, r.tp + r.fp);
    const recall = ratio(r.tp, r.tp + r.fn);
    return { topic, ...r, precision, recall, f1: f1(precision, recall) };
  }).sort((a, b) => b.support - a.support || a.topic.localeCompare(b.topic));
  const tp = perTopic.reduce((s, r) => s + r.tp, 0);
  const fp = perTopic.reduce((s, r) => s + r.fp, 0);
  const fn = perTopic.reduce((s, r) => s + r.fn, 0);
  const mp = ratio(tp, tp + fp);
  const mr = ratio(tp, tp + fn);
  const n = perTopic.length;
  const mean = (k: 'precision' | 'recall' | 'f1') => ratio(perTopic.reduce((s, r) => s + r[k], 0), n);
  return {
    pairs: pairs.length,
    bands: { exact, overlap, exactRate: ratio(exact, pairs.length), overlapRate: ratio(overlap, pairs.length) },
    topics: {
      micro: { precision: mp, recall: mr, f1: f1(mp, mr), tp, fp, fn },
      macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') },
      exactSetRate: ratio(exactTopics, pairs.length),
      perTopic,
    },
  };
}

const pct = (x: number) => x.toFixed(3);

export function formatTagMetrics(m: TagMetrics): string {
  const lines: string[] = [];
  lines.push(`Bands (${m.pairs} matched indicators): exact ${pct(m.bands.exactRate)} (${m.bands.exact}), overlap ${pct(m.bands.overlapRate)} (${m.bands.overlap})`);
  const { micro, macro } = m.topics;
  lines.push(`Topics: micro P ${pct(micro.precision)} R ${pct(micro.recall)} F1 ${pct(micro.f1)} (tp ${micro.tp}, fp ${micro.fp}, fn ${micro.fn}); macro P ${pct(macro.precision)} R ${pct(macro.recall)} F1 ${pct(macro.f1)}; exact topic sets ${pct(m.topics.exactSetRate)}`);
  const width = Math.max(5, ...m.topics.perTopic.map((r) => r.topic.length));
  lines.push(`${'topic'.padEnd(width)}  support     P      R     F1   fp   fn`);
  for (const r of m.topics.perTopic) {
    lines.push(`${r.topic.padEnd(width)}  ${String(r.support).padStart(7)}  ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}  ${String(r.fp).padStart(3)}  ${String(r.fn).padStart(3)}`);
  }
  return `${lines.join('\n')}\n`;
}

export interface BandSchemeMetrics {
  levels: number;
  exact: number;
  overlap: number;
  exactRate: number;
  overlapRate: number;
  mismatches: { local: string; gold: BandId[]; found: BandId[]; confidence: SchemeLevel['confidence'] }[];
}

/** Scheme-level band accuracy: each gold level against the mapped level of the same name (or order). */
export function bandSchemeMetrics(items: { gold: Gold['scheme']; found: SchemeLevel[] }[]): BandSchemeMetrics {
  let levels = 0;
  let exact = 0;
  let overlap = 0;
  const mismatches: BandSchemeMetrics['mismatches'] = [];
  for (const { gold, found } of items) {
    for (const g of gold) {
      levels++;
      const f = found.find((l) => l.local === g.local) ?? found.find((l) => l.order === g.order);
      const fb = f?.bands ?? [];
      if (sameSet(g.bands, fb)) exact++;
      else mismatches.push({ local: g.local, gold: g.bands, found: fb, confidence: f?.confidence ?? 'low' });
      if (g.bands.some((b) => fb.includes(b))) overlap++;
    }
  }
  return { levels, exact, overlap, exactRate: ratio(exact, levels), overlapRate: ratio(overlap, levels), mismatches };
}
