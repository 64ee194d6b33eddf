// Internal page model shared by the tagged and geometric readers.
import type { BBox } from '../../model/index.ts';

/**
 * One pdf.js text item. `x0..y1` are in "reading space": the page as displayed (rotation applied),
 * y up, origin bottom-left; `box` is the same area in PDF user space, which is what Spans report.
 */
export interface Run {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Baseline y in reading space. */
  base: number;
  size: number;
  font: string;
  /** Text runs left to right in reading space (false for vertical or rotated text). */
  upright: boolean;
  box: BBox;
  /** Innermost marked-content ids around this item (tagged PDFs). */
  mcids: string[];
  /** Inside an /Artifact marked-content sequence. */
  artifact: boolean;
}

/** A filled or stroked shape from the operator list, in reading space. */
export interface Shape {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  filled: boolean;
  stroked: boolean;
  box: BBox;
}

/** A horizontal or vertical ruling segment in reading space. */
export interface Rule {
  horizontal: boolean;
  /** y for horizontal, x for vertical. */
  at: number;
  from: number;
  to: number;
}

export interface PageText {
  page: number;
  width: number;
  height: number;
  runs: Run[];
  /** Maps a reading-space rect to a user-space BBox. */
  toUser: (x0: number, y0: number, x1: number, y1: number) => BBox;
}

export interface PageGraphics {
  rules: Rule[];
  /** Small filled or stroked shapes: drawn bullet candidates. */
  dots: Shape[];
  boldFonts: Set<string>;
}
