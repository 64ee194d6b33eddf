// Untagged pages: runs -> line fragments (same baseline, split at wide gaps and vertical rules).
import { union } from './tagged.ts';
import { isBulletGlyph, joinRuns, stripBullet } from './text.ts';
import type { PageGraphics, PageText, Rule, Run, Shape } from './types.ts';
import type { BBox } from '../../model/index.ts';

export interface Line {
  runs: Run[];
  text: string;
  /** Text before any bullet or numbering was removed. */
  raw: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  base: number;
  size: number;
  bold: boolean;
  /** Started with a bullet glyph or numbering (removed from text) or a drawn bullet. */
  bullet: boolean;
  /** x where the text after the bullet starts. */
  textX: number;
  /** x of the bullet glyph or drawn bullet (list nesting). */
  bulletX: number;
  box: BBox;
}

export function makeLine(runs: Run[], bold: Set<string>): Line {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, boldChars = 0, chars = 0, sizeSum = 0;
  for (const r of runs) {
    x0 = Math.min(x0, r.x0); y0 = Math.min(y0, r.y0); x1 = Math.max(x1, r.x1); y1 = Math.max(y1, r.y1);
    const n = r.text.trim().length;
    chars += n;
    sizeSum += r.size * n;
    if (bold.has(r.font)) boldChars += n;
  }
  const text = joinRuns(runs);
  const stripped = stripBullet(text);
  let textX = x0;
  if (stripped !== null && runs.length > 1 && isBulletGlyph(runs[0].text)) textX = runs[1].x0;
  return {
    runs,
    text: stripped !== null && stripped ? stripped : text,
    raw: text,
    x0, y0, x1, y1,
    base: runs[0].base,
    size: chars ? sizeSum / chars : runs[0].size,
    bold: chars > 0 && boldChars / chars > 0.6,
    bullet: stripped !== null && !!stripped,
    textX,
    bulletX: x0,
    box: union(runs.map((r) => r.box)) as BBox,
  };
}

/** Group runs into line fragments. */
export function buildLines(pt: PageText, g: PageGraphics): Line[] {
  const upright = pt.runs.filter((r) => r.upright && !r.artifact).sort((a, b) => b.base - a.base || a.x0 - b.x0);
  const vrules = g.rules.filter((r) => !r.horizontal).sort((a, b) => a.at - b.at);
  const lines: Line[] = [];
  let row: Run[] = [];
  let rowBase = 0, rowSize = 0;
  const flush = () => {
    if (row.length) for (const frag of splitRow(row, vrules)) lines.push(makeLine(frag, g.boldFonts));
    row = [];
  };
  for (const r of upright) {
    if (row.length && Math.abs(r.base - rowBase) <= 0.35 * Math.min(r.size, rowSize)) {
      row.push(r);
      continue;
    }
    flush();
    row = [r];
    rowBase = r.base;
    rowSize = r.size;
  }
  flush();
  for (const r of pt.runs) if (!r.upright && !r.artifact) lines.push(makeLine([r], g.boldFonts));
  markDrawnBullets(lines, g.dots);
  return lines;
}

function splitRow(row: Run[], vrules: Rule[]): Run[][] {
  row.sort((a, b) => a.x0 - b.x0);
  const out: Run[][] = [];
  let cur: Run[] = [row[0]];
  for (let i = 1; i < row.length; i++) {
    const prev = cur[cur.length - 1];
    const r = row[i];
    const size = Math.min(prev.size, r.size);
    const gap = r.x0 - prev.x1;
    const ruled = crossesRule(prev.x1 - 1, r.x0 + 1, (r.y0 + r.y1) / 2, vrules);
    const lonelyBullet = cur.length === 1 && isBulletGlyph(prev.text) && gap < 4 * size;
    if (ruled || (gap > Math.max(1.1 * size, 7) && !lonelyBullet)) {
      out.push(cur);
      cur = [r];
    } else {
      cur.push(r);
    }
  }
  out.push(cur);
  return out;
}

function crossesRule(xa: number, xb: number, y: number, vrules: Rule[]): boolean {
  if (xb <= xa) return false;
  // vrules sorted by x: binary search the first at >= xa
  let lo = 0, hi = vrules.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vrules[mid].at < xa) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < vrules.length && vrules[i].at <= xb; i++) {
    if (vrules[i].from - 1 <= y && y <= vrules[i].to + 1) return true;
  }
  return false;
}

/** A small shape just left of a line's start, vertically inside it, with no glyph there: a drawn bullet. */
function markDrawnBullets(lines: Line[], dots: Shape[]): void {
  if (!dots.length || dots.length > 3000) return;
  const byTop = [...lines].sort((a, b) => b.y1 - a.y1);
  for (const d of dots) {
    const cy = (d.y0 + d.y1) / 2;
    let best: Line | null = null;
    let bestGap = Infinity;
    for (const l of byTop) {
      if (l.y1 < cy) break;
      if (l.y0 > cy) continue;
      const gap = l.x0 - d.x1;
      const h = d.y1 - d.y0;
      if (gap >= -0.5 && gap < Math.max(3 * l.size, 24) && h < 0.8 * (l.y1 - l.y0) + 1 && gap < bestGap) {
        best = l;
        bestGap = gap;
      }
    }
    if (best && !best.bullet) {
      best.bullet = true;
      best.textX = best.x0;
      best.bulletX = d.x0;
    }
  }
}

/**
 * A list item's wrapped line set under its bullet (a list with no hanging indent): line l starts at the bullet's x,
 * below `prev`, the item's last line so far, which was filled up to the right edge `right` (a wrap, not a break),
 * and l reads on from it (begins in lower case, or prev ends in a comma, dash or a word that cannot end a sentence).
 */
export function wrapsUnderBullet(first: Line, prev: Line, l: Line, right: number): boolean {
  if (!first.bullet || Math.abs(l.x0 - first.bulletX) > 3 || l.x0 >= first.textX - 3) return false;
  const width = right - first.bulletX;
  if (width <= 0 || right - prev.x1 > Math.max(5 * l.size, 0.15 * width)) return false;
  return /^[a-z(]/.test(l.text) || /(?:[,\-\u2013/&(]|\b(?:and|or|of|to|the|a|an|in|for|with|on|at|by|from|as|their|his|her|its|has|have|is|are|was|were|be|not|who|which|that)\s*)$/i.test(prev.text);
}

