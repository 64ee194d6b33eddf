// Canonical topic ids (../shared/contract/topics.md), for validating the gold annotations.
export const TOPIC_IDS = [
  'physical-abuse', 'bruising-non-mobile', 'sexual-abuse', 'emotional-abuse', 'neglect', 'domestic-abuse',
  'parental-substance-misuse', 'parental-mental-health', 'parental-capacity', 'family-relationships',
  'child-mental-health', 'self-harm', 'child-substance-misuse', 'sexual-exploitation', 'criminal-exploitation',
  'missing', 'trafficking', 'radicalisation', 'harmful-practices', 'online-safety', 'bullying', 'offending',
  'school-attendance', 'exclusion', 'learning', 'send', 'disability', 'health', 'development', 'behaviour',
  'identity', 'young-carer', 'pregnancy', 'housing', 'financial-hardship', 'social-isolation',
  'asylum-migration', 'private-fostering', 'adult-offending', 'disclosure',
] as const;
