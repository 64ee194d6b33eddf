import type { Layout, Span } from '../model/index.ts';
import { numberedMentions } from './level-grammar.ts';
import { nameKey, type LevelEntry } from './levels.ts';

/** Split prose into sentences (keeps abbreviations like "s.17" together well enough for evidence). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z(“"])/).map((s) => s.trim()).filter(Boolean);
}

/**
 * Add to each level every sentence that mentions it by number ("despite intervention at level 2")
 * or by one of its names, for the band mapper's evidence.
 */
export function describeLevels(layout: Layout, entries: LevelEntry[]): void {
  // A name two levels share ("Preventative" in "Level Two - Preventative ..." and "Level Three - Preventative ...",
  // a header cut at a page break) names neither: a sentence using it is not about one level.
  const owners = new Map<string, number>();
  for (const e of entries) for (const n of e.names) owners.set(n, (owners.get(n) ?? 0) + 1);
  const names = entries.map((e) => ({ e, keys: [...e.names].filter((n) => n.length >= 4 && owners.get(n) === 1) }));
  const visit = (span: Span) => {
    for (const sentence of sentences(span.text)) {
      const hit = new Set<LevelEntry>();
      for (const { number, sub } of numberedMentions(sentence)) {
        for (const e of entries) if (e.number === number && (sub === null || e.sub === sub)) hit.add(e);
      }
      const key = ` ${nameKey(sentence)} `;
      for (const { e, keys } of names) if (keys.some((k) => key.includes(` ${k} `))) hit.add(e);
      for (const e of hit) e.description.push({ ...span, text: sentence });
    }
  };
  for (const b of layout.blocks) {
    if (b.kind === 'paragraph' || b.kind === 'list-item') visit(b.span);
    else if (b.kind === 'table') for (const r of b.rows) for (const c of r.cells) for (const s of c.items) visit(s);
  }
}
