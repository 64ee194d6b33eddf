import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLayout } from '../extract/index.ts';
import { setPdfWorkerFactory } from '../extract/pdf/pdfjs.ts';
import { cloneMessage, installClonePort } from './pdf-port.ts';

describe('cloneMessage', () => {
  it('copies plain data as structuredClone does', () => {
    const styles = Object.assign(Object.create(null) as Record<string, unknown>, { g1: { fontFamily: 'serif', ascent: 0.9, vertical: false } });
    const holes = [1, , 3]; // eslint-disable-line no-sparse-arrays
    const buf = new ArrayBuffer(16);
    const msg = {
      items: [{ str: 'Level 2', dir: 'ltr', width: 30.5, transform: [10, 0, 0, 10, 72, 700], fontName: 'g1', hasEOL: false, extra: undefined }],
      styles, holes, nested: { a: [null, -0, NaN, 'x', 12n] },
      view: new Float32Array(buf, 4, 2), whole: new Uint8Array([1, 2, 3]),
    };
    const out = cloneMessage(msg) as typeof msg;
    const want = structuredClone(msg);
    expect(out).toStrictEqual(want);
    expect(Object.getPrototypeOf(out.styles)).toBe(Object.prototype);
    expect(1 in out.holes).toBe(false);
    expect(Object.is(out.nested.a[1], -0)).toBe(true);
    expect(out.view.byteOffset).toBe(4);
    expect(out.view.buffer.byteLength).toBe(16);
    expect(out.view.buffer).not.toBe(buf);
    expect(out.items).not.toBe(msg.items);
    msg.items.length = 0; // what pdf.js does to its operator list after sending it
    expect(out.items).toHaveLength(1);
  });

  it('hands transferred buffers over and leaves anything else to structuredClone', () => {
    const data = new Uint8Array([9, 8, 7]);
    const out = cloneMessage({ data }, [data.buffer]) as { data: Uint8Array };
    expect([...out.data]).toEqual([9, 8, 7]);
    expect(out.data.buffer).toBe(data.buffer);
    const err = cloneMessage({ reason: new TypeError('x') }) as { reason: Error };
    expect(err.reason).toBeInstanceOf(TypeError);
    const m = cloneMessage({ m: new Map([[1, 2]]) }) as { m: Map<number, number> };
    expect(m.m.get(1)).toBe(2);
    expect(() => cloneMessage({ f: () => 1 })).toThrow();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const c = cloneMessage(cyclic) as Record<string, unknown>;
    expect(c.self).toBe(c);
  });
});

describe('installClonePort', () => {
  it('reads every PDF fixture exactly as pdf.js\'s own in-thread worker does', async () => {
    const dir = new URL('../extract/pdf/fixtures/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
    const read = async () => {
      const out: string[] = [];
      for (const f of files) {
        try {
          out.push(JSON.stringify(await extractLayout(new Uint8Array(readFileSync(new URL(f, dir))), f)));
        } catch (e) {
          out.push(`error: ${(e as Error).message}`);
        }
      }
      return out;
    };
    const before = await read();
    await installClonePort();
    try {
      expect(await read()).toEqual(before);
    } finally {
      setPdfWorkerFactory(null);
    }
  }, 60_000);
});
