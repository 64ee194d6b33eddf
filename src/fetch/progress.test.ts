import { describe, expect, it } from 'vitest';
import { createFetchProgress } from './progress.ts';

const stream = () => {
  const chunks: string[] = [];
  return { chunks, s: { write: (c: string) => (chunks.push(c), true), columns: 100, isTTY: true } as unknown as NodeJS.WriteStream };
};

describe('fetch progress', () => {
  it('draws a bar on a terminal and clears it around each log line', () => {
    const out = stream();
    const err = stream();
    const p = createFetchProgress(out.s, err.s, true);
    p.start(4, 1);
    expect(err.chunks.at(-1)).toMatch(/^\r\x1b\[Kfetch \[#{8}-{22}\] 1\/4 authorities$/);
    p.tick('Kent');
    expect(err.chunks.at(-1)).toMatch(/2\/4 authorities \| about \d+ s left \| Kent$/);
    p.log('E10000016 Kent: fetched, pdf 1.2 MB');
    expect(out.chunks).toEqual(['E10000016 Kent: fetched, pdf 1.2 MB\n']);
    p.stop();
    expect(err.chunks.at(-1)).toBe('\r\x1b[K');
  });

  it('writes only the lines in a pipe', () => {
    const out = stream();
    const err = stream();
    const p = createFetchProgress(out.s, err.s, false);
    p.start(2, 0);
    p.log('a');
    p.tick('x');
    p.stop();
    expect(out.chunks).toEqual(['a\n']);
    expect(err.chunks).toEqual([]);
  });
});
