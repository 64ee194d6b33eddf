/**
 * Version of the per-document pipeline (extract -> segment -> bands -> tag).
 * Part of every ingest cache key, together with the hash of every source file in the bundled pipeline
 * (src/node/bundle.mjs), so a code or lexicon change re-analyses documents by itself. Bump it by hand
 * only for changes that hash cannot see (running without bundles, ATLAS_NO_BUNDLE=1).
 */
export const PIPELINE_VERSION = '2';
