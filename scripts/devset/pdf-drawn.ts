// The "drawn" PDF design of eval:real --pdf: untagged PDFs drawn directly with pdf-lib (text placed line by line,
// no structure), the way report generators and design tools write them:
//   drawn-matrix-ruled    landscape domains x levels table; cell borders drawn as thin filled rectangles; long level
//                         names wrap in the header row, which repeats on each page; a row too tall for the page
//                         continues on the next; "•" glyph bullets; Helvetica 8 pt; running header, page numbers
//   drawn-matrix-unruled  no lines at all: a shaded header band and alternate row shading; Times 9 pt; "-" bullets
//   drawn-transposed      portrait: levels as ROWS, domains as columns (three domains per table), lines as rules,
//                         drawn-circle bullets (no glyph), header row repeated on each page
//   drawn-per-level       a page per level: its name as a 15 pt heading, domain sub-headings, "•" bullets, Times body
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { wrap } from '../corpus-sample/render/drawn-matrix.ts';
import type { PackLevel } from './pack-format.ts';
import type { LaidIndicator } from './pdf-layouts.ts';

export const DRAWN_LAYOUTS = ['drawn-matrix-ruled', 'drawn-matrix-unruled', 'drawn-transposed', 'drawn-per-level'] as const;
export type DrawnLayout = (typeof DRAWN_LAYOUTS)[number];

const FIXED = new Date(Date.UTC(2025, 2, 3));
const ink = rgb(0.1, 0.1, 0.1);
const grey = rgb(0.4, 0.4, 0.4);
const domainsIn = (items: LaidIndicator[]) => [...new Set(items.map((i) => i.domain))];

interface Fonts { body: PDFFont; bold: PDFFont }

/** The standard fonts write WinAnsi only: a character outside it is written as its plain-letter form (or a space). */
function encodable(font: PDFFont): (s: string) => string {
  const ok = new Map<string, string>();
  return (s) => [...s].map((ch) => {
    if (!ok.has(ch)) {
      let out = ch;
      try { font.encodeText(ch); } catch { out = ch.normalize('NFKD').replace(/[^\x20-\x7e]/g, '') || ' '; }
      ok.set(ch, out);
    }
    return ok.get(ch)!;
  }).join('');
}

async function newDoc(title: string, serif: boolean): Promise<{ doc: PDFDocument; fonts: Fonts; safe: (s: string) => string }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  doc.setProducer('eval:real drawn design');
  const body = await doc.embedFont(serif ? StandardFonts.TimesRoman : StandardFonts.Helvetica);
  const bold = await doc.embedFont(serif ? StandardFonts.TimesRomanBold : StandardFonts.HelveticaBold);
  return { doc, fonts: { body, bold }, safe: encodable(body) };
}

/** Invented wording only. */
const introText = (authority: string) => `Partners in ${authority} use this guide when they are worried about a child. ` +
  'The examples are a guide, not a checklist: practitioners weigh the whole picture.';

function runningParts(doc: PDFDocument, authority: string, fonts: Fonts, W: number, H: number, M: number): void {
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    p.drawText(`${authority} - levels of need guidance`, { x: M, y: H - 22, size: 7.5, font: fonts.body, color: grey });
    p.drawText(`Page ${i + 1} of ${pages.length}`, { x: W - M - 50, y: 16, size: 7.5, font: fonts.body, color: grey });
  });
}

// ---------------------------------------------------------------- a table engine with page breaks
type Rules = 'rects' | 'lines' | 'none';
type Bullet = 'glyph' | 'dash' | 'circle';
interface Block { text: string; bold?: boolean; bullet?: boolean }
interface TableSpec {
  widths: number[];
  header: string[];
  rows: Block[][][]; // row -> cell -> blocks
  size: number;
  rules: Rules;
  bullet: Bullet;
  headerShade: ReturnType<typeof rgb>;
  zebra?: ReturnType<typeof rgb>;
}

interface Cursor { page: PDFPage; y: number }

function drawTable(doc: PDFDocument, fonts: Fonts, safe: (s: string) => string, t: TableSpec, at: Cursor, W: number, H: number, M: number): Cursor {
  const lead = t.size * 1.25, pad = 4, bottom = M + 14;
  const xs = t.widths.map((_, i) => M + t.widths.slice(0, i).reduce((a, b) => a + b, 0));
  const right = M + t.widths.reduce((a, b) => a + b, 0);
  const hline = (p: PDFPage, y: number) => {
    if (t.rules === 'rects') p.drawRectangle({ x: M, y: y - 0.25, width: right - M, height: 0.5, color: ink });
    if (t.rules === 'lines') p.drawLine({ start: { x: M, y }, end: { x: right, y }, thickness: 0.6, color: ink });
  };
  const vlines = (p: PDFPage, top: number, h: number) => {
    for (const x of [...xs, right]) {
      if (t.rules === 'rects') p.drawRectangle({ x: x - 0.25, y: top - h, width: 0.5, height: h, color: ink });
      if (t.rules === 'lines') p.drawLine({ start: { x, y: top }, end: { x, y: top - h }, thickness: 0.6, color: ink });
    }
  };
  // Lay a cell's blocks out as lines, a block at a time (a block never breaks across pages).
  const laid = (blocks: Block[], col: number) => blocks.map((b) => {
    const font = b.bold ? fonts.bold : fonts.body;
    const indent = b.bullet ? 9 : 0;
    return { b, font, indent, lines: wrap(safe(b.text), font, t.size, t.widths[col] - 2 * pad - indent) };
  });
  const blockH = (l: { lines: string[] }) => l.lines.length * lead + 2;
  const header = (p: PDFPage, top: number) => {
    const cells = t.header.map((h, i) => wrap(safe(h), fonts.bold, t.size + 0.5, t.widths[i] - 2 * pad));
    const h = Math.max(...cells.map((c) => c.length)) * lead + 2 * pad;
    p.drawRectangle({ x: M, y: top - h, width: right - M, height: h, color: t.headerShade });
    cells.forEach((c, i) => c.forEach((l, k) => p.drawText(l, { x: xs[i] + pad, y: top - pad - t.size - k * lead, size: t.size + 0.5, font: fonts.bold, color: ink })));
    hline(p, top);
    hline(p, top - h);
    vlines(p, top, h);
    return top - h;
  };
  let { page, y } = at;
  const newPage = () => { page = doc.addPage([W, H]); y = header(page, H - M - 10); };
  if (y - 60 < bottom) newPage(); else y = header(page, y);
  t.rows.forEach((row, r) => {
    let rest = row.map((blocks, c) => laid(blocks, c));
    while (rest.some((c) => c.length)) {
      const room = y - bottom - 2 * pad;
      const fresh = y > H - M - 80; // just below a header: take at least one block, or nothing would move
      const take = rest.map((c) => {
        let h = 0, n = 0;
        while (n < c.length && (h + blockH(c[n]) <= room || (fresh && n === 0))) { h += blockH(c[n]); n++; }
        return n;
      });
      if (take.every((n) => n === 0)) { newPage(); continue; }
      const segH = Math.max(...rest.map((c, i) => c.slice(0, take[i]).reduce((a, l) => a + blockH(l), 0))) + 2 * pad;
      if (t.zebra && r % 2 === 1) page.drawRectangle({ x: M, y: y - segH, width: right - M, height: segH, color: t.zebra });
      rest.forEach((c, i) => {
        let cy = y - pad - t.size;
        for (const l of c.slice(0, take[i])) {
          const x = xs[i] + pad;
          if (l.b.bullet) {
            if (t.bullet === 'circle') page.drawCircle({ x: x + 2.5, y: cy + t.size * 0.32, size: 1.6, color: ink });
            else page.drawText(t.bullet === 'glyph' ? '\u2022' : '-', { x, y: cy, size: t.size, font: fonts.body, color: ink });
          }
          l.lines.forEach((s, k) => page.drawText(s, { x: x + l.indent, y: cy - k * lead, size: t.size, font: l.font, color: ink }));
          cy -= blockH(l);
        }
      });
      vlines(page, y, segH);
      y -= segH;
      hline(page, y);
      rest = rest.map((c, i) => c.slice(take[i]));
      if (rest.some((c) => c.length)) newPage();
    }
  });
  return { page, y: y - 18 };
}

function title(cur: Cursor, fonts: Fonts, safe: (s: string) => string, authority: string, W: number, M: number, size: number): Cursor {
  let { y } = cur;
  for (const l of wrap(safe(`${authority}: levels of need`), fonts.bold, size, W - 2 * M)) { cur.page.drawText(l, { x: M, y, size, font: fonts.bold, color: ink }); y -= size * 1.3; }
  y -= 4;
  for (const l of wrap(safe(introText(authority)), fonts.body, 9.5, W - 2 * M)) { cur.page.drawText(l, { x: M, y, size: 9.5, font: fonts.body, color: ink }); y -= 12.5; }
  return { page: cur.page, y: y - 12 };
}

const cellItems = (items: LaidIndicator[]): Block[] => items.map((i) => ({ text: i.text, bullet: true }));

// ---------------------------------------------------------------- the four layouts
async function matrix(authority: string, scheme: PackLevel[], items: LaidIndicator[], ruled: boolean): Promise<Uint8Array> {
  const landscape = ruled || scheme.length > 3;
  const [W, H] = landscape ? [842, 595] : [595, 842];
  const M = ruled ? 30 : 40;
  const { doc, fonts, safe } = await newDoc(`${authority}: levels of need`, !ruled);
  const first = ruled ? 110 : 120;
  const rest = (W - 2 * M - first) / scheme.length;
  let cur = title({ page: doc.addPage([W, H]), y: H - M - 24 }, fonts, safe, authority, W, M, ruled ? 17 : 19);
  cur = drawTable(doc, fonts, safe, {
    widths: [first, ...scheme.map(() => rest)],
    header: [ruled ? 'Domain' : 'Area of need', ...scheme.map((l) => l.local)],
    rows: domainsIn(items).map((d) => [[{ text: d ?? '', bold: true }], ...scheme.map((l) => cellItems(items.filter((i) => i.level === l.local && i.domain === d)))]),
    size: ruled ? 8 : 9, rules: ruled ? 'rects' : 'none', bullet: ruled ? 'glyph' : 'dash',
    headerShade: ruled ? rgb(0.85, 0.9, 0.96) : rgb(0.75, 0.83, 0.75), zebra: ruled ? undefined : rgb(0.94, 0.94, 0.94),
  }, cur, W, H, M);
  runningParts(doc, authority, fonts, W, H, M);
  return doc.save({ useObjectStreams: false });
}

async function transposed(authority: string, scheme: PackLevel[], items: LaidIndicator[]): Promise<Uint8Array> {
  const [W, H, M] = [595, 842, 36];
  const { doc, fonts, safe } = await newDoc(`${authority}: levels of need`, false);
  let cur = title({ page: doc.addPage([W, H]), y: H - M - 24 }, fonts, safe, authority, W, M, 16);
  const domains = domainsIn(items);
  for (let k = 0; k < domains.length; k += 3) {
    const group = domains.slice(k, k + 3);
    const first = 95;
    const levels = scheme.filter((l) => items.some((i) => i.level === l.local && group.includes(i.domain)));
    cur = drawTable(doc, fonts, safe, {
      widths: [first, ...group.map(() => (W - 2 * M - first) / group.length)],
      header: ['Level', ...group.map((d) => d ?? 'Indicators')],
      rows: levels.map((l) => [[{ text: l.local, bold: true }], ...group.map((d) => cellItems(items.filter((i) => i.level === l.local && i.domain === d)))]),
      size: 8, rules: 'lines', bullet: 'circle', headerShade: rgb(0.88, 0.88, 0.88),
    }, cur, W, H, M);
  }
  runningParts(doc, authority, fonts, W, H, M);
  return doc.save({ useObjectStreams: false });
}

async function perLevel(authority: string, scheme: PackLevel[], items: LaidIndicator[]): Promise<Uint8Array> {
  const [W, H, M] = [595, 842, 56];
  const { doc, fonts, safe } = await newDoc(`${authority}: levels of need`, true);
  const sans = await doc.embedFont(StandardFonts.HelveticaBold);
  title({ page: doc.addPage([W, H]), y: H - M - 24 }, fonts, safe, authority, W, M, 20);
  for (const l of scheme) {
    const own = items.filter((i) => i.level === l.local);
    if (!own.length) continue;
    let page = doc.addPage([W, H]);
    let y = H - M - 20;
    const put = (text: string, font: PDFFont, size: number, indent = 0, bullet = false, gap = 2) => {
      const lines = wrap(safe(text), font, size, W - 2 * M - indent);
      if (y - lines.length * size * 1.3 < M + 10) { page = doc.addPage([W, H]); y = H - M - 20; }
      if (bullet) page.drawText('\u2022', { x: M + 4, y, size, font: fonts.body, color: ink });
      lines.forEach((s) => { page.drawText(s, { x: M + indent, y, size, font, color: ink }); y -= size * 1.3; });
      y -= gap;
    };
    put(l.local, sans, 15, 0, false, 8);
    for (const d of domainsIn(own)) {
      if (d) put(d, fonts.bold, 11.5, 0, false, 3);
      for (const i of own.filter((x) => x.domain === d)) put(i.text, fonts.body, 10.5, 16, true);
      y -= 6;
    }
  }
  runningParts(doc, authority, fonts, W, H, M);
  return doc.save({ useObjectStreams: false });
}

export function drawnPdf(layout: DrawnLayout, authority: string, scheme: PackLevel[], items: LaidIndicator[]): Promise<Uint8Array> {
  if (layout === 'drawn-matrix-ruled') return matrix(authority, scheme, items, true);
  if (layout === 'drawn-matrix-unruled') return matrix(authority, scheme, items, false);
  if (layout === 'drawn-transposed') return transposed(authority, scheme, items);
  return perLevel(authority, scheme, items);
}
