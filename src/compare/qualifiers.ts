import type { Qualifiers } from '../model/index.ts';

export interface QualifierDiff {
  key: 'age' | 'frequency' | 'severity' | 'engagement' | 'negated';
  a: string | null;
  b: string | null;
}

const KEYS: QualifierDiff['key'][] = ['age', 'frequency', 'severity', 'engagement', 'negated'];

function val(q: Qualifiers, k: QualifierDiff['key']): string | null {
  const v = q[k];
  if (v === undefined || v === false) return null;
  return String(v);
}

/** Qualifiers that differ between two indicators (one side missing counts as a difference). */
export function qualifierDiffs(a: Qualifiers, b: Qualifiers): QualifierDiff[] {
  const out: QualifierDiff[] = [];
  for (const k of KEYS) {
    const x = val(a, k);
    const y = val(b, k);
    if (x !== y) out.push({ key: k, a: x, b: y });
  }
  return out;
}

/** Number of qualifiers set on both sides with different values (a real conflict, not an omission). */
export function qualifierConflicts(a: Qualifiers, b: Qualifiers): number {
  let n = 0;
  for (const k of KEYS) {
    const x = val(a, k);
    const y = val(b, k);
    if (x !== null && y !== null && x !== y) n++;
    else if (k === 'negated' && x !== y) n++;
  }
  return n;
}
