// atlas review export-labels: the reviewed indicators of real documents as a dev-set pack
// (scripts/devset/pack-format.ts): offsets into each part's plain text and the reviewer's labels, never text.
// The plain text goes to the git-ignored .devset/text/<id>.txt so `npm run eval:real -- --pack <dir>` can score.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AtlasIndex, Indicator, Profile } from '../model/index.ts';
import { normaliseProfile } from '../model/index.ts';
import { sha256Hex, sourceText } from '../review/index.ts';
import { writeFileAtomic } from './atomic.ts';
import type { PackAuthority, PackIndicator, PackPage } from '../../scripts/devset/pack-format.ts';

/** [start, end) of `needle` in `text`, whitespace differences ignored; null when absent. */
export function findOffsets(text: string, needle: string, from = 0): [number, number] | null {
  const words = needle.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length || !words[0]) return null;
  const re = new RegExp(words.join('\\s+'), 'g');
  re.lastIndex = from;
  const m = re.exec(text) ?? (from > 0 ? ((re.lastIndex = 0), re.exec(text)) : null);
  return m ? [m.index, m.index + m[0].length] : null;
}

export interface ExportOptions {
  data: string;
  out: string;
  textDir: string;
  includeFictional?: boolean;
}

export async function exportLabels(o: ExportOptions): Promise<string[]> {
  const index = JSON.parse(await fs.readFile(path.join(o.data, 'index.json'), 'utf8')) as AtlasIndex;
  const lines: string[] = [];
  let written = 0;
  for (const a of index.authorities) {
    if (a.fictional && !o.includeFictional) continue;
    const pack: PackAuthority = { authority: a.name, slug: a.id, onsCode: a.onsCode, scheme: [], pages: [] };
    let skipped = 0;
    for (const doc of a.documents) {
      if (!doc.review?.reviewed) continue;
      const p: Profile = normaliseProfile(JSON.parse(await fs.readFile(path.join(o.data, doc.file), 'utf8')));
      const reviewed = p.indicators.filter((i) => i.review);
      const parts = doc.parts ?? [{ sourceFile: doc.sourceFile, format: doc.format, url: null, title: null }];
      for (const [k, part] of parts.entries()) {
        const mine = reviewed.filter((i) => (i.part ?? 0) === k);
        if (!mine.length) continue;
        const text = part.sourceFile ? await sourceText(part.format, new Uint8Array(await fs.readFile(path.join(o.data, part.sourceFile)))).catch(() => null) : null;
        if (text === null) { skipped += mine.length; continue; }
        const hash = sha256Hex(text);
        const inds: PackIndicator[] = [];
        let cursor = 0;
        for (const ind of mine) {
          const at = findOffsets(text, ind.text, cursor);
          if (!at) { skipped++; continue; }
          cursor = at[1];
          inds.push({ start: at[0], end: at[1], level: ind.level, domain: ind.domain, topics: ind.topics });
        }
        if (!inds.length) continue;
        await writeFileAtomic(path.join(o.textDir, `${hash.slice(0, 12)}.txt`), text);
        const pg: PackPage = {
          id: hash.slice(0, 12), url: part.url ?? `atlas:${p.id}${parts.length > 1 ? `#part${k}` : ''}`, query: 'atlas review export-labels', rank: 0,
          sha256: hash, length: text.length, pageLevel: null, layout: ['reviewed'], indicators: inds.sort((x, y) => x.start - y.start),
        };
        pack.pages.push(pg);
      }
      if (!pack.scheme.length) pack.scheme = p.scheme.map((l) => ({ local: l.local, order: l.order, bands: l.bands }));
    }
    if (!pack.pages.length && !skipped) continue;
    const n = pack.pages.reduce((m, pg) => m + pg.indicators.length, 0);
    if (pack.pages.length) {
      await writeFileAtomic(path.join(o.out, `${a.id}.json`), JSON.stringify(pack, null, 1) + '\n');
      written++;
    }
    lines.push(`${a.id}: ${n} reviewed indicators exported${skipped ? `, ${skipped} left out (the source text could not be read, or the words were not found in it)` : ''}`);
  }
  lines.push(`export-labels: ${written} authorit${written === 1 ? 'y' : 'ies'} written to ${o.out}/ (text in ${o.textDir}/, never in the pack)`);
  return lines;
}

export type { Indicator };
