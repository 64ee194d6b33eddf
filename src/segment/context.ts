// Shared by the segmentation passes: the frames of the heading stack, the candidates they collect,
// and the level parser bound to the scheme being discovered.
import type { Span } from '../model/index.ts';
import { parseHeaderCell, parseLevel, type LevelEntry, type LevelRegistry, type ParsedLevel } from './levels.ts';
import type { Cue } from './cues.ts';

export const LEADING_GLYPH = /^(?:[•·▪▫◦‣⁃●○■□◆◇➢➤►▶▸✓✔*]|[-–](?=\s))\s*/u;
export const PSEUDO_LEVEL = 7;
export const PSEUDO_CUE = 8;
export const PSEUDO_SECTION = 9;
/** A lead-in line that announces the needs listed after it. */
export const NEED_LEAD_IN = /\b(?:(?<!\bthe )needs?(?! for\b)|concerns?|indicators?|worries|signs|difficulties|issues|problems|may (?:present|include|see|show|experience)|might (?:see|include)|such as|including)\b/i;
/** A lead-in that ends by naming who provides something ("... a range of services provided by:"): a list of services. */
/** A short line that introduces the list below it, not a domain heading ("Indicators at this level include:"). */
export const LIST_LEAD_IN_END = /\b(?:include|includes|including|such as|are|may be|e\.g\.?|for example)$/i;
export const PROVIDERS_LEAD_IN = /\b(?:provided|offered|delivered|run|led|supported|available) (?:by|from|through|at|via)(?: (?:either|one of|any of|the following))?\s*:\s*$/i;
/** A lead-in line that announces what a service does or achieves. */
export const SERVICE_LEAD_IN = /\b(?:services? (?:include|such as|available)|(?:use|access|attend) (?:these |the |local |universal |such )?(?:services|provision)\b|functions?|roles?|aims?|objectives?|we (?:will|can|offer|provide)|(?:is|are) responsible for|leads? to|benefits?|outcomes? (?:for|include)|you (?:can|should|will|must)|please)\b/i;

export type Kind = 'level' | 'section' | Exclude<Cue, null>;

export interface Frame {
  depth: number;
  kind: Kind;
  text: string;
  level?: LevelEntry;
  container?: boolean;
  /** The document's title heading (kind 'needs' only so that it neither excludes nor names a domain). */
  title?: boolean;
}

export interface Candidate {
  text: string;
  level: LevelEntry;
  domain: string | null;
  span: Span;
  /** The level frame the candidate sits under (paragraph candidates are decided per frame). */
  frame: Frame | null;
  fromParagraph: boolean;
  /** An unbulleted line right after a lead-in ("Families may need help with:"): an item whatever lists are near. */
  afterLeadIn?: boolean;
  /** Under a needs cue ("Examples", "Indicators", a lead-in naming needs): evidence a page naming no level lists needs. */
  needsCue?: boolean;
  /** The domain section a paragraph candidate sits in: lists elsewhere in the level do not make it prose. */
  section?: Frame | null;
  /** The section frame that gave the candidate its domain (each heading written is its own frame): columns.ts. */
  cell?: Frame | null;
}

/** An indicator found in a table, before it is placed under a frame. */
export type Found = Omit<Candidate, 'frame' | 'fromParagraph'>;

/** A span that describes a level (guidance, a level's own text) rather than an indicator. */
export interface Description {
  level: LevelEntry;
  span: Span;
}

/** Parse a level label; `bare` accepts bare numbers, `heading` a heading's looser forms, `cellItems` a header cell's lines. */
export type Parse = (t: string, bare?: boolean, heading?: boolean, cellItems?: string[]) => ParsedLevel | null;

/** The parser every pass uses: it knows the level names discovered so far. */
export function makeParse(registry: LevelRegistry): Parse {
  return (t, bare = false, heading = false, cellItems) => {
    const opts = { bareNumbers: bare, knownNames: registry.knownNames(), heading };
    return cellItems && cellItems.length ? parseHeaderCell(cellItems, opts) : parseLevel(t, opts);
  };
}
