// The dev set's real wording laid out as PDFs (eval:real --pdf): an authority's labelled indicators, from every
// page of its pack, printed by Chromium as
//   matrix     one table, domains as rows, the authority's own level names as column heads (landscape past 3 levels);
//   per-level  a page per level: its own (often long, descriptive) level name as heading, domain sub-headings, bullets;
// each tagged (Chromium's structure tree) and untagged (qpdf copy without it). Written, cached by content hash,
// to the git-ignored .devset/pdf/ (they hold real text: never commit them). The HTML is built from the sample
// corpus's parts (scripts/corpus-sample/render/html-parts.ts) and printed by its Chromium driver.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gold } from '../../src/model/index.ts';
import { printPdf, untag } from '../corpus-sample/render/chromium.ts';
import { esc, htmlDoc, pageCss, PRINT_CSS } from '../corpus-sample/render/html-parts.ts';
import { DEVSET_DIR, sha256, type PackAuthority, type PackLevel } from './pack-format.ts';

export const PDF_LAYOUTS = ['matrix-tagged', 'matrix-untagged', 'per-level-tagged', 'per-level-untagged'] as const;
export type PdfLayout = (typeof PDF_LAYOUTS)[number];

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

/** The authority's wording in each layout asked for, with its gold (the laid-out indicators and the pack's scheme). */
export function pdfDocuments(a: AuthorityText, layouts: readonly PdfLayout[] = PDF_LAYOUTS, dir = join(DEVSET_DIR, 'pdf')): PdfDocument[] {
  const items = laidIndicators(a);
  if (!items.length) return [];
  mkdirSync(dir, { recursive: true });
  const { pack } = a;
  const bandsOf = (level: string) => pack.scheme.find((l) => l.local === level)?.bands ?? [];
  return layouts.map((layout) => {
    const matrix = layout.startsWith('matrix');
    const html = (matrix ? matrixHtml : perLevelHtml)(pack.authority, pack.scheme, items);
    const { file, bytes } = cachedPdf(dir, `${pack.slug}-${matrix ? 'matrix' : 'per-level'}`, html, layout.endsWith('-untagged'));
    const source = `${pack.slug}-${layout}.pdf`;
    const gold: Gold = {
      authority: pack.authority,
      file: source,
      scheme: pack.scheme,
      indicators: items.map((i) => ({ text: i.text, level: i.level, domain: i.domain, topics: i.topics, bands: bandsOf(i.level) })),
    };
    return { slug: pack.slug, authority: pack.authority, layout, source, file, bytes, gold };
  });
}
