// Display names for topic ids (ids are the contract's; finer project topics fall back to a humanised id).
const SPECIAL: Record<string, string> = {
  send: 'SEND',
  'bruising-non-mobile': 'Bruising on a non-mobile baby',
  'asylum-migration': 'Asylum and migration',
  'online-safety': 'Online safety',
  'young-carer': 'Young carer',
  'adult-offending': 'Adult offending',
};

export function topicLabel(id: string): string {
  if (SPECIAL[id]) return SPECIAL[id];
  const s = id.replace(/[-_]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}
