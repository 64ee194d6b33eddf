/** Per-document limits (issue 8): a document past any of them fails alone; the batch goes on. */
export interface Limits {
  /** Largest source file read at all. */
  maxFileMb: number;
  /** Pages extracted before the document is refused. */
  maxPages: number;
  /** Text items per PDF page before the document is refused. */
  maxItemsPerPage: number;
  /** Wall time per document; past it the worker is terminated and replaced. */
  timeoutSeconds: number;
  /** V8 heap limit per analysis worker. */
  heapMb: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileMb: 50,
  maxPages: 500,
  maxItemsPerPage: 20_000,
  timeoutSeconds: 30,
  heapMb: 512,
};

/** The options handed to analyse()/extractLayout(); part of the cache key because they change results. */
export function extractOptions(l: Limits): Record<string, unknown> {
  return { maxPages: l.maxPages, maxItemsPerPage: l.maxItemsPerPage };
}
