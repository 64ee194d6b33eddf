import { Worker } from 'node:worker_threads';
import type { Profile } from '../model/index.ts';
import type { AnalyseMeta } from '../pipeline/index.ts';
import type { WorkerPart, WorkerReply, WorkerTask } from './worker.ts';
import { oneLine } from './worker.ts';
import { JS_MESSAGE, isInternalError } from '../model/errors.ts';

export interface PoolOptions {
  size: number;
  /** Module (file URL) exporting `analyse(bytes, source, meta, opts)`; the real pipeline by default. */
  analyserUrl: string;
  /** Wall time allowed per document once a worker has it; past it the worker is terminated. */
  timeoutMs: number;
  /** V8 old-generation heap limit per worker (MB). */
  heapMb: number;
  /** Modules to import in each worker before it takes documents (lazy stages of the pipeline). */
  preload?: string[];
  /**
   * A plain-JS worker entry that loads its analyser itself (the bundled pipeline, see bundle.mjs);
   * when set, `analyserUrl` and `preload` are not used and no tsx loader is started.
   */
  workerFile?: string;
  /** Time allowed for a worker to load the pipeline before the task fails. */
  startupMs?: number;
}

export interface PoolJob {
  bytes: ArrayBuffer;
  source: string;
  meta: AnalyseMeta;
  opts: Record<string, unknown>;
  /** A document series: every part (the first part's bytes are `bytes`, given here as null). */
  parts?: WorkerPart[];
}

/** `deterministic` failures depend only on the bytes (cacheable); timeouts and crashes do not. */
export type PoolResult =
  | { ok: true; profile: Profile; ms: number }
  | { ok: false; reason: string; deterministic: boolean; ms: number };

interface Slot {
  worker: Worker | null;
  ready: Promise<void> | null;
  busy: boolean;
}

const BOOT_URL = new URL('./worker-boot.mjs', import.meta.url);
const WORKER_URL = new URL('./worker.ts', import.meta.url).href;

/**
 * A fixed-size pool of analysis workers. Each document runs in one worker under a time limit and a
 * heap limit; a worker that times out, runs out of memory or crashes is ended and replaced, and only
 * that document fails.
 */
export class AnalysePool {
  private readonly slots: Slot[];
  private readonly queue: { job: PoolJob; resolve: (r: PoolResult) => void }[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers started so far (replacements included), for reports and tests. */
  started = 0;

  constructor(private readonly opts: PoolOptions) {
    this.slots = Array.from({ length: Math.max(1, opts.size) }, () => ({ worker: null, ready: null, busy: false }));
  }

  run(job: PoolJob): Promise<PoolResult> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
    for (const s of this.slots) s.worker = null;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      const next = this.queue.shift()!;
      slot.busy = true;
      void this.execute(slot, next.job).then((r) => {
        slot.busy = false;
        next.resolve(r);
        if (!this.closed) this.pump();
      });
    }
  }

  private spawn(slot: Slot): void {
    this.started++;
    const worker = new Worker(this.opts.workerFile ?? BOOT_URL, {
      workerData: this.opts.workerFile
        ? {}
        : { entry: WORKER_URL, analyserUrl: this.opts.analyserUrl, preload: this.opts.preload ?? [] },
      resourceLimits: { maxOldGenerationSizeMb: this.opts.heapMb },
      // The pipeline's own console noise (pdf.js warnings) is not the user's business: drain and drop it.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    // A retired worker can still report its death (e.g. out of memory while terminating): never let
    // that become an unhandled 'error' event that takes the whole ingest down.
    worker.on('error', () => undefined);
    slot.worker = worker;
    slot.ready = new Promise<void>((resolve, reject) => {
      const onMessage = (m: WorkerReply) => {
        if (m.type === 'ready') {
          worker.off('message', onMessage);
          worker.off('error', reject);
          worker.off('exit', onExit);
          resolve();
        }
      };
      const onExit = (code: number) => reject(new Error(`worker exited during start-up (code ${code})`));
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.once('exit', onExit);
    });
    // A failed start is reported through the task that awaited it.
    slot.ready.catch(() => undefined);
  }

  private retire(slot: Slot): void {
    const w = slot.worker;
    slot.worker = null;
    slot.ready = null;
    if (w) void w.terminate();
  }

  private async execute(slot: Slot, job: PoolJob): Promise<PoolResult> {
    const t0 = performance.now();
    const elapsed = () => performance.now() - t0;
    if (!slot.worker) this.spawn(slot);
    const worker = slot.worker!;
    try {
      await withTimeout(slot.ready!, this.opts.startupMs ?? 120_000, 'analysis worker did not start');
    } catch (err) {
      this.retire(slot);
      return { ok: false, reason: oneLine(`internal error: ${(err as Error).message}`), deterministic: false, ms: elapsed() };
    }
    const id = this.nextId++;
    const start = performance.now();
    return new Promise<PoolResult>((resolve) => {
      let settled = false;
      const finish = (r: PoolResult, retire: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (retire) this.retire(slot);
        resolve(r);
      };
      const onMessage = (m: WorkerReply) => {
        if (m.type !== 'done' || m.id !== id) return;
        const ms = performance.now() - start;
        finish(m.ok ? { ok: true, profile: m.profile, ms } : { ok: false, reason: m.reason, deterministic: m.deterministic, ms }, false);
      };
      const onError = (err: Error & { code?: string }) => {
        const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
        const reason = oom
          ? `out of memory (over the ${this.opts.heapMb} MB heap limit per document)`
          : oneLine(crashLine(err));
        finish({ ok: false, reason, deterministic: false, ms: performance.now() - start }, true);
      };
      const onExit = (code: number) =>
        finish({ ok: false, reason: `analysis worker exited (code ${code})`, deterministic: false, ms: performance.now() - start }, true);
      const timer = setTimeout(() => {
        finish({ ok: false, reason: `timed out after ${formatSeconds(this.opts.timeoutMs)}`, deterministic: false, ms: this.opts.timeoutMs }, true);
      }, this.opts.timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      const task: WorkerTask = { id, bytes: job.bytes, source: job.source, meta: job.meta, opts: job.opts, ...(job.parts ? { parts: job.parts } : {}) };
      const transfer = [job.bytes, ...(job.parts ?? []).flatMap((p) => (p.bytes ? [p.bytes] : []))];
      try {
        worker.postMessage(task, transfer);
      } catch (err) {
        finish({ ok: false, reason: oneLine(`internal error: ${(err as Error).message}`), deterministic: false, ms: 0 }, true);
      }
    });
  }
}

/** A worker killed by an unhandled rejection (e.g. inside pdf.js) names the rejection's reason only. */
export function crashReason(err: Error): string {
  const inner = /promise rejected with the reason "(.*)"\.?$/s.exec(err.message);
  return inner ? inner[1] : `${err.name}: ${err.message}`;
}

/**
 * The failure line for a crashed worker: a library's own error (pdf.js "FormatError: ...") describes the
 * file; a TypeError, RangeError, ... is a bug, reported as an internal error without JavaScript's message.
 */
export function crashLine(err: Error): string {
  const reason = crashReason(err);
  const name = /^([A-Za-z]*(?:Error|Exception))\b/.exec(reason)?.[1];
  if ((name && isInternalError({ name })) || JS_MESSAGE.test(reason)) return `internal error while analysing the document (please report): ${name ?? 'error'} (the analysis worker crashed)`;
  return `analysis crashed (${reason})`;
}

export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(message)), ms);
    p.then(
      (v) => { clearTimeout(t); resolve(v); },
      (e) => { clearTimeout(t); reject(e); },
    );
  });
}
