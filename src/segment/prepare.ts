// Before segmentation: web-page furniture out, and labels that fuse a level with a domain split in two.
// Pure over blocks; every other block passes through unchanged (same span, same provenance).
import type { Block, Span } from '../model/index.ts';
import { CHROME_LINES, CHROME_PREFIXES } from './vocab.ts';
import { numberedAtStart } from './level-grammar.ts';
import { nameKey, normSpace, parseLevel } from './levels.ts';
import { cueOf } from './cues.ts';
import { isDomainName, trailingDomain } from './domains.ts';
import { contentsLines } from './contents.ts';

const CHROME = new Set(CHROME_LINES);
const CAPTION = /^(?:caption|table)\s*:\s*/i;

export function isChrome(text: string): boolean {
  const t = normSpace(text);
  if (!t) return false;
  if (CHROME.has(nameKey(t))) return true;
  return CHROME_PREFIXES.some((re) => re.test(t));
}

const withText = (span: Span, text: string): Span => ({ ...span, text });

/** The level part and the domain/cue part of a fused label, or null when the label is one thing. */
/** "Level 1 developmental needs", "Level 2 – Parents and Carers": a numbered level, then another phrase. */
export function splitLevelLabel(text: string): { level: string; rest: string } | null {
  const m = numberedAtStart(normSpace(text));
  if (!m) return null;
  const rest = m.rest.replace(/^[\s:\-–—.|]+/, '').trim();
  if (!rest) return null;
  const domain = trailingDomain(rest);
  if (domain) return { level: m.label, rest: domain };
  if (cueOf(rest) === 'exclude' || cueOf(rest) === 'case') return { level: m.label, rest };
  return null;
}

type Labelled = Extract<Block, { kind: 'heading' } | { kind: 'paragraph' }>;

/**
 * A name-only level ("Universal", a paragraph) followed by numbered labels of the same rank ("Level 1
 * developmental needs"): the number restates the level just named, so only the domain part is kept.
 */
function restatesNamedLevel(named: { index: number } | null, levelLabel: string): boolean {
  if (!named) return false;
  const p = parseLevel(levelLabel);
  return !!p && p.number === named.index;
}

export function prepareBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  const contents = contentsLines(blocks);
  let levelsSeen = 0;
  let named: { index: number } | null = null;
  for (const [k, b] of blocks.entries()) {
    if (b.kind === 'table') { out.push(b); continue; }
    if (contents.has(k)) continue; // a section title in a contents list
    if (isChrome(b.span.text)) continue;
    let block: Block = b;
    if (CAPTION.test(b.span.text) && b.kind !== 'list-item') block = { ...b, span: withText(b.span, b.span.text.replace(CAPTION, '')) };
    if (block.kind === 'list-item') {
      // "1. Developmental needs of the child" as a numbered list item: a domain heading, not an item.
      const next = blocks[k + 1];
      const alone = !next || next.kind !== 'list-item' || next.depth !== block.depth;
      if (alone && isDomainName(block.span.text)) out.push({ kind: 'paragraph', span: block.span });
      else out.push(block);
      continue;
    }
    const labelled = block as Labelled;
    const split = splitLevelLabel(labelled.span.text);
    if (split) {
      if (!restatesNamedLevel(named, split.level)) {
        named = null;
        out.push({ ...labelled, span: withText(labelled.span, split.level) } as Block);
      }
      out.push({ kind: 'paragraph', span: withText(labelled.span, split.rest) });
      continue;
    }
    const p = parseLevel(labelled.span.text, { heading: labelled.kind === 'heading' });
    if (p) {
      levelsSeen++;
      named = p.number === null ? { index: levelsSeen } : null;
    }
    out.push(block);
  }
  return out;
}
