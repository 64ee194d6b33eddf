import { BANDS, type Indicator, type Profile } from '../model/index.ts';
import { bandSpan } from './bands.ts';
import { topicPlacements } from './placement.ts';
import { MATCH_MODEL, matchConfidence, matchScore, ownersConflict, scoreBeforeOwners } from './match.ts';
import { qualifierDiffs } from './qualifiers.ts';
import { cosine, TfIdf, tokensOf, type SparseVec } from './text.ts';
import type {
  BandMappingRow, CompareOptions, Comparison, DiffKind, DiffRow, DocSummary, SideEvidence, TopicSummaryRow,
} from './types.ts';

/** threshold: the calibrated one (lexicon/match-model.json); minSimilarity only skips pairs that share no words. */
export const DEFAULT_COMPARE: Required<CompareOptions> = { threshold: MATCH_MODEL.threshold, minSimilarity: 0.05, topic: null };

export const DIFF_KINDS: DiffKind[] = ['a_higher', 'b_higher', 'overlap', 'same', 'a_only', 'b_only', 'unplaced'];

/**
 * Alignment score of two indicators: the calibrated probability that they describe the same situation
 * (match.ts: text cosine with synonyms rewritten, topic overlap, qualifier and certainty disagreements),
 * 0 when the situations conflict (child's problem vs parent's, victim vs perpetrator, strength vs need).
 */
export function pairScore(cos: number, a: Pick<Indicator, 'text' | 'topics' | 'qualifiers'>, b: Pick<Indicator, 'text' | 'topics' | 'qualifiers'>): number {
  return matchScore(cos, a, b).score;
}

export function evidence(i: Indicator, p?: Pick<Profile, 'parts'>): SideEvidence {
  // In a document series the page/ref is within one part: name that part's file too.
  const part = i.part !== undefined ? p?.parts?.[i.part] : undefined;
  return {
    indicatorId: i.id, text: i.text, level: i.level, order: i.order, bands: i.bands, domain: i.domain,
    topics: i.topics, qualifiers: i.qualifiers, page: i.page, bbox: i.bbox, ...(i.ref ? { ref: i.ref } : {}),
    ...(i.part !== undefined ? { part: i.part } : {}), ...(part ? { partSource: part.source } : {}),
    ...(i.review ? { review: i.review } : {}),
  };
}

/** Classify two placements. Ranges: equal -> same; disjoint -> higher/lower; otherwise overlap. */
export function classify(a: Indicator['bands'], b: Indicator['bands']): Pick<DiffRow, 'kind' | 'delta' | 'gap'> {
  const sa = bandSpan(a);
  const sb = bandSpan(b);
  if (!sa || !sb) return { kind: 'unplaced', delta: null, gap: null };
  const delta: [number, number] = [sa[0] - sb[1], sa[1] - sb[0]];
  let kind: DiffKind;
  let gap = 0;
  if (sa[0] === sb[0] && sa[1] === sb[1]) kind = 'same';
  else if (sa[0] > sb[1]) { kind = 'a_higher'; gap = sa[0] - sb[1]; }
  else if (sb[0] > sa[1]) { kind = 'b_higher'; gap = sb[0] - sa[1]; }
  else kind = 'overlap';
  return { kind, delta, gap };
}

function docSummary(p: Profile): DocSummary {
  return {
    profileId: p.id, authorityId: p.authorityId, authority: p.authority, version: p.version, source: p.source,
    format: p.format, indicatorCount: p.indicators.length, reviewed: p.indicators.filter((i) => i.review).length,
  };
}

function label(p: Profile, versions: boolean): string {
  const name = p.authority ?? p.authorityId;
  if (versions) return p.version ? `${name} ${p.version}` : p.id;
  return name;
}

function emptyCounts(): Record<DiffKind, number> {
  return Object.fromEntries(DIFF_KINDS.map((k) => [k, 0])) as Record<DiffKind, number>;
}

/** owners false: the pair is one only if ownersConflict says no (match.ts scoreBeforeOwners). */
interface Cand { i: number; j: number; score: number; cos: number; owners: boolean }

/** Candidate pairs: indicators sharing a topic, or both untagged (text alone decides). */
function candidates(a: Indicator[], b: Indicator[], va: SparseVec[], vb: SparseVec[], o: Required<CompareOptions>): Cand[] {
  const byTopic = new Map<string, number[]>();
  const untaggedB: number[] = [];
  b.forEach((ind, j) => {
    if (ind.topics.length === 0) untaggedB.push(j);
    for (const t of ind.topics) {
      let l = byTopic.get(t);
      if (!l) byTopic.set(t, (l = []));
      l.push(j);
    }
  });
  const out: Cand[] = [];
  const seen = new Uint8Array(b.length);
  a.forEach((ind, i) => {
    const js: number[] = [];
    if (ind.topics.length === 0) js.push(...untaggedB);
    for (const t of ind.topics) for (const j of byTopic.get(t) ?? []) if (!seen[j]) { seen[j] = 1; js.push(j); }
    for (const j of js) {
      seen[j] = 0;
      const cos = cosine(va[i], vb[j]);
      if (cos < o.minSimilarity) continue;
      // pairScore(cos, ind, b[j]) when it reaches the threshold, but for the conflicts over whose situation it is
      const m = scoreBeforeOwners(cos, ind, b[j], o.threshold);
      if (m) out.push({ i, j, score: m.score, cos, owners: m.owners });
    }
  });
  return out;
}

/** Compare two profiles situation by situation. Pure; the app calls it too. */
export function compare(a: Profile, b: Profile, options: CompareOptions = {}): Comparison {
  const o: Required<CompareOptions> = { ...DEFAULT_COMPARE, ...options };
  const tf = new TfIdf();
  for (const i of a.indicators) tf.add(tokensOf(i));
  for (const i of b.indicators) tf.add(tokensOf(i));
  const va = a.indicators.map((i) => tf.vector(tokensOf(i)));
  const vb = b.indicators.map((i) => tf.vector(tokensOf(i)));

  // one-to-one: greedy on descending score; ties broken by document order for determinism. A pair whose owners were
  // not read is checked when reached: dropping it there picks the same pairs as dropping it beforehand.
  const cands = candidates(a.indicators, b.indicators, va, vb, o)
    .sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedA = new Uint8Array(a.indicators.length);
  const usedB = new Uint8Array(b.indicators.length);
  const rows: DiffRow[] = [];
  for (const c of cands) {
    if (usedA[c.i] || usedB[c.j]) continue;
    const ia = a.indicators[c.i];
    const ib = b.indicators[c.j];
    if (!c.owners && ownersConflict(ia, ib)) continue;
    usedA[c.i] = usedB[c.j] = 1;
    rows.push({
      ...classify(ia.bands, ib.bands),
      topics: [...new Set([...ia.topics, ...ib.topics])].sort(),
      a: evidence(ia, a), b: evidence(ib, b),
      score: round(c.score), similarity: round(c.cos), confidence: matchConfidence(c.score),
      qualifierDiffs: qualifierDiffs(ia.qualifiers, ib.qualifiers),
    });
  }
  a.indicators.forEach((ia, i) => {
    if (!usedA[i]) rows.push(oneSided('a_only', ia, a));
  });
  b.indicators.forEach((ib, j) => {
    if (!usedB[j]) rows.push(oneSided('b_only', ib, b));
  });
  const kept = o.topic ? rows.filter((r) => r.topics.includes(o.topic!)) : rows;
  kept.sort(rowOrder);

  const versions = a.authorityId === b.authorityId;
  const labels = { a: label(a, versions), b: label(b, versions) };
  if (labels.a === labels.b) { labels.a += ' (A)'; labels.b += ' (B)'; }
  const totals = emptyCounts();
  for (const r of kept) totals[r.kind]++;
  return {
    mode: versions ? 'versions' : 'authorities',
    labels,
    a: docSummary(a),
    b: docSummary(b),
    rows: kept,
    topics: topicSummary(a, b, kept, o.topic),
    schemes: {
      a: { id: a.id, label: labels.a, levels: a.scheme },
      b: { id: b.id, label: labels.b, levels: b.scheme },
      bands: bandMapping(a, b),
    },
    totals,
    options: o,
  };
}

function oneSided(kind: 'a_only' | 'b_only', ind: Indicator, p: Profile): DiffRow {
  return {
    kind, topics: [...ind.topics].sort(), a: kind === 'a_only' ? evidence(ind, p) : null,
    b: kind === 'b_only' ? evidence(ind, p) : null, score: null, similarity: null, confidence: null, delta: null, gap: null,
    qualifierDiffs: [],
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Differences first (largest gap first), then overlaps, same, one-sided; then by topic and page. */
function rowOrder(x: DiffRow, y: DiffRow): number {
  const k = DIFF_KINDS.indexOf(x.kind) - DIFF_KINDS.indexOf(y.kind);
  const kx = x.kind === 'a_higher' || x.kind === 'b_higher' ? 0 : 1;
  const ky = y.kind === 'a_higher' || y.kind === 'b_higher' ? 0 : 1;
  if (kx !== ky) return kx - ky;
  if (kx === 0 && (x.gap ?? 0) !== (y.gap ?? 0)) return (y.gap ?? 0) - (x.gap ?? 0);
  if (k !== 0) return k;
  const tx = x.topics[0] ?? '~';
  const ty = y.topics[0] ?? '~';
  if (tx !== ty) return tx < ty ? -1 : 1;
  const px = (x.a ?? x.b)!;
  const py = (y.a ?? y.b)!;
  return px.page - py.page || (px.indicatorId < py.indicatorId ? -1 : px.indicatorId > py.indicatorId ? 1 : 0);
}

function topicSummary(a: Profile, b: Profile, rows: DiffRow[], only: string | null): TopicSummaryRow[] {
  const pa = topicPlacements(a);
  const pb = topicPlacements(b);
  const topics = new Set([...Object.keys(pa), ...Object.keys(pb)]);
  for (const r of rows) for (const t of r.topics) topics.add(t);
  const out: TopicSummaryRow[] = [];
  for (const topic of [...topics].sort()) {
    if (only && topic !== only) continue;
    const counts = emptyCounts();
    for (const r of rows) if (r.topics.includes(topic)) counts[r.kind]++;
    const x = pa[topic] ?? null;
    const y = pb[topic] ?? null;
    out.push({
      topic, a: x, b: y, counts,
      modalDelta: x && y ? BANDS.indexOf(y.modal) - BANDS.indexOf(x.modal) : null,
    });
  }
  return out;
}

function bandMapping(a: Profile, b: Profile): BandMappingRow[] {
  return BANDS.map((band) => ({
    band,
    a: a.scheme.filter((l) => l.bands.includes(band)).map((l) => l.local),
    b: b.scheme.filter((l) => l.bands.includes(band)).map((l) => l.local),
  }));
}
