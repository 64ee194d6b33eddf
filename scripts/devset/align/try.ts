// scratch: not committed
import { loadRealGold } from './real.ts';
import { pairFeatures, loaoScores } from './matcher.ts';
import { frameOf } from '../../../src/compare/match.ts';
import { tagIndicator } from '../../../src/tag/index.ts';
const g = loadRealGold();
const f = pairFeatures(g);
const s = loaoScores(g.pairs, f);
const rows = g.pairs.map((p, i) => ({ p, f: f[i], s: s[i] }));
const fr = (t: string) => { const x = frameOf({ text: t, ...tagIndicator(t) }); return `${x.owner ?? '-'}/${x.role ?? '-'}/${x.polarity ?? '-'}${x.concern ? '/c' : ''}`; };
const which = process.argv[2] ?? 'related';
for (const { p, f, s } of rows.filter((r) => r.p.label === which && !r.f.conflict).sort((x, y) => (which === 'same' ? x.s - y.s : y.s - x.s)).slice(0, 40))
  console.log(s.toFixed(2), p.hard.slice(0, 8), '|', p.a.text.slice(0, 60), `[${fr(p.a.text)}]`, '||', p.b.text.slice(0, 60), `[${fr(p.b.text)}]`);
