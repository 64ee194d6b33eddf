// Corrections as data: <corpus>/corrections/<authority>.json, one entry per act a reviewer did.
import type { BandId } from '../model/index.ts';

export const ACTS = ['confirm', 'set-level', 'set-bands', 'set-domain', 'set-topics', 'not-indicator', 'add', 'set-level-bands'] as const;
export type Act = (typeof ACTS)[number];

/**
 * Where a correction points, never with the document's words: the document version (sha256 of its bytes, as
 * Profile.hash), the part and page, and for an indicator the sha256 of its text (whitespace collapsed).
 * An added indicator also gives its [start, end) offsets in the plain text of its part (src/review/source-text.ts).
 * A level-bands correction names the level as the document does (`level`).
 */
export interface Anchor {
  document: string;
  /** The document's version date when the correction was made (a newer version inherits it). */
  version: string | null;
  part: number;
  page: number;
  textHash?: string;
  /** Which of several indicators with the same text hash (0 = first) on that version. */
  occurrence?: number;
  start?: number;
  end?: number;
  level?: string;
}

export interface Correction {
  /** Unique within the file, e.g. "c-20261207T1100-3f2a". */
  id: string;
  act: Act;
  /** Who made it (free text the reviewer gives, e.g. initials). */
  who: string;
  /** ISO time it was made. */
  when: string;
  anchor: Anchor;
  /** What the atlas (or the previous correction) had, for the fields this act sets. */
  before?: { level?: string; bands?: BandId[]; domain?: string | null; topics?: string[] };
  /** New values: set-level `level`; set-bands / set-level-bands `bands`; set-domain `domain`; set-topics `topics`; add any of them (level required). */
  level?: string;
  bands?: BandId[];
  domain?: string | null;
  topics?: string[];
  note?: string;
}

export interface CorrectionsFile {
  schema: 1;
  authorityId: string;
  /** Bumped on every write; a writer sends the revision it read and gets a conflict if it moved on. */
  revision: number;
  corrections: Correction[];
}

/** What became of one correction on the current documents. */
export type CorrectionStatus = 'applied' | 'carried' | 'stale';

export interface CorrectionOutcome {
  id: string;
  act: Act;
  status: CorrectionStatus;
  /** The profile(s) it was applied to. */
  profiles: string[];
  /** For a stale one: why (the indicator's text, or the level, is no longer in the document). */
  reason?: string;
}

export function emptyCorrections(authorityId: string): CorrectionsFile {
  return { schema: 1, authorityId, revision: 0, corrections: [] };
}
