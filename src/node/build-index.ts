import type { AtlasIndex, IndexAuthority, IndexDocument, Profile, TopicPlacement } from '../model/index.ts';
import type { AuthorityInfo, IngestJob } from './manifest.ts';
import { sanitiseFileName, sourceExtension } from './safe-path.ts';

/** What the index keeps for one document: its entry and where its topics sit. */
export interface IndexedDocument {
  doc: IndexDocument;
  placements: Record<string, TopicPlacement>;
}

export function profileFile(profileId: string): string {
  return `profiles/${sanitiseFileName(profileId)}.json`;
}

export function sourceCopyFile(profileId: string, file: string): string {
  return `docs/${sanitiseFileName(profileId)}${sourceExtension(file)}`;
}

/** The copy of part `k` of a series: docs/<id>.part<k><ext>. */
export function partCopyFile(profileId: string, k: number, file: string): string {
  return `docs/${sanitiseFileName(profileId)}.part${k}${sourceExtension(file)}`;
}

export function indexDocument(job: IngestJob, profile: Profile, hash: string, copied: boolean, partCopies: (string | null)[] = []): IndexDocument {
  const series = !!job.parts && !!profile.parts;
  return {
    profileId: profile.id,
    version: job.entry.version ?? null,
    source: profile.source,
    format: profile.format,
    pages: profile.pages,
    indicatorCount: profile.indicators.length,
    scheme: profile.scheme,
    file: profileFile(profile.id),
    sourceFile: copied ? (series ? partCopies[0] ?? null : sourceCopyFile(profile.id, job.abs)) : null,
    hash,
    warnings: profile.warnings,
    ...(series ? { parts: profile.parts!.map((p, k) => ({ ...p, sourceFile: copied ? partCopies[k] ?? null : null })) } : {}),
  };
}

/** The previous index's entries by profile id, so a failed or skipped document keeps its last good entry. */
export function previousEntries(prev: AtlasIndex | null): Map<string, IndexedDocument> {
  const out = new Map<string, IndexedDocument>();
  if (!prev) return out;
  for (const a of prev.authorities ?? []) {
    for (const doc of a.documents ?? []) {
      out.set(doc.profileId, { doc, placements: prev.placements?.[doc.profileId] ?? {} });
    }
  }
  return out;
}

/**
 * Assemble public/data/index.json: every manifest document that has an entry (fresh, or kept from
 * the previous index), grouped by authority, authorities by name, versions oldest first.
 */
export function buildIndex(
  jobs: IngestJob[],
  entries: Map<string, IndexedDocument>,
  failures: { source: string; reason: string }[],
  authorities: Map<string, AuthorityInfo>,
  generated: string,
): AtlasIndex {
  const byAuthority = new Map<string, IndexAuthority>();
  const placements: AtlasIndex['placements'] = {};
  for (const job of jobs) {
    const e = entries.get(job.profileId);
    if (!e) continue;
    const id = job.entry.authorityId;
    let a = byAuthority.get(id);
    if (!a) {
      const info = authorities.get(id) ?? (job.entry.onsCode ? authorities.get(job.entry.onsCode) : undefined);
      const onsCode = job.entry.onsCode ?? info?.onsCode ?? null;
      a = {
        id,
        name: info?.name ?? job.entry.authority ?? id,
        onsCode,
        fictional: !onsCode,
        hex: job.entry.hex ?? info?.hex ?? null,
        documents: [],
      };
      byAuthority.set(id, a);
    }
    a.documents.push(e.doc);
    placements[e.doc.profileId] = e.placements;
  }
  const list = [...byAuthority.values()].sort((x, y) => x.name.localeCompare(y.name, 'en') || x.id.localeCompare(y.id));
  for (const a of list) a.documents.sort((x, y) => (x.version ?? '').localeCompare(y.version ?? ''));
  return { schema: 1, generated, authorities: list, placements, failures };
}
