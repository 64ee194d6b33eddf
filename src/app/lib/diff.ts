import { BANDS, type BandId } from '../../model/index.ts';
import type { DiffKind, DiffRow } from './core.ts';

export const KIND_LABEL: Record<DiffKind, (a: string, b: string) => string> = {
  a_higher: (a) => `Higher in ${a}`,
  b_higher: (_a, b) => `Higher in ${b}`,
  overlap: () => 'Ranges overlap',
  same: () => 'Same band',
  a_only: (a) => `Only in ${a}`,
  b_only: (_a, b) => `Only in ${b}`,
  unplaced: () => 'Not placed on a band',
};

/** Row filter for the compare and version views. Band: either side touches it. */
export function rowMatches(r: DiffRow, f: { topic?: string; band?: string; kind?: string }): boolean {
  if (f.topic && !r.topics.includes(f.topic)) return false;
  if (f.kind) {
    if (f.kind === 'differs') {
      if (!(r.kind === 'a_higher' || r.kind === 'b_higher' || r.kind === 'overlap')) return false;
    } else if (r.kind !== f.kind) return false;
  }
  if (f.band && (BANDS as readonly string[]).includes(f.band)) {
    const b = f.band as BandId;
    if (!(r.a?.bands.includes(b) || r.b?.bands.includes(b))) return false;
  }
  return true;
}

/** Rows grouped under their first topic (untagged last), keeping the core's order inside each group. */
export function groupByTopic(rows: DiffRow[], focus?: string): { topic: string | null; rows: DiffRow[] }[] {
  const m = new Map<string | null, DiffRow[]>();
  for (const r of rows) {
    const t = focus && r.topics.includes(focus) ? focus : (r.topics[0] ?? null);
    let l = m.get(t);
    if (!l) m.set(t, (l = []));
    l.push(r);
  }
  return [...m.entries()]
    .sort(([x], [y]) => (x === null ? 1 : y === null ? -1 : x.localeCompare(y)))
    .map(([topic, rs]) => ({ topic, rows: rs }));
}

/** "#3" from "fenmarsh#3": the indicator's index in its profile, for evidence links. */
export function indicatorIndex(id: string): string {
  return id.slice(id.lastIndexOf('#') + 1);
}

/** Where in the source, for display: a page for PDFs, a line range for text, "in source" for HTML/DOCX paths. */
export function placeOf(s: { page: number; ref?: string; part?: number; partSource?: string }): string {
  // a document series: the part (1-based) the page or line is in
  const part = s.part !== undefined && s.partSource ? `part\u00a0${s.part + 1}, ` : '';
  const lines = /^lines?\s+(\d+(?:\s*[-–]\s*\d+)?)/i.exec(s.ref ?? '');
  if (lines) return `${part}line ${lines[1]}`;
  return part + (s.ref ? 'in source' : `p.\u00a0${s.page}`);
}
