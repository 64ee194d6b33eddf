// Analyses a dropped document inside the browser: the same pipeline as `atlas ingest`, nothing leaves the machine.
import { analyse } from '../../pipeline/index.ts';
import { userReason } from '../../model/errors.ts';
import { emptyReason } from '../../model/types.ts';
import { loadPdfjs } from '../lib/pdfjs.ts';
import type { AnalyseReply, AnalyseRequest } from './protocol.ts';

const ctx = self as unknown as { onmessage: ((e: MessageEvent<AnalyseRequest>) => void) | null; postMessage: (m: AnalyseReply) => void };

ctx.onmessage = async (e) => {
  if (!e.data || typeof e.data !== 'object' || !('bytes' in e.data)) return;
  const { bytes, name, authorityId, authority } = e.data;
  const t0 = performance.now();
  try {
    if (/\.pdf$/i.test(name) || isPdf(bytes)) await loadPdfjs();
    const profile = await analyse(bytes, name, { authorityId, authority, version: null });
    // A document with no level and no indicator: shown as its reason ("no indicators found: ..."), as ingest lists it.
    const empty = emptyReason(profile);
    if (empty) ctx.postMessage({ atlas: 'analyse', ok: false, error: empty });
    else ctx.postMessage({ atlas: 'analyse', ok: true, profile, ms: Math.round(performance.now() - t0) });
  } catch (err) {
    // DocumentError carries a one-line reason; a TypeError or the like is named as an internal error.
    const msg = userReason(err, 'analysing the document');
    console.error('analyse failed', err);
    ctx.postMessage({ atlas: 'analyse', ok: false, error: msg });
  }
};

function isPdf(b: Uint8Array): boolean {
  return b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46;
}
