// npm run eval:real: scores the pipeline on the real development set (corpus/real-dev/pack/*.json), whose text
// lives only in the git-ignored .devset/text/ (rebuilt by scripts/devset/rebuild.ts). Skips cleanly without it.
// Modes: per page (one `atlas extract` per page) and as series (all of an authority's pages as one document);
// with --pdf instead: each authority's labelled wording laid out as PDFs (scripts/devset/pdf-layouts.ts: a domains x
// levels matrix and a page per level, each tagged and untagged, cached in .devset/pdf/), one `atlas extract` each.
// --designs chromium,writer,drawn (or all) picks the PDF designs (default chromium: Chromium's print and its qpdf
// untagged copy); writer needs LibreOffice's soffice and is skipped, saying so, without it.
// --pack DIR scores another pack in the same format (e.g. `atlas review export-labels` output).
// Topics are scored leave-one-authority-out: the rules an authority motivated alone are dropped, and the classifier is a
// model trained in memory without that authority (scripts/devset/topic-model.ts); --no-classifier scores the rules alone.
// (--only names authorities: a slug takes its document versions, slug@version, with it)
// Usage: tsx scripts/devset/eval-real.ts [--pack DIR] [--only slug,...] [--json FILE] [--worst N] [--no-meta] [--quiet] [--no-classifier]
//        tsx scripts/devset/eval-real.ts --pdf [--designs chromium,writer,drawn | --layouts matrix-tagged,...] [--only slug,...] [--json FILE] [--worst N]
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gold } from '../../src/model/index.ts';
import { authoritySlug, scorePack, formatReport, formatMode, scoreDocuments, type ModeReport, type PageInput, type Report } from './score.ts';
import { designOf, PDF_DESIGNS, PDF_LAYOUTS, pdfDocuments, type PdfDesign, type PdfLayout } from './pdf-layouts.ts';
import { sofficeMissing } from './pdf-writer.ts';
import { DEVSET_DIR, PACK_DIR, sha256, type PackAuthority } from './pack-format.ts';
import { registerHeldOutModels } from './topic-model.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = opt('--only')?.split(',');
const packDir = opt('--pack') ?? PACK_DIR;
const textDir = opt('--text-dir') ?? join(DEVSET_DIR, 'text');

if (!existsSync(packDir)) {
  console.log(`eval:real: no pack at ${packDir}; nothing to score`);
  process.exit(0);
}
const packs = readdirSync(packDir).filter((n) => n.endsWith('.json')).sort()
  .map((n) => JSON.parse(readFileSync(join(packDir, n), 'utf8')) as PackAuthority)
  .filter((p) => !only || only.includes(p.slug) || only.includes(authoritySlug(p.slug)));

let missing = 0;
let mismatched = 0;
const inputs: PageInput[] = [];
for (const pack of packs) {
  for (const page of pack.pages) {
    const file = join(textDir, `${page.id}.txt`);
    if (!existsSync(file)) { missing++; continue; }
    const text = readFileSync(file, 'utf8');
    if (sha256(text) !== page.sha256) { mismatched++; continue; }
    const gold: Gold = {
      authority: pack.authority,
      file: `${page.id}.md`,
      scheme: pack.scheme,
      indicators: page.indicators.map((i) => ({
        text: text.slice(i.start, i.end), level: i.level, domain: i.domain, topics: i.topics,
        bands: pack.scheme.find((l) => l.local === i.level)?.bands ?? [],
      })),
    };
    inputs.push({ pack, page, text, gold });
  }
}
const total = packs.reduce((n, p) => n + p.pages.length, 0);
if (inputs.length === 0) {
  console.log(`eval:real: skipped: the dev set's text is not on this machine (${total} pages in the pack, 0 in ${DEVSET_DIR}/text; see docs/real-dev-set.md to rebuild it)`);
  process.exit(0);
}
if (missing || mismatched) console.log(`eval:real: ${missing} pages without text, ${mismatched} with a different sha256: scored without them`);

console.log(registerHeldOutModels([...new Set(inputs.map((i) => authoritySlug(i.pack.slug)))], args.includes('--no-classifier')));

if (args.includes('--pdf')) {
  await pdfMode();
  process.exit(0);
}

const report = await scorePack(inputs, { meta: !args.includes('--no-meta') });
if (!args.includes('--quiet')) process.stdout.write(formatReport(report, Number(opt('--worst') ?? 10)));
// --json: figures only (no page text, so it may be committed); --json-text: with missed/extra texts (keep local)
const strip = (m: Report['per']) => ({ ...m, pages: m.pages.map(({ missed, extra, wrongBands, ...p }) => ({ ...p, missed: missed.length, extra: extra.length, wrongBands: wrongBands.length })) });
const out = opt('--json');
if (out) writeFileSync(out, JSON.stringify({ per: strip(report.per), series: report.series && strip(report.series) }, null, 1) + '\n');
const outText = opt('--json-text');
if (outText) writeFileSync(outText, JSON.stringify(report, null, 1) + '\n');

// ---------------------------------------------------------------- --pdf
async function pdfMode(): Promise<void> {
  const designNames = opt('--designs') === 'all' ? Object.keys(PDF_DESIGNS) : opt('--designs')?.split(',') ?? ['chromium'];
  const badDesign = designNames.filter((d) => !(d in PDF_DESIGNS));
  if (badDesign.length) throw new Error(`unknown design ${badDesign.join(', ')} (known: ${Object.keys(PDF_DESIGNS).join(', ')}, all)`);
  let layouts = (opt('--layouts')?.split(',') ?? designNames.flatMap((d) => [...PDF_DESIGNS[d as PdfDesign]])) as PdfLayout[];
  const unknown = layouts.filter((l) => !PDF_LAYOUTS.includes(l));
  if (unknown.length) throw new Error(`unknown layout ${unknown.join(', ')} (known: ${PDF_LAYOUTS.join(', ')})`);
  if (layouts.some((l) => designOf(l) === 'writer')) {
    const why = sofficeMissing();
    if (why) {
      console.log(`eval:real --pdf: writer design ${why}`);
      layouts = layouts.filter((l) => designOf(l) !== 'writer');
      if (!layouts.length) return;
    }
  }
  const docs = [];
  for (const slug of [...new Set(inputs.map((i) => i.pack.slug))]) {
    const own = inputs.filter((i) => i.pack.slug === slug);
    docs.push(...await pdfDocuments({ pack: own[0].pack, pages: own.map((i) => ({ text: i.text, indicators: i.page.indicators })) }, layouts));
  }
  const reports: Partial<Record<PdfLayout | 'all', ModeReport>> = {};
  for (const layout of layouts) {
    reports[layout] = await scoreDocuments(docs.filter((d) => d.layout === layout).map((d) => ({ ...d, id: d.source })));
  }
  reports.all = await scoreDocuments(docs.map((d) => ({ ...d, id: d.source })));
  const designs = [...new Set(layouts.map(designOf))];
  const byDesign: Partial<Record<PdfDesign, ModeReport>> = {};
  if (designs.length > 1) for (const d of designs) byDesign[d] = await scoreDocuments(docs.filter((x) => designOf(x.layout) === d).map((x) => ({ ...x, id: x.source })));
  const worst = Number(opt('--worst') ?? 5);
  const lines: string[] = [];
  if (!args.includes('--quiet')) for (const layout of layouts) lines.push(formatMode(`PDF ${layout} (one document per authority)`, reports[layout]!, worst));
  const f = (x: number | null) => (x === null ? '  -  ' : x.toFixed(3));
  const row = (name: string, m: ModeReport) => `${name.padEnd(22)} ${f(m.weighted.recall)}  ${f(m.weighted.precision)}  ${f(m.weighted.bandExact)}  ${f(m.weighted.topicF1)}  ${String(m.pooled.errors).padStart(3)} of ${String(m.pages.length).padEnd(3)}  ${m.pooled.internal}`;
  // A one-level authority's matrix has a single column: also shown, the figures over authorities with 2+ labelled levels.
  const multi = new Set(docs.filter((d) => d.gold.scheme.length > 1).map((d) => d.slug));
  const over = (m: ModeReport): ModeReport => {
    const byAuthority = Object.fromEntries(Object.entries(m.byAuthority).filter(([slug]) => multi.has(slug)));
    const mean = (k: 'recall' | 'precision' | 'bandExact' | 'topicF1' | 'schemeBandExact') => {
      const v = Object.values(byAuthority).map((a) => a[k]).filter((x): x is number => x !== null);
      return v.length ? v.reduce((t, x) => t + x, 0) / v.length : null;
    };
    const pages = m.pages.filter((p) => multi.has(p.slug));
    return { ...m, pages, byAuthority, weighted: { recall: mean('recall'), precision: mean('precision'), bandExact: mean('bandExact'), topicF1: mean('topicF1'), schemeBandExact: mean('schemeBandExact') },
      pooled: { ...m.pooled, errors: pages.filter((p) => p.error).length, internal: pages.reduce((n, p) => n + p.internal, 0) } };
  };
  const designRows = (over: (m: ModeReport) => ModeReport) => Object.entries(byDesign).map(([d, m]) => row(`all ${d}`, over(m!)));
  lines.push(`## PDF summary (authority-weighted; "all" pools each authority's ${layouts.length} documents, "all <design>" a design's)`,
    `${'layout'.padEnd(22)} recall  prec   bandEx topicF1 failed    internal`,
    ...layouts.map((l) => row(l, reports[l]!)), ...designRows((m) => m), row('all', reports.all!),
    `authorities with 2+ labelled levels (${multi.size} of ${Object.keys(reports.all!.byAuthority).length}):`,
    ...layouts.map((l) => row(l, over(reports[l]!))), ...designRows(over), row('all', over(reports.all!)), '',
    `per authority: recall / band exact / topic F1 per layout (${layouts.join(', ')}); x = failed`);
  for (const slug of Object.keys(reports.all!.byAuthority)) {
    const cells = layouts.map((l) => {
      const a = reports[l]!.byAuthority[slug];
      const failed = reports[l]!.pages.find((p) => p.slug === slug)?.error;
      return failed ? '        x        ' : `${f(a.recall)}/${f(a.bandExact)}/${f(a.topicF1)}`;
    });
    lines.push(`${slug.padEnd(26)} ${cells.join('  ')}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  const out = opt('--json');
  if (out) {
    const strip = (m: ModeReport) => ({ ...m, pages: m.pages.map(({ missed, extra, wrongBands, ...p }) => ({ ...p, missed: missed.length, extra: extra.length, wrongBands: wrongBands.length })) });
    const all = { ...reports, ...Object.fromEntries(Object.entries(byDesign).map(([d, m]) => [`all ${d}`, m])) };
    writeFileSync(out, JSON.stringify({ pdf: Object.fromEntries(Object.entries(all).map(([k, m]) => [k, strip(m!)])) }, null, 1) + '\n');
  }
}
