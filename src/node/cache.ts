import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Profile } from '../model/index.ts';
import { PIPELINE_VERSION } from '../pipeline/version.ts';
import { writeFileAtomic } from './atomic.ts';

/** What analysing one document produced: a profile, or a deterministic document error. */
export type CachedOutcome = { ok: true; profile: Profile } | { ok: false; reason: string };

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

  async get(key: string): Promise<CachedOutcome | undefined> {
    try {
      const parsed = JSON.parse(await fs.readFile(this.file(key), 'utf8')) as CachedOutcome;
      return parsed && typeof parsed.ok === 'boolean' ? parsed : undefined;
    } catch {
      return undefined; // missing or unreadable entry: treat as a miss
    }
  }

  async put(key: string, outcome: CachedOutcome): Promise<void> {
    await writeFileAtomic(this.file(key), JSON.stringify(outcome));
  }
}
