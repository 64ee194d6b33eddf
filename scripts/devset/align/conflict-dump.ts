// Prints, per gold pair, its id, label, hard kind, rule conflict and LOAO score (no text): diff two runs to see
// which pairs a rule change moved. Usage: tsx scripts/devset/align/conflict-dump.ts > FILE
import { loadRealGold } from './real.ts';
import { loaoScores, pairFeatures } from './matcher.ts';

const gold = loadRealGold();
const feats = pairFeatures(gold);
const loao = loaoScores(gold.pairs, feats);
gold.pairs.forEach((p, i) => console.log(`${p.id} ${p.label}/${p.hard ?? '-'} ${feats[i].conflict ?? '-'} ${loao[i].toFixed(3)}`));
