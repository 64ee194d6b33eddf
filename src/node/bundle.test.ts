import { describe, expect, it } from 'vitest';
import { bundled } from './bundle.mjs';

const SOURCE = new URL('./__fixtures__/where.ts', import.meta.url).href;

describe('bundled', () => {
  it('builds a plain-JS bundle once, reuses it while the sources are unchanged, and keeps source URLs', async () => {
    const file = await bundled('test-where', 'src/node/__fixtures__/where.ts');
    expect(file).toMatch(/\.cache\/build\/test-where-[0-9a-f]{16}\/test-where\.mjs$/);
    expect(await bundled('test-where', 'src/node/__fixtures__/where.ts')).toBe(file);
    const mod = (await import(file!)) as { here: string; sibling: string };
    expect(mod.here).toBe(SOURCE);
    expect(mod.sibling).toBe(new URL('./__fixtures__/fake-analyser.ts', import.meta.url).href);
  });

  it('returns null when bundles are disabled, so callers fall back to tsx', async () => {
    process.env.ATLAS_NO_BUNDLE = '1';
    try {
      expect(await bundled('test-where', 'src/node/__fixtures__/where.ts')).toBeNull();
    } finally {
      delete process.env.ATLAS_NO_BUNDLE;
    }
  });
});
