// pdf.js text content -> Runs in reading space (page rotation undone).
import type { BBox } from '../../model/index.ts';
import type { PageText, Run } from './types.ts';

type Matrix = [number, number, number, number, number, number];

interface TextItemLike {
  str: string;
  width: number;
  height: number;
  transform: number[];
  fontName: string;
  hasEOL?: boolean;
}
interface MarkLike {
  type: string;
  id?: string;
  tag?: string;
}
export type ContentItem = TextItemLike | MarkLike;

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export function invert(m: Matrix): Matrix {
  const det = m[0] * m[3] - m[1] * m[2] || 1;
  return [m[3] / det, -m[1] / det, -m[2] / det, m[0] / det, (m[2] * m[5] - m[3] * m[4]) / det, (m[1] * m[4] - m[0] * m[5]) / det];
}

/**
 * Reading-space transform from the viewport (which maps user space to y-down device space):
 * flip y so that reading space is y-up with origin bottom-left.
 */
export function readingMatrix(viewportTransform: number[], height: number): Matrix {
  const [a, b, c, d, e, f] = viewportTransform;
  return [a, -b, c, -d, e, height - f];
}

function boxOf(m: Matrix, pts: [number, number][]): [number, number, number, number] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [px, py] of pts) {
    const [x, y] = apply(m, px, py);
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

export function round(b: [number, number, number, number]): BBox {
  return [r1(b[0]), r1(b[1]), r1(b[2]), r1(b[3])];
}
const r1 = (v: number): number => Math.round(v * 10) / 10;

/** Build runs; throws nothing; skips empty strings. */
export function toPageText(
  page: number,
  items: ContentItem[],
  view: { transform: number[]; width: number; height: number },
  descent: (font: string) => number,
): PageText {
  const rm = readingMatrix(view.transform, view.height);
  const back = invert(rm);
  const runs: Run[] = [];
  const stack: { id: string | null; artifact: boolean }[] = [];
  for (const it of items) {
    if ('type' in it && typeof (it as MarkLike).type === 'string' && !('str' in it)) {
      const mark = it as MarkLike;
      if (mark.type === 'beginMarkedContent' || mark.type === 'beginMarkedContentProps') {
        stack.push({ id: mark.id ?? null, artifact: mark.tag === 'Artifact' });
      } else if (mark.type === 'endMarkedContent') {
        stack.pop();
      }
      continue;
    }
    const t = it as TextItemLike;
    if (!t.str || !t.str.trim()) continue;
    const [a, b, c, d, e, f] = t.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
    const len = Math.hypot(a, b) || 1;
    const ux = a / len, uy = b / len; // text direction in user space
    const vx = c / (Math.hypot(c, d) || 1), vy = d / (Math.hypot(c, d) || 1); // "up"
    const w = t.width;
    const dsc = descent(t.fontName) * size; // negative
    const asc = size + dsc > 0 ? size * 0.9 : size;
    const corners: [number, number][] = [
      [e + vx * dsc, f + vy * dsc],
      [e + ux * w + vx * dsc, f + uy * w + vy * dsc],
      [e + vx * asc, f + vy * asc],
      [e + ux * w + vx * asc, f + uy * w + vy * asc],
    ];
    const [x0, y0, x1, y1] = boxOf(rm, corners);
    const dir = apply(rm, ux, uy);
    const o = apply(rm, 0, 0);
    const dx = dir[0] - o[0], dy = dir[1] - o[1];
    const upright = dx > 0.99 && Math.abs(dy) < 0.1;
    const [, base] = apply(rm, e, f);
    let ux0 = Infinity, uy0 = Infinity, ux1 = -Infinity, uy1 = -Infinity;
    for (const [px, py] of corners) {
      ux0 = Math.min(ux0, px); uy0 = Math.min(uy0, py); ux1 = Math.max(ux1, px); uy1 = Math.max(uy1, py);
    }
    const ids = stack.filter((s) => s.id).map((s) => s.id as string);
    runs.push({
      text: t.str,
      x0, y0, x1, y1,
      base: upright ? base : y0,
      size,
      font: t.fontName,
      upright,
      box: round([ux0, uy0, ux1, uy1]),
      mcids: ids,
      artifact: stack.some((s) => s.artifact),
    });
  }
  return {
    page,
    width: view.width,
    height: view.height,
    runs,
    toUser: (x0, y0, x1, y1) => round(boxOf(back, [[x0, y0], [x1, y0], [x0, y1], [x1, y1]])),
  };
}
