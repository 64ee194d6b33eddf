import { BANDS, type BandId, type Indicator, type Profile } from '../model/index.ts';
import { bandRange, bandSpan } from './bands.ts';
import { qualifierConflicts } from './qualifiers.ts';
import { TfIdf, type SparseVec } from './text.ts';

export interface LotteryOptions {
  topic?: string | null;
  neighbours: (authorityId: string) => string[];
  /** Minimum cosine to a situation's centroid to join it. */
  clusterThreshold?: number;
  /** A situation is reported only when at least this many authorities describe it. */
  minAuthorities?: number;
}

/** One authority's placement of a topic or situation. */
export interface AuthorityPlacement {
  authorityId: string;
  authority: string | null;
  profileId: string;
  bands: BandId[];
  modal: BandId;
  /** Bands between this placement and the corpus mode (0 when the range contains the mode). */
  distance: number;
  /** Indicator ids behind the placement (evidence). */
  indicatorIds: string[];
  /** Text of the first indicator, to read the situation as that authority words it. */
  example: string;
}

export interface NeighbourDisagreement {
  a: string;
  b: string;
  /** Bands between the two placements (ranges compared as ranges). */
  gap: number;
}

export interface Spread {
  /** Authorities whose modal placement is each band. */
  distribution: Record<BandId, number>;
  mode: BandId;
  /**
   * Dispersion score: mean over authorities of the band distance from their placement range to the
   * corpus mode (0 = everyone agrees, 1 = on average one band away). Ranges that contain the mode count 0.
   */
  dispersion: number;
  /** Shannon entropy of the modal-band distribution divided by log(5): 0 = all in one band, 1 = uniform. */
  entropy: number;
  authorities: number;
  /** Authorities one band or more from the mode, furthest first. */
  outliers: AuthorityPlacement[];
  neighbourDisagreements: NeighbourDisagreement[];
}

export interface Situation extends Spread {
  id: string;
  topic: string;
  /** The member text closest to the situation's centroid. */
  label: string;
  placements: AuthorityPlacement[];
}

export interface TopicSpread extends Spread {
  topic: string;
  placements: AuthorityPlacement[];
  situations: Situation[];
}

export interface Lottery {
  generated: { profiles: number; authorities: number; topic: string | null };
  topics: TopicSpread[];
  /** All situations across topics, most inconsistent first. */
  situations: Situation[];
}

const LN5 = Math.log(BANDS.length);

/** Keep the latest version per authority (undated versions lose to dated ones). */
export function latestProfiles(profiles: Profile[]): Profile[] {
  const by = new Map<string, Profile>();
  for (const p of profiles) {
    const cur = by.get(p.authorityId);
    if (!cur || (p.version ?? '') > (cur.version ?? '')) by.set(p.authorityId, p);
  }
  return [...by.values()].sort((x, y) => (x.authorityId < y.authorityId ? -1 : 1));
}

interface Member { p: Profile; ind: Indicator; v: SparseVec }

/** Placement of one authority from a set of its indicators: contiguous range + modal (votes split over ranges, ties lower). */
function place(p: Profile, inds: Indicator[]): Omit<AuthorityPlacement, 'distance'> | null {
  let lo = Infinity;
  let hi = -Infinity;
  const votes = new Array<number>(BANDS.length).fill(0);
  const ids: string[] = [];
  for (const i of inds) {
    const s = bandSpan(i.bands);
    if (!s) continue;
    ids.push(i.id);
    lo = Math.min(lo, s[0]);
    hi = Math.max(hi, s[1]);
    const w = 1 / (s[1] - s[0] + 1);
    for (let k = s[0]; k <= s[1]; k++) votes[k] += w;
  }
  if (lo === Infinity) return null;
  let m = lo;
  for (let k = lo; k <= hi; k++) if (votes[k] > votes[m] + 1e-9) m = k;
  return {
    authorityId: p.authorityId, authority: p.authority, profileId: p.id, bands: bandRange(lo, hi),
    modal: BANDS[m], indicatorIds: ids, example: inds.find((i) => bandSpan(i.bands))!.text,
  };
}

function spanDistance(bands: BandId[], mode: number): number {
  const s = bandSpan(bands)!;
  return mode < s[0] ? s[0] - mode : mode > s[1] ? mode - s[1] : 0;
}

function spread(placements: Omit<AuthorityPlacement, 'distance'>[], neighbours: LotteryOptions['neighbours']): Spread & { placements: AuthorityPlacement[] } {
  const distribution = Object.fromEntries(BANDS.map((b) => [b, 0])) as Record<BandId, number>;
  const votes = new Array<number>(BANDS.length).fill(0);
  for (const pl of placements) {
    distribution[pl.modal]++;
    const s = bandSpan(pl.bands)!;
    const w = 1 / (s[1] - s[0] + 1);
    for (let k = s[0]; k <= s[1]; k++) votes[k] += w;
  }
  let mode = 0;
  for (let k = 1; k < BANDS.length; k++) if (votes[k] > votes[mode] + 1e-9) mode = k;
  const full: AuthorityPlacement[] = placements.map((pl) => ({ ...pl, distance: spanDistance(pl.bands, mode) }));
  const n = full.length;
  const dispersion = n ? full.reduce((s, p) => s + p.distance, 0) / n : 0;
  let h = 0;
  for (const b of BANDS) {
    const f = distribution[b] / (n || 1);
    if (f > 0) h -= f * Math.log(f);
  }
  const byId = new Map(full.map((p) => [p.authorityId, p]));
  const neighbourDisagreements: NeighbourDisagreement[] = [];
  for (const p of full) {
    for (const nb of neighbours(p.authorityId)) {
      if (nb <= p.authorityId) continue;
      const q = byId.get(nb);
      if (!q) continue;
      const sa = bandSpan(p.bands)!;
      const sb = bandSpan(q.bands)!;
      const gap = sa[0] > sb[1] ? sa[0] - sb[1] : sb[0] > sa[1] ? sb[0] - sa[1] : 0;
      if (gap > 0) neighbourDisagreements.push({ a: p.authorityId, b: nb, gap });
    }
  }
  neighbourDisagreements.sort((x, y) => y.gap - x.gap || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
  return {
    distribution, mode: BANDS[mode], dispersion: r3(dispersion), entropy: r3(n ? h / LN5 : 0), authorities: n,
    outliers: full.filter((p) => p.distance >= 1).sort((x, y) => y.distance - x.distance || (x.authorityId < y.authorityId ? -1 : 1)),
    neighbourDisagreements, placements: full,
  };
}

/** Leader-centroid clustering of one topic's indicators, with an inverted index from term to clusters. */
function cluster(members: Member[], threshold: number): Member[][] {
  const groups: { members: Member[]; c: Map<number, number>; norm2: number; lead: Member }[] = [];
  const postings = new Map<number, number[]>();
  const acc = new Float64Array(members.length + 1);
  for (const m of members) {
    const touched: number[] = [];
    for (let k = 0; k < m.v.ids.length; k++) {
      const t = m.v.ids[k];
      const wt = m.v.w[k];
      for (const g of postings.get(t) ?? []) {
        if (acc[g] === 0) touched.push(g);
        acc[g] += wt * groups[g].c.get(t)!;
      }
    }
    let best = -1;
    let bestCos = threshold;
    let dot = 0;
    for (const g of touched) {
      const d = acc[g];
      acc[g] = 0;
      const cos = d / Math.sqrt(groups[g].norm2);
      if (cos < bestCos || qualifierConflicts(groups[g].lead.ind.qualifiers, m.ind.qualifiers) > 0) continue;
      best = g;
      bestCos = cos;
      dot = d;
    }
    let g = best;
    if (g < 0) {
      g = groups.length;
      groups.push({ members: [], c: new Map(), norm2: 0, lead: m });
    }
    const G = groups[g];
    G.members.push(m);
    for (let k = 0; k < m.v.ids.length; k++) {
      const t = m.v.ids[k];
      const prev = G.c.get(t);
      if (prev === undefined) {
        let l = postings.get(t);
        if (!l) postings.set(t, (l = []));
        l.push(g);
      }
      G.c.set(t, (prev ?? 0) + m.v.w[k]);
    }
    G.norm2 += 2 * dot + 1; // |c + v|^2 = |c|^2 + 2 c.v + |v|^2, |v| = 1
  }
  return groups.map((g) => g.members);
}

/** The postcode lottery: per topic and per aligned situation, how spread the bands are. Pure. */
export function lottery(profiles: Profile[], opts: LotteryOptions): Lottery {
  const threshold = opts.clusterThreshold ?? 0.45;
  const latest = latestProfiles(profiles);
  const minAuth = opts.minAuthorities ?? Math.min(3, Math.max(2, latest.length));
  const tf = new TfIdf();
  for (const p of latest) for (const i of p.indicators) tf.add(i.text);

  const byTopic = new Map<string, Member[]>();
  for (const p of latest) {
    for (const ind of p.indicators) {
      if (!bandSpan(ind.bands)) continue;
      for (const t of ind.topics) {
        if (opts.topic && t !== opts.topic) continue;
        let l = byTopic.get(t);
        if (!l) byTopic.set(t, (l = []));
        l.push({ p, ind, v: tf.vector(ind.text) });
      }
    }
  }

  const topics: TopicSpread[] = [];
  for (const topic of [...byTopic.keys()].sort()) {
    const members = byTopic.get(topic)!;
    const perAuth = groupByAuthority(members);
    const topicPl = [...perAuth.values()].map((ms) => place(ms[0].p, ms.map((m) => m.ind))!);
    const situations: Situation[] = [];
    cluster(members, threshold).forEach((ms, k) => {
      const auth = groupByAuthority(ms);
      if (auth.size < minAuth) return;
      const pls = [...auth.values()].map((xs) => place(xs[0].p, xs.map((x) => x.ind))!);
      situations.push({ id: `${topic}/${k}`, topic, label: medoid(ms), ...spread(pls, opts.neighbours) });
    });
    situations.sort(inconsistency);
    topics.push({ topic, ...spread(topicPl, opts.neighbours), situations });
  }
  topics.sort(inconsistency);
  return {
    generated: { profiles: profiles.length, authorities: latest.length, topic: opts.topic ?? null },
    topics,
    situations: topics.flatMap((t) => t.situations).sort(inconsistency),
  };
}

function groupByAuthority(ms: Member[]): Map<string, Member[]> {
  const m = new Map<string, Member[]>();
  for (const x of ms) {
    let l = m.get(x.p.authorityId);
    if (!l) m.set(x.p.authorityId, (l = []));
    l.push(x);
  }
  return m;
}

/** Text of the member with the highest summed similarity to the others' centroid. */
function medoid(ms: Member[]): string {
  const c = new Map<number, number>();
  for (const m of ms) for (let k = 0; k < m.v.ids.length; k++) c.set(m.v.ids[k], (c.get(m.v.ids[k]) ?? 0) + m.v.w[k]);
  let best = ms[0];
  let bestDot = -1;
  for (const m of ms) {
    let d = 0;
    for (let k = 0; k < m.v.ids.length; k++) d += m.v.w[k] * c.get(m.v.ids[k])!;
    if (d > bestDot + 1e-9) { best = m; bestDot = d; }
  }
  return best.ind.text;
}

/** Most inconsistent first: dispersion, then entropy, then more authorities, then name. */
function inconsistency<T extends Spread & { topic: string }>(x: T, y: T): number {
  return y.dispersion - x.dispersion || y.entropy - x.entropy || y.authorities - x.authorities
    || (x.topic < y.topic ? -1 : x.topic > y.topic ? 1 : 0)
    || ('id' in x && 'id' in y ? String(x.id) < String(y.id) ? -1 : 1 : 0);
}

function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
