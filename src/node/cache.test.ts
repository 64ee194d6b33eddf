import { describe, expect, it } from 'vitest';
import type { Profile } from '../model/index.ts';
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

  it('gives back a profile with its JSON text exactly as JSON.stringify writes it', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cache-'));
    const cache = new IngestCache(dir);
    const key = cacheKey(sha256('y'), {});
    const profile = { id: 'dunmarsh', indicators: [{ id: 'i1', text: 'A "quoted" line \u2028 with a break' }], scheme: [], pages: 2 } as unknown as Profile;
    await cache.put(key, { ok: true, profile });
    const got = await cache.get(key);
    expect(got?.ok && got.profile).toEqual(profile);
    expect(got?.profileJson).toBe(JSON.stringify(profile));
    // put() given the text writes the same file as put() without it
    const other = cacheKey(sha256('z'), {});
    await cache.put(other, { ok: true, profile, profileJson: JSON.stringify(profile) });
    const file = (k: string) => path.join(dir, k.slice(0, 2), `${k}.json`);
    expect(await fs.readFile(file(other), 'utf8')).toBe(await fs.readFile(file(key), 'utf8'));
  });
});
