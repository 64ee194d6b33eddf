// DOCX layouts written with the `docx` package: a per-level document (overview table, heading per level,
// domain sub-headings, bullet lists) and a matrix table with bullet paragraphs in cells.
import {
  Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, PageOrientation,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { byLevelAndDomain, domainsOf, type DocModel } from '../build.ts';
import { CASE_EXAMPLES, REFERRAL_STEPS } from '../content/prose.ts';

const FIXED_ISO = '2025-01-01T00:00:00Z';

/** docx stamps the current time in core.xml and the zip entries; pin both. */
function pin(buf: Buffer): Buffer {
  const files = unzipSync(new Uint8Array(buf));
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(strFromU8(core)
      .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${FIXED_ISO}`));
  }
  const mtime = new Date(FIXED_ISO);
  const entries = Object.fromEntries(Object.keys(files).sort().map((k) => [k, [files[k], { mtime }]]));
  return Buffer.from(zipSync(entries as never, { level: 6 }));
}

const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
const cell = (children: Paragraph[], header = false) =>
  new TableCell({ children: children.length ? children : [new Paragraph('')], shading: header ? { fill: 'DDE6F0' } : undefined });

function overview(m: DocModel): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell([new Paragraph({ children: [new TextRun({ text: 'Level', bold: true })] })], true), cell([new Paragraph({ children: [new TextRun({ text: 'What it means', bold: true })] })], true)] }),
      ...m.spec.levels.map((l) => new TableRow({ children: [cell([new Paragraph(l.local)]), cell([new Paragraph(l.description)])] })),
    ],
  });
}

const head = (m: DocModel) => [
  new Paragraph({ text: m.spec.title, heading: HeadingLevel.TITLE }),
  ...m.spec.intro.map((p) => new Paragraph(p)),
];

export async function perLevelDocx(m: DocModel): Promise<Buffer> {
  const grid = byLevelAndDomain(m);
  const body: (Paragraph | Table)[] = [...head(m)];
  if (m.spec.steps) body.push(new Paragraph({ text: 'How to get help', heading: HeadingLevel.HEADING_2 }), ...REFERRAL_STEPS.map(bullet));
  body.push(new Paragraph({ text: 'Overview of the levels', heading: HeadingLevel.HEADING_1 }), overview(m));
  m.spec.levels.forEach((l, i) => {
    body.push(new Paragraph({ text: l.local, heading: HeadingLevel.HEADING_1 }), new Paragraph(l.description));
    for (const [d, items] of grid.get(i)!) {
      if (d) body.push(new Paragraph({ text: d, heading: HeadingLevel.HEADING_2 }));
      body.push(...items.map((it) => bullet(it.text)));
    }
    if (m.spec.cases) body.push(new Paragraph({ children: [new TextRun({ text: CASE_EXAMPLES[l.bands[0]], italics: true })] }));
  });
  const doc = new Document({ creator: m.spec.partnership, title: m.spec.title, sections: [{ children: body }] });
  return pin(await Packer.toBuffer(doc));
}

/** One table: Level (merged down its areas) | Area | Strengths | Needs. Only needs are indicators. */
export async function mergedDocx(m: DocModel, strengths: Record<string, string[]>): Promise<Buffer> {
  const grid = byLevelAndDomain(m);
  const bold = (t: string) => new Paragraph({ children: [new TextRun({ text: t, bold: true })] });
  const rows: TableRow[] = [new TableRow({ tableHeader: true, children: ['Level', 'Area', 'Strengths', 'Needs'].map((h) => cell([bold(h)], true)) })];
  m.spec.levels.forEach((l, i) => {
    const areas = [...grid.get(i)!.entries()];
    areas.forEach(([d, items], k) => {
      const cat = items[0].category;
      const first = k === 0
        ? [new TableCell({ rowSpan: areas.length, children: [bold(l.local), new Paragraph(l.description)] })]
        : [];
      rows.push(new TableRow({ children: [...first, cell([new Paragraph(d ?? '')]),
        cell(strengths[cat].slice(0, 1).map((s) => bullet(s))), cell(items.map((it) => bullet(it.text)))] }));
    });
  });
  const doc = new Document({
    creator: m.spec.partnership, title: m.spec.title,
    sections: [{ children: [...head(m), new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows })] }],
  });
  return pin(await Packer.toBuffer(doc));
}

export async function matrixDocx(m: DocModel): Promise<Buffer> {
  const grid = byLevelAndDomain(m);
  const bold = (t: string) => new Paragraph({ children: [new TextRun({ text: t, bold: true })] });
  const matrix = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell([bold('Theme')], true), ...m.spec.levels.map((l) => cell([bold(l.local)], true))] }),
      ...domainsOf(m).map((d) => new TableRow({
        children: [cell([bold(d ?? '')]), ...m.spec.levels.map((_, i) => cell((grid.get(i)!.get(d) ?? []).map((it) => bullet(it.text))))],
      })),
    ],
  });
  const doc = new Document({
    creator: m.spec.partnership, title: m.spec.title,
    sections: [{
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      children: [...head(m), new Paragraph({ text: 'The five levels', heading: HeadingLevel.HEADING_1 }),
        ...m.spec.levels.map((l) => new Paragraph(l.description)),
        new Paragraph({ text: 'Levels of need matrix', heading: HeadingLevel.HEADING_1 }), matrix],
    }],
  });
  return pin(await Packer.toBuffer(doc));
}
