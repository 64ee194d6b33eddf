/**
 * Version of the per-document pipeline (extract -> segment -> bands -> tag).
 * Part of every ingest cache key: bump it whenever a change to any stage can change a Profile,
 * so a warm re-ingest re-analyses every document instead of serving stale profiles.
 */
export const PIPELINE_VERSION = '1';
