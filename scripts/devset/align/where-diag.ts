// Where, case by case (local reading only: with --text it prints dev-set text; never paste that into a commit).
// Usage: tsx scripts/devset/align/where-diag.ts [--text] [--all]
import { loadRealGold } from './real.ts';
import { pairFeatures } from './matcher.ts';
import { whereCases } from './where-eval.ts';
import { MATCH_MODEL } from '../../../src/compare/match.ts';
import { frameOf, matchFeatures } from '../../../src/compare/match.ts';
import { tagIndicator } from '../../../src/tag/index.ts';

const args = process.argv.slice(2);
const text = args.includes('--text');
const gold = loadRealGold();
const feats = pairFeatures(gold);
const run = whereCases(gold, feats);
const f = { cases: run.cases.length, answered: run.cases.filter((c) => c.answer.bands.length).length, agree: run.cases.filter((c) => c.agree).length };
console.log(`cases ${f.cases} answered ${f.answered} agree ${f.agree}`);
const wide = whereCases(gold, feats, { minScore: 0, limit: 1000 });
const short = (s: string) => (s.length > 140 ? s.slice(0, 137) + '...' : s);
const fr = (t: string, a: string) => {
  const f = frameOf({ text: t, ...tagIndicator(t, { leaveOut: a }) });
  return `owner ${f.owner}${f.ownerSaid ? '' : '?'} role ${f.role} concern ${f.concern} pol ${f.polarity} freq ${f.frequency} sev ${f.severity} age ${f.age} topics ${f.topics.join(',')}`;
};
let n = 0;
run.cases.forEach((c, i) => {
  const w = wide.cases[i].answer;
  const status = c.agree ? 'AGREE' : c.answer.bands.length ? 'WRONG' : 'NONE';
  if (status === 'AGREE' && !args.includes('--all')) return;
  n++;
  const refs = new Set(c.counterparts.map((x) => x.text));
  const rank = w.matches.findIndex((m) => refs.has(m.indicator.text));
  const cp = rank >= 0 ? w.matches[rank] : null;
  console.log(`\n#${n} ${status} ${c.query.ref} (${c.query.authority}) -> ${c.authority}: want ${c.counterparts.map((x) => x.bands.join('+')).join(' | ')}; got ${c.answer.bands.join('+') || '-'} score ${c.answer.score}`);
  const tagged = (x: typeof c.query) => ({ text: x.text, ...tagIndicator(x.text, { leaveOut: x.authority }) });
  const conflicts = c.counterparts.map((x) => matchFeatures(0, tagged(c.query), tagged(x)).conflict ?? '-').join(',');
  console.log(`   counterpart rank ${rank} score ${cp?.score ?? 0} sim ${cp?.similarity ?? 0} conflict ${conflicts}`);
  for (const m of w.matches.slice(0, 3)) console.log(`   top: ${m.score} sim ${m.similarity} [${m.indicator.bands.join('+')}] ${text ? short(m.indicator.text) : ''}`);
  if (text) {
    console.log(`   Q: ${short(c.query.text)}\n      ${fr(c.query.text, c.query.authority)}`);
    for (const x of c.counterparts) console.log(`   C: [${x.bands.join('+')}] ${short(x.text)}\n      ${fr(x.text, x.authority)}`);
  }
});
console.log(`\nthreshold ${MATCH_MODEL.threshold}`);
