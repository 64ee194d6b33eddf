// A "scanned" PDF: each page is a PNG screenshot of an HTML page, embedded with no text layer.
import { PDFDocument } from 'pdf-lib';
import { byLevelAndDomain, type DocModel } from '../build.ts';
import { screenshot } from './chromium.ts';
import { esc, htmlDoc, ul } from './html-parts.ts';

const FIXED = new Date(Date.UTC(2019, 9, 1));

export async function imageOnlyPdf(m: DocModel): Promise<Uint8Array> {
  const grid = byLevelAndDomain(m);
  const css = 'body{font-family:"DejaVu Serif",serif;font-size:19px;margin:70px;background:#fbfaf5} h1{font-size:34px}';
  const half = Math.ceil(m.spec.levels.length / 2);
  const pageHtml = (from: number, to: number, first: boolean) => htmlDoc(m.spec.title, css,
    (first ? `<h1>${esc(m.spec.title)}</h1>${m.spec.intro.map((p) => `<p>${esc(p)}</p>`).join('')}` : '') +
    m.spec.levels.slice(from, to).map((l, k) => {
      const items = [...grid.get(from + k)!.values()].flat();
      return `<h2>${esc(l.local)}</h2><p>${esc(l.description)}</p>${ul(items)}`;
    }).join(''));
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  for (const html of [pageHtml(0, half, true), pageHtml(half, m.spec.levels.length, false)]) {
    const png = await doc.embedPng(screenshot(html, 1240, 1754));
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(png, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return doc.save({ useObjectStreams: false });
}
