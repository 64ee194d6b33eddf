// Prose that real documents carry around the indicators and that must NOT be read as indicators:
// referral steps written as a list, and case examples written as short stories.
import type { BandId } from '../../../src/model/types.ts';

export const REFERRAL_STEPS = [
  'Talk to the child and family about your worries and ask for their consent, unless that would put the child at risk',
  'Check which services already know the family',
  'Use the descriptions in this guidance to decide which level best fits',
  'Record your decision and the reasons for it',
  'Contact the Front Door if you think a social work assessment may be needed',
];

/** One short case example per band, named with invented first names. */
export const CASE_EXAMPLES: Record<BandId, string> = {
  universal: 'Case example: Tomas, aged 6, is settled at school. His teacher noticed he was tired after his grandmother moved in; a chat with his father was all that was needed.',
  early_help: 'Case example: Priya, aged 9, has been late most mornings since her parents separated. The school pastoral lead agreed a morning routine with her mother and checked in weekly.',
  targeted_early_help: 'Case example: the Okafor family have three children, rent arrears and a son at risk of suspension. A team around the family met monthly with the school nurse as lead professional.',
  child_in_need: 'Case example: Jade, aged 15, cares for her father, who has a long-term illness, and has missed a term of school. A social worker assessed the family and arranged support at home.',
  child_protection: 'Case example: a health visitor saw a bruise on the cheek of a four-month-old baby. She called the Front Door the same day and a strategy discussion was held that afternoon.',
};
