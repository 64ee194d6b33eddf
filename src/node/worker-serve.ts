// The analysis worker proper, loaded by worker-pipeline.ts once the built-ins are kept (see there).
import * as pipeline from '../pipeline/index.ts';
import { installClonePort } from './pdf-port.ts';
import { installSyncInflate } from './sync-inflate.ts';
import { serveAnalyses } from './worker.ts';

// Held in a variable: loaded from node_modules at run time (it has no type declarations).
const PDFJS_WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

// This thread runs only the pipeline: pdf.js's Flate streams and in-thread messages take the faster paths
// (same results; see sync-inflate.ts and pdf-port.ts).
if (!process.env.ATLAS_PERF_OFF?.includes('inflate')) installSyncInflate();
if (!process.env.ATLAS_PERF_OFF?.includes('port')) await installClonePort();

await serveAnalyses(pipeline, [
  // Not the DOCX reader: PDF-only corpora (the usual case) would pay its start-up in every worker for nothing.
  () => import('../extract/pdf/index.ts'),
  // What pdf.js's in-thread "fake worker" imports on the first getDocument() (see ingest.ts).
  () => import(PDFJS_WORKER),
]);
