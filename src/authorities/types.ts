import type { HexPosition } from '../model/types.ts';

/** The safeguarding partnership that publishes an authority's threshold document; one may span several authorities. */
export interface Partnership {
  /** Slug shared by every authority in the partnership, e.g. "pan-dorset". */
  id: string;
  name: string;
}

export interface Region {
  /** ONS region code E12000001–E12000009. */
  code: string;
  name: string;
}

/** One English upper-tier local authority with children's services. */
export interface Authority {
  /** ONS code: E06 (unitary), E08 (metropolitan), E09 (London), E10 (county) + 6 digits. */
  onsCode: string;
  /** ONS name, e.g. "Bristol, City of". */
  name: string;
  /** Stable slug: the `authorityId` of this authority's documents in manifests and the index, e.g. "bristol". */
  id: string;
  /** One of the nine English regions, e.g. "North West". */
  region: string;
  regionCode: string;
  /** Odd-r position on corpus/hexmap. */
  hex: HexPosition;
  /** ONS codes of the authorities this one replaced in whole or in part (2019-2023 reorganisations). */
  formerCodes: string[];
  /** Null where the partnership was not known with confidence. */
  partnership: Partnership | null;
}

/** corpus/authorities.json */
export interface AuthoritiesFile {
  note: string;
  /** ISO date the list describes. */
  asOf: string;
  layout: 'odd-r';
  regions: Region[];
  authorities: Authority[];
}

/** One published threshold document (a version) of one authority. */
export interface SourceDocument {
  url: string;
  title: string | null;
  /** ISO date of the document (publication or version), when stated. */
  date: string | null;
  /** Expected format; when absent it is taken from the URL's extension or the served content. */
  format?: 'pdf' | 'docx' | 'html';
  /** sha256 of the bytes, set by `atlas fetch` on success only. */
  sha256: string | null;
  /** ISO timestamp of the last successful fetch. */
  fetched: string | null;
  /** False until a fetch from this address succeeds (addresses are listed unchecked); absent = not tracked. */
  verified?: boolean;
  /** Where the address redirected to at the last successful fetch, when elsewhere. */
  finalUrl?: string | null;
  /** What the last successful fetch saved from this address: the document itself, or the files it links to. */
  parts?: { url: string; title: string | null; date: string | null; sha256: string }[];
}

export interface SourceEntry {
  onsCode: string;
  name: string;
  /** "unknown" when no address of a threshold document is known for this authority. */
  address?: 'unknown';
  documents: SourceDocument[];
}

/** corpus/sources.json */
export interface SourcesFile {
  note: string;
  /** Date the addresses were collected. */
  addressesAsOf?: string;
  sources: SourceEntry[];
}
