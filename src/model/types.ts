// Shared plain-data types for the whole pipeline:
// extract -> segment -> bands -> tag -> compare -> report/app.
// Every stage consumes and produces these; no stage reaches into another's internals.

/** Canonical band ids (../shared/contract/levels.md), lowest need first. */
export const BANDS = [
  'universal',
  'early_help',
  'targeted_early_help',
  'child_in_need',
  'child_protection',
] as const;
export type BandId = (typeof BANDS)[number];

export type SourceFormat = 'pdf' | 'docx' | 'html' | 'text';

/** PDF user space [x0, y0, x1, y1] (origin bottom-left). */
export type BBox = [number, number, number, number];

// ---------------------------------------------------------------- extract

/** A run of text with its exact place in the source. */
export interface Span {
  text: string;
  /** 1-based page for PDF; for non-paged formats the section (heading) or line number. */
  page: number;
  bbox: BBox | null;
  /** Non-PDF locator: element path (HTML/DOCX) or "lines 12-14" (text). */
  ref?: string;
  /** True when the span began with a bullet glyph or a drawn bullet. */
  bullet?: boolean;
}

export interface TableCell {
  header: boolean;
  /** Paragraphs / bullet items inside the cell, in reading order. */
  items: Span[];
  colspan?: number;
  rowspan?: number;
}

export interface TableRow {
  cells: TableCell[];
}

export type Block =
  | { kind: 'heading'; depth: number; span: Span }
  | { kind: 'paragraph'; span: Span }
  | { kind: 'list-item'; depth: number; span: Span }
  | { kind: 'table'; page: number; rows: TableRow[] };

/**
 * What a page says about itself outside its body: HTML <title>, first <h1>, <link rel=canonical> / og:url,
 * or a text/markdown file's YAML front matter (title, source/url, authority, date). A manifest entry may give
 * the same fields.
 */
export interface PageMeta {
  title: string | null;
  /** The page's address (canonical link, og:url, front matter `url`/`source`). */
  url: string | null;
  authority: string | null;
  date: string | null;
  /** First top-level heading (HTML <h1>, markdown `#`), if any. */
  heading: string | null;
}

/** What extract returns: the document as ordered blocks, format-independent. */
export interface Layout {
  source: string;
  format: SourceFormat;
  pages: number;
  /** Document title from metadata or first heading, if any. */
  title: string | null;
  blocks: Block[];
  warnings: string[];
  /** Page metadata, when the format carries any (HTML, text with front matter). */
  meta?: PageMeta;
}

// ---------------------------------------------------------------- segment

/** One local level of need as the document defines it. */
export interface LevelDef {
  /** As written, e.g. "Level 3 - Targeted Early Help". */
  local: string;
  /** 1 = lowest need. */
  order: number;
  /** Everything the document says about this level (descriptions, overview rows), for band evidence. */
  description: Span[];
}

/**
 * The level of an indicator whose document names no level at all (a page whose level was only in an address that
 * was not given): it is not part of the scheme, has no bands (order 0), and the profile carries a warning.
 */
export const NOT_STATED = 'not stated';

/**
 * The start of the warning of a document that could be read but holds no level of need and no indicator (a cover, a
 * landing page, a procedure's introduction): `analyse` returns it with an empty scheme and no indicators rather than
 * failing. `atlas extract` prints it as a warning and exits 0; ingest and the app, which need a scheme, report it as
 * the document's one-line reason (see `emptyReason`).
 */
export const NO_INDICATORS = 'no indicators found';

/** The one-line reason of a profile that holds no level and no indicator, else null. */
export function emptyReason(profile: { scheme: unknown[]; indicators: unknown[]; warnings: string[] }): string | null {
  if (profile.scheme.length || profile.indicators.length) return null;
  return profile.warnings.find((w) => w.includes(NO_INDICATORS))?.replace(/^.*?(?=no indicators found)/, '') ?? NO_INDICATORS;
}

/** An indicator before banding and tagging. */
export interface DraftIndicator {
  text: string;
  /** One of LevelDef.local, or NOT_STATED. */
  level: string;
  domain: string | null;
  page: number;
  bbox: BBox | null;
  ref?: string;
}

export interface Segmented {
  scheme: LevelDef[];
  indicators: DraftIndicator[];
  warnings: string[];
}

// ---------------------------------------------------------------- bands

export type Confidence = 'high' | 'medium' | 'low';

export interface BandEvidence {
  /** The phrase or cue, e.g. "s47", "team around the family", "name: Specialist", "order 4 of 4". */
  phrase: string;
  page: number | null;
}

export interface SchemeLevel {
  local: string;
  order: number;
  /** Contiguous range of bands, lowest first; never collapsed. */
  bands: BandId[];
  /** Human-readable summary of why. */
  evidence: string;
  evidencePhrases: BandEvidence[];
  confidence: Confidence;
}

// ---------------------------------------------------------------- tag

export type AgeQualifier = 'unborn' | 'under_1' | 'under_5' | 'school_age' | 'adolescent';
export type FrequencyQualifier = 'single' | 'occasional' | 'repeated' | 'persistent' | 'escalating';
export type SeverityQualifier = 'low' | 'moderate' | 'serious' | 'life_threatening';
export type EngagementQualifier = 'engaging' | 'not_engaging' | 'refusing_consent';
export type StatutoryRef =
  | 's17' | 's20' | 's31' | 's44' | 's47'
  | 'early_help_assessment' | 'team_around_the_family' | 'mash' | 'strategy_discussion' | 'lado';

export interface Qualifiers {
  age?: AgeQualifier;
  frequency?: FrequencyQualifier;
  severity?: SeverityQualifier;
  engagement?: EngagementQualifier;
  /** Set when the indicator states an absence ("no concerns about", "without", "not"). */
  negated?: boolean;
  refs?: StatutoryRef[];
}

export interface Tagging {
  topics: string[];
  qualifiers: Qualifiers;
}

// ---------------------------------------------------------------- profile

export interface Indicator {
  /** Stable within a profile: `${profileId}#${index}`. */
  id: string;
  text: string;
  level: string;
  /** Order of the level in the scheme (1 = lowest). */
  order: number;
  bands: BandId[];
  domain: string | null;
  topics: string[];
  qualifiers: Qualifiers;
  page: number;
  bbox: BBox | null;
  ref?: string;
  /** Index into Profile.parts when the document is a series of parts (absent = 0). */
  part?: number;
  /** Set when a person reviewed this indicator (src/review): what they did and what the atlas had read. */
  review?: IndicatorReview;
}

/** A person's review of one indicator, applied from <corpus>/corrections/<authority>.json. */
export interface IndicatorReview {
  /** confirmed: checked and left as read; corrected: a value changed; added: the atlas had missed it. */
  status: 'confirmed' | 'corrected' | 'added';
  /** Ids of the corrections applied, oldest first. */
  corrections: string[];
  /** Who made the last of them, and when (ISO time). */
  who: string;
  when: string;
  /** The atlas's own values of the fields a person changed. */
  before?: { level?: string; bands?: BandId[]; domain?: string | null; topics?: string[] };
  /** True when a correction was made on an earlier version of the document and carried over. */
  carried?: boolean;
}

/** What review changed in a profile, and how much of it a person checked. */
export interface ProfileReview {
  /** Revision of the corrections file applied. */
  revision: number;
  /** Indicators with a person's review, of `indicators` (after corrections). */
  reviewed: number;
  indicators: number;
  /** Indicators a person marked "not an indicator" (left out of `indicators`). */
  removed: { id: string; text: string; level: string; page: number; part?: number; correction: string }[];
  /** Scheme levels whose band mapping a person corrected. */
  levels: { local: string; before: BandId[]; correction: string }[];
  /** Corrections applied here that were made on another version of the document. */
  carried: number;
}

/** One file of a document series (a web page per level, ...); a single document has one part. */
export interface DocumentPart {
  source: string;
  format: SourceFormat;
  pages: number;
  url: string | null;
  title: string | null;
  date?: string | null;
}

/** One analysed document: the unit every later stage works on. */
export interface Profile {
  /** Slug of authority plus version, e.g. "fenmarsh" or "fenmarsh@2025-09-01". */
  id: string;
  authorityId: string;
  authority: string | null;
  /** ISO date of the document version, if known. */
  version: string | null;
  source: string;
  format: SourceFormat;
  pages: number;
  scheme: SchemeLevel[];
  indicators: Indicator[];
  warnings: string[];
  /** sha256 of the source bytes (of a series: of its parts' hashes). */
  hash?: string;
  /** The files the document was read from, in order; indicators point here with `part`. */
  parts?: DocumentPart[];
  /** Present when corrections were applied (src/review). */
  review?: ProfileReview;
}

// ---------------------------------------------------------------- corpus

/** One entry in corpus/<set>/manifest.json. */
export interface ManifestEntry {
  /** Authority slug, e.g. "fenmarsh". */
  authorityId: string;
  authority: string;
  /**
   * Path relative to the manifest's folder. A document published as a series of files lists them in `parts`
   * instead and may omit `file` in the JSON; readers fill it in with the first part's file.
   */
  file: string;
  /** A document series: every file is a part of one document version (one profile). */
  parts?: ManifestPart[];
  /** ISO date of this version. */
  version: string | null;
  /** Gold annotation file relative to the manifest's folder, if any. */
  gold?: string;
  /** ONS code for real authorities; null for the fictional sample. */
  onsCode?: string | null;
  /** What layout the document exercises (for humans and eval tables). */
  layout?: string;
  /** True for documents that are expected to fail extraction (e.g. image-only). */
  expectError?: boolean;
  /** Hex-map position (odd-r) for fictional authorities, which have no ONS code. */
  hex?: HexPosition;
}

/** One file of a manifest series entry; url/title/date override or supply the page's own metadata. */
export interface ManifestPart {
  file: string;
  url?: string;
  title?: string;
  date?: string;
}

export interface HexPosition {
  q: number;
  r: number;
}

export interface Manifest {
  documents: ManifestEntry[];
}

/** Gold annotation written beside each sample document: <name>.gold.json */
export interface Gold {
  authority: string;
  file: string;
  scheme: { local: string; order: number; bands: BandId[] }[];
  indicators: {
    text: string;
    level: string;
    domain: string | null;
    bands: BandId[];
    topics: string[];
  }[];
}

// ---------------------------------------------------------------- built index (public/data/)

/** Where one authority's indicators on one topic sit. */
export interface TopicPlacement {
  /** Contiguous range from the lowest to the highest band of its indicators on this topic. */
  bands: BandId[];
  /** The band most of those indicators sit in (ties: the lower band). */
  modal: BandId;
  /** How many indicators carry the topic. */
  count: number;
}

export interface IndexDocument {
  profileId: string;
  version: string | null;
  source: string;
  format: SourceFormat;
  pages: number;
  indicatorCount: number;
  scheme: SchemeLevel[];
  /** Profile JSON, relative to public/data/ (e.g. "profiles/fenmarsh.json"). */
  file: string;
  /** Copy of the source document for the evidence view, relative to public/data/. */
  sourceFile: string | null;
  hash: string;
  warnings: string[];
  /** A series: each part with its own copy for the evidence view (indicator `part` indexes this). */
  parts?: (DocumentPart & { sourceFile: string | null })[];
  /** How much of this document a person reviewed ("n of m indicators reviewed"), and the authority's stale corrections. */
  review?: { reviewed: number; indicators: number; stale: number };
}

export interface IndexAuthority {
  id: string;
  name: string;
  onsCode: string | null;
  fictional: boolean;
  /** Hex-map position (odd-r): from corpus/authorities.json for real authorities, the manifest for fictional ones. */
  hex: HexPosition | null;
  documents: IndexDocument[];
}

/** public/data/index.json: all the app's first view needs. */
export interface AtlasIndex {
  schema: 1;
  generated: string;
  authorities: IndexAuthority[];
  /** profileId -> topic -> placement */
  placements: Record<string, Record<string, TopicPlacement>>;
  failures: { source: string; reason: string }[];
  /**
   * The postcode lottery per topic over each authority's latest document, most dispersed first (written by
   * `atlas ingest`), so the lottery and "where" views need no profile for their first paint.
   */
  topics?: TopicSummary[];
  /**
   * The situation-level lottery, one data file per topic (`<dir>/<topic>.json`, a TopicSpread with its
   * situations), and the key (latest documents' hashes) it was computed for.
   */
  lottery?: { dir: string; key: string; authorities: number };
  /** fetch-status.json beside the index (copied from the corpus after `atlas fetch --all`), when there is one. */
  fetchStatus?: string;
}

/** One topic's spread across authorities (the lottery's TopicSpread without its situations). */
export interface TopicSummary {
  topic: string;
  authorities: number;
  /** Authority-weighted mean dispersion of the topic's situations (0 = all agree). */
  dispersion: number;
  entropy: number;
  situations: number;
  /** The authorities most often out of line (at most 10; outlierCount says how many in all). */
  outliers: { authorityId: string; authority: string | null; situations: number }[];
  outlierCount: number;
  /** The neighbours furthest apart (at most 10; disagreementCount says how many pairs in all). */
  neighbourDisagreements: { a: string; b: string; situations: number; maxGap: number }[];
  disagreementCount: number;
}
