// A small L2-regularised logistic regression (batch gradient descent on standardised inputs). Pure.
export interface Fitted { weights: number[]; bias: number }

/**
 * signs: per feature, -1 (the weight may not be positive: a disagreement never makes two indicators more alike),
 * 1 (may not be negative) or 0 (free); projected after each step.
 */
export function fitLogistic(xs: readonly number[][], ys: readonly number[], l2 = 0.001, iters = 3000, rate = 0.5, signs: readonly number[] = []): Fitted {
  const d = xs[0]?.length ?? 0;
  const mean = new Array(d).fill(0);
  const sd = new Array(d).fill(0);
  for (const x of xs) for (let j = 0; j < d; j++) mean[j] += x[j] / xs.length;
  for (const x of xs) for (let j = 0; j < d; j++) sd[j] += (x[j] - mean[j]) ** 2 / xs.length;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]) || 1;
  const z = xs.map((x) => x.map((v, j) => (v - mean[j]) / sd[j]));
  const w = new Array(d).fill(0);
  let b = 0;
  const n = xs.length || 1;
  for (let it = 0; it < iters; it++) {
    const gw = new Array(d).fill(0);
    let gb = 0;
    for (let i = 0; i < z.length; i++) {
      let s = b;
      for (let j = 0; j < d; j++) s += w[j] * z[i][j];
      const e = 1 / (1 + Math.exp(-s)) - ys[i];
      for (let j = 0; j < d; j++) gw[j] += e * z[i][j];
      gb += e;
    }
    for (let j = 0; j < d; j++) {
      w[j] -= rate * (gw[j] / n + l2 * w[j]);
      if ((signs[j] ?? 0) * w[j] < 0) w[j] = 0;
    }
    b -= rate * (gb / n);
  }
  // back to raw inputs: w_raw = w / sd, b_raw = b - sum(w * mean / sd)
  const weights = w.map((v, j) => v / sd[j]);
  const bias = b - w.reduce((s, v, j) => s + (v * mean[j]) / sd[j], 0);
  return { weights: weights.map(r4), bias: r4(bias) };
}

function r4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
