// Prints the gold pairs the matcher gets wrong (leave-one-authority-out) with both texts, situation frames and
// features, for reading on this machine only (real text: never paste the output into a commit).
// Usage: tsx scripts/devset/align/inspect.ts [--all-conflicts] [--ids id1,id2]
import { FEATURES, frameOf, MATCH_MODEL } from '../../../src/compare/match.ts';
import { tagIndicator } from '../../../src/tag/index.ts';
import { loadRealGold } from './real.ts';
import { loaoScores, pairFeatures } from './matcher.ts';

const args = process.argv.slice(2);
const gold = loadRealGold();
const feats = pairFeatures(gold);
const loao = loaoScores(gold.pairs, feats);
const ids = args.includes('--ids') ? new Set(args[args.indexOf('--ids') + 1].split(',')) : null;
const frame = (text: string, authority: string) => {
  const t = tagIndicator(text, { leaveOut: authority });
  const f = frameOf({ text, ...t });
  return `owner ${f.owner}${f.ownerSaid ? '(said)' : f.ownerTopics.length ? `(${f.ownerTopics})` : ''} role ${f.role} concern ${f.concern} pol ${f.polarity} freq ${f.frequency} sev ${f.severity} age ${f.age} topics ${t.topics.join(',')}`;
};
gold.pairs.forEach((p, i) => {
  const yes = loao[i] >= MATCH_MODEL.threshold;
  const wrong = (p.label === 'same') !== yes;
  const show = ids ? ids.has(p.id) : wrong || (args.includes('--all-conflicts') && feats[i].conflict && p.label !== 'same');
  if (!show) return;
  const f = feats[i];
  console.log(`${p.id} gold ${p.label}/${p.hard} score ${loao[i].toFixed(3)} conflict ${f.conflict ?? '-'}`);
  console.log(`  A ${p.a.authority}: ${p.a.text}\n    ${frame(p.a.text, p.a.authority)}`);
  console.log(`  B ${p.b.authority}: ${p.b.text}\n    ${frame(p.b.text, p.b.authority)}`);
  console.log('  ' + FEATURES.map((n, j) => `${n} ${f.x[j].toFixed(2)}`).join(' '));
});
