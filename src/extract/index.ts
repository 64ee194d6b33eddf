import type { Layout } from '../model/index.ts';
import { DocumentError } from '../model/index.ts';
// First, so that it keeps the built-ins pdf.js's polyfills replace (see natives.ts).
import './natives.ts';
import { sniff } from './sniff.ts';
import { htmlToLayout } from './html.ts';
import { textToLayout } from './text.ts';

export interface ExtractOptions {
  /** Stop after this many pages (limit). */
  maxPages?: number;
}

export { sniff } from './sniff.ts';

const NAMED: [RegExp, string][] = [
  [/\.pdf$/i, 'pdf'],
  [/\.docx$/i, 'docx'],
  [/\.html?$/i, 'html'],
];

function namedAs(source: string): string | null {
  for (const [re, name] of NAMED) if (re.test(source)) return name;
  return null;
}

function withNameWarning(layout: Layout, source: string): Layout {
  const named = namedAs(source);
  if (!named || named === layout.format) return layout;
  const is = layout.format === 'html' ? 'HTML' : layout.format === 'text' ? 'plain text' : layout.format.toUpperCase();
  return { ...layout, warnings: [`named .${named} but is ${is}`, ...layout.warnings] };
}

/** Turn document bytes into an ordered, format-independent Layout. Isomorphic (node + browser). */
export async function extractLayout(bytes: Uint8Array, source: string, opts: ExtractOptions = {}): Promise<Layout> {
  const kind = sniff(bytes);
  switch (kind.kind) {
    case 'empty':
      throw new DocumentError(source, 'empty file (0 bytes)');
    case 'unsupported':
      throw new DocumentError(source, `unsupported format (looks like ${kind.looksLike})`);
    case 'pdf': {
      let mod: { extractPdf(bytes: Uint8Array, source: string, opts: ExtractOptions): Promise<Layout> };
      try {
        mod = await import('./pdf/index.ts');
      } catch (err) {
        throw new DocumentError(source, `PDF extraction is not available (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
      }
      return withNameWarning(await mod.extractPdf(bytes, source, opts), source);
    }
    case 'zip': {
      const { extractDocx } = await import('./docx.ts');
      return withNameWarning(await extractDocx(bytes, source), source);
    }
    case 'html':
      return withNameWarning(htmlToLayout(kind.text, source), source);
    case 'text':
      return withNameWarning(textToLayout(kind.text, source), source);
  }
}
