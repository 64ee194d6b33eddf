// scratch
import { readFileSync } from 'node:fs';
import { TfIdf, cosine, stemTokens } from '../../../src/compare/index.ts';
import { matchFeatures, logistic, MATCH_MODEL } from '../../../src/compare/match.ts';
const idx = JSON.parse(readFileSync('public/data/index.json', 'utf8'));
const prof = (id: string) => { const a = idx.authorities.find((x: any) => x.id === id); const d = a.documents[a.documents.length - 1]; return JSON.parse(readFileSync(`public/data/${d.file}`, 'utf8')); };
const A = prof('brackenholt'), B = prof('brindlecote');
const tf = new TfIdf();
for (const i of [...A.indicators, ...B.indicators]) tf.add(stemTokens(i.text));
for (const a of A.indicators.slice(0, 40)) {
  let best = { s: -1, t: '', c: '', x: [] as number[] };
  for (const b of B.indicators) {
    const cos = cosine(tf.vector(stemTokens(a.text)), tf.vector(stemTokens(b.text)));
    const m = matchFeatures(cos, a, b);
    const s = m.conflict ? 0 : logistic(m.x, MATCH_MODEL);
    if (s > best.s) best = { s, t: b.text, c: m.conflict ?? '', x: m.x };
  }
  console.log(best.s.toFixed(2), best.x.map((v) => v.toFixed(2)).join(' '), '|', a.text.slice(0, 60), '||', best.t.slice(0, 60));
}
