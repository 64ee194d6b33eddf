// Interactive threshold tools saved as text: a menu of every level (taken out of the body by src/series and handed
// over as `SegmentOptions.menu`), then one panel per domain and level, each a parent bullet with its items nested
// under it. Each item may be followed by its tooltip: a close glyph ("×") and the item's text again.
import type { Block, Span } from '../model/index.ts';
import { nameKey, normSpace, wordCount, type ParsedLevel } from './levels.ts';
import { levelsByRepeat } from './level-repeat.ts';

/** A tooltip's close button, alone on its line. */
const CLOSE = /^(?:[×✕✖✗]|close|x)$/i;

/**
 * Tooltip repeats out: a list item that is only a close glyph ("×"), and the lines after it that repeat the item just
 * before it, word for word. Every other block passes through unchanged.
 */
export function dropTooltipRepeats(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'list-item' || !CLOSE.test(normSpace(b.span.text))) { out.push(b); continue; }
    const item = [...out].reverse().find((x) => x.kind === 'list-item');
    const key = item ? nameKey((item as { span: Span }).span.text) : null;
    while (key && i + 1 < blocks.length && blocks[i + 1].kind !== 'table' && blocks[i + 1].kind !== 'list-item' && nameKey((blocks[i + 1] as { span: Span }).span.text) === key) i++;
  }
  return out;
}

export interface MenuPanels {
  blocks: Block[];
  /** Panels read, per menu level (menu order). */
  counts: number[];
  warning: string;
}

/** A parent bullet: short, not a sentence, with deeper bullets right after it. */
function panelHead(blocks: Block[], i: number): boolean {
  const b = blocks[i];
  const next = blocks[i + 1];
  if (b.kind !== 'list-item' || next?.kind !== 'list-item' || next.depth <= b.depth) return false;
  const t = normSpace(b.span.text);
  return !!t && wordCount(t) <= 10 && !/[.;:,]$/.test(t);
}

/** One repeated head is enough: a parent bullet over nested items is already a panel (columns.ts, whose headings are any cell's, asks for two). */
const MIN_REPEATED_HEADS = 1;

/**
 * The panels of a tool whose page names no level itself: the heads (parent bullets over nested items) repeat, one
 * panel per level, so the k-th panel with a given head is the menu's k-th level (level-repeat.ts). Returns the
 * blocks with a heading naming the menu level before each panel whose level differs from the one before, and each
 * head as a sub-heading.
 */
export function menuPanels(blocks: Block[], menu: ParsedLevel[], menuSpans: Span[]): MenuPanels | null {
  const heads: number[] = [];
  for (let i = 0; i < blocks.length; i++) if (panelHead(blocks, i)) heads.push(i);
  const levelOf = levelsByRepeat(heads, (i) => (blocks[i] as { span: Span }).span.text, menu.length, MIN_REPEATED_HEADS);
  if (!levelOf) return null;
  const out: Block[] = [];
  let current = -1;
  const counts = menu.map(() => 0);
  blocks.forEach((b, i) => {
    const level = levelOf.get(i);
    if (level === undefined) { out.push(b); return; }
    counts[level]++;
    if (level !== current) {
      current = level;
      out.push({ kind: 'heading', depth: 1, span: { ...menuSpans[level], text: menu[level].written } });
    }
    out.push({ kind: 'heading', depth: 2, span: (b as { span: Span }).span });
  });
  const read = counts.map((c, k) => `${c} under "${menu[k].written}"`).filter((_, k) => counts[k] > 0).join(', ');
  return { blocks: out, counts, warning: `the page names no level: its panels are read as the menu's levels in order (the k-th panel of a heading is the k-th level; ${read})` };
}

/**
 * A page that names no level but repeats one entry of its menu word for word ("3 Targeted – Children with several
 * needs", after the menu listed all four): the panel shown is that level's. The repeat becomes that level's heading,
 * so what comes before it (the tool's instructions) stays outside every level. Null when no entry, or several, repeat.
 */
export function menuRepeat(blocks: Block[], menu: { parsed: ParsedLevel; span: Span }[]): { blocks: Block[]; written: string } | null {
  const byText = new Map(menu.map((m) => [nameKey(m.span.text), m.parsed]));
  const hits = blocks.flatMap((b, at) => {
    if (b.kind !== 'paragraph' && b.kind !== 'heading' && b.kind !== 'list-item') return [];
    const p = byText.get(nameKey(b.span.text));
    return p ? [{ at, p }] : [];
  });
  if (!hits.length || new Set(hits.map((h) => h.p)).size !== 1) return null;
  const { at, p } = hits[0];
  const span = (blocks[at] as { span: Span }).span;
  return { blocks: blocks.map((b, k) => (k === at ? { kind: 'heading', depth: 2, span: { ...span, text: p.written } } : b)), written: p.written };
}
