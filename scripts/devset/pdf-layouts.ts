// The dev set's real wording laid out as PDFs (eval:real --pdf): an authority's labelled indicators, from every
// page of its pack, in several designs (--designs chromium,writer,drawn; default chromium). The chromium design
// (layouts named without a design prefix, as before) is printed by Chromium as
//   matrix     one table, domains as rows, the authority's own level names as column heads (landscape past 3 levels);
//   per-level  a page per level: its own (often long, descriptive) level name as heading, domain sub-headings, bullets;
// each tagged (Chromium's structure tree) and untagged (qpdf copy without it). Written, cached by content hash,
// to the git-ignored .devset/pdf/ (they hold real text: never commit them). The HTML is built from the sample
// corpus's parts (scripts/corpus-sample/render/html-parts.ts) and printed by its Chromium driver.
// The writer design (scripts/devset/pdf-writer.ts) is a DOCX exported by LibreOffice Writer, tagged and untagged; the
// drawn design (scripts/devset/pdf-drawn.ts) is untagged PDFs drawn with pdf-lib (ruled, unruled, transposed, per level).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gold } from '../../src/model/index.ts';
import { printPdf, untag } from '../corpus-sample/render/chromium.ts';
import { esc, htmlDoc, pageCss, PRINT_CSS } from '../corpus-sample/render/html-parts.ts';
import { DEVSET_DIR, sha256, type PackAuthority, type PackLevel } from './pack-format.ts';
import { DRAWN_LAYOUTS, drawnPdf, type DrawnLayout } from './pdf-drawn.ts';
import { matrixDocx, perLevelDocx, writerPdf } from './pdf-writer.ts';

const CHROMIUM_LAYOUTS = ['matrix-tagged', 'matrix-untagged', 'per-level-tagged', 'per-level-untagged'] as const;
const WRITER_LAYOUTS = ['writer-matrix-untagged', 'writer-matrix-tagged', 'writer-per-level-untagged', 'writer-per-level-tagged'] as const;
/** Each design's layouts; `--designs` picks designs, `--layouts` single layouts. */
export const PDF_DESIGNS = { chromium: CHROMIUM_LAYOUTS, writer: WRITER_LAYOUTS, drawn: DRAWN_LAYOUTS } as const;
export type PdfDesign = keyof typeof PDF_DESIGNS;
export const PDF_LAYOUTS = [...CHROMIUM_LAYOUTS, ...WRITER_LAYOUTS, ...DRAWN_LAYOUTS] as const;
export type PdfLayout = (typeof PDF_LAYOUTS)[number];
export const designOf = (layout: PdfLayout): PdfDesign =>
  (Object.keys(PDF_DESIGNS) as PdfDesign[]).find((d) => (PDF_DESIGNS[d] as readonly string[]).includes(layout))!;

/** One labelled indicator as laid out: its text with white space collapsed (the PDF shows it on one run). */
export interface LaidIndicator { text: string; level: string; domain: string | null; topics: string[] }

/** An authority's labelled pages with their text (what eval-real reads). */
export interface AuthorityText { pack: PackAuthority; pages: { text: string; indicators: PackAuthority['pages'][number]['indicators'] }[] }

export interface PdfDocument { slug: string; authority: string; layout: PdfLayout; source: string; file: string; bytes: Uint8Array; gold: Gold }

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every labelled indicator of the authority once (same words at the same level on two pages count once), in page order. */
export function laidIndicators(a: AuthorityText): LaidIndicator[] {
  const seen = new Set<string>();
  const out: LaidIndicator[] = [];
  for (const page of a.pages) {
    for (const i of page.indicators) {
      const text = oneLine(page.text.slice(i.start, i.end));
      const key = `${i.level}\u0000${text}`;
      if (!text || seen.has(key)) continue;
      seen.add(key);
      out.push({ text, level: i.level, domain: i.domain ? oneLine(i.domain) : null, topics: i.topics });
    }
  }
  return out;
}

function domainsIn(items: LaidIndicator[]): (string | null)[] {
  return [...new Set(items.map((i) => i.domain))];
}

const bullets = (items: LaidIndicator[]) => `<ul>${items.map((i) => `<li>${esc(i.text)}</li>`).join('')}</ul>`;

/** Invented wording only: the layout's frame never borrows a line of a real page. */
function frame(authority: string): { title: string; intro: string } {
  return {
    title: `${authority}: levels of need`,
    intro: `<p>This guide sets out the levels of need that partners in ${esc(authority)} use when they are worried about a child. ` +
      'The examples under each level are a guide, not a checklist: practitioners weigh the whole picture.</p>',
  };
}

export function matrixHtml(authority: string, scheme: PackLevel[], items: LaidIndicator[]): string {
  const { title, intro } = frame(authority);
  const cols = scheme.map((l) => `<th scope="col">${esc(l.local)}</th>`).join('');
  const rows = domainsIn(items).map((d) => {
    const cells = scheme.map((l) => `<td>${bullets(items.filter((i) => i.level === l.local && i.domain === d))}</td>`).join('');
    return `<tr><th scope="row">${esc(d ?? '')}</th>${cells}</tr>`;
  }).join('\n');
  const landscape = scheme.length > 3;
  const css = PRINT_CSS + pageCss(title, landscape) +
    ' table.matrix { font-size: 8.5pt; } table.matrix th[scope=row] { width: 14%; } table.matrix thead { display: table-header-group; } table.matrix tr { break-inside: auto; }';
  const body = `<h1>${esc(title)}</h1>\n${intro}\n<table class="matrix"><thead><tr><th scope="col">Area of need</th>${cols}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
  return htmlDoc(title, css, body);
}

export function perLevelHtml(authority: string, scheme: PackLevel[], items: LaidIndicator[]): string {
  const { title, intro } = frame(authority);
  const sections = scheme.filter((l) => items.some((i) => i.level === l.local)).map((l) => {
    const own = items.filter((i) => i.level === l.local);
    const doms = domainsIn(own).map((d) => (d ? `<h3>${esc(d)}</h3>` : '') + bullets(own.filter((i) => i.domain === d))).join('\n');
    return `<section class="level"><h2>${esc(l.local)}</h2>\n${doms}</section>`;
  }).join('\n');
  const css = PRINT_CSS + pageCss(title) + ' section.level { break-before: page; }';
  return htmlDoc(title, css, `<h1>${esc(title)}</h1>\n${intro}\n${sections}`);
}

/** Chromium's PDF of the HTML, from the cache when the same HTML was printed before. */
function cachedPdf(dir: string, name: string, html: string, untagged: boolean): { file: string; bytes: Uint8Array } {
  const file = join(dir, `${name}-${sha256(html).slice(0, 12)}${untagged ? '-untagged' : ''}.pdf`);
  if (existsSync(file)) return { file, bytes: new Uint8Array(readFileSync(file)) };
  const tagged = untagged ? cachedPdf(dir, name, html, false).bytes : printPdf(html);
  const bytes = untagged ? untag(Buffer.from(tagged)) : tagged;
  writeFileSync(file, bytes);
  return { file, bytes: new Uint8Array(bytes) };
}

/** A PDF of another design, from the cache when the same input was laid out before (writer's export takes seconds). */
async function otherPdf(dir: string, slug: string, layout: PdfLayout, pack: PackAuthority, items: LaidIndicator[]): Promise<{ file: string; bytes: Uint8Array }> {
  const key = sha256(JSON.stringify([DESIGN_VERSION, layout, pack.authority, pack.scheme, items])).slice(0, 12);
  const file = join(dir, `${slug}-${layout}-${key}.pdf`);
  if (existsSync(file)) return { file, bytes: new Uint8Array(readFileSync(file)) };
  let bytes: Uint8Array;
  if (layout.startsWith('writer-')) {
    const docx = await (layout.includes('matrix') ? matrixDocx : perLevelDocx)(pack.authority, pack.scheme, items);
    bytes = new Uint8Array(writerPdf(docx, layout.endsWith('-tagged')));
  } else bytes = await drawnPdf(layout as DrawnLayout, pack.authority, pack.scheme, items);
  writeFileSync(file, bytes);
  return { file, bytes };
}
/** Bumped when a writer or drawn layout changes, so cached PDFs are laid out again. */
const DESIGN_VERSION = 1;

/** The authority's wording in each layout asked for, with its gold (the laid-out indicators and the pack's scheme). */
export async function pdfDocuments(a: AuthorityText, layouts: readonly PdfLayout[] = CHROMIUM_LAYOUTS, dir = join(DEVSET_DIR, 'pdf')): Promise<PdfDocument[]> {
  const items = laidIndicators(a);
  if (!items.length) return [];
  mkdirSync(dir, { recursive: true });
  const { pack } = a;
  const bandsOf = (level: string) => pack.scheme.find((l) => l.local === level)?.bands ?? [];
  const out: PdfDocument[] = [];
  for (const layout of layouts) {
    let laid: { file: string; bytes: Uint8Array };
    if (designOf(layout) === 'chromium') {
      const matrix = layout.startsWith('matrix');
      const html = (matrix ? matrixHtml : perLevelHtml)(pack.authority, pack.scheme, items);
      laid = cachedPdf(dir, `${pack.slug}-${matrix ? 'matrix' : 'per-level'}`, html, layout.endsWith('-untagged'));
    } else laid = await otherPdf(dir, pack.slug, layout, pack, items);
    const source = `${pack.slug}-${layout}.pdf`;
    const gold: Gold = {
      authority: pack.authority,
      file: source,
      scheme: pack.scheme,
      indicators: items.map((i) => ({ text: i.text, level: i.level, domain: i.domain, topics: i.topics, bands: bandsOf(i.level) })),
    };
    out.push({ slug: pack.slug, authority: pack.authority, layout, source, ...laid, gold });
  }
  return out;
}
