// Figures of an alignment matcher on a gold: "same situation" precision/recall at a threshold, a sweep,
// confusion over same/related/different, and the hard near misses. Pure.
import { AGENT_HARD, type AlignLabel, type AlignPair } from './gold.ts';

export interface PR { threshold: number; aligned: number; tp: number; precision: number; recall: number; f1: number }

export interface HardRow { hard: string; pairs: number; same: number; aligned: number; wrongAligned: number }

export interface AlignFigures {
  pairs: number;
  labels: Record<AlignLabel, number>;
  at: PR;
  sweep: PR[];
  /** Rows: gold label; columns: aligned (score >= threshold) or not. */
  confusion: Record<AlignLabel, { aligned: number; notAligned: number }>;
  hard: HardRow[];
  /** Non-same pairs of an agent kind (victim-perpetrator, child-parent) that were aligned: must be 0. */
  agentErrors: string[];
  /** Highest threshold with precision >= 0.9 and its recall (null when none reaches it). */
  bestAtP90: PR | null;
}

export function prAt(pairs: readonly AlignPair[], scores: readonly number[], threshold: number): PR {
  let aligned = 0;
  let tp = 0;
  let pos = 0;
  pairs.forEach((p, i) => {
    const yes = scores[i] >= threshold;
    if (p.label === 'same') pos++;
    if (yes) { aligned++; if (p.label === 'same') tp++; }
  });
  const precision = aligned ? tp / aligned : 1;
  const recall = pos ? tp / pos : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { threshold, aligned, tp, precision, recall, f1 };
}

export function figures(pairs: readonly AlignPair[], scores: readonly number[], threshold: number): AlignFigures {
  const labels: Record<AlignLabel, number> = { same: 0, related: 0, different: 0 };
  const confusion: AlignFigures['confusion'] = {
    same: { aligned: 0, notAligned: 0 }, related: { aligned: 0, notAligned: 0 }, different: { aligned: 0, notAligned: 0 },
  };
  const hard = new Map<string, HardRow>();
  const agentErrors: string[] = [];
  pairs.forEach((p, i) => {
    labels[p.label]++;
    const yes = scores[i] >= threshold;
    confusion[p.label][yes ? 'aligned' : 'notAligned']++;
    let h = hard.get(p.hard);
    if (!h) hard.set(p.hard, (h = { hard: p.hard, pairs: 0, same: 0, aligned: 0, wrongAligned: 0 }));
    h.pairs++;
    if (p.label === 'same') h.same++;
    if (yes) { h.aligned++; if (p.label !== 'same') h.wrongAligned++; }
    if (yes && p.label !== 'same' && AGENT_HARD.includes(p.hard)) agentErrors.push(p.id);
  });
  const sweep: PR[] = [];
  for (let t = 5; t <= 95; t += 5) sweep.push(prAt(pairs, scores, t / 100));
  // finest sweep for the operating point: every distinct score
  const fine = [...new Set(scores)].sort((x, y) => x - y).map((t) => prAt(pairs, scores, t));
  const ok = fine.filter((r) => r.precision >= 0.9 && r.aligned > 0);
  const bestAtP90 = ok.length ? ok.reduce((b, r) => (r.recall > b.recall || (r.recall === b.recall && r.threshold > b.threshold) ? r : b)) : null;
  return {
    pairs: pairs.length, labels, at: prAt(pairs, scores, threshold), sweep, confusion,
    hard: [...hard.values()].sort((x, y) => (x.hard === 'none' ? 1 : 0) - (y.hard === 'none' ? 1 : 0) || x.hard.localeCompare(y.hard)),
    agentErrors, bestAtP90,
  };
}

const f2 = (x: number) => x.toFixed(2);

export function formatFigures(title: string, f: AlignFigures): string {
  const out: string[] = [];
  out.push(`## ${title}`);
  out.push(`pairs ${f.pairs} (same ${f.labels.same}, related ${f.labels.related}, different ${f.labels.different})`);
  out.push(`same situation at threshold ${f2(f.at.threshold)}: precision ${f2(f.at.precision)} recall ${f2(f.at.recall)} F1 ${f2(f.at.f1)} (${f.at.tp}/${f.at.aligned} aligned are same)`);
  out.push(f.bestAtP90 ? `best recall with precision >= 0.90: ${f2(f.bestAtP90.recall)} at threshold ${f.bestAtP90.threshold.toFixed(3)}` : 'no threshold reaches precision 0.90');
  out.push('sweep:   ' + f.sweep.filter((_, i) => i % 2 === 1).map((r) => `${f2(r.threshold)}: P ${f2(r.precision)} R ${f2(r.recall)}`).join(' | '));
  out.push('confusion (gold x matcher):        aligned  not');
  for (const l of ['same', 'related', 'different'] as const) out.push(`  ${l.padEnd(10)} ${String(f.confusion[l].aligned).padStart(24)} ${String(f.confusion[l].notAligned).padStart(5)}`);
  out.push('hard near misses:  kind                 pairs  same  aligned  wrongly aligned');
  for (const h of f.hard) out.push(`  ${h.hard.padEnd(35)} ${String(h.pairs).padStart(5)} ${String(h.same).padStart(5)} ${String(h.aligned).padStart(8)} ${String(h.wrongAligned).padStart(8)}`);
  out.push(`victim/perpetrator or child/parent pairs aligned: ${f.agentErrors.length}${f.agentErrors.length ? ' (' + f.agentErrors.join(', ') + ')' : ''}`);
  return out.join('\n') + '\n';
}
