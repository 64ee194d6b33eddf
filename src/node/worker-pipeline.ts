// Entry of the bundled analysis worker (see bundle.mjs): the real pipeline in plain-JS chunks, so the worker runs
// without a tsx loader.
// natives.ts must run before pdf.js is evaluated (see natives.ts). In a bundle, packages stay external, and a
// chunk's imports of packages are evaluated before any of its own code, whatever their order in the source; so
// the pipeline (which imports pdf.js) is loaded only once natives.ts has run, through a dynamic import.
import '../extract/natives.ts';

await import('./worker-serve.ts');
