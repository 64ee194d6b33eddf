// An UNTAGGED two-column per-level document drawn with pdf-lib: text flows down one column and on to the
// next (and the next page), so headings, paragraphs and even single items break across columns; bullets
// are drawn circles; long words are hyphenated at line ends; running header, footer and page numbers.
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { byLevelAndDomain, type DocModel } from '../build.ts';
import { wrap } from './drawn-matrix.ts';

const W = 595, H = 842, M = 50, GAP = 22, TOP = H - 70, BOTTOM = 60;
const COL = (W - 2 * M - GAP) / 2;
const FIXED = new Date(Date.UTC(2022, 10, 1));

export async function drawnColumnsPdf(m: DocModel): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(m.spec.title);
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  doc.setProducer('Sample corpus generator');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const ink = rgb(0.1, 0.1, 0.1);

  let page: PDFPage = doc.addPage([W, H]);
  let col = 0;
  let y = TOP;
  // Title and intro span both columns on page 1.
  const full = (text: string, size: number, f: PDFFont) => {
    for (const l of wrap(text, f, size, W - 2 * M)) { page.drawText(l, { x: M, y, size, font: f, color: ink }); y -= size * 1.3; }
    y -= size * 0.7;
  };
  full(m.spec.title, 18, bold);
  for (const p of m.spec.intro) full(p, 10, font);
  page.drawLine({ start: { x: M, y: y + 4 }, end: { x: W - M, y: y + 4 }, thickness: 0.5 });
  y -= 8;
  const colTop = y;
  let top = colTop;

  const advance = (h: number) => {
    if (y - h >= BOTTOM) return;
    if (col === 0) { col = 1; y = top; return; }
    page = doc.addPage([W, H]);
    col = 0;
    top = TOP;
    y = TOP;
  };
  const x0 = () => M + col * (COL + GAP);
  const lines = (text: string, size: number, f: PDFFont, indent = 0, bullet = false) => {
    wrap(text, f, size, COL - indent).forEach((l, i) => {
      advance(size * 1.3);
      if (bullet && i === 0) page.drawCircle({ x: x0() + 4, y: y + size * 0.32, size: 1.8, color: ink });
      page.drawText(l, { x: x0() + indent, y, size, font: f, color: ink });
      y -= size * 1.3;
    });
  };

  const grid = byLevelAndDomain(m);
  m.spec.levels.forEach((l, i) => {
    advance(40);
    y -= 6;
    lines(l.local, 13, bold);
    page.drawLine({ start: { x: x0(), y: y + 9 }, end: { x: x0() + COL, y: y + 9 }, thickness: 1, color: rgb(0.2, 0.4, 0.6) });
    lines(l.description, 9.5, font);
    y -= 4;
    for (const [d, items] of grid.get(i)!) {
      advance(30);
      if (d) lines(d, 10, bold);
      for (const it of items) { lines(it.text, 9.5, font, 11, true); y -= 2; }
      y -= 4;
    }
  });

  const pages = doc.getPages();
  pages.forEach((p, i) => {
    p.drawText(`${m.spec.partnership}  |  ${m.spec.title}`, { x: M, y: H - 36, size: 7.5, font, color: rgb(0.4, 0.4, 0.4) });
    p.drawLine({ start: { x: M, y: H - 42 }, end: { x: W - M, y: H - 42 }, thickness: 0.4, color: rgb(0.6, 0.6, 0.6) });
    p.drawText(`${i + 1}`, { x: W / 2 - 3, y: 30, size: 9, font, color: rgb(0.3, 0.3, 0.3) });
    p.drawText('Uncontrolled when printed', { x: W - M - 95, y: 30, size: 7.5, font, color: rgb(0.4, 0.4, 0.4) });
  });
  return doc.save({ useObjectStreams: false });
}
