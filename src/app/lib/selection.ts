// Offsets of the reader's text selection in a source's plain text. The passage is rendered as spans that each
// hold one text node and carry `data-o`, the offset of their first character in the plain text.
function offsetAt(node: Node, offset: number, root: HTMLElement, end: boolean): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const el = node.parentElement?.closest<HTMLElement>('[data-o]');
    if (!el || !root.contains(el)) return null;
    return Number(el.dataset.o) + offset;
  }
  // an element boundary (e.g. a triple-click): the nearest offset-carrying span inside, before or after
  const el = node as Element;
  const spans = [...root.querySelectorAll<HTMLElement>('[data-o]')];
  const child = el.childNodes[Math.min(offset, el.childNodes.length - 1)] ?? el;
  const inside = spans.filter((s) => child.contains(s) || s.contains(child));
  const s = end ? inside.at(-1) : inside[0];
  if (!s) return null;
  return Number(s.dataset.o) + (end ? (s.textContent?.length ?? 0) : 0);
}

/** [start, end) of the current selection within `root`, trimmed of surrounding whitespace; null when none. */
export function selectionOffsets(root: HTMLElement | null, text: string): [number, number] | null {
  const sel = typeof window === 'undefined' ? null : window.getSelection();
  if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  let a = offsetAt(r.startContainer, r.startOffset, root, false);
  let b = offsetAt(r.endContainer, r.endOffset, root, true);
  if (a === null || b === null || b <= a) return null;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return b > a ? [a, b] : null;
}

/** [start, end) of `words` in `text`, whitespace differences ignored (the keyboard way to point at text). */
export function findWords(text: string, words: string): [number, number] | null {
  const parts = words.trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!parts.length) return null;
  const m = new RegExp(parts.join('\\s+'), 'i').exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}
