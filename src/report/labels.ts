import type { BandId, Qualifiers } from '../model/index.ts';
import type { Comparison, DiffKind, QualifierDiff } from '../compare/index.ts';
import { bandSpan } from '../compare/index.ts';
import { BANDS } from '../model/index.ts';

export const BAND_NAMES: Record<BandId, string> = {
  universal: 'Universal',
  early_help: 'Early help',
  targeted_early_help: 'Targeted early help',
  child_in_need: 'Child in need (s17)',
  child_protection: 'Child protection (s47)',
};

/** Short names for narrow terminal tables. */
export const BAND_SHORT: Record<BandId, string> = {
  universal: 'Universal',
  early_help: 'EH',
  targeted_early_help: 'Targeted EH',
  child_in_need: 'CIN s17',
  child_protection: 'CP s47',
};

export interface LabelStyle {
  /** Short band names (terminal). */
  compact?: boolean;
}

export function bandName(b: BandId, style: LabelStyle = {}): string {
  return (style.compact ? BAND_SHORT : BAND_NAMES)[b];
}

/** "Child in need (s17)" or "Child in need (s17) to Child protection (s47)"; "unplaced" when empty. */
export function bandsText(bands: readonly BandId[], style: LabelStyle = {}): string {
  const s = bandSpan(bands);
  if (!s) return 'unplaced';
  const n = (i: number) => bandName(BANDS[i], style);
  return s[0] === s[1] ? n(s[0]) : `${n(s[0])}${style.compact ? '..' : ' to '}${n(s[1])}`;
}

/** Row labels, adapted for two versions of one authority. */
export function kindLabel(kind: DiffKind, c: Pick<Comparison, 'mode' | 'labels'>): string {
  if (c.mode === 'versions') {
    return {
      same: 'unchanged', a_higher: 'moved down', b_higher: 'moved up', overlap: 'range changed',
      a_only: 'disappeared', b_only: 'appeared', unplaced: 'unplaced',
    }[kind];
  }
  return {
    same: 'same band', a_higher: `higher in ${c.labels.a}`, b_higher: `higher in ${c.labels.b}`,
    overlap: 'ranges overlap', a_only: `only in ${c.labels.a}: no counterpart in ${c.labels.b}`, b_only: `only in ${c.labels.b}: no counterpart in ${c.labels.a}`, unplaced: 'unplaced',
  }[kind];
}

export function qualifiersText(q: Qualifiers): string {
  const parts: string[] = [];
  for (const k of ['age', 'frequency', 'severity', 'engagement'] as const) if (q[k]) parts.push(`${k}: ${q[k]}`);
  if (q.negated) parts.push('negated');
  if (q.refs?.length) parts.push(`refs: ${q.refs.join(', ')}`);
  return parts.join('; ');
}

export function qualifierDiffsText(d: QualifierDiff[]): string {
  return d.map((x) => `${x.key}: ${x.a ?? '-'} / ${x.b ?? '-'}`).join('; ');
}
