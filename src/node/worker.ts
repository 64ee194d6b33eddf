// One analysis worker: receives document bytes, runs the pipeline, posts back a Profile or a one-line reason.
import { parentPort, workerData } from 'node:worker_threads';
import type { Profile } from '../model/index.ts';
import type { AnalyseMeta } from '../pipeline/index.ts';
import { internalReason, isInternalError, plainMessage } from '../model/errors.ts';
import { emptyReason } from '../model/types.ts';

export interface WorkerTask {
  id: number;
  bytes: ArrayBuffer;
  source: string;
  meta: AnalyseMeta;
  opts: Record<string, unknown>;
  /** A document series (manifest `parts`); a null `bytes` means the task's own `bytes` (the first part). */
  parts?: WorkerPart[];
}

export interface WorkerPart {
  bytes: ArrayBuffer | null;
  source: string;
  meta: Record<string, string | undefined>;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; ok: true; profile: Profile }
  | { type: 'done'; id: number; ok: false; reason: string; deterministic: boolean };

type Analyse = (bytes: Uint8Array, source: string, meta: AnalyseMeta, opts: Record<string, unknown>) => Promise<Profile>;
type AnalyseSeries = (parts: { bytes: Uint8Array; source: string; meta?: Record<string, string | undefined> }[], meta: AnalyseMeta, opts: Record<string, unknown>) => Promise<Profile>;
interface Analyser { analyse: Analyse; analyseSeries?: AnalyseSeries }

/** One line, bounded: a failure must cost exactly one clear line in the summary. */
export function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line || 'unknown error';
}

function reasonOf(err: unknown): { reason: string; deterministic: boolean } {
  if (err && typeof err === 'object' && (err as Error).name === 'DocumentError' && 'reason' in err) {
    return { reason: oneLine(String((err as { reason: unknown }).reason)), deterministic: true };
  }
  // A TypeError or RangeError is a bug: named as an internal error, never by JavaScript's own message.
  const plain = isInternalError(err) ? null : plainMessage(err);
  if (!plain || plain === 'nested too deeply' || plain === 'too large') return { reason: oneLine(internalReason('analysing the document', err)), deterministic: true };
  const e = err as Error | undefined;
  const name = e?.name && e.name !== 'Error' ? `${e.name}: ` : '';
  // Errors other than DocumentError come from malformed input the stages did not anticipate
  // (pdf.js exceptions, bad structure); they are still deterministic for the same bytes.
  return { reason: oneLine(`unreadable document (${name}${e?.message ?? String(err)})`), deterministic: true };
}

/** Answer analysis tasks from the parent thread with `mod.analyse`, after loading `preload`. */
export async function serveAnalyses(mod: Analyser, preload: (() => Promise<unknown>)[] = []): Promise<void> {
  const port = parentPort;
  if (!port) return;
  // Stages that load lazily (pdf.js, the DOCX reader) are loaded before 'ready', so their start-up
  // cost is not charged to the first document's time limit.
  for (const load of preload) await load().catch(() => undefined);
  port.on('message', async (task: WorkerTask) => {
    let reply: WorkerReply;
    try {
      const profile = task.parts && mod.analyseSeries
        ? await mod.analyseSeries(task.parts.map((p) => ({ bytes: new Uint8Array(p.bytes ?? task.bytes), source: p.source, meta: p.meta })), task.meta, task.opts)
        : await mod.analyse(new Uint8Array(task.bytes), task.source, task.meta, task.opts);
      // A document that holds no level and no indicator gives the atlas nothing: ingest lists it with its reason.
      const empty = emptyReason(profile);
      reply = empty ? { type: 'done', id: task.id, ok: false, reason: oneLine(empty), deterministic: true } : { type: 'done', id: task.id, ok: true, profile };
    } catch (err) {
      reply = { type: 'done', id: task.id, ok: false, ...reasonOf(err) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}

// Started through worker-boot.mjs (tsx): the analyser module is named in workerData. The bundled
// worker (worker-pipeline.ts) imports the pipeline itself and passes no analyserUrl.
const data = workerData as { analyserUrl?: string; preload?: string[] } | null;
if (parentPort && data?.analyserUrl) {
  const mod = (await import(data.analyserUrl)) as Analyser;
  await serveAnalyses(mod, (data.preload ?? []).map((url) => () => import(url)));
}
