import type { BandId, BBox, Indicator, Qualifiers, SchemeLevel, SourceFormat, TopicPlacement } from '../model/index.ts';
import type { QualifierDiff } from './qualifiers.ts';

/** How two aligned situations relate. Band indices are compared as ranges, never collapsed. */
export type DiffKind = 'same' | 'a_higher' | 'b_higher' | 'overlap' | 'a_only' | 'b_only' | 'unplaced';

/** One side's evidence for a row: the indicator as profiled, keyed by its id. */
/** One side's indicator; for a document series also `part` and the part's file (`partSource`). */
export type SideEvidence = Omit<Indicator, 'id'> & { indicatorId: string; partSource?: string };

export interface DiffRow {
  kind: DiffKind;
  /** Topics of the row: union of both sides. */
  topics: string[];
  a: SideEvidence | null;
  b: SideEvidence | null;
  /** Alignment score 0..1 (null for one-sided rows). */
  score: number | null;
  /** Text cosine 0..1 (null for one-sided rows). */
  similarity: number | null;
  /** Confidence that both sides are the same situation, from the calibrated score (null for one-sided rows:
   *  no counterpart scored above the threshold). 'none' only when a caller lowers the threshold below the
   *  calibrated one. */
  confidence: 'high' | 'medium' | 'low' | 'none' | null;
  /**
   * Possible signed band differences a - b, [aLo - bHi, aHi - bLo], in band steps.
   * [0, 0] only when both are the same single band. Null when a side is missing or unplaced.
   */
  delta: [number, number] | null;
  /** Smallest number of bands between the two placements (0 when they share a band). */
  gap: number | null;
  qualifierDiffs: QualifierDiff[];
}

export interface TopicSummaryRow {
  topic: string;
  a: TopicPlacement | null;
  b: TopicPlacement | null;
  /** Band index of B's modal minus A's modal (positive: B places it higher). */
  modalDelta: number | null;
  counts: Record<DiffKind, number>;
}

export interface SchemeSide {
  id: string;
  label: string;
  levels: SchemeLevel[];
}

export interface BandMappingRow {
  band: BandId;
  a: string[];
  b: string[];
}

export interface DocSummary {
  profileId: string;
  authorityId: string;
  authority: string | null;
  version: string | null;
  source: string;
  format: SourceFormat;
  indicatorCount: number;
  /** Indicators a person reviewed (src/review), of indicatorCount. */
  reviewed: number;
}

export interface Comparison {
  /** 'versions' when both profiles belong to the same authority. */
  mode: 'authorities' | 'versions';
  labels: { a: string; b: string };
  a: DocSummary;
  b: DocSummary;
  rows: DiffRow[];
  topics: TopicSummaryRow[];
  schemes: { a: SchemeSide; b: SchemeSide; bands: BandMappingRow[] };
  totals: Record<DiffKind, number>;
  options: Required<CompareOptions>;
}

export interface CompareOptions {
  /** Minimum alignment score for two indicators to be the same situation. */
  threshold?: number;
  /** Minimum text cosine, whatever the topics say. */
  minSimilarity?: number;
  /** Only rows carrying this topic. */
  topic?: string | null;
}
