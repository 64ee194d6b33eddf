// npm run corpus:sample — writes corpus/sample/* (documents, <file>.gold.json, manifest.json) and
// corpus/bad/*. Deterministic: re-running writes the same bytes. Needs /usr/bin/chromium and qpdf.
// Usage: tsx scripts/corpus-sample/main.ts [--only id,id] [--skip-bad]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Manifest, ManifestEntry } from '../../src/model/types.ts';
import { writeBadCorpus } from './bad.ts';
import { buildModels, goldOf, type DocModel } from './build.ts';
import { printPdf, untag } from './render/chromium.ts';
import { STRENGTHS } from './content/domains.ts';
import { matrixDocx, mergedDocx, perLevelDocx } from './render/docx.ts';
import { drawnColumnsPdf } from './render/drawn-columns.ts';
import { drawnMatrixPdf } from './render/drawn-matrix.ts';
import { imageOnlyPdf } from './render/image-only.ts';
import {
  matrixHtml, perLevelGlanceHtml, perLevelHtml, readyReckonerHtml, transposedMatrixHtml, perTopicHtml, strengthsNeedsHtml, windscreenHtml,
} from './render/print-layouts.ts';
import { textDoc } from './render/text.ts';
import { accordionHtml, duplicatesHtml, manualHtml } from './render/web.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const setDir = (m: DocModel) => join(ROOT, 'corpus', m.spec.set ?? 'sample');

async function render(m: DocModel): Promise<Uint8Array | string> {
  switch (m.spec.layout) {
    case 'matrix-tagged': return printPdf(matrixHtml(m, false));
    case 'matrix-landscape': return printPdf(matrixHtml(m, true));
    case 'matrix-drawn': return drawnMatrixPdf(m);
    case 'per-level-pdf': return printPdf(perLevelHtml(m));
    case 'two-column-pdf': return m.spec.untagged ? untag(printPdf(perLevelHtml(m, true))) : printPdf(perLevelHtml(m, true));
    case 'per-topic-pdf': return printPdf(perTopicHtml(m));
    case 'windscreen-pdf': return printPdf(windscreenHtml(m));
    case 'strengths-needs-pdf': return printPdf(strengthsNeedsHtml(m));
    case 'docx': return perLevelDocx(m);
    case 'docx-matrix': return matrixDocx(m);
    case 'manual-html': return manualHtml(m);
    case 'duplicates-html': return duplicatesHtml(m);
    case 'text': return textDoc(m);
    case 'image-only': return imageOnlyPdf(m);
    case 'columns-drawn': return drawnColumnsPdf(m);
    case 'matrix-transposed': return printPdf(transposedMatrixHtml(m));
    case 'ready-reckoner': return printPdf(readyReckonerHtml(m));
    case 'per-level-glance': return printPdf(perLevelGlanceHtml(m));
    case 'accordion-html': return accordionHtml(m);
    case 'docx-merged': return mergedDocx(m, STRENGTHS);
    case 'matrix-unruled': return drawnMatrixPdf(m, { rules: false, running: 'Stages of Need - October 2024', schemeHeading: 'The four stages' });
  }
}

function entry(m: DocModel): ManifestEntry {
  const { spec } = m;
  return {
    authorityId: spec.id,
    authority: spec.name,
    file: spec.file,
    version: spec.version,
    ...(spec.expectError ? {} : { gold: `${spec.file}.gold.json` }),
    onsCode: null,
    layout: spec.layoutNote,
    ...(spec.expectError ? { expectError: true } : {}),
    hex: spec.hex,
  };
}

async function main() {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
  const models = buildModels();
  for (const m of models) {
    if (only && !only.includes(m.spec.id) && !only.includes(m.spec.file)) continue;
    const t0 = Date.now();
    const out = setDir(m);
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, m.spec.file), await render(m));
    if (!m.spec.expectError) writeFileSync(join(out, `${m.spec.file}.gold.json`), `${JSON.stringify(goldOf(m), null, 2)}\n`);
    console.error(`${m.spec.file}: ${m.items.length} indicators, ${Date.now() - t0} ms`);
  }
  for (const dir of new Set(models.map(setDir))) {
    const manifest: Manifest = { documents: models.filter((m) => setDir(m) === dir).map(entry) };
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  if (!args.includes('--skip-bad')) writeBadCorpus(join(ROOT, 'corpus/bad'));
}

main().catch((e) => { console.error(e); process.exit(1); });
