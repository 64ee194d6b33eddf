import type { Tagging } from '../model/index.ts';

/** Tag one indicator's text with contract topics and qualifiers. */
export function tagIndicator(_text: string): Tagging {
  return { topics: [], qualifiers: {} };
}
