import type { BandId, Indicator, Profile, Qualifiers, SchemeLevel, SourceFormat } from '../model/index.ts';
import { inStage } from '../model/index.ts';
import { extractLayout, type ExtractOptions } from '../extract/index.ts';
import { segment } from '../segment/index.ts';
import { mapBands } from '../bands/index.ts';
import { tagIndicator } from '../tag/index.ts';

export interface AnalyseMeta {
  authorityId: string;
  authority: string | null;
  version: string | null;
  hash?: string;
}

/**
 * The whole per-document pipeline: bytes -> Profile. Isomorphic; the browser worker runs it too.
 * Every failure is a DocumentError with a one-line reason: an error a stage did not anticipate
 * (a TypeError on an odd structure) becomes "internal error while <stage> (please report): ...".
 */
export async function analyse(bytes: Uint8Array, source: string, meta: AnalyseMeta, opts: ExtractOptions = {}): Promise<Profile> {
  const layout = await inStage(source, 'reading the document', () => extractLayout(bytes, source, opts));
  const segmented = await inStage(source, 'segmenting', () => segment(layout));
  const scheme = await inStage(source, 'mapping levels to bands', () => mapBands(segmented.scheme));
  return inStage(source, 'tagging indicators', () => profileOf(layout, segmented, scheme, source, meta));
}

function profileOf(layout: Awaited<ReturnType<typeof extractLayout>>, segmented: ReturnType<typeof segment>, scheme: SchemeLevel[], source: string, meta: AnalyseMeta): Profile {
  const byLevel = new Map(scheme.map((l) => [l.local, l]));
  const id = meta.version ? `${meta.authorityId}@${meta.version}` : meta.authorityId;
  const indicators: Indicator[] = segmented.indicators.map((d, i) => {
    const level = byLevel.get(d.level);
    const tagging = tagIndicator(d.text);
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
    };
  });
  return {
    id,
    authorityId: meta.authorityId,
    authority: meta.authority ?? layout.title,
    version: meta.version,
    source,
    format: layout.format,
    pages: layout.pages,
    scheme,
    indicators,
    warnings: [...layout.warnings, ...segmented.warnings],
    ...(meta.hash ? { hash: meta.hash } : {}),
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
  }[];
  warnings: string[];
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
      qualifiers: i.qualifiers, page: i.page, bbox: i.bbox,
    })),
    warnings: p.warnings,
  };
}
