// Entry of the bundled analysis worker (see bundle.mjs): the real pipeline in one plain-JS bundle,
// so the worker runs without a tsx loader.
import * as pipeline from '../pipeline/index.ts';
import { serveAnalyses } from './worker.ts';

await serveAnalyses(pipeline, [
  () => import('../extract/pdf/index.ts'),
  () => import('../extract/docx.ts'),
  // What pdf.js's in-thread "fake worker" imports on the first getDocument() (see ingest.ts).
  () => import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
]);
