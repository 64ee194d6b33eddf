// scratch: not committed
import { loadRealGold } from './real.ts';
import { pairFeatures, loaoScores } from './matcher.ts';
const g = loadRealGold();
const f = pairFeatures(g);
const s = loaoScores(g.pairs, f);
const rows = g.pairs.map((p, i) => ({ p, f: f[i], s: s[i] }));
for (const lab of ['same', 'related']) {
  console.log('=====', lab);
  for (const { p, f, s } of rows.filter((r) => r.p.label === lab).sort((x, y) => y.s - x.s).slice(0, lab === 'same' ? 60 : 25))
    console.log(s.toFixed(2), f.x.map((v) => v.toFixed(2)).join(' '), f.conflict ?? '', '|', p.a.text.slice(0, 70), '||', p.b.text.slice(0, 70));
}
