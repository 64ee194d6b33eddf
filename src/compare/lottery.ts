import { BANDS, type BandId, type Indicator, type Profile } from '../model/index.ts';
import { bandRange, bandSpan } from './bands.ts';
import { qualifierConflicts } from './qualifiers.ts';
import { TfIdf, tokensOf, type SparseVec } from './text.ts';

export interface LotteryOptions {
  topic?: string | null;
  neighbours: (authorityId: string) => string[];
  /** Minimum TF-IDF cosine to a situation's leader (first indicator) to join it. */
  clusterThreshold?: number;
  /**
   * 'conflict': members may join a situation unless a qualifier is set on both with different values;
   * 'equal' (default): age, frequency, severity, engagement and negation must all be equal, because
   * qualifiers are what move the same subject between levels ("repeated", "serious", "non-mobile baby").
   */
  qualifierRule?: 'equal' | 'conflict';
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
  /** Set when a person reviewed an indicator behind the placement. */
  reviewed?: true;
}

export interface NeighbourDisagreement {
  a: string;
  b: string;
  /** Bands between the two placements (ranges compared as ranges). */
  gap: number;
}

export interface Spread {
  /** Authorities whose placement covers each band (an authority with a range counts in each band of it). */
  distribution: Record<BandId, number>;
  /** The band covered by most authorities (ties: more undivided votes, then the lower band). */
  mode: BandId;
  /**
   * Dispersion score: mean over authorities of the band distance from their placement range to the
   * corpus mode (0 = everyone agrees, 1 = on average one band away). Ranges that contain the mode count 0.
   */
  dispersion: number;
  /** Shannon entropy of the authorities' votes over bands (a range splits its vote) / ln 5: 0 = all in one band, 1 = uniform. */
  entropy: number;
  authorities: number;
  /** Authorities one band or more from the mode, furthest first. */
  outliers: AuthorityPlacement[];
  neighbourDisagreements: NeighbourDisagreement[];
}

export interface Situation extends Spread {
  id: string;
  topic: string;
  /** Every topic under which the same placements were found (an indicator can carry several topics). */
  topics: string[];
  /** The member text closest to the situation's centroid. */
  label: string;
  placements: AuthorityPlacement[];
}

/** A topic across the corpus, summarised from its situations (a topic mixes severities, so its own band range says little). */
export interface TopicSpread {
  topic: string;
  /** Authorities with at least one banded indicator on the topic. */
  authorities: number;
  /** Authority-weighted mean dispersion of the topic's situations (0 when none is reported). */
  dispersion: number;
  /** Authority-weighted mean entropy of the topic's situations. */
  entropy: number;
  /** Authorities a band or more from the mode in at least one situation, most often first. */
  outliers: { authorityId: string; authority: string | null; situations: number }[];
  /** Neighbouring authorities that disagree in at least one situation, most often first. */
  neighbourDisagreements: { a: string; b: string; situations: number; maxGap: number }[];
  situations: Situation[];
}

export interface Lottery {
  generated: { profiles: number; authorities: number; topic: string | null };
  topics: TopicSpread[];
  /** All situations across topics, most inconsistent first. */
  situations: Situation[];
  /** Per authority (latest document): how many of its indicators a person reviewed. */
  reviewed: Record<string, { reviewed: number; indicators: number }>;
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

interface Member { p: Profile; ind: Indicator; v: SparseVec; sig: string; /** cosine to its situation's leader, set by cluster() */ d: number }

/** Qualifier signature: equal signatures = same qualifiers (refs ignored). */
function signature(q: Indicator['qualifiers']): string {
  return `${q.age ?? ''}|${q.frequency ?? ''}|${q.severity ?? ''}|${q.engagement ?? ''}|${q.negated ? 1 : 0}`;
}

/** Placement of one authority from a set of its indicators: contiguous range + modal (votes split over ranges, ties lower). */
function place(p: Profile, inds: Indicator[]): Omit<AuthorityPlacement, 'distance'> | null {
  if (inds.length === 1) {
    // one indicator: its level's bands are already a contiguous range; the lowest is the modal (tie rule)
    const i = inds[0];
    if (!bandSpan(i.bands)) return null;
    return {
      authorityId: p.authorityId, authority: p.authority, profileId: p.id, bands: i.bands,
      modal: i.bands[0], indicatorIds: [i.id], example: i.text, ...(i.review ? { reviewed: true as const } : {}),
    };
  }
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
    ...(inds.some((i) => i.review && bandSpan(i.bands)) ? { reviewed: true as const } : {}),
  };
}

function spanDistance(bands: BandId[], mode: number): number {
  const s = bandSpan(bands)!;
  return mode < s[0] ? s[0] - mode : mode > s[1] ? mode - s[1] : 0;
}

function spread(placements: Omit<AuthorityPlacement, 'distance'>[], neighbours: LotteryOptions['neighbours']): Spread & { placements: AuthorityPlacement[] } {
  // distribution: authorities whose placement covers each band (a range covers several);
  // votes: each authority's one vote split over its range, for the mode's tie-break and the entropy
  const distribution = Object.fromEntries(BANDS.map((b) => [b, 0])) as Record<BandId, number>;
  const votes = new Array<number>(BANDS.length).fill(0);
  for (const pl of placements) {
    const s = bandSpan(pl.bands)!;
    const w = 1 / (s[1] - s[0] + 1);
    for (let k = s[0]; k <= s[1]; k++) {
      votes[k] += w;
      distribution[BANDS[k]]++;
    }
  }
  let mode = 0;
  for (let k = 1; k < BANDS.length; k++) {
    const c = distribution[BANDS[k]] - distribution[BANDS[mode]];
    if (c > 0 || (c === 0 && votes[k] > votes[mode] + 1e-9)) mode = k;
  }
  const full = placements as AuthorityPlacement[];
  for (const pl of full) pl.distance = spanDistance(pl.bands, mode);
  const n = full.length;
  const dispersion = n ? full.reduce((s, p) => s + p.distance, 0) / n : 0;
  let h = 0;
  for (const v of votes) {
    const f = v / (n || 1);
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

/**
 * Leader clustering of one topic's indicators: each indicator joins the situation whose first member
 * (its leader) is most similar, if that cosine reaches the threshold and the qualifiers agree; else it
 * leads a new situation. Leaders never move, so a situation cannot drift from "early signs of X" to
 * everything that mentions X. An inverted index from term to leaders keeps it near-linear.
 */
function cluster(members: Member[], threshold: number, rule: 'equal' | 'conflict'): { lead: Member; members: Member[] }[] {
  const groups: { lead: Member; members: Member[] }[] = [];
  const postG = new Map<number, number[]>();
  const postW = new Map<number, number[]>();
  let acc = new Float64Array(64);
  for (const m of members) {
    const touched: number[] = [];
    for (let k = 0; k < m.v.ids.length; k++) {
      const gs = postG.get(m.v.ids[k]);
      if (!gs) continue;
      const ws = postW.get(m.v.ids[k])!;
      const wt = m.v.w[k];
      for (let j = 0; j < gs.length; j++) {
        const g = gs[j];
        if (acc[g] === 0) touched.push(g);
        acc[g] += wt * ws[j];
      }
    }
    let best = -1;
    let bestCos = threshold;
    for (const g of touched) {
      const cos = acc[g];
      acc[g] = 0;
      if (cos < bestCos || (cos === bestCos && best >= 0)) continue;
      const lead = groups[g].lead;
      if (rule === 'equal' ? lead.sig !== m.sig : qualifierConflicts(lead.ind.qualifiers, m.ind.qualifiers) > 0) continue;
      best = g;
      bestCos = cos;
    }
    if (best >= 0) {
      m.d = bestCos;
      groups[best].members.push(m);
      continue;
    }
    m.d = 2; // a leader is closest to itself
    const g = groups.length;
    groups.push({ lead: m, members: [m] });
    if (g >= acc.length) {
      const bigger = new Float64Array(acc.length * 2);
      bigger.set(acc);
      acc = bigger;
    }
    for (let k = 0; k < m.v.ids.length; k++) {
      const t = m.v.ids[k];
      let gs = postG.get(t);
      if (!gs) {
        postG.set(t, (gs = []));
        postW.set(t, []);
      }
      gs.push(g);
      postW.get(t)!.push(m.v.w[k]);
    }
  }
  return groups;
}

/**
 * The postcode lottery: per topic and per aligned situation, how spread the bands are. Pure.
 * Situations are found per topic by leader clustering of indicator texts (TF-IDF cosine, document
 * frequencies over the whole corpus, qualifiers equal); each authority is then represented by its
 * indicator closest to the situation's leader.
 */
export function lottery(profiles: Profile[], opts: LotteryOptions): Lottery {
  const threshold = opts.clusterThreshold ?? 0.8;
  const latest = latestProfiles(profiles);
  // two authorities cannot have a meaningful most common placement; large corpora ask for 10%
  const minAuth = opts.minAuthorities ?? Math.min(latest.length, Math.max(3, Math.ceil(latest.length / 10)));

  const tf = new TfIdf();
  for (const p of latest) for (const ind of p.indicators) tf.add(tokensOf(ind));
  const byTopic = new Map<string, { p: Profile; ind: Indicator }[]>();
  for (const p of latest) {
    for (const ind of p.indicators) {
      if (!bandSpan(ind.bands)) continue;
      for (const t of ind.topics) {
        if (opts.topic && t !== opts.topic) continue;
        let l = byTopic.get(t);
        if (!l) byTopic.set(t, (l = []));
        l.push({ p, ind });
      }
    }
  }

  const topics: TopicSpread[] = [];
  for (const topic of [...byTopic.keys()].sort()) {
    const items = byTopic.get(topic)!;
    const members: Member[] = items.map((x) => ({ ...x, v: tf.vector(tokensOf(x.ind)), sig: signature(x.ind.qualifiers), d: 0 }));
    const situations: Situation[] = [];
    const rule = opts.qualifierRule ?? 'equal';
    // under the 'equal' rule situations never mix qualifier signatures: cluster each signature apart
    const parts = rule === 'equal' ? [...groupBy(members, (m) => m.sig).values()] : [members];
    const groups = parts.flatMap((part) => cluster(part, threshold, rule));
    groups.forEach((g, k) => {
      if (g.members.length < minAuth) return;
      const best = new Map<string, { m: Member; d: number }>();
      for (const m of g.members) {
        const d = m.d;
        const cur = best.get(m.p.authorityId);
        if (!cur || d > cur.d + 1e-9) best.set(m.p.authorityId, { m, d });
      }
      if (best.size < minAuth) return;
      const reps = [...best.values()].sort((x, y) => y.d - x.d);
      const pls = reps.map(({ m }) => place(m.p, [m.ind])!);
      situations.push({ id: `${topic}/${k}`, topic, topics: [topic], label: reps[0].m.ind.text, ...spread(pls, opts.neighbours) });
    });
    situations.sort(inconsistency);
    topics.push(topicSpread(topic, new Set(items.map((x) => x.p.authorityId)).size, situations));
  }
  topics.sort(inconsistency);
  return {
    generated: { profiles: profiles.length, authorities: latest.length, topic: opts.topic ?? null },
    topics,
    situations: dedupe(topics.flatMap((t) => t.situations).sort(inconsistency)),
    reviewed: Object.fromEntries(latest.map((p) => [p.authorityId, { reviewed: p.indicators.filter((i) => i.review).length, indicators: p.indicators.length }])),
  };
}

/** The corpus-wide list shows a situation once even when its indicators carry several topics. */
function dedupe(list: Situation[]): Situation[] {
  const seen = new Map<string, Situation>();
  const out: Situation[] = [];
  for (const s of list) {
    const key = s.placements.flatMap((p) => p.indicatorIds).sort().join(' ');
    const first = seen.get(key);
    if (first) {
      first.topics.push(s.topic);
      continue;
    }
    const copy = { ...s, topics: [s.topic] };
    seen.set(key, copy);
    out.push(copy);
  }
  return out;
}

function topicSpread(topic: string, authorities: number, situations: Situation[]): TopicSpread {
  let w = 0;
  let disp = 0;
  let ent = 0;
  const out = new Map<string, { authorityId: string; authority: string | null; situations: number }>();
  const nb = new Map<string, { a: string; b: string; situations: number; maxGap: number }>();
  for (const s of situations) {
    w += s.authorities;
    disp += s.dispersion * s.authorities;
    ent += s.entropy * s.authorities;
    for (const o of s.outliers) {
      const e = out.get(o.authorityId) ?? { authorityId: o.authorityId, authority: o.authority, situations: 0 };
      e.situations++;
      out.set(o.authorityId, e);
    }
    for (const d of s.neighbourDisagreements) {
      const key = `${d.a}|${d.b}`;
      const e = nb.get(key) ?? { a: d.a, b: d.b, situations: 0, maxGap: 0 };
      e.situations++;
      e.maxGap = Math.max(e.maxGap, d.gap);
      nb.set(key, e);
    }
  }
  const byCount = <T extends { situations: number }>(x: T, y: T, kx: string, ky: string) => y.situations - x.situations || (kx < ky ? -1 : kx > ky ? 1 : 0);
  return {
    topic, authorities,
    dispersion: r3(w ? disp / w : 0), entropy: r3(w ? ent / w : 0),
    outliers: [...out.values()].sort((x, y) => byCount(x, y, x.authorityId, y.authorityId)),
    neighbourDisagreements: [...nb.values()].sort((x, y) => y.situations - x.situations || y.maxGap - x.maxGap || byCount(x, y, `${x.a}|${x.b}`, `${y.a}|${y.b}`)),
    situations,
  };
}

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    let l = m.get(k);
    if (!l) m.set(k, (l = []));
    l.push(x);
  }
  return m;
}

/** Most inconsistent first: dispersion, then entropy, then more authorities, then name. */
function inconsistency<T extends { dispersion: number; entropy: number; authorities: number; topic: string }>(x: T, y: T): number {
  return y.dispersion - x.dispersion || y.entropy - x.entropy || y.authorities - x.authorities
    || (x.topic < y.topic ? -1 : x.topic > y.topic ? 1 : 0)
    || ('id' in x && 'id' in y ? String(x.id) < String(y.id) ? -1 : 1 : 0);
}

function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
