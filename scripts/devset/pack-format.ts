// The real development set's pack: what is committed (addresses, hashes, offsets, labels), never the text.
// Text lives in the git-ignored .devset/text/<textId>.txt and is rebuilt by re-running the recorded searches.
import { createHash } from 'node:crypto';
import type { BandId } from '../../src/model/types.ts';

export const DEVSET_DIR = '.devset';
export const PACK_DIR = 'corpus/real-dev/pack';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Short stable file id for an excerpt: the first 12 hex digits of its sha256. */
export function textId(hash: string): string {
  return hash.slice(0, 12);
}

/** A level of an authority's scheme, as labelled by reading its pages. */
export interface PackLevel {
  local: string;
  order: number;
  bands: BandId[];
}

/** One labelled indicator: [start, end) are UTF-16 offsets into the excerpt (JS string indices). */
export interface PackIndicator {
  start: number;
  end: number;
  level: string;
  domain: string | null;
  topics: string[];
}

export interface PackPage {
  /** textId of the excerpt. */
  id: string;
  url: string;
  /** The `search` call (corpus pages) that returned this excerpt, and its rank there. */
  query: string;
  rank: number;
  sha256: string;
  length: number;
  /** The level the whole page is about, when it is a one-level page; null otherwise. */
  pageLevel: string | null;
  /** Structural kinds seen on the page (per-level, menu, flattened-table, ...; see docs/real-dev-set.md). */
  layout: string[];
  indicators: PackIndicator[];
  /** Another stored version (or window) of the page with this id: the scorer counts the versions as one page,
   * and a series is fed only the page they are versions of. */
  versionOf?: string;
}

/** corpus/real-dev/pack/<slug>.json: one authority's labelled pages (one document series). A newer version of the
 * framework with a different scheme is its own file, <slug>@<version>.json, with the same `authority` and a `version`;
 * authority-weighted figures count each authority once, whatever its number of versions. */
export interface PackAuthority {
  authority: string;
  slug: string;
  onsCode: string | null;
  /** The document version this pack is (e.g. "2024"), when the authority has more than one. */
  version?: string;
  scheme: PackLevel[];
  pages: PackPage[];
}

// ---------------------------------------------------------------- labels (written by hand, git-ignored)
// One file per authority, .devset/labels/<slug>.json, turned into the committed pack by pack.ts.

/** A labelled indicator, as written by the labeller: its exact text on the page, never retyped offsets. */
export interface LabelIndicator {
  /** An exact substring of the excerpt (no bullet glyph, no surrounding spaces). */
  text: string;
  /** Which occurrence, 1-based, when the substring appears more than once; default 1. */
  occurrence?: number;
  /** One of the authority's scheme[].local. */
  level: string;
  /** The sub-heading or domain it sits under, as written, or null. */
  domain: string | null;
  /** 0-3 ids from shared/contract/topics.md, most specific first. */
  topics: string[];
}

export interface LabelPage {
  /** textId printed by save.ts. */
  id: string;
  /** One of scheme[].local when the page is about one level, else null. */
  pageLevel: string | null;
  /** Structural kinds seen (per-level, menu, flattened-table, ...). */
  layout?: string[];
  /** id of the page this one is another stored version of (see PackPage.versionOf). */
  versionOf?: string;
  indicators: LabelIndicator[];
}

/** .devset/labels/<slug>.json: `authority` and `onsCode` as in shared/data/threshold-sources.json; `scheme` lowest level first. */
export interface LabelFile {
  authority: string;
  slug: string;
  onsCode: string | null;
  version?: string;
  scheme: PackLevel[];
  pages: LabelPage[];
}
