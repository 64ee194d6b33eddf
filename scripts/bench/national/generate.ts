// The benchmark's synthetic national corpus: 153 fictional authorities, about 40 pages each, in the
// sample corpus's mix of layouts (tagged and untagged PDF, DOCX, HTML, text). Built from engineer A's
// sample-corpus models and renderers, each document's content repeated to national-document length.
// Written once to bench/corpus/national/ (git-ignored) and reused while the generator is unchanged.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Manifest, ManifestEntry } from '../../../src/model/types.ts';
import { buildModels, type DocModel } from '../../corpus-sample/build.ts';
import { printPdf, untag } from '../../corpus-sample/render/chromium.ts';
import { STRENGTHS } from '../../corpus-sample/content/domains.ts';
import { matrixDocx, mergedDocx, perLevelDocx } from '../../corpus-sample/render/docx.ts';
import { drawnColumnsPdf } from '../../corpus-sample/render/drawn-columns.ts';
import { drawnMatrixPdf } from '../../corpus-sample/render/drawn-matrix.ts';
import {
  matrixHtml, perLevelHtml, readyReckonerHtml, transposedMatrixHtml, perTopicHtml, strengthsNeedsHtml, windscreenHtml,
} from '../../corpus-sample/render/print-layouts.ts';
import { textDoc } from '../../corpus-sample/render/text.ts';
import { accordionHtml, duplicatesHtml, manualHtml } from '../../corpus-sample/render/web.ts';

export const AUTHORITIES = 153;
/** Bump to regenerate the cached corpus. */
const GENERATOR_VERSION = '1';

const RENDERERS: Record<string, (m: DocModel) => Promise<Uint8Array | string> | Uint8Array | string> = {
  'matrix-tagged': (m) => printPdf(matrixHtml(m, false)),
  'matrix-landscape': (m) => printPdf(matrixHtml(m, true)),
  'matrix-drawn': (m) => drawnMatrixPdf(m),
  'per-level-pdf': (m) => printPdf(perLevelHtml(m)),
  'two-column-pdf': (m) => (m.spec.untagged ? untag(printPdf(perLevelHtml(m, true))) : printPdf(perLevelHtml(m, true))),
  'per-topic-pdf': (m) => printPdf(perTopicHtml(m)),
  'windscreen-pdf': (m) => printPdf(windscreenHtml(m)),
  'strengths-needs-pdf': (m) => printPdf(strengthsNeedsHtml(m)),
  docx: (m) => perLevelDocx(m),
  'docx-matrix': (m) => matrixDocx(m),
  'manual-html': (m) => manualHtml(m),
  'duplicates-html': (m) => duplicatesHtml(m),
  text: (m) => textDoc(m),
  'columns-drawn': (m) => drawnColumnsPdf(m),
  'matrix-transposed': (m) => printPdf(transposedMatrixHtml(m)),
  'ready-reckoner': (m) => printPdf(readyReckonerHtml(m)),
  'accordion-html': (m) => accordionHtml(m),
  'docx-merged': (m) => mergedDocx(m, STRENGTHS),
};

/** Layouts of the sample corpus this generator can render (the sample may grow new ones). */
export function renderable(m: DocModel): boolean {
  return m.spec.layout in RENDERERS;
}

export async function render(m: DocModel): Promise<Uint8Array | string> {
  const r = RENDERERS[m.spec.layout];
  if (!r) throw new Error(`no renderer for layout ${String(m.spec.layout)}`);
  return r(m);
}

const VARIANTS = ['', ' (repeated concern)', ' despite support offered', ' reported by school', ' noted by health visitor', ' over several months', ' with no improvement', ' according to the family', ' raised by police', ' seen at home visit', ' recorded by GP', ' in the last year'];

/** Authority k's document: template model k mod n, its indicators repeated `times` with varied wording. */
export function nationalModel(base: DocModel, k: number, times: number): DocModel {
  const name = `Benchford ${String(k + 1).padStart(3, '0')}`;
  const id = `bench-${String(k + 1).padStart(3, '0')}`;
  const ext = base.spec.file.slice(base.spec.file.lastIndexOf('.'));
  const items = [];
  for (let r = 0; r < times; r++) {
    for (const it of base.items) items.push({ ...it, text: r === 0 ? it.text : `${it.text}${VARIANTS[(r + k) % VARIANTS.length]}` });
  }
  // keep each level's items together, as the renderers expect document order
  items.sort((a, b) => a.level - b.level);
  return {
    spec: { ...base.spec, id, name, title: base.spec.title.replace(base.spec.name, name), file: `${id}${ext}`, intro: base.spec.intro.map((p) => p.replaceAll(base.spec.name, name)) },
    items,
  };
}

export interface NationalCorpus {
  dir: string;
  manifest: Manifest;
  pdfs: string[];
}

function generatorHash(): string {
  const h = createHash('sha256').update(GENERATOR_VERSION);
  for (const f of ['build.ts', 'render/print-layouts.ts', 'render/drawn-matrix.ts', 'render/docx.ts', 'render/web.ts', 'content/situations.ts']) {
    const p = join(import.meta.dirname, '../../corpus-sample', f);
    if (existsSync(p)) h.update(readFileSync(p));
  }
  return h.digest('hex').slice(0, 16);
}

async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}

/** Pages of the sample document a layout comes from (null for non-PDF layouts). */
async function samplePages(file: string): Promise<number | null> {
  const p = join(import.meta.dirname, '../../../corpus/sample', file);
  if (!file.endsWith('.pdf') || !existsSync(p)) return null;
  return pageCount(readFileSync(p));
}

/** Render a layout at about `pages` pages: a first guess from the sample, then one correction. */
async function template(base: DocModel, t: number, samplePp: number, pages: number): Promise<Uint8Array> {
  const bytesOf = async (times: number) => {
    const out = await render(nationalModel(base, t, times));
    return typeof out === 'string' ? new TextEncoder().encode(out) : new Uint8Array(out);
  };
  let times = Math.max(1, Math.round(pages / samplePp));
  let pdf = await bytesOf(times);
  const got = await pageCount(pdf);
  if (got < pages * 0.5 || got > pages * 2) {
    times = Math.max(1, Math.min(80, Math.round((times * pages) / Math.max(1, got))));
    pdf = await bytesOf(times);
  }
  return pdf;
}

/** Make a rendered PDF's bytes unique per authority without changing what any reader sees. */
function stampPdf(pdf: Uint8Array, k: number): Uint8Array {
  return Buffer.concat([Buffer.from(pdf), Buffer.from(`\n%bench-authority-${k}\n`)]);
}

/**
 * Generate (or reuse) bench/corpus/national/. PDFs are rendered once per layout (Chromium takes tens of
 * seconds per document on a busy machine) at about `pages` pages, then stamped per authority so every
 * file has its own bytes (no cache sharing); DOCX, HTML and text are rendered per authority.
 */
export async function nationalCorpus(root: string, opts: { pages?: number; log?: (s: string) => void } = {}): Promise<NationalCorpus> {
  const dir = join(root, 'national');
  const stamp = join(dir, '.generator');
  const pages = opts.pages ?? 40;
  const key = `${generatorHash()}-${pages}`;
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key && existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    return { dir, manifest, pdfs: manifest.documents.filter((d) => d.file.endsWith('.pdf')).map((d) => join(dir, d.file)) };
  }
  mkdirSync(dir, { recursive: true });
  const models = buildModels().filter((m) => !m.spec.expectError && !m.spec.revises && renderable(m));
  const templates = new Map<number, Uint8Array>();
  const documents: ManifestEntry[] = [];
  const t0 = Date.now();
  for (let k = 0; k < AUTHORITIES; k++) {
    const t = k % models.length;
    const base = models[t];
    const sp = await samplePages(base.spec.file);
    const m = nationalModel(base, k, 12);
    let bytes: Uint8Array | string;
    if (sp) {
      if (!templates.has(t)) templates.set(t, await template(base, t, sp, pages));
      bytes = stampPdf(templates.get(t)!, k);
    } else {
      bytes = await render(m);
    }
    writeFileSync(join(dir, m.spec.file), bytes);
    documents.push({ authorityId: m.spec.id, authority: m.spec.name, file: m.spec.file, version: null, onsCode: null, layout: m.spec.layout });
    if ((k + 1) % 10 === 0) opts.log?.(`bench corpus: ${k + 1}/${AUTHORITIES} documents (${Math.round((Date.now() - t0) / 1000)} s)`);
  }
  const manifest: Manifest = { documents };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 1));
  writeFileSync(stamp, key);
  return { dir, manifest, pdfs: documents.filter((d) => d.file.endsWith('.pdf')).map((d) => join(dir, d.file)) };
}
