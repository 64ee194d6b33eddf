import type { BandId, DocumentPart, Indicator, Layout, PageMeta, Profile, Qualifiers, SchemeLevel, Segmented, SourceFormat } from '../model/index.ts';
import { authorityFromLines, authorityFromTitle } from './authority-name.ts';
import { DocumentError, inStage, userReason } from '../model/index.ts';
import { extractLayout, type ExtractOptions } from '../extract/index.ts';
import { mergeMeta } from '../extract/meta.ts';
import { findLevelIn, parseLevel, segment } from '../segment/index.ts';
import { tagIndicator } from '../tag/index.ts';
import { addressWords, assembleSeries, bodyNamesLevel, breadcrumbLevel, pageDomain, pageLevel, splitLevelMenu, type SeriesPart } from '../series/index.ts';

export interface AnalyseMeta {
  authorityId: string;
  authority: string | null;
  version: string | null;
  hash?: string;
}

/** One file of a document (a series has several): its bytes and any metadata the manifest gives for it. */
export interface PartInput {
  bytes: Uint8Array;
  source: string;
  /** Manifest fields (url, title, date) that supply or override the page's own metadata. */
  meta?: Partial<PageMeta>;
}

export interface SeriesOptions extends ExtractOptions {
  /** Called once for each part that could not be read while the series goes on without it. */
  onPartError?: (source: string, reason: string) => void;
  /** Treat even one input as a series (its failure is reported as a series failure). */
  asSeries?: boolean;
}

/** The whole per-document pipeline: bytes -> Profile. Isomorphic; the browser worker runs it too. */
export async function analyse(bytes: Uint8Array, source: string, meta: AnalyseMeta, opts: ExtractOptions = {}): Promise<Profile> {
  return analyseSeries([{ bytes, source }], meta, opts);
}

const reasonOf = (err: unknown) => userReason(err, 'reading the document');

interface ReadPart {
  index: number;
  layout: Layout;
  meta: PageMeta;
  series: SeriesPart;
}

/**
 * A document given as one or more files (a web page per level...): each part is extracted and segmented on its
 * own, with its metadata (title, address, front matter, first heading) naming its level when the body does not;
 * the parts' levels are then merged into one scheme and banded once (src/series). A part that cannot be read is
 * reported through `onPartError` and left out; with no readable part the series fails with one line. A single
 * part fails exactly as a document always did.
 */
export async function analyseSeries(inputs: PartInput[], meta: AnalyseMeta, opts: SeriesOptions = {}): Promise<Profile> {
  if (!inputs.length) throw new DocumentError('(no files)', 'no document given');
  const { onPartError, asSeries, ...extractOpts } = opts;
  const single = inputs.length === 1 && !asSeries;
  const read: ReadPart[] = [];
  const failed: string[] = [];
  for (const [index, input] of inputs.entries()) {
    try {
      const layout = await inStage(input.source, 'reading the document', () => extractLayout(input.bytes, input.source, extractOpts));
      const pageMeta = mergeMeta(layout.meta, input.meta);
      const { layout: body, menu } = splitLevelMenu(layout);
      const level = pageLevel(pageMeta) ?? breadcrumbLevel(body);
      let segmented: Segmented | null = null;
      try {
        segmented = await inStage(input.source, 'segmenting', () => segment(body, { pageLevel: level?.label ?? null, ...(level ? {} : { menu }) }));
      } catch (err) {
        if (!menu.length) throw err; // a page with only a menu still tells the series its scheme
      }
      // The page's one level came from its metadata alone: the level found is the one the metadata names, and
      // nothing in the body (heading or label) names it.
      const only = segmented?.scheme.length === 1 ? parseLevel(segmented.scheme[0].local, { heading: true }) ?? findLevelIn(segmented.scheme[0].local) : null;
      const sameLevel = !!(level && only && ((only.number !== null && only.number === level.parsed.number && only.sub === level.parsed.sub) || (only.name !== null && only.name === level.parsed.name)));
      const metaOnly = !!(level && only && sameLevel && !bodyNamesLevel(body, level.parsed) && !bodyNamesLevel(body, only));
      // A level-and-domain page's title or address names the domain of its indicators (one-level pages only).
      read.push({
        index,
        layout,
        meta: pageMeta,
        series: { source: input.source, segmented, menu, pageLevel: level, levelFromMetaOnly: metaOnly, domain: segmented?.scheme.length === 1 ? pageDomain(pageMeta) : null, addressWords: pageMeta.url ? addressWords(pageMeta.url) : [] },
      });
    } catch (err) {
      if (single) throw err;
      const reason = reasonOf(err);
      failed.push(`${input.source}: ${reason}`);
      onPartError?.(input.source, reason);
    }
  }
  if (!read.length) {
    throw new DocumentError(inputs.map((i) => i.source).join(', '), `no part of the series could be read (${failed.join('; ')})`);
  }
  const seriesSource = inputs.map((i) => i.source).join(', ');
  const assembled = await inStage(seriesSource, 'mapping levels to bands', () => assembleSeries(read.map((r) => r.series)));
  const scheme = assembled.scheme;
  const byLevel = new Map(scheme.map((l) => [l.local, l]));
  const id = meta.version ? `${meta.authorityId}@${meta.version}` : meta.authorityId;
  const indicators: Indicator[] = await inStage(seriesSource, 'tagging indicators', () => assembled.indicators.map((d, i) => {
    const level = byLevel.get(d.level);
    const tagging = tagIndicator(d.text, { domain: d.domain });
    return {
      id: `${id}#${i}`,
      text: d.text,
      level: d.level,
      order: level?.order ?? 0,
      bands: level?.bands ?? [],
      domain: d.domain,
      topics: tagging.topics,
      qualifiers: tagging.qualifiers,
      page: d.page,
      bbox: d.bbox,
      ...(d.ref ? { ref: d.ref } : {}),
      ...(read.length > 1 ? { part: d.part } : {}),
    };
  }));
  const first = read[0];
  const parts: DocumentPart[] = read.map((r) => ({
    source: r.layout.source,
    format: r.layout.format,
    pages: r.layout.pages,
    url: r.meta.url,
    title: r.meta.title ?? r.meta.heading ?? r.layout.title,
    ...(r.meta.date ? { date: r.meta.date } : {}),
  }));
  const layoutWarnings = read.flatMap((r) => r.layout.warnings.map((w) => (single ? w : `${r.layout.source}: ${w}`)));
  return {
    id,
    authorityId: meta.authorityId,
    authority: meta.authority ?? first.meta.authority ?? authorityFromTitle(first.layout.title)
      ?? authorityFromLines(first.layout.blocks.slice(0, 5).flatMap((b) => (b.kind === 'table' ? [] : [b.span.text]))),
    version: meta.version,
    source: first.layout.source,
    format: first.layout.format,
    pages: read.reduce((n, r) => n + r.layout.pages, 0),
    scheme,
    indicators,
    warnings: [...layoutWarnings, ...assembled.warnings, ...failed.map((f) => `${f} (part left out)`)],
    ...(meta.hash ? { hash: meta.hash } : {}),
    parts,
  };
}

/** The `atlas extract --json` shape (../shared/contract/extract-json.md). */
export interface ExtractJson {
  source: string;
  format: SourceFormat;
  pages: number;
  authority: string | null;
  scheme: { local: string; order: number; bands: BandId[]; evidence: string; confidence: SchemeLevel['confidence'] }[];
  indicators: {
    text: string; level: string; bands: BandId[]; domain: string | null; topics: string[];
    qualifiers: Qualifiers; page: number; bbox: [number, number, number, number] | null;
    /** 0-based index into `parts`. */
    part: number;
  }[];
  warnings: string[];
  /** The files read, in order (one entry for a single document). */
  parts: { source: string; format: SourceFormat; pages: number; url: string | null; title: string | null }[];
}

export function toExtractJson(p: Profile): ExtractJson {
  return {
    source: p.source,
    format: p.format,
    pages: p.pages,
    authority: p.authority,
    scheme: p.scheme.map((l) => ({ local: l.local, order: l.order, bands: l.bands, evidence: l.evidence, confidence: l.confidence })),
    indicators: p.indicators.map((i) => ({
      text: i.text, level: i.level, bands: i.bands, domain: i.domain, topics: i.topics,
      qualifiers: i.qualifiers, page: i.page, bbox: i.bbox, part: i.part ?? 0,
    })),
    warnings: p.warnings,
    parts: (p.parts ?? [{ source: p.source, format: p.format, pages: p.pages, url: null, title: null }]).map((x) => ({
      source: x.source, format: x.format, pages: x.pages, url: x.url ?? null, title: x.title ?? null,
    })),
  };
}
