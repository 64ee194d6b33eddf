// Loads the real alignment gold (corpus/real-dev/align/*.json, pack form) with its text from .devset/text.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEVSET_DIR, PACK_DIR, sha256, type PackAuthority } from '../pack-format.ts';
import type { AlignGold, AlignItem, AlignLabel, AlignPair } from './gold.ts';

export interface PackRef { page: string; index: number }
export interface PackPair { a: PackRef; b: PackRef; label: AlignLabel; hard: string }
export interface PairFile { note?: string; pairs: PackPair[] }

export const ALIGN_DIR = 'corpus/real-dev/align';

export interface RealGold extends AlignGold {
  /** Pairs left out because a side's text is not on this machine (or its sha256 differs). */
  skipped: number;
  total: number;
}

/** All packs, with each page's text when present and byte-exact. */
export function loadPacks(): { packs: PackAuthority[]; text: Map<string, string> } {
  if (!existsSync(PACK_DIR)) return { packs: [], text: new Map() };
  const packs = readdirSync(PACK_DIR).filter((n) => n.endsWith('.json')).sort()
    .map((n) => JSON.parse(readFileSync(join(PACK_DIR, n), 'utf8')) as PackAuthority);
  const text = new Map<string, string>();
  for (const p of packs) for (const page of p.pages) {
    const f = join(DEVSET_DIR, 'text', `${page.id}.txt`);
    if (!existsSync(f)) continue;
    const t = readFileSync(f, 'utf8');
    if (sha256(t) === page.sha256) text.set(page.id, t);
  }
  return { packs, text };
}

export function pairFiles(): string[] {
  const own = join(ALIGN_DIR, 'pairs.json');
  return existsSync(own) ? [own] : [join(ALIGN_DIR, 'pairs-released.json')];
}

/** The gold pairs whose two sides can be read, and every readable indicator of each authority. */
export function loadRealGold(files = pairFiles()): RealGold {
  const { packs, text } = loadPacks();
  const where = new Map<string, { pack: PackAuthority; page: PackAuthority['pages'][number] }>();
  for (const pack of packs) for (const page of pack.pages) where.set(page.id, { pack, page });
  const corpus: Record<string, AlignItem[]> = {};
  const items = new Map<string, AlignItem>();
  for (const pack of packs) for (const page of pack.pages) {
    const t = text.get(page.id);
    if (t === undefined) continue;
    page.indicators.forEach((ind, index) => {
      const item: AlignItem = {
        authority: pack.slug, text: t.slice(ind.start, ind.end).replace(/\s+/g, ' ').trim(), level: ind.level,
        bands: pack.scheme.find((l) => l.local === ind.level)?.bands ?? [], ref: `${page.id}:${index}`, goldTopics: ind.topics,
      };
      (corpus[pack.slug] ??= []).push(item);
      items.set(item.ref, item);
    });
  }
  const pairs: AlignPair[] = [];
  let skipped = 0;
  let total = 0;
  const seen = new Set<string>();
  for (const f of files) {
    if (!existsSync(f)) continue;
    const file = JSON.parse(readFileSync(f, 'utf8')) as PairFile;
    for (const p of file.pairs) {
      const ra = `${p.a.page}:${p.a.index}`;
      const rb = `${p.b.page}:${p.b.index}`;
      const id = `${ra}~${rb}`;
      if (seen.has(id)) continue;
      seen.add(id);
      total++;
      const a = items.get(ra);
      const b = items.get(rb);
      if (!a || !b) { skipped++; continue; }
      pairs.push({ id, a, b, label: p.label, hard: p.hard });
    }
  }
  return { corpus, pairs, skipped, total };
}
