// Operator list -> ruling lines (table grids) and small shapes (drawn bullets), in reading space.
import { DrawOPS, OPS } from './pdfjs.ts';
import { apply, round } from './runs.ts';
import type { PageGraphics, Rule, Shape } from './types.ts';

type Matrix = [number, number, number, number, number, number];

interface OperatorListLike {
  fnArray: number[] | Uint32Array;
  argsArray: unknown[];
}

const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];

const FILLS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** Thickness below which a filled box counts as a line. */
const THIN = 2.5;
/** Drawn bullets: small, roughly square shapes. */
const DOT_MIN = 1.2, DOT_MAX = 9;

/**
 * @param reading user space -> reading space
 * @param fontName loaded font id -> PostScript name (for bold detection), when known
 */
export function readGraphics(ops: OperatorListLike, reading: Matrix, pageArea: number, fontName: (id: string) => string | null): PageGraphics {
  const rules: Rule[] = [];
  const dots: Shape[] = [];
  const boldFonts = new Set<string>();
  const seenFonts = new Set<string>();
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let white = false;
  const whiteStack: boolean[] = [];
  const { fnArray, argsArray } = ops;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[];
    switch (fn) {
      case OPS.save:
        stack.push(ctm);
        whiteStack.push(white);
        break;
      case OPS.restore:
        ctm = stack.pop() ?? ctm;
        white = whiteStack.pop() ?? white;
        break;
      case OPS.transform:
        ctm = mul(ctm, args as Matrix);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push(ctm);
        whiteStack.push(white);
        if (Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0])) ctm = mul(ctm, Array.from(args[0] as number[]) as Matrix);
        break;
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? ctm;
        white = whiteStack.pop() ?? white;
        break;
      case OPS.setFillRGBColor:
        white = isWhite(args);
        break;
      case OPS.setFillGray:
        white = Number(args?.[0]) >= 0.97;
        break;
      case OPS.setFont: {
        const id = String(args?.[0] ?? '');
        if (id && !seenFonts.has(id)) {
          seenFonts.add(id);
          const name = fontName(id);
          if (name && /bold|black|heavy|semibold|demi|[-,]bd\b/i.test(name)) boldFonts.add(id);
        }
        break;
      }
      case OPS.constructPath: {
        const paint = Number(args[0]);
        const filled = FILLS.has(paint);
        const stroked = STROKES.has(paint);
        if (!filled && !stroked) break;
        if (filled && !stroked && white) break;
        const data = (args[1] as unknown[])?.[0] as ArrayLike<number> | undefined;
        if (!data) break;
        pathShapes(data, mul(reading, ctm), filled, stroked, pageArea, rules, dots);
        break;
      }
      default:
        break;
    }
  }
  return { rules, dots, boldFonts };
}

function isWhite(args: unknown): boolean {
  const a = args as unknown[];
  if (typeof a?.[0] === 'string') return /^#?f[ef]f[ef]f[ef]$/i.test(a[0] as string);
  if (a?.length === 3) return a.every((v) => Number(v) >= 0.97 * (Number(v) > 1 ? 255 : 1));
  return false;
}

/** Split a path into subpaths; each straight axis-aligned segment or thin box becomes a rule. */
function pathShapes(data: ArrayLike<number>, m: Matrix, filled: boolean, stroked: boolean, pageArea: number, rules: Rule[], dots: Shape[]): void {
  let pts: [number, number][] = [];
  let curved = false;
  const finish = () => {
    if (pts.length >= 2) subpath(pts, curved, filled, stroked, pageArea, rules, dots);
    pts = [];
    curved = false;
  };
  let i = 0;
  while (i < data.length) {
    const op = data[i];
    if (op === DrawOPS.moveTo) {
      finish();
      pts.push(apply(m, data[i + 1], data[i + 2]));
      i += 3;
    } else if (op === DrawOPS.lineTo) {
      pts.push(apply(m, data[i + 1], data[i + 2]));
      i += 3;
    } else if (op === DrawOPS.curveTo) {
      curved = true;
      pts.push(apply(m, data[i + 1], data[i + 2]), apply(m, data[i + 3], data[i + 4]), apply(m, data[i + 5], data[i + 6]));
      i += 7;
    } else if (op === DrawOPS.quadraticCurveTo) {
      curved = true;
      pts.push(apply(m, data[i + 1], data[i + 2]), apply(m, data[i + 3], data[i + 4]));
      i += 5;
    } else if (op === DrawOPS.closePath) {
      if (pts.length) pts.push(pts[0]);
      i += 1;
    } else {
      break; // unknown encoding: stop rather than misread
    }
  }
  finish();
}

function subpath(pts: [number, number][], curved: boolean, filled: boolean, stroked: boolean, pageArea: number, rules: Rule[], dots: Shape[]): void {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of pts) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  const w = x1 - x0, h = y1 - y0;
  if (w >= DOT_MIN && h >= DOT_MIN && w <= DOT_MAX && h <= DOT_MAX && w / h < 1.8 && h / w < 1.8) {
    dots.push({ x0, y0, x1, y1, filled, stroked, box: round([x0, y0, x1, y1]) });
    return;
  }
  if (w * h > 0.85 * pageArea) return; // page background
  if (filled && (w <= THIN || h <= THIN)) {
    if (w > h) rules.push({ horizontal: true, at: (y0 + y1) / 2, from: x0, to: x1 });
    else if (h > w) rules.push({ horizontal: false, at: (x0 + x1) / 2, from: y0, to: y1 });
    return;
  }
  if (curved) return;
  if (!stroked && !filled) return;
  // Straight segments (stroked lines, or edges of rectangles / cell borders).
  for (let k = 1; k < pts.length; k++) {
    const [ax, ay] = pts[k - 1];
    const [bx, by] = pts[k];
    if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) > THIN) {
      rules.push({ horizontal: true, at: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    } else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) > THIN) {
      rules.push({ horizontal: false, at: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
    }
  }
}
