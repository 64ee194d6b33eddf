import { loadRealGold } from './real.ts';
import { pairFeatures } from './matcher.ts';
import { figures, formatFigures } from './metrics.ts';
const g = loadRealGold();
const f = pairFeatures(g);
// cos, containment, topics, shared, freq, sev, age, concern, strength
for (const [name, fn] of [
  ['0.7cos+0.3jac, conflicts 0', (x: number[]) => 0.7 * x[0] + 0.3 * x[2]],
  ['0.7cos+0.3jac-0.1q, conflicts 0', (x: number[]) => 0.7 * x[0] + 0.3 * x[2] - 0.1 * (x[4] + x[5] + x[6]) - 0.3 * x[8]],
  ['0.5cos+0.2cont+0.3jac-0.15q', (x: number[]) => 0.5 * x[0] + 0.2 * x[1] + 0.3 * x[2] - 0.15 * (x[4] + x[5] + x[6] + x[7]) - 0.3 * x[8]],
] as const) {
  const s = f.map((p) => (p.conflict ? 0 : fn(p.x)));
  const fig = figures(g.pairs, s, 0.45);
  console.log(name, fig.bestAtP90 ? `R@P90 ${fig.bestAtP90.recall.toFixed(2)} thr ${fig.bestAtP90.threshold.toFixed(3)}` : 'none', `at .45: P ${fig.at.precision.toFixed(2)} R ${fig.at.recall.toFixed(2)}`);
}
