// Adds hand labels for a proposed batch to corpus/real-dev/align/pairs.json (pack form: ids + indices, no text).
// The labels file .devset/align/labels-<batch>.txt has one line per candidate: "<n> same|related|different <hard>"
// (hard: none, child-parent, victim-perpetrator, concern-confirmed, frequency, severity, age); "<n> skip" drops one.
// pairs.json starts as a copy of pairs-released.json. Usage: tsx scripts/devset/align/add-labels.ts <batch>
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALIGN_DIR, type PackPair, type PackRef, type PairFile } from './real.ts';
import type { AlignLabel } from './gold.ts';

const batch = process.argv[2];
const cands = JSON.parse(readFileSync(join('.devset', 'align', `cand-${batch}.json`), 'utf8')) as { a: string; b: string }[];
const lines = readFileSync(join('.devset', 'align', `labels-${batch}.txt`), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const target = join(ALIGN_DIR, 'pairs.json');
const file: PairFile = JSON.parse(readFileSync(existsSync(target) ? target : join(ALIGN_DIR, 'pairs-released.json'), 'utf8'));
file.note = 'Labelled pairs of indicators from two different dev-set authorities: page is a textId in corpus/real-dev/pack/<slug>.json, index is into that page\'s indicators. label: same | related (same topic, different severity, frequency, certainty or person) | different; hard: the kind of near miss (none, victim-perpetrator, child-parent, concern-confirmed, frequency, severity, age). The first 113 are the released pairs; the rest were proposed by scripts/devset/align/propose.ts and labelled by reading, before any matcher score was seen. One annotator.';
const ref = (s: string): PackRef => { const [page, index] = s.split(':'); return { page, index: Number(index) }; };
const have = new Set(file.pairs.map((p) => `${p.a.page}:${p.a.index}~${p.b.page}:${p.b.index}`));
const LABELS = new Set(['same', 'related', 'different']);
const HARD = new Set(['none', 'child-parent', 'victim-perpetrator', 'concern-confirmed', 'frequency', 'severity', 'age']);
let added = 0;
for (const l of lines) {
  const [n, label, hard = 'none'] = l.split(/\s+/);
  const c = cands[Number(n) - 1];
  if (!c) throw new Error(`labels-${batch}: no candidate ${n}`);
  if (label === 'skip') continue;
  if (!LABELS.has(label) || !HARD.has(hard)) throw new Error(`labels-${batch}: bad line "${l}"`);
  if (have.has(`${c.a}~${c.b}`)) continue;
  have.add(`${c.a}~${c.b}`);
  file.pairs.push({ a: ref(c.a), b: ref(c.b), label: label as AlignLabel, hard } satisfies PackPair);
  added++;
}
writeFileSync(target, JSON.stringify(file, null, 1) + '\n');
console.log(`added ${added} pairs; ${file.pairs.length} in ${target}`);
