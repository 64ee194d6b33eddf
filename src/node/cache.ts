import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Profile } from '../model/index.ts';
import { PIPELINE_VERSION } from '../pipeline/version.ts';
import { writeFileAtomic } from './atomic.ts';

/** What analysing one document produced: a profile, or a deterministic document error. */
export type CachedOutcome = { ok: true; profile: Profile } | { ok: false; reason: string };

/** A cached outcome as read back; `profileJson` is the profile's own JSON text, as put() wrote it. */
export type ReadOutcome = CachedOutcome & { profileJson?: string };

const OK_PREFIX = '{"ok":true,"profile":';

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Cache key: the file's content hash plus the pipeline version, plus everything else that changes the
 * profile (the manifest metadata stamped into it and the extraction limits).
 */
export function cacheKey(contentHash: string, context: unknown, version: string = PIPELINE_VERSION): string {
  return sha256(`${contentHash}\0${version}\0${JSON.stringify(context)}`);
}

/** A content-addressed folder of analysed documents (`.cache/ingest/ab/abcdef....json`). */
export class IngestCache {
  constructor(readonly dir: string) {}

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  async get(key: string): Promise<ReadOutcome | undefined> {
    try {
      const text = await fs.readFile(this.file(key), 'utf8');
      const parsed = JSON.parse(text) as CachedOutcome;
      if (!parsed || typeof parsed.ok !== 'boolean') return undefined;
      // The profile's text is kept so that a warm ingest need not serialise it again to compare with its file.
      return parsed.ok && text.startsWith(OK_PREFIX) && text.endsWith('}') ? { ...parsed, profileJson: text.slice(OK_PREFIX.length, -1) } : parsed;
    } catch {
      return undefined; // missing or unreadable entry: treat as a miss
    }
  }

  /** Writes the outcome; a `profileJson` given (the profile's JSON.stringify) is used, not serialised again. */
  async put(key: string, outcome: ReadOutcome): Promise<void> {
    const text = outcome.ok && outcome.profileJson !== undefined ? `${OK_PREFIX}${outcome.profileJson}}` : JSON.stringify({ ...outcome, profileJson: undefined });
    await writeFileAtomic(this.file(key), text);
  }
}
