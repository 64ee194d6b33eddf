// Two small fictional profiles (invented authorities, invented text) for compare/report tests.
import type { BandId, Indicator, Profile, Qualifiers, SchemeLevel } from '../../model/index.ts';

type Row = [text: string, level: string, topics: string[], qualifiers?: Qualifiers, domain?: string | null];

function scheme(levels: [string, BandId[]][]): SchemeLevel[] {
  return levels.map(([local, bands], i) => ({
    local, order: i + 1, bands, evidence: `order ${i + 1} of ${levels.length}`, evidencePhrases: [], confidence: 'medium',
  }));
}

export function makeProfile(
  id: string, authority: string, version: string | null, levels: [string, BandId[]][], rows: Row[],
): Profile {
  const sch = scheme(levels);
  const authorityId = id.split('@')[0];
  const indicators: Indicator[] = rows.map(([text, level, topics, qualifiers = {}, domain = null], i) => {
    const l = sch.find((s) => s.local === level);
    if (!l) throw new Error(`fixture: unknown level ${level}`);
    return {
      id: `${id}#${i}`, text, level, order: l.order, bands: l.bands, domain, topics, qualifiers,
      page: 2 + Math.floor(i / 3), bbox: [72, 700 - 20 * (i % 3), 300, 712 - 20 * (i % 3)],
    };
  });
  return {
    id, authorityId, authority, version, source: `${authorityId}.pdf`, format: 'pdf', pages: 6,
    scheme: sch, indicators, warnings: [],
  };
}

/** Fenmarsh: Level 1-4, Level 4 covers both s17 and s47. */
export const fenmarsh = makeProfile('fenmarsh', 'Fenmarsh', '2024-04-01', [
  ['Level 1 Universal', ['universal']],
  ['Level 2 Early Help', ['early_help']],
  ['Level 3 Targeted', ['targeted_early_help']],
  ['Level 4 Specialist', ['child_in_need', 'child_protection']],
], [
  ['Child attends school regularly and is making expected progress', 'Level 1 Universal', ['school-attendance', 'learning']],
  ['Attendance falling below ninety percent with no clear reason', 'Level 2 Early Help', ['school-attendance'], { frequency: 'occasional' }],
  ['Parental alcohol misuse affecting routines at home', 'Level 3 Targeted', ['parental-substance-misuse'], {}, 'Parenting capacity'],
  ['Child self-harms repeatedly and has expressed suicidal thoughts', 'Level 4 Specialist', ['self-harm'], { frequency: 'repeated' }],
  ['Any bruising to a non-mobile baby', 'Level 4 Specialist', ['bruising-non-mobile', 'physical-abuse'], { age: 'under_1' }],
  ['Family living in overcrowded temporary housing', 'Level 2 Early Help', ['housing']],
  ['Young person caring for a parent with a long-term illness', 'Level 3 Targeted', ['young-carer']],
]);

/** Saltmere: Universal / Additional / Intensive / Child in Need / Protection, five levels. */
export const saltmere = makeProfile('saltmere', 'Saltmere', '2025-01-15', [
  ['Universal', ['universal']],
  ['Additional', ['early_help']],
  ['Intensive', ['targeted_early_help']],
  ['Child in Need', ['child_in_need']],
  ['Protection', ['child_protection']],
], [
  ['Attendance below ninety percent without a clear reason', 'Additional', ['school-attendance']],
  ['Parental alcohol misuse that affects daily routines and supervision', 'Intensive', ['parental-substance-misuse'], { frequency: 'persistent' }, 'Parenting capacity'],
  ['Child self-harms and has expressed suicidal thoughts', 'Intensive', ['self-harm']],
  ['Bruising to a non-mobile baby', 'Protection', ['bruising-non-mobile', 'physical-abuse'], { age: 'under_1' }],
  ['Family living in overcrowded housing', 'Child in Need', ['housing']],
  ['Child missing from home on several occasions', 'Child in Need', ['missing'], { frequency: 'repeated' }],
]);

/** Fenmarsh redrawn as a Family Help scheme (second version). */
export const fenmarsh2025 = makeProfile('fenmarsh@2025-09-01', 'Fenmarsh', '2025-09-01', [
  ['Universal', ['universal']],
  ['Family Help', ['early_help', 'targeted_early_help', 'child_in_need']],
  ['Child Protection', ['child_protection']],
], [
  ['Child attends school regularly and is making expected progress', 'Universal', ['school-attendance', 'learning']],
  ['Attendance falling below ninety percent with no clear reason', 'Family Help', ['school-attendance']],
  ['Child self-harms repeatedly and has expressed suicidal thoughts', 'Family Help', ['self-harm'], { frequency: 'repeated' }],
  ['Any bruising to a non-mobile baby', 'Child Protection', ['bruising-non-mobile', 'physical-abuse'], { age: 'under_1' }],
  ['Child at risk of criminal exploitation through county lines', 'Child Protection', ['criminal-exploitation']],
]);

/** Tidewater: Tier-like four levels with separate CIN and CP. */
export const tidewater = makeProfile('tidewater', 'Tidewater', '2024-01-01', [
  ['T1', ['universal']], ['T2', ['early_help']], ['T3', ['child_in_need']], ['T4', ['child_protection']],
], [
  ['Young person self-harms and talks about suicidal thoughts', 'T4', ['self-harm']],
  ['Overcrowded housing for the family', 'T2', ['housing']],
  ['Attendance below ninety percent', 'T2', ['school-attendance']],
]);

/** Hostile text for injection tests. */
export const hostile = makeProfile('hostile', 'Hostile <b>Borough</b>', null, [
  ['=cmd|"/c calc"!A1', ['early_help']],
  ['Level <script>2</script>', ['child_in_need']],
], [
  ['<img src=x onerror=alert(1)>', '=cmd|"/c calc"!A1', ['school-attendance'], {}, '+SUM(1,1)'],
  ['=HYPERLINK("http://x","y")', 'Level <script>2</script>', ['school-attendance']],
  ['@SUM(A1:A2) | pipe', 'Level <script>2</script>', ['housing']],
  ['-2+3 and\ttab', '=cmd|"/c calc"!A1', ['self-harm']],
]);
