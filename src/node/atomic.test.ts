import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeStaleTemps, writeFileAtomic } from './atomic.ts';

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file behind', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'atomic-'));
    const f = path.join(dir, 'sub', 'index.json');
    await writeFileAtomic(f, '{"v":1}');
    await writeFileAtomic(f, '{"v":2}');
    expect(await fs.readFile(f, 'utf8')).toBe('{"v":2}');
    expect(await fs.readdir(path.dirname(f))).toEqual(['index.json']);
  });
  it('removeStaleTemps clears temporaries left by a killed writer only', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'atomic-'));
    await fs.writeFile(path.join(dir, '.index.json.123.abcd.tmp'), 'half');
    await fs.writeFile(path.join(dir, 'index.json'), 'whole');
    await removeStaleTemps(dir);
    expect(await fs.readdir(dir)).toEqual(['index.json']);
  });
});
