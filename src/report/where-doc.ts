import { MATCH_MODEL, type WhereResult } from '../compare/index.ts';
import type { Cell, ReportDoc } from './doc.ts';
import { bandsText, qualifierDiffsText, qualifiersText, type LabelStyle } from './labels.ts';
import { reviewMark, reviewedSummary } from '../review/marks.ts';

/** Where result -> report document: one answer per authority, then the matches behind it. */
export function whereDoc(w: WhereResult, st: LabelStyle = {}): ReportDoc {
  const answers = w.answers.map((a): Cell[] => [
    (a.authority ?? a.authorityId) + (a.reviewed?.reviewed ? ` (${a.reviewed.reviewed} of ${a.reviewed.indicators} reviewed)` : ''),
    a.version ?? '', a.confidence === 'none' ? 'no close match' : bandsText(a.bands, st),
    a.level ? a.level + reviewMark(a.matches[0]?.indicator) : '', a.confidence === 'none' ? 'none: no close match' : a.confidence, a.score, a.matches[0]?.indicator.text ?? '',
    a.confidence === 'none' ? '' : qualifierDiffsText(a.matches[0]?.conflicts ?? []),
  ]);
  const matches: Cell[][] = [];
  for (const a of w.answers) {
    a.matches.forEach((m, i) => {
      matches.push([a.authority ?? a.authorityId, i + 1, m.score, m.indicator.text, m.indicator.level + reviewMark(m.indicator), bandsText(m.indicator.bands, st), `${m.indicator.partSource ? `${m.indicator.partSource.split('/').pop()}, ` : ''}${m.indicator.ref ?? `p. ${m.indicator.page}`}`]);
    });
  }
  return {
    title: `Where would this sit? "${w.query}"`,
    meta: [
      ['Topics', w.tagging.topics.join(', ') || '(none recognised)'],
      ['Qualifiers', qualifiersText(w.tagging.qualifiers) || '(none)'],
      ['Reviewed', reviewedSummary(w.answers.map((a) => [a.authority ?? a.authorityId, a.reviewed])) ?? (w.answers.length ? `no authority's indicators reviewed yet (${w.answers.length} authorities)` : '(no authority)')],
      ['Confidence', `score = calibrated probability that the closest indicator is the same situation (measured on a labelled gold); high >= ${MATCH_MODEL.high}, medium >= ${MATCH_MODEL.medium}, low >= ${MATCH_MODEL.threshold}; below ${MATCH_MODEL.threshold}: no close match, no band`],
    ],
    sections: [
      { id: 'answers', title: 'By authority', sheet: 'differences', columns: ['Authority', 'Version', 'Implied bands', 'Local level', 'Confidence', 'Score', 'Closest indicator', 'Qualifiers differ (situation / indicator)'], rows: answers, wide: [6] },
      { id: 'matches', title: 'Closest indicators', sheet: 'evidence', columns: ['Authority', '#', 'Score', 'Indicator', 'Level', 'Bands', 'Source place'], rows: matches, wide: [3] },
    ],
  };
}
