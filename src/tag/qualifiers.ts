// Qualifiers from the closed vocabularies in lexicon/qualifiers.json.
import type { AgeQualifier, EngagementQualifier, FrequencyQualifier, Qualifiers, SeverityQualifier, StatutoryRef } from '../model/index.ts';
import data from './lexicon/qualifiers.json' with { type: 'json' };

interface Vocabulary<V extends string> {
  priority: V[];
  values: [V, RegExp][];
}

function vocabulary<V extends string>(d: { priority: string[]; values: Record<string, string[]> }): Vocabulary<V> {
  return {
    priority: d.priority as V[],
    values: Object.entries(d.values).map(([v, list]) => [v as V, new RegExp(list.join('|'))]),
  };
}

const age = vocabulary<AgeQualifier>(data.age);
const frequency = vocabulary<FrequencyQualifier>(data.frequency);
const severity = vocabulary<SeverityQualifier>(data.severity);
const engagement = vocabulary<EngagementQualifier>(data.engagement);
/** "however minor", "even if small", "no matter how slight": the indicator holds whatever the severity, so the
 *  phrase marks no low severity; it is removed before the severity is read. */
const widening = new RegExp(data.severity.widening.join('|'), 'g');
const refs = Object.entries(data.refs).map(([ref, list]) => [ref as StatutoryRef, new RegExp(list.join('|'))] as const);
export const absence = new RegExp(data.negation.absence.join('|'));
export const notAbsence = new RegExp(data.negation.notAbsence.join('|'));

function pick<V extends string>(voc: Vocabulary<V>, text: string): V | undefined {
  let best: V | undefined;
  let rank = Infinity;
  for (const [v, re] of voc.values) {
    const r = voc.priority.indexOf(v);
    if (r < rank && re.test(text)) { best = v; rank = r; }
  }
  return best;
}

/** Age, frequency, severity, engagement and statutory references of a normalised indicator text. */
export function qualify(normalised: string): Qualifiers {
  const q: Qualifiers = {};
  const a = pick(age, normalised);
  if (a) q.age = a;
  const f = pick(frequency, normalised);
  if (f) q.frequency = f;
  const s = pick(severity, normalised.replace(widening, ' '));
  if (s) q.severity = s;
  const e = pick(engagement, normalised);
  if (e) q.engagement = e;
  const r = refs.filter(([, re]) => re.test(normalised)).map(([ref]) => ref);
  if (r.length) q.refs = r;
  return q;
}
