// Node-only: corrections files beside the corpus (<corpus>/corrections/<authority>.json), applied to the
// analysed profiles in the data folder. Used by `atlas ingest`, `atlas serve --review` and `atlas review`.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { IndexDocument, Profile } from '../model/index.ts';
import { normaliseProfile } from '../model/index.ts';
import { topicPlacements } from '../compare/placement.ts';
import {
  applyCorrections, checkCorrectionsFile, CorrectionInvalid, emptyCorrections, formatCorrectionsFile, isAuthorityId, sourceText,
  type CorrectionOutcome, type CorrectionsFile,
} from '../review/index.ts';
import { writeFileAtomic } from './atomic.ts';

export function correctionsDir(corpus: string): string {
  return path.join(path.resolve(corpus), 'corrections');
}

/** The corrections file of an authority; throws for an id that is not a plain slug (no path in it). */
export function correctionsPath(corpus: string, authorityId: string): string {
  if (!isAuthorityId(authorityId)) throw new CorrectionInvalid(`not an authority id: ${JSON.stringify(authorityId).slice(0, 60)}`);
  return path.join(correctionsDir(corpus), `${authorityId}.json`);
}

/** Read an authority's corrections (an empty file when there is none); throws CorrectionInvalid when it is not valid. */
export async function readCorrections(corpus: string, authorityId: string): Promise<CorrectionsFile> {
  let text: string;
  try {
    text = await fs.readFile(correctionsPath(corpus, authorityId), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyCorrections(authorityId);
    throw err;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new CorrectionInvalid(`${authorityId}.json is not valid JSON`);
  }
  return checkCorrectionsFile(raw, authorityId);
}

export async function writeCorrections(corpus: string, f: CorrectionsFile): Promise<void> {
  await writeFileAtomic(correctionsPath(corpus, f.authorityId), formatCorrectionsFile(f));
}

/** Authority ids that have a corrections file. */
export async function authoritiesWithCorrections(corpus: string): Promise<string[]> {
  try {
    return (await fs.readdir(correctionsDir(corpus))).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).filter(isAuthorityId).sort();
  } catch {
    return [];
  }
}

/** The profile as the atlas read it: profiles/<id>.raw.json when corrections were applied, else profiles/<id>.json. */
export async function readRawProfile(out: string, doc: IndexDocument): Promise<Profile> {
  const file = path.join(out, doc.file);
  const rawFile = file.replace(/\.json$/, '.raw.json');
  let text: string;
  try {
    text = await fs.readFile(rawFile, 'utf8');
  } catch {
    text = await fs.readFile(file, 'utf8');
  }
  const p = normaliseProfile(JSON.parse(text));
  // a profile read back from an earlier apply is never applied twice
  if (p.review) throw new Error(`${doc.file}: holds applied corrections but its .raw.json is missing; run \`atlas ingest\``);
  return p;
}

/** Plain text of each part, from files on disk (only formats a reviewer can select in). */
export async function sourceTextsOf(p: Profile, files: (string | null)[]): Promise<(string | null)[]> {
  return Promise.all(files.map(async (f, k) => {
    if (!f) return null;
    try {
      return await sourceText(p.parts?.[k]?.format ?? p.format, new Uint8Array(await fs.readFile(f)));
    } catch {
      return null;
    }
  }));
}

export interface AuthorityReview {
  authorityId: string;
  revision: number;
  outcomes: CorrectionOutcome[];
  /** profileId -> corrected profile */
  profiles: Map<string, Profile>;
}

/**
 * Apply an authority's corrections to its raw profiles; write profiles/<id>.json (corrected) and
 * profiles/<id>.raw.json (as read), and corrections/<authority>.json in the data folder for the app.
 */
export async function applyAndWrite(
  out: string,
  f: CorrectionsFile,
  docs: { doc: IndexDocument; raw: Profile; files: (string | null)[] }[],
): Promise<AuthorityReview> {
  const needText = f.corrections.some((c) => c.act === 'add');
  const texts = new Map<string, (string | null)[]>();
  if (needText) for (const d of docs) texts.set(d.raw.id, await sourceTextsOf(d.raw, d.files));
  const { profiles, outcomes } = applyCorrections(docs.map((d) => d.raw), f, { texts });
  const byId = new Map<string, Profile>();
  for (const [k, p] of profiles.entries()) {
    const file = path.join(out, docs[k].doc.file);
    await writeFileAtomic(file.replace(/\.json$/, '.raw.json'), JSON.stringify(docs[k].raw));
    await writeFileAtomic(file, JSON.stringify(p));
    byId.set(p.id, p);
  }
  await writeFileAtomic(path.join(out, 'corrections', `${f.authorityId}.json`), JSON.stringify({ ...f, outcomes }, null, 1));
  return { authorityId: f.authorityId, revision: f.revision, outcomes, profiles: byId };
}

/** The index entry of a document after review: counts, scheme and "n of m reviewed". */
export function reviewedEntry(doc: IndexDocument, p: Profile, stale: number): { doc: IndexDocument; placements: ReturnType<typeof topicPlacements> } {
  return {
    doc: {
      ...doc,
      indicatorCount: p.indicators.length,
      scheme: p.scheme,
      review: { reviewed: p.review?.reviewed ?? 0, indicators: p.indicators.length, stale },
    },
    placements: topicPlacements(p),
  };
}

/** One line per authority for the CLI: applied / carried over / stale (with each stale one's reason). */
export function formatReviewSummary(reviews: AuthorityReview[]): string {
  const lines: string[] = [];
  for (const r of reviews) {
    const n = (s: string) => r.outcomes.filter((o) => o.status === s).length;
    const docs = [...r.profiles.values()].map((p) => `${p.id} ${p.review?.reviewed ?? 0} of ${p.indicators.length} indicators reviewed`).join('; ');
    lines.push(`corrections ${r.authorityId}: ${n('applied')} applied, ${n('carried')} carried over to a new version, ${n('stale')} stale (${docs})`);
    for (const o of r.outcomes.filter((x) => x.status === 'stale')) lines.push(`  stale ${o.id} (${o.act}): ${o.reason}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** What ingest knows of one document: its job's files and, when analysed in this run, the raw profile. */
export interface ReviewJob {
  authorityId: string;
  profileId: string;
  abs: string;
  parts?: { abs: string; source: string }[];
}

/**
 * After ingest has analysed the corpus: apply every authority's corrections, rewrite the affected profiles and
 * return the index entries to use instead. A corrections file that is not valid is reported and left alone
 * (the documents keep the atlas's reading).
 */
export async function applyReviewsForIngest(
  out: string,
  corpus: string,
  jobs: ReviewJob[],
  entries: Map<string, { doc: IndexDocument; placements: Record<string, unknown> }>,
  fresh: Map<string, Profile>,
): Promise<{ reviews: AuthorityReview[]; problems: { source: string; reason: string }[] }> {
  const reviews: AuthorityReview[] = [];
  const problems: { source: string; reason: string }[] = [];
  for (const id of await authoritiesWithCorrections(corpus)) {
    let f: CorrectionsFile;
    try {
      f = await readCorrections(corpus, id);
    } catch (err) {
      problems.push({ source: path.join(path.basename(corpus), 'corrections', `${id}.json`), reason: `corrections not applied: ${(err as Error).message}` });
      continue;
    }
    const docs: { doc: IndexDocument; raw: Profile; files: (string | null)[] }[] = [];
    for (const j of jobs.filter((x) => x.authorityId === id)) {
      const e = entries.get(j.profileId);
      if (!e) continue;
      const raw = fresh.get(j.profileId) ?? (await readRawProfile(out, e.doc).catch(() => null));
      if (!raw) continue;
      const files = j.parts ? (raw.parts ?? []).map((p) => j.parts!.find((x) => x.source === p.source)?.abs ?? null) : [j.abs];
      docs.push({ doc: e.doc, raw, files });
    }
    if (!docs.length && !f.corrections.length) continue;
    const r = await applyAndWrite(out, f, docs);
    const stale = r.outcomes.filter((o) => o.status === 'stale').length;
    for (const d of docs) entries.set(d.doc.profileId, reviewedEntry(d.doc, r.profiles.get(d.raw.id)!, stale));
    reviews.push(r);
  }
  return { reviews, problems };
}
