// Node-only: adding corrections to an authority's file and showing them at once in a built data folder
// (atlas serve --review, atlas review import). One writer at a time per process; files written atomically.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AtlasIndex, IndexDocument } from '../model/index.ts';
import { CorrectionInvalid, type Correction, type CorrectionOutcome } from '../review/index.ts';
import { writeFileAtomic } from './atomic.ts';
import { applyAndWrite, readCorrections, readRawProfile, reviewedEntry, writeCorrections } from './corrections.ts';

/** The file moved on since the writer read it (another tab wrote first). */
export class RevisionConflict extends Error {
  constructor(readonly current: number) {
    super(`the corrections were changed elsewhere (now at revision ${current}); reload and try again`);
  }
}

export class UnknownAuthority extends Error {}

let queue: Promise<unknown> = Promise.resolve();
/** Run writes one after another (two POSTs never interleave their read-modify-write). */
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const next = queue.then(fn, fn);
  queue = next.catch(() => undefined);
  return next;
}

export interface AppendResult {
  revision: number;
  added: number;
  outcomes: CorrectionOutcome[];
}

/**
 * Append checked corrections to <corpus>/corrections/<authority>.json (when `baseRevision` is given it must be
 * the file's current revision: 409 otherwise), then re-apply the authority's corrections to the profiles in
 * `data` (a built data folder: index.json, profiles/, docs/) so the app shows them without a re-ingest.
 */
export function appendCorrections(corpus: string, data: string, authorityId: string, incoming: Correction[], baseRevision?: number): Promise<AppendResult> {
  return serial(async () => {
    const index = JSON.parse(await fs.readFile(path.join(data, 'index.json'), 'utf8')) as AtlasIndex;
    const auth = index.authorities.find((a) => a.id === authorityId);
    if (!auth) throw new UnknownAuthority(`no authority "${authorityId}" in ${data}/index.json`);
    const f = await readCorrections(corpus, authorityId);
    if (baseRevision !== undefined && baseRevision !== f.revision) throw new RevisionConflict(f.revision);
    const have = new Set(f.corrections.map((c) => c.id));
    const fresh = incoming.filter((c) => !have.has(c.id));
    const ids = new Set<string>();
    for (const c of fresh) {
      if (ids.has(c.id)) throw new CorrectionInvalid(`id ${c.id} appears twice`);
      ids.add(c.id);
    }
    if (fresh.length) {
      f.corrections.push(...fresh);
      f.revision += 1;
      await writeCorrections(corpus, f);
    }
    const outcomes = await reapply(data, index, authorityId, f);
    return { revision: f.revision, added: fresh.length, outcomes };
  });
}

async function reapply(data: string, index: AtlasIndex, authorityId: string, f: Awaited<ReturnType<typeof readCorrections>>): Promise<CorrectionOutcome[]> {
  const auth = index.authorities.find((a) => a.id === authorityId)!;
  const copy = (rel: string | null | undefined) => (rel ? path.join(data, rel) : null);
  const docs: { doc: IndexDocument; raw: Awaited<ReturnType<typeof readRawProfile>>; files: (string | null)[] }[] = [];
  for (const doc of auth.documents) {
    const raw = await readRawProfile(data, doc);
    docs.push({ doc, raw, files: doc.parts ? doc.parts.map((p) => copy(p.sourceFile)) : [copy(doc.sourceFile)] });
  }
  const r = await applyAndWrite(data, f, docs);
  const stale = r.outcomes.filter((o) => o.status === 'stale').length;
  auth.documents = auth.documents.map((doc) => {
    const p = r.profiles.get(doc.profileId);
    if (!p) return doc;
    const e = reviewedEntry(doc, p, stale);
    index.placements[doc.profileId] = e.placements;
    return e.doc;
  });
  await writeFileAtomic(path.join(data, 'index.json'), JSON.stringify(index, null, 1));
  return r.outcomes;
}

/** A "download my corrections" file from the app: { schema: 1, corrections: { <authorityId>: Correction[] } }. */
export interface CorrectionsExport {
  schema: 1;
  corrections: Record<string, unknown[]>;
}
