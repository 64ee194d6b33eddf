// npm run eval:align: measures situation matching on the alignment gold (corpus/real-dev/align, pack form; text
// from the git-ignored .devset/text). Skips cleanly without the text.
// Usage: tsx scripts/devset/eval-align.ts [--gold FILE] [--fictional] [--json FILE] [--wrong N]
import { writeFileSync } from 'node:fs';
import { baselineScores, BASELINE_THRESHOLD } from './align/baseline.ts';
import { figures, formatFigures } from './align/metrics.ts';
import { loadRealGold, pairFiles } from './align/real.ts';
import { loadFictionalGold } from './align/fictional.ts';
import type { AlignGold } from './align/gold.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

let gold: AlignGold;
let source: string;
if (args.includes('--fictional')) {
  gold = loadFictionalGold();
  source = 'fictional gold (test/fixtures/align)';
} else {
  const files = opt('--gold') ? [opt('--gold')!] : pairFiles();
  const real = loadRealGold(files);
  if (real.pairs.length === 0) {
    console.log(`eval:align: skipped: none of the ${real.total} gold pairs' text is on this machine (.devset/text; see docs/alignment.md to rebuild it)`);
    process.exit(0);
  }
  source = `${files.join(', ')}: ${real.pairs.length} of ${real.total} pairs readable${real.skipped ? ` (${real.skipped} skipped: text missing)` : ''}`;
  gold = real;
}
const authorities = new Set(gold.pairs.flatMap((p) => [p.a.authority, p.b.authority]));
console.log(`eval:align on ${source}; ${authorities.size} authorities\n`);

const before = figures(gold.pairs, baselineScores(gold), BASELINE_THRESHOLD);
process.stdout.write(formatFigures('before: TF-IDF cosine + topic Jaccard (compare defaults 0.45 / cosine 0.25)', before));

const out = opt('--json');
if (out) writeFileSync(out, JSON.stringify({ source, before }, null, 1) + '\n');
