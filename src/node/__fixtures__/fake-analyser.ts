// A stand-in for the pipeline in ingest tests: the document's text says what to do.
//   "pages 3"  -> a profile with 3 pages;  "fail why" -> DocumentError;  "hang" -> never returns;
//   "spin" -> busy loop;  "oom" -> allocates until the heap limit;  "sleep 200" -> waits 200 ms.
import type { Profile } from '../../model/index.ts';
import { DocumentError } from '../../model/index.ts';
import type { AnalyseMeta } from '../../pipeline/index.ts';

export async function analyse(bytes: Uint8Array, source: string, meta: AnalyseMeta): Promise<Profile> {
  const text = new TextDecoder().decode(bytes);
  let pages = 1;
  for (const line of text.split('\n')) {
    const [cmd, arg = ''] = line.trim().split(/\s+(.*)/);
    if (cmd === 'pages') pages = Number(arg);
    if (cmd === 'fail') throw new DocumentError(source, arg);
    if (cmd === 'throw') throw new TypeError(arg);
    if (cmd === 'sleep') await new Promise((r) => setTimeout(r, Number(arg)));
    if (cmd === 'hang') await new Promise(() => undefined);
    if (cmd === 'spin') for (;;);
    if (cmd === 'oom') {
      const hoard: string[][] = [];
      for (;;) hoard.push(new Array(1e5).fill(String(Math.random())));
    }
  }
  const id = meta.version ? `${meta.authorityId}@${meta.version}` : meta.authorityId;
  return {
    id,
    authorityId: meta.authorityId,
    authority: meta.authority,
    version: meta.version,
    source,
    format: 'text',
    pages,
    scheme: [
      { local: 'Level 1', order: 1, bands: ['universal'], evidence: 'order 1 of 2', evidencePhrases: [], confidence: 'low' },
      { local: 'Level 2', order: 2, bands: ['child_protection'], evidence: 'order 2 of 2', evidencePhrases: [], confidence: 'low' },
    ],
    indicators: [
      {
        id: `${id}#0`, text: `self-harm in ${text.length} bytes`, level: 'Level 2', order: 2, bands: ['child_protection'],
        domain: null, topics: ['self-harm'], qualifiers: {}, page: 1, bbox: null,
      },
    ],
    warnings: [],
    ...(meta.hash ? { hash: meta.hash } : {}),
  };
}
