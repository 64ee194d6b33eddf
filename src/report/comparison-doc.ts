import type { Comparison, DiffKind, SideEvidence } from '../compare/index.ts';
import { DIFF_KINDS, MATCH_MODEL } from '../compare/index.ts';
import { BANDS } from '../model/index.ts';
import type { Cell, ReportDoc } from './doc.ts';
import { bandName, bandsText, type LabelStyle, kindLabel, qualifierDiffsText, qualifiersText } from './labels.ts';
import { reviewMark, reviewedText } from '../review/marks.ts';

function place(e: SideEvidence): string {
  const at = e.ref ? `${e.ref}` : `p. ${e.page}`;
  // a document series: which part (file) the page or lines are in
  const where = e.partSource ? `${e.partSource.split('/').pop()}, ${at}` : at;
  return e.bbox ? `${where} [${e.bbox.map((n) => Math.round(n)).join(', ')}]` : where;
}

/** " (n of m reviewed)" for a side a person reviewed, so the one-table formats (CSV) say it too. */
function reviewedHead(d: Comparison['a']): string {
  return d.reviewed ? ` (${d.reviewed} of ${d.indicatorCount} reviewed)` : '';
}

/** Comparison -> report document: summary (totals, topics, schemes), differences, evidence. */
export function comparisonDoc(c: Comparison, st: LabelStyle = {}): ReportDoc {
  // column headers: in a version comparison the dates say enough
  const A = c.mode === 'versions' ? c.a.version ?? c.labels.a : c.labels.a;
  const B = c.mode === 'versions' ? c.b.version ?? c.labels.b : c.labels.b;
  const shown = (k: DiffKind) => c.totals[k] > 0 || k !== 'unplaced';
  const totals = DIFF_KINDS.filter(shown).map((k): Cell[] => [kindLabel(k, c), c.totals[k]]);

  const topics = c.topics.map((t): Cell[] => [
    t.topic,
    t.a ? bandsText(t.a.bands, st) : '-', t.a ? bandName(t.a.modal, st) : '-', t.a?.count ?? 0,
    t.b ? bandsText(t.b.bands, st) : '-', t.b ? bandName(t.b.modal, st) : '-', t.b?.count ?? 0,
    t.modalDelta,
    t.counts.a_higher + t.counts.b_higher, t.counts.overlap, t.counts.same, t.counts.a_only, t.counts.b_only,
  ]);

  const n = Math.max(c.schemes.a.levels.length, c.schemes.b.levels.length);
  const levels: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const x = c.schemes.a.levels[i];
    const y = c.schemes.b.levels[i];
    levels.push([
      i + 1,
      x?.local ?? '', x ? bandsText(x.bands, st) : '', x?.confidence ?? '',
      y?.local ?? '', y ? bandsText(y.bands, st) : '', y?.confidence ?? '',
    ]);
  }
  const bandMap = c.schemes.bands.map((r): Cell[] => [bandName(r.band, st), r.a.join('; ') || '-', r.b.join('; ') || '-']);

  const diffs = c.rows.map((r, i): Cell[] => [
    i + 1, kindLabel(r.kind, c), r.topics.join(', '), r.gap,
    r.a ? r.a.level + reviewMark(r.a) : '', r.a ? bandsText(r.a.bands, st) : '', r.a?.text ?? '',
    r.b ? r.b.level + reviewMark(r.b) : '', r.b ? bandsText(r.b.bands, st) : '', r.b?.text ?? '',
    qualifierDiffsText(r.qualifierDiffs), r.score === null ? 'no counterpart' : `${r.confidence} (${r.score.toFixed(3)})`, r.similarity,
  ]);

  const evidence: Cell[][] = [];
  c.rows.forEach((r, i) => {
    for (const [side, e] of [[A, r.a], [B, r.b]] as const) {
      if (!e) continue;
      evidence.push([
        i + 1, side, e.indicatorId, e.text, e.level + reviewMark(e), bandsText(e.bands, st), e.domain ?? '', place(e),
        e.topics.join(', '), qualifiersText(e.qualifiers),
      ]);
    }
  });

  const title = c.mode === 'versions'
    ? `How thresholds changed: ${c.labels.a} → ${c.labels.b}`
    : `Threshold comparison: ${A} / ${B}`;
  return {
    title,
    meta: [
      ['A', `${A} (${c.a.source}, ${c.a.indicatorCount} indicators)`],
      ['B', `${B} (${c.b.source}, ${c.b.indicatorCount} indicators)`],
      ['Reviewed', `${A}: ${reviewedText({ reviewed: c.a.reviewed ?? 0, indicators: c.a.indicatorCount })}; ${B}: ${reviewedText({ reviewed: c.b.reviewed ?? 0, indicators: c.b.indicatorCount })} (marked [reviewed], [corrected] or [added])`],
      ...(c.options.topic ? [['Topic', c.options.topic] as [string, string]] : []),
      ['Bands', BANDS.map((b) => bandName(b, st)).join(' < ')],
    ],
    sections: [
      { id: 'totals', title: 'Summary', sheet: 'summary', columns: ['Situations', 'Count'], rows: totals },
      {
        id: 'topics', title: 'By topic', sheet: 'summary',
        note: `Where each area places each topic (range of its indicators, most common band). Modal shift = bands from ${A}'s to ${B}'s most common placement.`,
        columns: ['Topic', `${A} range`, `${A} most common`, `${A} n`, `${B} range`, `${B} most common`, `${B} n`,
          'Modal shift', 'Differ', 'Overlap', 'Same', `Only ${A}`, `Only ${B}`],
        rows: topics,
      },
      {
        id: 'schemes', title: 'Level schemes', sheet: 'summary',
        columns: ['#', `${A} level`, `${A} bands`, `${A} confidence`, `${B} level`, `${B} bands`, `${B} confidence`],
        rows: levels,
      },
      { id: 'band-map', title: 'Bands and the local levels that cover them', sheet: 'summary', columns: ['Band', A, B], rows: bandMap },
      {
        id: 'differences', title: 'Situations', sheet: 'differences',
        note: `Aligned when the calibrated score (the probability, measured on a labelled gold, that both sides are the same situation) reaches ${c.options.threshold}; confidence high >= ${MATCH_MODEL.high}, medium >= ${MATCH_MODEL.medium}, low below; below the threshold an indicator has no counterpart. A child's problem against a parent's, a victim against a perpetrator, or a strength against a need never align. Real band differences first, largest gap first.`,
        columns: ['#', 'Result', 'Topics', 'Bands apart', `${A} level${reviewedHead(c.a)}`, `${A} bands`, `${A} text`,
          `${B} level${reviewedHead(c.b)}`, `${B} bands`, `${B} text`, 'Qualifiers differ', 'Confidence (score)', 'Similarity'],
        rows: diffs, wide: [6, 9],
      },
      {
        id: 'evidence', title: 'Evidence', sheet: 'evidence',
        note: 'Each side of each row, with its place in the source (page and bounding box, or element/line reference).',
        columns: ['#', 'Side', 'Indicator', 'Text', 'Level', 'Bands', 'Domain', 'Source place', 'Topics', 'Qualifiers'],
        rows: evidence, wide: [3],
      },
    ],
  };
}
