// The fictional alignment gold committed for CI: invented authorities and wording, with the hard near misses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BandId } from '../../../src/model/index.ts';
import type { AlignGold, AlignItem, AlignLabel, AlignPair } from './gold.ts';

export const FICTIONAL_GOLD = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'align', 'gold.json');

interface FictionalFile {
  authorities: Record<string, { levels: Record<string, BandId[]>; indicators: { id: string; level: string; text: string }[] }>;
  pairs: { a: string; b: string; label: AlignLabel; hard: string }[];
}

export function loadFictionalGold(file = FICTIONAL_GOLD): AlignGold {
  const f = JSON.parse(readFileSync(file, 'utf8')) as FictionalFile;
  const corpus: Record<string, AlignItem[]> = {};
  const items = new Map<string, AlignItem>();
  for (const [authority, a] of Object.entries(f.authorities)) {
    corpus[authority] = a.indicators.map((i) => {
      const item: AlignItem = { authority, text: i.text, level: i.level, bands: a.levels[i.level] ?? [], ref: i.id };
      items.set(i.id, item);
      return item;
    });
  }
  const pairs: AlignPair[] = f.pairs.map((p) => {
    const a = items.get(p.a);
    const b = items.get(p.b);
    if (!a || !b) throw new Error(`fictional gold: unknown indicator ${a ? p.b : p.a}`);
    return { id: `${p.a}~${p.b}`, a, b, label: p.label, hard: p.hard };
  });
  return { corpus, pairs };
}
