import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IngestCache, cacheKey, sha256 } from './cache.ts';

describe('ingest cache', () => {
  it('keys change with the content, the pipeline version and the context', () => {
    const h = sha256('doc');
    expect(cacheKey(h, { a: 1 }, '1')).toBe(cacheKey(h, { a: 1 }, '1'));
    expect(cacheKey(h, { a: 1 }, '2')).not.toBe(cacheKey(h, { a: 1 }, '1'));
    expect(cacheKey(sha256('doc2'), { a: 1 }, '1')).not.toBe(cacheKey(h, { a: 1 }, '1'));
    expect(cacheKey(h, { a: 2 }, '1')).not.toBe(cacheKey(h, { a: 1 }, '1'));
  });
  it('round-trips outcomes and treats corrupt entries as misses', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cache-'));
    const cache = new IngestCache(dir);
    const key = cacheKey(sha256('x'), {});
    expect(await cache.get(key)).toBeUndefined();
    await cache.put(key, { ok: false, reason: 'encrypted' });
    expect(await cache.get(key)).toEqual({ ok: false, reason: 'encrypted' });
    await fs.writeFile(path.join(dir, key.slice(0, 2), `${key}.json`), '{"ok":tr');
    expect(await cache.get(key)).toBeUndefined();
  });
});
