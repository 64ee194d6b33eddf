// In Node, pdf.js runs its "worker" in the same thread and passes every message (text content, operator
// lists, structure trees, fonts) through a LoopbackPort that deep-copies it with structuredClone: V8
// serialises the message to bytes and back, about 7% of an analysis worker's time on the bench's PDFs plus
// the garbage. ClonePort is the same port with a plain JavaScript copy for plain data (objects, arrays,
// typed arrays, primitives), which is most messages; anything else (Map, Error, class instances, functions,
// very deep nesting) goes through structuredClone exactly as before. Node-only: the analysis worker installs
// it (installClonePort) so that each document gets its own pdf.js worker on a ClonePort.
// Through pdfjs.ts, never pdf.js directly: it keeps the built-ins that pdf.js's polyfills replace (natives.ts).
import { PDFWorker, restoreNatives, setPdfWorkerFactory } from '../extract/pdf/pdfjs.ts';

class NotPlain extends Error {}
const NOT_PLAIN = new NotPlain('not plain data');
const MAX_DEPTH = 200;
const OBJECT_PROTO = Object.prototype;
const ARRAY_PROTO = Array.prototype;

type View = ArrayBufferView & { constructor: new (b: ArrayBuffer, offset: number, length: number) => ArrayBufferView; length?: number };

/**
 * A copy of `value` with structuredClone's result for plain data: plain objects (own enumerable string keys, in
 * order; null-prototype objects become ordinary objects), arrays (holes kept), ArrayBuffers and their views (a
 * transferred buffer is handed over, not copied; any other buffer is copied whole, so a view keeps its offset),
 * and primitives. Throws NOT_PLAIN for anything else.
 */
function copy(value: unknown, moved: ReadonlySet<unknown> | null, depth: number): unknown {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'function' || typeof value === 'symbol') throw NOT_PLAIN;
    return value;
  }
  if (depth > MAX_DEPTH) throw NOT_PLAIN;
  const proto = Object.getPrototypeOf(value);
  if (proto === ARRAY_PROTO) {
    const a = value as unknown[];
    const n = a.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = a[i];
      if (v === undefined && !(i in a)) continue; // a hole stays a hole
      out[i] = typeof v === 'object' && v !== null ? copy(v, moved, depth + 1) : typeof v === 'function' || typeof v === 'symbol' ? copy(v, moved, depth) : v;
    }
    return out;
  }
  if (proto === OBJECT_PROTO || proto === null) {
    const o = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) {
      const v = o[k];
      out[k] = typeof v === 'object' && v !== null ? copy(v, moved, depth + 1) : typeof v === 'function' || typeof v === 'symbol' ? copy(v, moved, depth) : v;
    }
    return out;
  }
  if (ArrayBuffer.isView(value)) {
    const v = value as View;
    const buf = v.buffer;
    if (!(buf instanceof ArrayBuffer)) throw NOT_PLAIN; // a SharedArrayBuffer
    const Ctor = v.constructor;
    if (!isBuiltInView(Ctor)) throw NOT_PLAIN;
    const target = moved?.has(buf) ? buf : buf.slice(0);
    return Ctor === (DataView as unknown) ? new DataView(target, v.byteOffset, v.byteLength) : new Ctor(target, v.byteOffset, v.length ?? 0);
  }
  if (value instanceof ArrayBuffer && Object.getPrototypeOf(value) === ArrayBuffer.prototype) {
    return moved?.has(value) ? value : value.slice(0);
  }
  throw NOT_PLAIN;
}

const VIEWS = new Set<unknown>([Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView]);
function isBuiltInView(c: unknown): boolean {
  return VIEWS.has(c);
}

/** structuredClone(value, { transfer }) for a message that pdf.js posts through its in-thread port. */
export function cloneMessage(value: unknown, transfer?: readonly unknown[] | null): unknown {
  const list = transfer?.length ? transfer : null;
  if (!list || list.every((b) => b instanceof ArrayBuffer)) {
    try {
      return copy(value, list ? new Set(list) : null, 0);
    } catch (e) {
      if (e !== NOT_PLAIN) throw e;
    }
  }
  return structuredClone(value, list ? { transfer: list as Transferable[] } : undefined);
}

type Listener = (this: ClonePort, event: { data: unknown }) => void;

/** pdf.js's LoopbackPort (pdf.mjs) with cloneMessage in place of structuredClone; otherwise the same. */
export class ClonePort {
  #listeners = new Map<Listener, (() => void) | null>();
  #deferred = Promise.resolve();

  postMessage(obj: unknown, transfer?: readonly unknown[]): void {
    const event = { data: cloneMessage(obj, transfer) };
    void this.#deferred.then(() => {
      for (const [listener] of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(_name: string, listener: Listener, options: { signal?: AbortSignal } | null = null): void {
    let rmAbort: (() => void) | null = null;
    const signal = options?.signal;
    if (signal instanceof AbortSignal) {
      if (signal.aborted) return;
      const onAbort = () => this.removeEventListener(_name, listener);
      rmAbort = () => signal.removeEventListener('abort', onAbort);
      signal.addEventListener('abort', onAbort);
    }
    this.#listeners.set(listener, rmAbort);
  }

  removeEventListener(_name: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  terminate(): void {
    for (const [, rmAbort] of this.#listeners) rmAbort?.();
    this.#listeners.clear();
  }
}

interface WorkerModule {
  WorkerMessageHandler: { initializeFromPort(port: unknown): void };
}

/**
 * Every PDF opened in this thread after this call gets its own pdf.js worker on a ClonePort (set up as pdf.js
 * sets up its in-thread fake worker, with the port swapped), ended with the document.
 */
export async function installClonePort(): Promise<void> {
  const mod = (await import(PDFJS_WORKER)) as WorkerModule;
  restoreNatives();
  setPdfWorkerFactory(() => {
    const port = new ClonePort();
    mod.WorkerMessageHandler.initializeFromPort(port);
    return new PDFWorker({ port: port as never, verbosity: 0 });
  });
}

// Held in a variable: loaded from node_modules at run time (it has no type declarations).
const PDFJS_WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
