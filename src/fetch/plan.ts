// Which documents to fetch and where they go: pure functions over sources.json and authorities.json.
import type { Authority, SourceDocument, SourcesFile } from '../authorities/index.ts';
import { EXTENSIONS, formatFromUrl, type DocFormat } from './sniff.ts';

export interface FetchJob {
  authority: Authority;
  document: SourceDocument;
  /** URL actually requested (after any base-URL override). */
  url: string;
  /** "E08000025 Birmingham", plus " [2/3]" when the authority lists several documents. */
  label: string;
  /** Format the document was listed as, from its declared format or its URL's extension. */
  named: DocFormat | null;
  namedBy: string;
  /** File name stem inside the output folder, e.g. "E08000025-birmingham-2024-05-01"; the extension follows the content. */
  stem: string;
}

/**
 * Replace scheme, host and port of `url` with those of `base` (and prefix base's path), keeping path and query,
 * so tests and mirrors can serve the listed documents: https://x.gov.uk/a.pdf + http://127.0.0.1:8080 -> http://127.0.0.1:8080/a.pdf
 */
export function rebase(url: string, base: string | undefined): string {
  if (!base || !URL.canParse(url)) return url;
  const u = new URL(url);
  const b = new URL(base);
  return `${b.origin}${b.pathname.replace(/\/$/, '')}${u.pathname}${u.search}`;
}

/** [A-Za-z0-9-] only, bounded: no separators, no dots, so nothing can leave the output folder. */
export function safeStem(text: string): string {
  const s = text.replace(/[^A-Za-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 100);
  return s || 'document';
}

export function fileName(stem: string, format: DocFormat): string {
  return `${safeStem(stem)}${EXTENSIONS[format]}`;
}

export function planFetch(
  sources: SourcesFile,
  byCode: (code: string) => Authority | undefined,
  opts: { only?: Set<string>; baseUrl?: string },
): { jobs: FetchJob[]; unknown: string[] } {
  const jobs: FetchJob[] = [];
  const unknown: string[] = [];
  const stems = new Set<string>();
  for (const entry of sources.sources) {
    if (opts.only && !opts.only.has(entry.onsCode)) continue;
    const authority = byCode(entry.onsCode);
    if (!authority) {
      if (entry.documents.length) unknown.push(entry.onsCode);
      continue;
    }
    entry.documents.forEach((document, i) => {
      const n = entry.documents.length;
      const named = document.format ?? formatFromUrl(document.url);
      const ext = formatFromUrl(document.url) === named ? extOf(document.url) : null;
      let stem = safeStem([authority.onsCode, authority.id, document.date].filter(Boolean).join('-'));
      for (let k = 2; stems.has(stem.toLowerCase()); k++) stem = safeStem(`${authority.onsCode}-${authority.id}-${document.date ?? ''}-${k}`);
      stems.add(stem.toLowerCase());
      jobs.push({
        authority,
        document,
        url: rebase(document.url, opts.baseUrl),
        label: `${authority.onsCode} ${authority.name}${n > 1 ? ` [${i + 1}/${n}]` : ''}`,
        named,
        namedBy: ext ? `named ${ext}` : `listed as ${named}`,
        stem,
      });
    });
  }
  return { jobs, unknown };
}

function extOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const m = /\.[a-z0-9]+$/i.exec(new URL(url).pathname);
  return m ? m[0].toLowerCase() : null;
}
