// The app's one door to the shared core: comparison logic comes from src/compare, report writers from src/report.
// Nothing here re-implements them; views import from this file so the chunks that need the core load it lazily.
export { compare, where, lottery, topicPlacements, neighbourLookup, DIFF_KINDS, MATCH_MODEL } from '../../compare/index.ts';
export type { Comparison, DiffKind, DiffRow, SideEvidence, TopicSummaryRow, Lottery, WhereResult } from '../../compare/index.ts';
export { tagIndicator } from '../../tag/index.ts';
