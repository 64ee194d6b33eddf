// pdf.js (5.x) inflates every Flate stream (page contents, fonts, object streams) through the web
// DecompressionStream('deflate') when one exists. In Node that is a web-streams wrapper around a zlib stream:
// several promises, a stream object graph and a thread-pool hop per stream, about 5% of an analysis
// worker's time on the bench's PDFs. Node-only: the analysis worker (a thread that runs only the pipeline)
// installs this stand-in, which inflates in one zlib.inflateSync call. Same bytes out, and the same errors
// (truncated, corrupt, bad checksum, wrong header: sync-inflate.test.ts compares both), so pdf.js falls back
// to its own decoder in exactly the same cases. Other formats go to the built-in class.
import { inflateSync } from 'node:zlib';

/** The part of a DecompressionStream that pdf.js uses: getWriter() / write / close and async iteration. */
class SyncDeflateDecompression {
  private readonly chunks: Uint8Array[] = [];
  readonly writable = {
    getWriter: () => ({
      ready: Promise.resolve(),
      write: (chunk: Uint8Array) => {
        this.chunks.push(chunk);
        return Promise.resolve();
      },
      close: () => Promise.resolve(),
      releaseLock: () => undefined,
    }),
  };
  readonly readable: AsyncIterable<Uint8Array>;

  constructor() {
    const chunks = this.chunks;
    this.readable = {
      async *[Symbol.asyncIterator]() {
        // pdf.js writes its one chunk before it starts reading.
        await Promise.resolve();
        const input = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        const out = inflateSync(input);
        yield new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
      },
    };
  }
}

let installed = false;

/** Replace globalThis.DecompressionStream for 'deflate' with the synchronous stand-in (idempotent). */
export function installSyncInflate(g: { DecompressionStream?: unknown } = globalThis): void {
  if (installed && g === globalThis) return;
  const found = g.DecompressionStream as (new (format: string) => unknown) | undefined;
  if (typeof found !== 'function') return;
  const Native = found;
  function DecompressionStream(format: string): unknown {
    return format === 'deflate' ? new SyncDeflateDecompression() : new Native(format);
  }
  Object.defineProperty(g, 'DecompressionStream', { value: DecompressionStream, writable: true, configurable: true, enumerable: false });
  if (g === globalThis) installed = true;
}
