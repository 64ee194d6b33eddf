import type { Layout } from '../model/index.ts';
import { DocumentError } from '../model/index.ts';

export interface ExtractOptions {
  /** Stop after this many pages (limit). */
  maxPages?: number;
}

/** Turn document bytes into an ordered, format-independent Layout. Isomorphic (node + browser). */
export async function extractLayout(bytes: Uint8Array, source: string, _opts: ExtractOptions = {}): Promise<Layout> {
  throw new DocumentError(source, `extraction not built yet (${bytes.length} bytes)`);
}
