import type { LevelDef, SchemeLevel } from '../model/index.ts';

/** Map each local level to a contiguous range of canonical bands, with evidence and confidence. */
export function mapBands(scheme: LevelDef[]): SchemeLevel[] {
  return scheme.map((l) => ({
    local: l.local, order: l.order, bands: [], evidence: 'not mapped yet', evidencePhrases: [], confidence: 'low',
  }));
}
