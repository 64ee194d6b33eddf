// Runs the analysis worker for one file; the worker is created per file and ended afterwards (or on timeout).
import type { Profile } from '../../model/index.ts';
import type { AnalyseReply, AnalyseRequest } from '../worker/protocol.ts';
import { OWN_PREFIX } from '../stores/atlas.ts';
import { slug } from './download.ts';

export const ACCEPT = '.pdf,.docx,.html,.htm,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/plain';
export const MAX_BYTES = 50 * 1024 * 1024;
const TIMEOUT_MS = 120_000;

/** Why a file cannot be analysed, before any work is done; null when it looks like a document. */
export function rejectReason(name: string, size: number, head: Uint8Array): string | null {
  if (size === 0) return `${name} is empty.`;
  if (size > MAX_BYTES) return `${name} is larger than ${MAX_BYTES / 1024 / 1024} MB.`;
  const ext = (/\.([a-z0-9]+)$/i.exec(name)?.[1] ?? '').toLowerCase();
  const pdf = head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46;
  const zip = head[0] === 0x50 && head[1] === 0x4b;
  if (ext === 'pdf' && !pdf) return `${name} is not a PDF (its first bytes are not %PDF).`;
  if (ext === 'docx' && !zip) return `${name} is not a Word document (not a .docx zip file).`;
  if (pdf || zip || ['html', 'htm', 'txt', 'md'].includes(ext)) {
    if (['html', 'htm', 'txt', 'md'].includes(ext) && looksBinary(head)) return `${name} does not contain text.`;
    return null;
  }
  return `${name} is not a document this tool reads (PDF, DOCX, HTML or plain text).`;
}

function looksBinary(head: Uint8Array): boolean {
  let zeros = 0;
  for (const b of head) if (b === 0) zeros++;
  return zeros > 0;
}

export async function analyseFile(file: File, onStart?: () => void): Promise<{ profile: Profile; bytes: Uint8Array; ms: number }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const bad = rejectReason(file.name, bytes.length, bytes.subarray(0, 1024));
  if (bad) throw new Error(bad);
  onStart?.();
  const base = file.name.replace(/\.[^.]+$/, '');
  const req: AnalyseRequest = { bytes: bytes.slice(), name: file.name, authorityId: `${OWN_PREFIX}${slug(base)}`, authority: base };
  const worker = new Worker(new URL('../worker/analyse.worker.ts', import.meta.url), { type: 'module', name: 'analyse' });
  try {
    const reply = await new Promise<AnalyseReply>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${file.name}: analysis took longer than ${TIMEOUT_MS / 1000} s and was stopped.`)), TIMEOUT_MS);
      worker.onmessage = (e: MessageEvent<AnalyseReply>) => {
        if (e.data?.atlas !== 'analyse') return;
        clearTimeout(timer);
        resolve(e.data);
      };
      worker.onerror = (e) => { clearTimeout(timer); reject(new Error(`${file.name}: the analysis worker failed (${e.message || 'unknown error'}).`)); };
      worker.postMessage(req, [req.bytes.buffer]);
    });
    if (!reply.ok) throw new Error(`${file.name}: ${reply.error}`);
    return { profile: reply.profile, bytes, ms: reply.ms };
  } finally {
    worker.terminate();
  }
}
