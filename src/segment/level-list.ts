// Overview lists that name the scheme: "1. Thriving: children whose needs ...", "Extra help – children with ...".
// A run of three or more list items, each a short capitalised name, a colon or dash, then a description, right
// after text that talks about levels (or naming at least one known level name). The items are the scheme's
// levels with their descriptions, never indicators.
import type { Block, Span } from '../model/index.ts';
import { nameKey, normSpace, vocabName, wordCount } from './levels.ts';

export interface ListedLevel {
  name: string;
  description: Span;
  block: number;
}

const NAME_THEN_DESCRIPTION = /^([A-Z][^:–—]{0,48}?)\s*(?::|\s[–—-])\s+(\S.{9,})$/;
const TALKS_OF_LEVELS = /\b(?:levels?|tiers?|stages?|bands?)\b(?:\s+of\s+(?:need|support|help|intervention))?/i;

function listed(b: Block | undefined): { name: string } | null {
  if (b?.kind !== 'list-item') return null;
  const m = NAME_THEN_DESCRIPTION.exec(normSpace(b.span.text));
  if (!m) return null;
  const name = m[1].trim();
  if (wordCount(name) > 5 || /[.?!;,]$/.test(name)) return null;
  return { name };
}

export function levelList(blocks: Block[]): ListedLevel[] | null {
  for (let i = 0; i < blocks.length; i++) {
    const run: ListedLevel[] = [];
    let j = i;
    while (j < blocks.length) {
      const l = listed(blocks[j]);
      if (!l || run.some((r) => nameKey(r.name) === nameKey(l.name))) break;
      run.push({ name: l.name, description: (blocks[j] as { span: Span }).span, block: j });
      j++;
    }
    if (run.length >= 3 && run.length <= 7) {
      const before = blocks.slice(Math.max(0, i - 3), i).some((b) => b.kind !== 'table' && TALKS_OF_LEVELS.test(b.span.text));
      const known = run.some((r) => vocabName(r.name) !== null);
      if (before || known) return run;
    }
    if (j > i) i = j - 1;
  }
  return null;
}
