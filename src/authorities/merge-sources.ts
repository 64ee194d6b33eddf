// Merge a list of threshold-document addresses into corpus/sources.json's shape (scripts/sources/merge.ts).
import { authorities } from './index.ts';
import type { SourceDocument, SourcesFile } from './types.ts';

export interface Incoming {
  asOf?: string;
  sources: { onsCode: string; documents: { url: string; title?: string | null; date?: string | null; format?: 'pdf' | 'docx' | 'html' }[] }[];
}

export const SOURCES_NOTE =
  'Threshold documents per authority, for `atlas fetch`. Each address is where the document, or a web page that publishes or links to it ' +
  '(a landing page, level pages, a procedures-manual chapter), was seen in a stored public copy of the web; none was checked live, so every ' +
  'address starts "verified": false and `atlas fetch` sets it true (with sha256 and fetched) once a fetch from it succeeds. sha256, fetched, ' +
  'verified, finalUrl and parts are written by `atlas fetch`, never by hand. "format" is the format of the address itself. Authorities with no ' +
  'known address have "address": "unknown". To add one: {"url": "https://...", "title": "...", "date": "YYYY-MM-DD" or null, ' +
  '"format": "pdf"|"docx"|"html" (optional), "sha256": null, "fetched": null, "verified": false}.';

export function mergeSources(current: SourcesFile, incoming: Incoming): SourcesFile {
  const have = new Map(current.sources.map((s) => [s.onsCode, s]));
  const add = new Map(incoming.sources.map((s) => [s.onsCode, s]));
  return {
    note: SOURCES_NOTE,
    ...(incoming.asOf ? { addressesAsOf: incoming.asOf } : {}),
    sources: authorities.map((a) => {
      const old = have.get(a.onsCode)?.documents ?? [];
      const byUrl = new Map(old.map((d) => [d.url, d]));
      const documents: SourceDocument[] = [...old];
      for (const d of add.get(a.onsCode)?.documents ?? []) {
        if (byUrl.has(d.url)) continue;
        const doc: SourceDocument = { url: d.url, title: d.title ?? null, date: d.date ?? null, ...(d.format ? { format: d.format } : {}), sha256: null, fetched: null, verified: false };
        documents.push(doc);
        byUrl.set(d.url, doc);
      }
      for (const d of documents) d.verified ??= d.sha256 !== null;
      return documents.length ? { onsCode: a.onsCode, name: a.name, documents } : { onsCode: a.onsCode, name: a.name, address: 'unknown' as const, documents };
    }),
  };
}

