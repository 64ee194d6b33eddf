// An UNTAGGED indicator matrix drawn with pdf-lib: text placed line by line, ruling lines drawn as
// lines and rectangles, wrapped and hyphenated cell text, bullets drawn as small filled circles
// (no glyph) in some rows and as a bullet glyph in others, running header/footer and page numbers.
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { byLevelAndDomain, domainsOf, type DocModel } from '../build.ts';

const W = 842, H = 595, M = 36;
const FIXED = new Date(Date.UTC(2024, 0, 15));

/** Greedy wrap; long words that overflow a line are hyphenated, as typesetting tools do. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) { line = candidate; continue; }
    if (/^[A-Za-z]{9,}[,;.]?$/.test(word)) {
      // Rough syllable boundaries, as late as fits: V|CV ("mutila-tion") or VC|CV ("un-der", "traf-ficked").
      const v = (k: number) => /[aeiouy]/i.test(word[k] ?? '');
      const syllable = (k: number) => !v(k) && v(k + 1) && (v(k - 1) || (v(k - 2) && !v(k - 1)));
      for (let cut = word.length - 3; cut >= 4; cut--) {
        const head = `${line ? `${line} ` : ''}${word.slice(0, cut)}-`;
        if (syllable(cut) && fits(head) && /^[A-Za-z]+$/.test(word.slice(0, cut))) {
          lines.push(head);
          line = word.slice(cut);
          break;
        }
      }
      if (line && word.endsWith(line)) continue;
    }
    if (line) lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `rules: false` draws the table with no lines at all, only alternating row shading, and dash bullets. */
export interface DrawnMatrixStyle {
  rules: boolean;
  running: string;
  schemeHeading: string;
}

const RULED: DrawnMatrixStyle = { rules: true, running: 'Continuum of Need - January 2024', schemeHeading: 'The four tiers' };

export async function drawnMatrixPdf(m: DocModel, style: DrawnMatrixStyle = RULED): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(m.spec.title);
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  doc.setProducer('Sample corpus generator');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const ink = rgb(0.1, 0.1, 0.1);

  const newPage = () => doc.addPage([W, H]);
  let page = newPage();
  let y = H - M - 30;
  const para = (text: string, size: number, f = font, indent = 0) => {
    for (const l of wrap(text, f, size, W - 2 * M - indent)) {
      page.drawText(l, { x: M + indent, y, size, font: f, color: ink });
      y -= size * 1.3;
    }
    y -= size * 0.6;
  };
  para(m.spec.title, 18, bold);
  for (const p of m.spec.intro) para(p, 10);
  para(style.schemeHeading, 13, bold);
  for (const l of m.spec.levels) {
    page.drawText(l.local, { x: M, y, size: 10, font: bold, color: ink });
    para(l.description, 10, font, 60);
  }

  // The matrix starts on a new page; the header row repeats on every page.
  const colW = [130, ...m.spec.levels.map(() => (W - 2 * M - 130) / m.spec.levels.length)];
  const colX = colW.map((_, i) => M + colW.slice(0, i).reduce((a, b) => a + b, 0));
  const size = 8.5, lead = 10.5;
  const headerRow = (p: PDFPage, top: number) => {
    const h = 22;
    p.drawRectangle({ x: M, y: top - h, width: W - 2 * M, height: h, color: style.rules ? rgb(0.85, 0.9, 0.95) : rgb(0.78, 0.84, 0.78) });
    ['Domain', ...m.spec.levels.map((l) => l.local)].forEach((t, i) =>
      p.drawText(t, { x: colX[i] + 5, y: top - 15, size: 10, font: bold, color: ink }));
    grid(p, top, h);
    return top - h;
  };
  const grid = (p: PDFPage, top: number, h: number) => {
    if (!style.rules) return;
    p.drawLine({ start: { x: M, y: top }, end: { x: W - M, y: top }, thickness: 0.7 });
    p.drawLine({ start: { x: M, y: top - h }, end: { x: W - M, y: top - h }, thickness: 0.7 });
    for (const x of [...colX, W - M]) p.drawLine({ start: { x, y: top }, end: { x, y: top - h }, thickness: 0.7 });
  };
  page = newPage();
  y = headerRow(page, H - M - 24);
  const cells = byLevelAndDomain(m);
  domainsOf(m).forEach((d, row) => {
    const drawnBullets = style.rules && row % 2 === 0;
    const colLines = m.spec.levels.map((_, li) =>
      (cells.get(li)!.get(d) ?? []).map((it) => wrap(it.text, font, size, colW[li + 1] - 20)));
    const domLines = wrap(d ?? '', bold, 9, colW[0] - 10);
    const height = Math.max(domLines.length * lead,
      ...colLines.map((items) => items.reduce((a, ls) => a + ls.length * lead + 3, 0))) + 10;
    if (y - height < M + 20) { page = newPage(); y = headerRow(page, H - M - 24); }
    if (!style.rules && row % 2 === 1) page.drawRectangle({ x: M, y: y - height, width: W - 2 * M, height, color: rgb(0.94, 0.94, 0.94) });
    domLines.forEach((l, i) => page.drawText(l, { x: colX[0] + 5, y: y - 12 - i * lead, size: 9, font: bold, color: ink }));
    colLines.forEach((items, li) => {
      let cy = y - 12;
      const x = colX[li + 1];
      for (const lines of items) {
        if (drawnBullets) page.drawCircle({ x: x + 8, y: cy + 2.8, size: 1.7, color: ink });
        else page.drawText(style.rules ? '\u2022' : '\u2013', { x: x + 5, y: cy, size, font, color: ink });
        lines.forEach((l, i) => page.drawText(l, { x: x + 14, y: cy - i * lead, size, font, color: ink }));
        cy -= lines.length * lead + 3;
      }
    });
    grid(page, y, height);
    y -= height;
  });

  const pages = doc.getPages();
  pages.forEach((p, i) => {
    p.drawText(`${m.spec.name} ${style.running}`, { x: M, y: H - 24, size: 8, font, color: rgb(0.4, 0.4, 0.4) });
    p.drawText(m.spec.partnership, { x: M, y: 18, size: 8, font, color: rgb(0.4, 0.4, 0.4) });
    p.drawText(`Page ${i + 1} of ${pages.length}`, { x: W - M - 50, y: 18, size: 8, font, color: rgb(0.4, 0.4, 0.4) });
  });
  return doc.save({ useObjectStreams: false });
}
