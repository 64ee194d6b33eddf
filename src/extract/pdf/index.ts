// PDF -> Layout. Tagged pages are read from the structure tree; untagged pages from geometry.
import type { Block, Layout } from '../../model/index.ts';
import { DocumentError, internalReason, isInternalError, plainMessage } from '../../model/index.ts';
import { bodySize, flowBlocks, headingSizes, readingOrder, type PlacedTable } from './geometry.ts';
import { readGraphics } from './graphics.ts';
import { buildLines, type Line } from './lines.ts';
import { expandBoxRows, mergeContinuedTables, splitAtNewHeaders } from './merge.ts';
import { isPasswordError, openPdf, restoreNatives, type PDFDocumentProxy, type PDFPageProxy } from './pdfjs.ts';
import { readingMatrix, toPageText, type ContentItem } from './runs.ts';
import { runningLines } from './running.ts';
import { findGrids, gridTable } from './tables.ts';
import { findUnruledMatrices, type OpenMatrix } from './unruled.ts';
import { promoteHeadings, readTaggedPage, type StructNode } from './tagged.ts';
import type { PageText, Rule } from './types.ts';

export interface PdfOptions {
  maxPages?: number;
  maxItemsPerPage?: number;
}

export const PDF_LIMITS = { maxPages: 500, maxItemsPerPage: 20000 };

interface GeoPage {
  pt: PageText;
  lines: Line[];
  tables: PlacedTable[];
  /** Every line of the page, tables included (font statistics). */
  all: Line[];
}
type PageResult = { page: number; blocks: Block[]; lines: Line[]; height: number } | { page: number; geo: GeoPage };

const NO_GRAPHICS = { rules: [], dots: [], boldFonts: new Set<string>() };

export async function extractPdf(bytes: Uint8Array, source: string, opts: PdfOptions = {}): Promise<Layout> {
  const maxPages = opts.maxPages ?? PDF_LIMITS.maxPages;
  const maxItems = opts.maxItemsPerPage ?? PDF_LIMITS.maxItemsPerPage;
  const task = openPdf(bytes);
  let doc: PDFDocumentProxy | null = null;
  try {
    try {
      doc = await task.promise;
      // pdf.js's worker module, loaded with the first document, brings its own polyfills
      restoreNatives();
    } catch (e) {
      if (isPasswordError(e)) throw new DocumentError(source, 'encrypted PDF (password required)');
      throw new DocumentError(source, `corrupt or truncated PDF (${short(e)})`);
    }
    if (doc.numPages > maxPages) throw new DocumentError(source, `too many pages (${doc.numPages} > limit ${maxPages})`);
    return await read(doc, source, maxItems);
  } catch (e) {
    if (e instanceof DocumentError) throw e;
    // A TypeError from our own reading code is a bug, not a corrupt file: say so, without JS's message.
    if (isInternalError(e)) throw new DocumentError(source, fromPdfjs(e) ? `corrupt or truncated PDF (the PDF reader failed with a ${(e as Error).name})` : internalReason('reading the PDF', e));
    throw new DocumentError(source, `corrupt or truncated PDF (${short(e)})`);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** Thrown inside pdf.js (its first stack frame is in pdfjs-dist), not in our code. */
function fromPdfjs(e: unknown): boolean {
  const frame = String((e as Error).stack ?? '').split('\n').find((l) => /^\s*at /.test(l)) ?? '';
  return /pdfjs-dist|pdf\.worker|pdf\.mjs/.test(frame);
}

function short(e: unknown): string {
  // pdf.js passes JavaScript's own errors on from its worker: never show their text
  const plain = plainMessage(e);
  if (plain === 'nested too deeply') return 'objects nested too deeply';
  if (plain === 'too large') return 'an object too large to read';
  if (plain === null) return `the PDF reader failed with a ${(e as Error)?.name && (e as Error).name !== 'Error' ? (e as Error).name : 'program error'}`;
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(/\s+/g, ' ').slice(0, 120) || 'unreadable';
}

async function read(doc: PDFDocumentProxy, source: string, maxItems: number): Promise<Layout> {
  const warnings: string[] = [];
  const mark = await doc.getMarkInfo().catch(() => null);
  let tagged = !!mark?.Marked;
  const results: PageResult[] = [];
  let anyText = false;
  // An unruled matrix still open at the foot of the last geometric page.
  const carry: { open: OpenMatrix | null } = { open: null };
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    try {
      // An unmarked first page with a structure tree: the document is read as tagged (the tree is kept for page 1).
      let firstTree: unknown = undefined;
      if (p === 1 && !tagged) tagged = hasStructure((firstTree = await page.getStructTree().catch(() => null)));
      const view = page.getViewport({ scale: 1 });
      const tc = await page.getTextContent({ includeMarkedContent: tagged });
      const count = tagged ? tc.items.reduce((n, it) => n + ('str' in it ? 1 : 0), 0) : tc.items.length;
      if (count > maxItems) throw new DocumentError(source, `page ${p} has too many text items (${count} > limit ${maxItems})`);
      const styles = tc.styles as Record<string, { descent?: number }>;
      const pt = toPageText(p, tc.items as ContentItem[], view, (f) => clampDescent(styles[f]?.descent));
      if (!pt.runs.length) {
        warnings.push(`page ${p}: no text layer (scanned image?)`);
        continue;
      }
      anyText = true;
      if (tagged) {
        const tree = (firstTree !== undefined ? firstTree : await page.getStructTree().catch(() => null)) as StructNode | null;
        const blocks = readTaggedPage(pt, tree);
        if (blocks) {
          // lines only to spot running headers/footers that the tags did not mark as artifacts
          results.push({ page: p, blocks, lines: buildLines(pt, NO_GRAPHICS), height: pt.height });
          continue;
        }
      }
      results.push({ page: p, geo: await geoPage(page, pt, view, carry) });
    } finally {
      page.cleanup();
    }
  }
  if (!anyText) throw new DocumentError(source, 'no text layer (scanned images only?)');

  const geos = results.flatMap((r) => ('geo' in r ? [r.geo] : []));
  const drop = runningLines(results.map((r) => ('geo' in r ? { height: r.geo.pt.height, lines: r.geo.lines } : { height: r.height, lines: r.lines })));
  for (const r of results) {
    if ('geo' in r) continue;
    const running = new Set(r.lines.filter((l) => drop.has(l)).map((l) => l.text));
    if (running.size) r.blocks = r.blocks.filter((b) => !(b.kind === 'paragraph' && running.has(b.span.text)));
  }
  for (const g of geos) g.lines = g.lines.filter((l) => !drop.has(l));
  const allLines = geos.flatMap((g) => g.all.filter((l) => !drop.has(l)));
  // Prose outside tables sets the body size when there is enough of it (matrix text is often smaller).
  const flowLines = geos.flatMap((g) => g.lines);
  const body = bodySize(flowLines.reduce((n, l) => n + l.text.length, 0) >= 400 ? flowLines : allLines);
  const hsizes = headingSizes(allLines, body);
  const bodyLines = allLines.filter((l) => Math.abs(l.size - body) < 0.5);
  const bodyBold = bodyLines.length > 0 && bodyLines.filter((l) => l.bold).length > 0.6 * bodyLines.length;

  // Tagged pages with no heading tag anywhere: headings by type size.
  const taggedBlocks = promoteHeadings(results.flatMap((r) => ('blocks' in r ? r.blocks : [])));
  let next = 0;
  for (const r of results) if ('blocks' in r) r.blocks = taggedBlocks.slice(next, (next += r.blocks.length));
  let blocks: Block[] = [];
  for (const r of results) {
    if ('blocks' in r) blocks.push(...r.blocks);
    else blocks.push(...flowBlocks(readingOrder(r.geo.lines, r.geo.tables, r.geo.pt.width, r.page), r.page, body, hsizes, bodyBold));
  }
  blocks = expandBoxRows(mergeContinuedTables(splitAtNewHeaders(blocks)));
  return { source, format: 'pdf', pages: doc.numPages, title: await title(doc, blocks), blocks, warnings };
}

function clampDescent(d: number | undefined): number {
  return typeof d === 'number' && d < 0 && d > -0.5 ? d : -0.2;
}

function hasStructure(tree: unknown): boolean {
  const t = tree as StructNode | null;
  return !!t?.children?.some((c) => 'children' in c && ((c as StructNode).children?.length ?? 0) > 0);
}

async function geoPage(page: PDFPageProxy, pt: PageText, view: { transform: number[]; height: number; width: number }, carry: { open: OpenMatrix | null }): Promise<GeoPage> {
  const ops = await page.getOperatorList();
  const fontName = (id: string): string | null => {
    try {
      if (!page.commonObjs.has(id)) return null;
      const f = page.commonObjs.get(id) as { name?: string; bold?: boolean; black?: boolean } | null;
      if (f?.bold || f?.black) return `${f.name ?? id}-Bold`;
      return f?.name ?? null;
    } catch {
      return null;
    }
  };
  const g = readGraphics(ops, readingMatrix(view.transform, view.height), view.width * view.height, fontName);
  let lines = buildLines(pt, g);
  const tables: PlacedTable[] = [];
  // Unruled matrices first: their row shading would otherwise read as one-cell boxes.
  const found = findUnruledMatrices(lines, g.rules, view.width, carry.open, g.boldFonts);
  if (found.split.size) lines = lines.flatMap((l) => found.split.get(l) ?? [l]);
  let rest = lines;
  carry.open = found.open;
  const unruled = found.grids;
  const inside = (r: Rule) => unruled.some((u) => (r.horizontal ? r.at >= u.y0 - 3 && r.at <= u.y1 + 3 && r.from >= u.x0 - 10 && r.to <= u.x1 + 10 : r.at >= u.x0 - 10 && r.at <= u.x1 + 10 && r.from >= u.y0 - 3 && r.to <= u.y1 + 3));
  const rules = unruled.length ? g.rules.filter((r) => !inside(r)) : g.rules;
  for (const grid of [...unruled, ...findGrids(rules, lines)]) {
    const t = gridTable(grid, rest, pt);
    if (!t) continue;
    tables.push({ block: t.block, x0: grid.x0, y0: grid.y0, x1: grid.x1, y1: grid.y1 });
    rest = rest.filter((l) => !t.used.has(l));
  }
  return { pt, lines: rest, tables, all: lines };
}

async function title(doc: PDFDocumentProxy, blocks: Block[]): Promise<string | null> {
  const meta = await doc.getMetadata().catch(() => null);
  const t = (meta?.info as { Title?: unknown } | undefined)?.Title;
  if (typeof t === 'string' && t.trim() && !/^(untitled|microsoft word|document\d*)/i.test(t.trim())) return t.trim();
  const h = blocks.find((b) => b.kind === 'heading');
  return h && h.kind === 'heading' ? h.span.text : null;
}
