// atlas review import: the corrections a reviewer downloaded from the static app, added to the corpus.
import { promises as fs } from 'node:fs';
import { checkCorrection, CorrectionInvalid, isAuthorityId, type Correction } from '../review/index.ts';
import { appendCorrections } from './review-write.ts';

/** Import a { schema: 1, corrections: { <authorityId>: [...] } } file; returns one line per authority. */
export async function importCorrections(file: string, corpus: string, data: string): Promise<string[]> {
  const st = await fs.stat(file);
  if (st.size > 8 * 1024 * 1024) throw new CorrectionInvalid(`${file} is over 8 MB`);
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    throw new CorrectionInvalid(`${file} is not valid JSON`);
  }
  const r = raw as { schema?: unknown; corrections?: unknown };
  if (!r || r.schema !== 1 || !r.corrections || typeof r.corrections !== 'object' || Array.isArray(r.corrections)) {
    throw new CorrectionInvalid(`${file} is not a corrections download ({ schema: 1, corrections: { <authority>: [...] } })`);
  }
  // check everything before writing anything
  const checked: [string, Correction[]][] = Object.entries(r.corrections as Record<string, unknown>).map(([id, list]) => {
    if (!isAuthorityId(id)) throw new CorrectionInvalid(`not an authority id: ${JSON.stringify(id).slice(0, 60)}`);
    if (!Array.isArray(list)) throw new CorrectionInvalid(`${id}: a list of corrections`);
    return [id, list.map((c, i) => {
      try {
        return checkCorrection(c);
      } catch (e) {
        throw new CorrectionInvalid(`${id}[${i}]: ${(e as Error).message}`);
      }
    })];
  });
  const lines: string[] = [];
  for (const [id, list] of checked) {
    const res = await appendCorrections(corpus, data, id, list);
    const n = (s: string) => res.outcomes.filter((o) => o.status === s).length;
    lines.push(`${id}: ${res.added} new of ${list.length} (revision ${res.revision}); ${n('applied')} applied, ${n('carried')} carried over, ${n('stale')} stale`);
  }
  return lines;
}
