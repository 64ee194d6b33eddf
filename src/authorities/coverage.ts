// Which English authorities the atlas has a document for, and how old it is: authorities.json joined
// with the built index (public/data/index.json) and, optionally, sources.json. Pure; runs in the app too.
import type { AtlasIndex, IndexAuthority } from '../model/types.ts';
import type { Authority, SourcesFile } from './types.ts';

/** none: nothing known; listed: a URL is in sources.json but no document is ingested; current / old: ingested, by age. */
export type CoverageStatus = 'none' | 'listed' | 'current' | 'old' | 'undated';

/** How far the atlas got with an authority: no address known, an address known, its document fetched, analysed. */
export type CoverageStage = 'address unknown' | 'address known' | 'fetched' | 'analysed';
export const COVERAGE_STAGES: readonly CoverageStage[] = ['address unknown', 'address known', 'fetched', 'analysed'];

/** fetch-status.json, written by `atlas fetch --all` and copied next to the index by `atlas ingest`. */
export interface FetchStatusFile {
  generated: string;
  authorities: { onsCode: string; state: 'address unknown' | 'address known' | 'fetched' | 'failed'; addresses: number; fetched?: string; reason?: string; movedTo?: string }[];
}

export interface CoverageRow {
  authority: Authority;
  /** Ingested versions of this authority's document. */
  documents: number;
  /** Newest version date among them (ISO), if any is dated. */
  latestVersion: string | null;
  /** Whole days from latestVersion to `today`. */
  ageDays: number | null;
  /** Document URLs listed in sources.json. */
  listedUrls: number;
  status: CoverageStatus;
  stage: CoverageStage;
  /** Why the last fetch failed, when it did. */
  fetchProblem: string | null;
  /** Of the newest document's indicators, how many a person reviewed (null: nothing reviewed). */
  reviewed: { reviewed: number; indicators: number } | null;
}

export interface CoverageOptions {
  /** ISO date or Date; ages are counted to it. */
  today: string | Date;
  /** A document older than this many years is `old` (default 3). */
  oldAfterYears?: number;
  sources?: SourcesFile | null;
  fetchStatus?: FetchStatusFile | null;
}

const DAY = 86_400_000;

export function coverage(
  authorities: readonly Authority[],
  index: Pick<AtlasIndex, 'authorities'> | null,
  opts: CoverageOptions,
): CoverageRow[] {
  const today = typeof opts.today === 'string' ? Date.parse(opts.today) : opts.today.getTime();
  const oldAfterDays = (opts.oldAfterYears ?? 3) * 365.25;
  const indexed = new Map<string, IndexAuthority>();
  for (const a of index?.authorities ?? []) {
    if (a.fictional) continue;
    indexed.set(a.onsCode ?? `id:${a.id}`, a);
  }
  const listed = new Map((opts.sources?.sources ?? []).map((s) => [s.onsCode, s.documents.length]));
  const verified = new Set((opts.sources?.sources ?? []).filter((s) => s.documents.some((d) => d.verified || d.sha256)).map((s) => s.onsCode));
  const fetched = new Map((opts.fetchStatus?.authorities ?? []).map((f) => [f.onsCode, f]));
  return authorities.map((authority) => {
    const found = indexed.get(authority.onsCode) ?? indexed.get(`id:${authority.id}`);
    const versions = (found?.documents ?? []).map((d) => d.version).filter((v): v is string => !!v && Number.isFinite(Date.parse(v)));
    const latestVersion = versions.length ? versions.sort().at(-1)! : null;
    const ageDays = latestVersion ? Math.max(0, Math.floor((today - Date.parse(latestVersion)) / DAY)) : null;
    const documents = found?.documents.length ?? 0;
    const f = fetched.get(authority.onsCode);
    const listedUrls = Math.max(listed.get(authority.onsCode) ?? 0, f?.addresses ?? 0);
    const status: CoverageStatus = documents === 0
      ? (listedUrls > 0 ? 'listed' : 'none')
      : ageDays === null ? 'undated' : ageDays > oldAfterDays ? 'old' : 'current';
    const stage: CoverageStage = documents > 0 ? 'analysed'
      : f?.state === 'fetched' || verified.has(authority.onsCode) ? 'fetched'
        : listedUrls > 0 ? 'address known' : 'address unknown';
    const newest = [...(found?.documents ?? [])].sort((x, y) => (x.version ?? '').localeCompare(y.version ?? '')).at(-1);
    const reviewed = newest?.review?.reviewed ? { reviewed: newest.review.reviewed, indicators: newest.review.indicators } : null;
    return { authority, documents, latestVersion, ageDays, listedUrls, status, stage, fetchProblem: f?.reason ?? null, reviewed };
  });
}

export interface CoverageSummary {
  total: number;
  withDocument: number;
  old: number;
  listedOnly: number;
  byStage: Record<CoverageStage, number>;
  byRegion: { region: string; total: number; withDocument: number }[];
}

export function summariseCoverage(rows: CoverageRow[]): CoverageSummary {
  const regions = new Map<string, { region: string; total: number; withDocument: number }>();
  for (const r of rows) {
    const g = regions.get(r.authority.region) ?? { region: r.authority.region, total: 0, withDocument: 0 };
    g.total++;
    if (r.documents > 0) g.withDocument++;
    regions.set(g.region, g);
  }
  return {
    total: rows.length,
    withDocument: rows.filter((r) => r.documents > 0).length,
    old: rows.filter((r) => r.status === 'old').length,
    listedOnly: rows.filter((r) => r.status === 'listed').length,
    byStage: Object.fromEntries(COVERAGE_STAGES.map((st) => [st, rows.filter((r) => r.stage === st).length])) as Record<CoverageStage, number>,
    byRegion: [...regions.values()].sort((a, b) => a.region.localeCompare(b.region)),
  };
}
