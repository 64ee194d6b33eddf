import { deflateRawSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { installSyncInflate } from './sync-inflate.ts';

/** Inflate as pdf.js 5 does (asyncGetBytesFromDecompressionStream): the bytes, or the error's message. */
async function inflateLikePdfjs(DS: new (format: string) => unknown, bytes: Uint8Array): Promise<string> {
  try {
    const { readable, writable } = new DS('deflate') as { readable: AsyncIterable<Uint8Array>; writable: WritableStream<Uint8Array> };
    const writer = writable.getWriter();
    await writer.ready;
    writer.write(bytes).then(async () => { await writer.ready; await writer.close(); }).catch(() => {});
    const chunks: Uint8Array[] = [];
    for await (const c of readable) chunks.push(c);
    return Buffer.concat(chunks).toString('hex');
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

describe('installSyncInflate', () => {
  const text = Buffer.from('an invented threshold line, repeated; '.repeat(500));
  const z = deflateSync(text);
  const cases: Record<string, Buffer> = {
    valid: z,
    truncated: z.subarray(0, z.length - 10),
    'trailing bytes': Buffer.concat([z, Buffer.from('\r\nendstream')]),
    corrupt: Buffer.concat([z.subarray(0, 20), Buffer.alloc(30, 0xff), z.subarray(50)]),
    empty: Buffer.alloc(0),
    'bad checksum': Buffer.concat([z.subarray(0, z.length - 1), Buffer.from([z[z.length - 1] ^ 1])]),
    'raw deflate (no header)': deflateRawSync(text),
  };

  it('gives the built-in DecompressionStream("deflate")\'s bytes and errors in every case pdf.js meets', async () => {
    const Native = globalThis.DecompressionStream as unknown as new (format: string) => unknown;
    const g: { DecompressionStream?: unknown } = { DecompressionStream: Native };
    installSyncInflate(g);
    const Sync = g.DecompressionStream as new (format: string) => unknown;
    expect(Sync).not.toBe(Native);
    for (const [name, bytes] of Object.entries(cases)) {
      const want = await inflateLikePdfjs(Native, new Uint8Array(bytes));
      expect(await inflateLikePdfjs(Sync, new Uint8Array(bytes)), name).toBe(want);
    }
    expect(await inflateLikePdfjs(Sync, new Uint8Array(z))).toBe(text.toString('hex'));
  });

  it('leaves other formats to the built-in class', () => {
    const g: { DecompressionStream?: unknown } = { DecompressionStream: globalThis.DecompressionStream };
    installSyncInflate(g);
    const Sync = g.DecompressionStream as new (format: string) => unknown;
    expect(new Sync('deflate-raw')).toBeInstanceOf(globalThis.DecompressionStream);
    expect(() => new Sync('no-such-format')).toThrow();
  });
});
