import type { Lottery, Situation, TopicSpread } from '../compare/index.ts';
import { BANDS } from '../model/index.ts';
import type { Cell, ReportDoc } from './doc.ts';
import { bandName, bandsText, type LabelStyle } from './labels.ts';
import { reviewedSummary } from '../review/marks.ts';

function dist(s: Situation): string {
  return BANDS.map((b) => s.distribution[b]).join(' / ');
}

function outliers(s: Situation, st: LabelStyle, max = 12): string {
  const reviewed = new Set(s.placements.filter((p) => p.reviewed).map((p) => p.authorityId));
  const names = s.outliers.map((o) => `${o.authority ?? o.authorityId} (${bandsText(o.bands, st)})${reviewed.has(o.authorityId) ? ' [reviewed]' : ''}`);
  return names.length > max ? `${names.slice(0, max).join('; ')}; +${names.length - max} more` : names.join('; ');
}

function neighbours(s: Situation, max = 8): string {
  const d = s.neighbourDisagreements.map((x) => `${x.a} / ${x.b} (${x.gap})`);
  return d.length > max ? `${d.slice(0, max).join('; ')}; +${d.length - max} more` : d.join('; ');
}

function topOutliers(t: TopicSpread, max = 5): string {
  const o = t.outliers.slice(0, max).map((x) => `${x.authority ?? x.authorityId} (${x.situations})`);
  return t.outliers.length > max ? `${o.join('; ')}; +${t.outliers.length - max} more` : o.join('; ');
}

/** "n of m indicators reviewed" for each authority a person reviewed; the others in one count. */
function reviewedLine(l: Lottery): string {
  const all = Object.entries(l.reviewed ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  const line = reviewedSummary(all);
  return line ? `${line} (placements marked [reviewed])` : `no authority's indicators reviewed yet (${all.length} authorities)`;
}

export interface LotteryDocOptions extends LabelStyle {
  /** Situations listed (most inconsistent first). */
  limit?: number;
}

/** Lottery -> report document: topics ranked, situations ranked, evidence per authority placement. */
export function lotteryDoc(l: Lottery, opts: LotteryDocOptions = {}): ReportDoc {
  const st: LabelStyle = { compact: opts.compact };
  const situations = opts.limit ? l.situations.slice(0, opts.limit) : l.situations;
  const distCols = st.compact
    ? 'Per band U/EH/TEH/CIN/CP'
    : `Authorities per band (${BANDS.map((b) => bandName(b, st)).join(' / ')})`;
  const topics = l.topics.map((t, i): Cell[] => [
    i + 1, t.topic, t.authorities, t.situations.length, t.dispersion, t.entropy, t.situations[0]?.label ?? '',
    topOutliers(t), t.neighbourDisagreements.length,
  ]);
  const rows = situations.map((s, i): Cell[] => [
    i + 1, s.topics.join(', '), s.label, s.authorities, bandName(s.mode, st), s.dispersion, s.entropy, dist(s),
    outliers(s, st), neighbours(s),
  ]);
  const evidence: Cell[][] = [];
  situations.forEach((s, i) => {
    for (const p of [...s.placements].sort((x, y) => y.distance - x.distance || (x.authorityId < y.authorityId ? -1 : 1))) {
      evidence.push([i + 1, s.topic, p.authority ?? p.authorityId, p.profileId, bandsText(p.bands, st) + (p.reviewed ? ' [reviewed]' : ''), bandName(p.modal, st), p.distance, p.example, p.indicatorIds.join(' ')]);
    }
  });
  return {
    title: l.generated.topic ? `Postcode lottery: ${l.generated.topic}` : 'Postcode lottery: how consistently areas place the same situation',
    meta: [
      ['Authorities', `${l.generated.authorities} (latest document of each; ${l.generated.profiles} documents read)`],
      ['Dispersion', 'mean number of bands between each authority\'s placement and the most common placement (0 = all agree)'],
      ['Per band', 'authorities whose placement covers the band (a range counts in each of its bands)'],
      ['Entropy', 'spread of authorities over the five bands, 0 = all in one band, 1 = evenly spread'],
      ['Reviewed', reviewedLine(l)],
      ...(opts.limit && l.situations.length > opts.limit ? [['Shown', `top ${opts.limit} of ${l.situations.length} situations`] as [string, string]] : []),
    ],
    sections: [
      {
        id: 'topics', title: 'Topics, most inconsistent first', sheet: 'summary',
        note: 'Topic scores are the means of its situations\' scores, weighted by how many authorities describe each.',
        columns: ['Rank', 'Topic', 'Authorities', 'Situations', 'Dispersion', 'Entropy', 'Most inconsistent situation',
          'Authorities most often off the mode (situations)', 'Neighbour pairs disagreeing'],
        rows: topics, wide: [6, 7],
      },
      {
        id: 'differences', title: 'Situations, most inconsistent first', sheet: 'differences',
        note: 'A situation is a cluster of similarly worded indicators on one topic across authorities.',
        columns: ['Rank', 'Topics', 'Situation', 'Authorities', 'Most common band', 'Dispersion', 'Entropy', distCols,
          'Authorities a band or more away', 'Neighbours that disagree (bands apart)'],
        rows, wide: [2, 8],
      },
      {
        id: 'evidence', title: 'Evidence: each authority\'s placement', sheet: 'evidence',
        columns: ['Rank', 'Topic', 'Authority', 'Document', 'Bands', 'Modal band', 'Bands from mode', 'Example indicator', 'Indicator ids'],
        rows: evidence, wide: [7],
      },
    ],
  };
}
