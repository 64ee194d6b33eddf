// Tagged PDFs: the structure tree (H1..H6, P, L/LI/Lbl/LBody, Table/TR/TH/TD) says what each run is.
import type { BBox, Block, Span, TableCell, TableRow } from '../../model/index.ts';
import { alignRows, cellBoxes, cellX, columnsOf, contradicted } from './align.ts';
import { clean, isBulletGlyph, joinRuns, stripBullet } from './text.ts';
import type { PageText, Run } from './types.ts';

export interface StructNode {
  role?: string;
  children?: (StructNode | StructLeaf)[];
}
interface StructLeaf {
  type: string;
  id: string;
}

const isLeaf = (n: StructNode | StructLeaf): n is StructLeaf => 'type' in n && typeof (n as StructLeaf).type === 'string';

const PARAGRAPH = new Set(['P', 'Caption', 'BlockQuote', 'Note', 'Code', 'Formula', 'TOCI', 'BibEntry', 'Title']);
const INLINE = new Set(['Span', 'Link', 'Lbl', 'Quote', 'Em', 'Strong', 'Reference', 'Annot', 'Ruby', 'Warichu', 'Sub', 'Artifact']);
const HEADING = /^H([1-6])?$/;

/** Result of reading one tagged page; null when the tree does not cover the page's text. */
export function readTaggedPage(pt: PageText, tree: StructNode | null): Block[] | null {
  if (!tree || !tree.children?.length) return null;
  const byId = new Map<string, Run[]>();
  for (const r of pt.runs) {
    for (const id of r.mcids) {
      let list = byId.get(id);
      if (!list) byId.set(id, (list = []));
      list.push(r);
    }
  }
  const used = new Set<Run>();
  const reader = new TreeReader(pt.page, byId, used);
  const blocks = reader.container(tree, 0);
  // A table whose tree contradicts where its text lies on the page: read the page from geometry instead.
  if (reader.contradicted) return null;
  let total = 0, missed = 0;
  for (const r of pt.runs) {
    if (r.artifact) continue;
    const n = r.text.trim().length;
    total += n;
    if (!used.has(r)) missed += n;
  }
  if (total > 0 && missed / total > 0.3) return null;
  return blocks;
}

/** Each tagged span's type size (mean over its characters), for `promoteHeadings`. */
const spanSize = new WeakMap<Span, number>();
/** A list item read from a P that began with a bullet or a number ("3. Partnership Plus"): the P's own span. */
const fromParagraph = new WeakMap<Span, Span>();

/**
 * A tagged document with no heading tag at all (Word headings made by hand, or exported without outline levels,
 * come out as P): its short paragraphs set larger than the body text are headings, the largest size first.
 */
export function promoteHeadings(blocks: Block[]): Block[] {
  if (blocks.some((b) => b.kind === 'heading')) return blocks;
  const hist = new Map<number, number>();
  const sizeOf = (sp: Span) => { const z = spanSize.get(sp); return z === undefined ? null : Math.round(z * 2) / 2; };
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'list-item') continue;
    const z = sizeOf(b.span);
    if (z !== null) hist.set(z, (hist.get(z) ?? 0) + b.span.text.length);
  }
  if (!hist.size) return blocks;
  const body = [...hist.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const short = (sp: Span) => sp.text.length <= 160 && /[A-Za-z]{3}/.test(sp.text);
  // A numbered heading ("3. Partnership Plus") was read as a list item: it is judged as the P it was.
  const para = (b: Block): Span | null => (b.kind === 'paragraph' ? b.span : b.kind === 'list-item' ? fromParagraph.get(b.span) ?? null : null);
  const big = (sp: Span | null): sp is Span => !!sp && short(sp) && (sizeOf(sp) ?? 0) >= body * 1.15;
  const sizes = [...new Set(blocks.flatMap((b) => { const sp = para(b); return big(sp) ? [sizeOf(sp)!] : []; }))].sort((a, b) => b - a);
  if (!sizes.length) return blocks;
  return blocks.map((b) => {
    const sp = para(b);
    return big(sp) ? { kind: 'heading', depth: Math.min(sizes.indexOf(sizeOf(sp)!) + 1, 6), span: sp } : b;
  });
}

function roleOf(n: StructNode): string {
  const r = n.role ?? '';
  return r.includes(':') ? r.slice(r.indexOf(':') + 1) : r;
}

class TreeReader {
  /** A table's tree put text in a cell where the page does not (see `contradicted`). */
  contradicted = false;

  constructor(
    readonly page: number,
    readonly byId: Map<string, Run[]>,
    readonly used: Set<Run>,
  ) {}

  /** Runs under a node, in content order, each claimed once. */
  runs(n: StructNode | StructLeaf, skip?: (c: StructNode) => boolean): Run[] {
    if (isLeaf(n)) {
      if (n.type !== 'content') return [];
      const out: Run[] = [];
      for (const r of this.byId.get(n.id) ?? []) {
        if (!this.used.has(r)) {
          this.used.add(r);
          out.push(r);
        }
      }
      return out;
    }
    const out: Run[] = [];
    for (const c of n.children ?? []) {
      if (!isLeaf(c) && skip?.(c)) continue;
      for (const r of this.runs(c, skip)) out.push(r);
    }
    return out;
  }

  span(runs: Run[], bullet = false): Span | null {
    const text = joinRuns(runs);
    if (!text) return null;
    const s: Span = { text, page: this.page, bbox: union(runs.map((r) => r.box)) };
    if (bullet) s.bullet = true;
    let chars = 0, sum = 0;
    for (const r of runs) { const n = r.text.trim().length; chars += n; sum += n * r.size; }
    if (chars) spanSize.set(s, sum / chars);
    return s;
  }

  /** Blocks of a container element (Document, Sect, Div, TD, ...). */
  container(n: StructNode, listDepth: number): Block[] {
    const out: Block[] = [];
    let pending: Run[] = [];
    const flush = () => {
      const s = this.paragraphSpan(pending);
      if (s) out.push(s);
      pending = [];
    };
    for (const c of n.children ?? []) {
      if (isLeaf(c) || INLINE.has(roleOf(c))) {
        pending.push(...this.runs(c));
        continue;
      }
      flush();
      out.push(...this.element(c, listDepth));
    }
    flush();
    return out;
  }

  paragraphSpan(runs: Run[]): Block | null {
    const s = this.span(runs);
    if (!s) return null;
    const rest = stripBullet(s.text);
    if (rest !== null && rest) {
      const item: Span = { ...s, text: rest, bullet: true };
      const z = spanSize.get(s);
      if (z !== undefined) spanSize.set(item, z);
      fromParagraph.set(item, s);
      return { kind: 'list-item', depth: 1, span: item };
    }
    return { kind: 'paragraph', span: s };
  }

  element(n: StructNode, listDepth: number): Block[] {
    const role = roleOf(n);
    const h = HEADING.exec(role);
    if (h) {
      const s = this.span(this.runs(n));
      return s ? [{ kind: 'heading', depth: h[1] ? Number(h[1]) : 1, span: s }] : [];
    }
    if (PARAGRAPH.has(role)) {
      const b = this.paragraphSpan(this.runs(n));
      return b ? [b] : [];
    }
    if (role === 'NonStruct' || role === 'LBody') {
      // Chromium wraps each text box in NonStruct; treat as a paragraph unless it holds blocks.
      const hasBlock = (n.children ?? []).some((c) => !isLeaf(c) && !INLINE.has(roleOf(c)) && roleOf(c) !== 'NonStruct');
      if (!hasBlock) {
        const b = this.paragraphSpan(this.runs(n));
        return b ? [b] : [];
      }
      return this.container(n, listDepth);
    }
    if (role === 'L') return this.list(n, listDepth + 1);
    if (role === 'LI') return this.list({ role: 'L', children: [n] }, Math.max(1, listDepth));
    if (role === 'Table') return this.table(n);
    if (role === 'TR' || role === 'TH' || role === 'TD') return this.table({ role: 'Table', children: [n] });
    return this.container(n, listDepth);
  }

  list(n: StructNode, depth: number): Block[] {
    const out: Block[] = [];
    for (const c of n.children ?? []) {
      if (isLeaf(c)) continue;
      const role = roleOf(c);
      if (role === 'Caption') {
        out.push(...this.element(c, depth - 1));
        continue;
      }
      if (role === 'L') {
        out.push(...this.list(c, depth + 1));
        continue;
      }
      if (role !== 'LI') {
        out.push(...this.element(c, depth));
        continue;
      }
      // LI: its own text (label dropped) first, then any nested lists.
      const nested: StructNode[] = [];
      const own: Run[] = [];
      let label = '';
      const walk = (x: StructNode) => {
        for (const k of x.children ?? []) {
          if (isLeaf(k)) {
            own.push(...this.runs(k));
          } else if (roleOf(k) === 'L') {
            nested.push(k);
          } else if (roleOf(k) === 'Lbl') {
            label += joinRuns(this.runs(k));
          } else if (roleOf(k) === 'Table') {
            nested.push(k);
          } else {
            walk(k);
          }
        }
      };
      walk(c);
      const s = this.span(own, true);
      if (s) {
        const rest = label ? null : stripBullet(s.text);
        if (rest) s.text = rest;
        if (label && !isBulletGlyph(label) && stripBullet(`${label} x`) === null) s.text = clean(`${label} ${s.text}`);
        out.push({ kind: 'list-item', depth, span: s });
      }
      for (const k of nested) out.push(...(roleOf(k) === 'L' ? this.list(k, depth + 1) : this.table(k)));
    }
    return out;
  }

  table(n: StructNode): Block[] {
    const rows: TableRow[] = [];
    const captions: Block[] = [];
    const findRows = (x: StructNode) => {
      for (const c of x.children ?? []) {
        if (isLeaf(c)) continue;
        const role = roleOf(c);
        if (role === 'TR') rows.push(this.row(c));
        else if (role === 'THead' || role === 'TBody' || role === 'TFoot') findRows(c);
        else if (role === 'TH' || role === 'TD') rows.push(this.row({ role: 'TR', children: [c] }));
        else captions.push(...this.element(c, 0));
      }
    };
    findRows(n);
    if (contradicted(rows)) this.contradicted = true;
    // Rows whose content lies on another page come back empty from that page's tree.
    const kept = alignRows(rows, columnsOf(rows)).filter((r) => r.cells.some((c) => c.items.length > 0));
    return kept.length ? [...captions, { kind: 'table', page: this.page, rows: kept }] : captions;
  }

  row(n: StructNode): TableRow {
    const cells: TableCell[] = [];
    for (const c of n.children ?? []) {
      if (isLeaf(c)) continue;
      const role = roleOf(c);
      if (role !== 'TH' && role !== 'TD') continue;
      const items: Span[] = [];
      const before = this.used.size;
      const blocks = this.container(c, 0);
      const cellRuns = before < this.used.size ? [...this.used].slice(before) : [];
      for (const b of blocks) {
        if (b.kind === 'table') for (const r of b.rows) for (const cc of r.cells) items.push(...cc.items);
        else items.push(b.span);
      }
      const cell: TableCell = { header: role === 'TH', items };
      if (cellRuns.length) cellX.set(cell, [Math.min(...cellRuns.map((r) => r.x0)), Math.max(...cellRuns.map((r) => r.x1))]);
      const boxes = cellRuns.filter((r) => r.text.trim() && !isBulletGlyph(r.text));
      if (boxes.length) cellBoxes.set(cell, boxes);
      cells.push(cell);
    }
    return { cells };
  }
}

export function union(boxes: BBox[]): BBox | null {
  if (!boxes.length) return null;
  let [x0, y0, x1, y1] = boxes[0];
  for (const b of boxes) {
    if (b[0] < x0) x0 = b[0];
    if (b[1] < y0) y0 = b[1];
    if (b[2] > x1) x1 = b[2];
    if (b[3] > y1) y1 = b[3];
  }
  return [x0, y0, x1, y1];
}
