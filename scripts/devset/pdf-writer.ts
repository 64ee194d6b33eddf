// The "writer" PDF design of eval:real --pdf: the dev set's wording as a Word document (DOCX built with the `docx`
// package: Word headings, Word bullet numbering, a table whose header row repeats on each page, landscape past three
// levels) exported to PDF by LibreOffice Writer (`soffice --headless --convert-to pdf`), the way most real threshold
// PDFs are made. Untagged by default; tagged with the export filter's UseTaggedPDF. soffice is optional (not in CI):
// `sofficeMissing()` says why the design is skipped.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType, BorderStyle, Document, HeadingLevel, LevelFormat, Packer, PageOrientation, Paragraph, Table, TableCell,
  TableRow, TextRun, WidthType,
} from 'docx';
import type { PackLevel } from './pack-format.ts';
import type { LaidIndicator } from './pdf-layouts.ts';

const SOFFICE = process.env.SOFFICE ?? 'soffice';

/** null when soffice runs; otherwise the reason the writer design is skipped. */
export function sofficeMissing(): string | null {
  try {
    execFileSync(SOFFICE, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 });
    return null;
  } catch {
    return 'skipped: soffice not installed (apt-get install libreoffice-writer-nogui)';
  }
}

const domainsIn = (items: LaidIndicator[]) => [...new Set(items.map((i) => i.domain))];

// Word's own bullet list (a numbering definition with a "•" in Symbol, as Word writes it) and a dash list.
const numbering = {
  config: [
    { reference: 'dots', levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 284, hanging: 227 } } } }] },
    { reference: 'dashes', levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2013', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 284, hanging: 227 } } } }] },
  ],
};
const item = (text: string, reference: 'dots' | 'dashes', size?: number) =>
  new Paragraph({ children: [new TextRun({ text, size })], numbering: { reference, level: 0 }, spacing: { after: 40 } });
const bold = (text: string, size?: number) => new Paragraph({ children: [new TextRun({ text, bold: true, size })] });
const line = { style: BorderStyle.SINGLE, size: 4, color: '7F7F7F' };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

/** Invented wording only (the frame never borrows a line of a real page). */
function head(authority: string): Paragraph[] {
  return [
    new Paragraph({ text: `${authority}: levels of need`, heading: HeadingLevel.TITLE }),
    new Paragraph(`Partners in ${authority} use this document when they are worried about a child. The examples are a guide, ` +
      'not a checklist: practitioners weigh the whole picture and talk to the family first.'),
  ];
}

const meta = (authority: string) => ({ creator: `${authority} safeguarding partnership`, title: `${authority}: levels of need`, numbering, styles: { default: { document: { run: { font: 'Liberation Sans', size: 20 } } } } });

/** Domains as rows, the authority's level names as column heads (repeated on each page), bullets in the cells. */
export async function matrixDocx(authority: string, scheme: PackLevel[], items: LaidIndicator[]): Promise<Buffer> {
  const size = scheme.length > 3 ? 16 : 18; // half-points
  const cell = (children: Paragraph[], shade = false) =>
    new TableCell({ children: children.length ? children : [new Paragraph('')], shading: shade ? { fill: 'D9E2F3' } : undefined });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [
      new TableRow({ tableHeader: true, children: [cell([bold('Area of need', size)], true), ...scheme.map((l) => cell([bold(l.local, size)], true))] }),
      ...domainsIn(items).map((d) => new TableRow({
        children: [cell([bold(d ?? '', size)]), ...scheme.map((l) => cell(items.filter((i) => i.level === l.local && i.domain === d).map((i) => item(i.text, 'dots', size))))],
      })),
    ],
  });
  const doc = new Document({
    ...meta(authority),
    sections: [{
      properties: { page: { size: { orientation: scheme.length > 3 ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT }, margin: { top: 1000, bottom: 1000, left: 900, right: 900 } } },
      children: [...head(authority), table],
    }],
  });
  return Packer.toBuffer(doc);
}

/** A section per level: its name as Heading 1 on a new page, domains as Heading 2, dash bullets. */
export async function perLevelDocx(authority: string, scheme: PackLevel[], items: LaidIndicator[]): Promise<Buffer> {
  const body: Paragraph[] = [...head(authority)];
  for (const l of scheme) {
    const own = items.filter((i) => i.level === l.local);
    if (!own.length) continue;
    body.push(new Paragraph({ text: l.local, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }));
    for (const d of domainsIn(own)) {
      if (d) body.push(new Paragraph({ text: d, heading: HeadingLevel.HEADING_2 }));
      body.push(...own.filter((i) => i.domain === d).map((i) => item(i.text, 'dashes')));
    }
  }
  return Packer.toBuffer(new Document({ ...meta(authority), sections: [{ children: body }] }));
}

/** Writer's PDF export of a DOCX: untagged (Writer's default) or tagged (UseTaggedPDF). */
export function writerPdf(docx: Buffer, tagged: boolean): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'writer-'));
  try {
    writeFileSync(join(dir, 'doc.docx'), docx);
    const filter = tagged ? 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' : 'pdf:writer_pdf_Export';
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', dir, join(dir, 'doc.docx')],
      { stdio: ['ignore', 'ignore', 'ignore'], timeout: 180_000 });
    const out = join(dir, 'doc.pdf');
    if (!existsSync(out)) throw new Error('soffice wrote no PDF');
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
