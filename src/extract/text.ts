import type { Block, Layout, PageMeta, Span, TableCell, TableRow } from '../model/index.ts';
import { emptyMeta, parseFrontMatter } from './meta.ts';

// Plain text and markdown: headings (#, underlined, ALL CAPS, numbered, "Level 2:" lines), bullets,
// pipe tables, wrapped lines joined. Span.page is the first line number; ref is "lines a-b".

const MD_HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const UNDERLINE = /^\s*(=+|-+)\s*$/;
/** A bullet glyph alone on its line. */
const BARE_BULLET = /^\s*[-*•]\s*$/;
const BULLET = /^(\s*)(?:[-*+•·▪◦‣●○■➢►–]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+(.*)$/;
const NUMBERED_HEADING = /^\s*(\d+(?:\.\d+)+|\d+\.)\s+(\S.*)$/;
const LABEL_HEADING = /^\s*(?:level|tier|stage|step|band)\s+\d+[a-z]?\b.{0,60}$/i;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
/** A table separator row with at least one inner pipe: "---|---|", ":--|--:". */
const GFM_SEP = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$/;
const TABLE_SEP = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

interface Line { text: string; no: number }

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function span(text: string, from: number, to: number, bullet = false): Span {
  return { text: norm(text), page: from, bbox: null, ref: from === to ? `lines ${from}` : `lines ${from}-${to}`, ...(bullet ? { bullet } : {}) };
}

function isAllCaps(s: string): boolean {
  if (s.length > 90) return false;
  const letters = s.replace(/[^A-Za-z]/g, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && s.length <= 90 && !/[.;,]$/.test(s.trim());
}

function looksLikeTitle(s: string): boolean {
  const t = s.trim();
  return t.length > 0 && t.length <= 80 && !/[.;,]$/.test(t) && t.split(/\s+/).length <= 12;
}

function splitCells(line: string): string[] {
  const t = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return t.split(/(?<!\\)\|/).map((c) => c.trim());
}

function cellItems(text: string, no: number): Span[] {
  return text
    .split(/<br\s*\/?>|\s+[•·▪]\s+|^[•·▪]\s+/i)
    .map((s) => s.replace(/^[-*•·▪]\s+/, '').trim())
    .filter(Boolean)
    .map((s) => span(s, no, no));
}

const startsLower = (text: string): boolean => /^[a-z(,]/.test(text.trim());

/** Lines as items: a line starting lower-case continues the item above. */
function joinWrapped(para: Line[]): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  for (const l of para) {
    const last = out[out.length - 1];
    if (last && startsLower(l.text)) { last.text += ' ' + l.text.trim(); last.to = l.no; }
    else out.push({ text: l.text.trim(), from: l.no, to: l.no });
  }
  return out;
}

/** A multi-line paragraph is wrapped prose when its lines (but the last) run close to a common width. */
function isWrapped(lines: Line[]): boolean {
  if (lines.length < 2) return true;
  const lengths = lines.map((l) => l.text.trim().length);
  const max = Math.max(...lengths);
  if (max < 45) return false;
  const body = lengths.slice(0, -1);
  return body.every((n) => n >= 0.6 * max) || lines.slice(1).every((l) => /^[a-z(,]/.test(l.text.trim()));
}

export function textToLayout(text: string, source: string): Layout {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  // YAML front matter at the very top is metadata, not content: its lines are blanked (line numbers stay
  // those of the file, for the evidence view) and its fields go to layout.meta.
  const front = parseFrontMatter(raw);
  const meta: PageMeta = front?.meta ?? emptyMeta();
  if (front) for (let k = 0; k < front.lines; k++) raw[k] = '';
  const lines: Line[] = raw.map((t, i) => ({ text: t.replace(/\t/g, '    '), no: i + 1 }));
  const blocks: Block[] = [];
  let title: string | null = null;
  // nextFilled[k] = first non-blank line at or after k (linear, so huge files stay linear).
  const nextFilled = new Array<number>(lines.length + 1).fill(lines.length);
  for (let k = lines.length - 1; k >= 0; k--) nextFilled[k] = lines[k].text.trim() ? k : nextFilled[k + 1];
  const filledFrom = (k: number): Line | undefined => lines[nextFilled[Math.min(k, lines.length)]];
  let i = 0;
  /** The highest `#` heading: a page's own first heading (plain-text labels above it are often site chrome). */
  let firstMarked: { depth: number; text: string } | null = null;

  // Labels ("Level 2:", a short line before bullets) sit one below the last real heading.
  // Two kinds of label: level labels ("Level 2:") and other short labels (topics, domains). Each kind keeps
  // the depth it first took under the current real heading, and the kind seen second nests under the first,
  // so per-level (level > domain) and per-topic (topic > level) documents both come out as trees.
  let topDepth = 0;
  const kindDepth: { level?: number; other?: number } = {};
  const labelDepth = (kind: 'level' | 'other' = 'other') => {
    const other = kind === 'level' ? kindDepth.other : kindDepth.level;
    const d = kindDepth[kind] ?? (other !== undefined ? other + 1 : topDepth + 1);
    kindDepth[kind] = d;
    return Math.min(6, d);
  };
  const heading = (depth: number, t: string, from: number, to: number, label = false) => {
    const s = span(t, from, to);
    if (!s.text) return;
    if (!label) {
      topDepth = depth;
      delete kindDepth.level;
      delete kindDepth.other;
    }
    if (title === null && !/^(skip to|print this|menu\b|cookies?\b|home\b)/i.test(s.text)) title = s.text;
    blocks.push({ kind: 'heading', depth, span: s });
  };

  while (i < lines.length) {
    const line = lines[i];
    const t = line.text.trim();
    if (!t) { i++; continue; }
    const next = lines[i + 1]?.text ?? '';

    const md = MD_HEADING.exec(t);
    if (md) {
      if (firstMarked === null || md[1].length < firstMarked.depth) firstMarked = { depth: md[1].length, text: norm(md[2]) };
      heading(md[1].length, md[2], line.no, line.no);
      i++;
      continue;
    }
    // A bullet whose text wrapped onto the next line ("-" alone, then the item): not an underline.
    const after = lines[i + 2]?.text.trim() ?? '';
    if (BARE_BULLET.test(line.text) && next.trim() && !BULLET.test(next) && !UNDERLINE.test(next)) {
      const indent = line.text.length - line.text.trimStart().length;
      blocks.push({ kind: 'list-item', depth: 1 + Math.floor(indent / 2), span: span(next.trim(), line.no, lines[i + 1].no, true) });
      i += 2;
      continue;
    }
    if (UNDERLINE.test(next) && looksLikeTitle(t) && !BULLET.test(line.text) && !(BARE_BULLET.test(next) && after && !UNDERLINE.test(after))) {
      heading(next.trim().startsWith('=') ? 1 : 2, t, line.no, line.no + 1);
      i += 2;
      continue;
    }

    // A pipe table, with or without outer pipes ("Level of need | Support |" over "---|---|").
    const gfm = !TABLE_ROW.test(t) && t.includes('|') && GFM_SEP.test(next.trim());
    if (TABLE_ROW.test(t) || gfm) {
      const rows: TableRow[] = [];
      let headerPending = TABLE_SEP.test(lines[i + 1]?.text ?? '') || gfm;
      const startNo = line.no;
      const isRow = (l: string) => (gfm ? l.includes('|') : TABLE_ROW.test(l));
      while (i < lines.length && isRow(lines[i].text.trim())) {
        const l = lines[i];
        if (TABLE_SEP.test(l.text)) { i++; continue; }
        const cells: TableCell[] = splitCells(l.text).map((c) => ({ header: headerPending, items: cellItems(c, l.no) }));
        rows.push({ cells });
        headerPending = false;
        i++;
      }
      blocks.push({ kind: 'table', page: startNo, rows });
      continue;
    }

    const numbered = NUMBERED_HEADING.exec(t);
    if (numbered && looksLikeTitle(numbered[2]) && !lines[i - 1]?.text.trim() && !next.trim()) {
      const multi = numbered[1].split('.').filter(Boolean).length > 1;
      const following = filledFrom(i + 1);
      if (multi || !following || !NUMBERED_HEADING.test(following.text)) {
        heading(multi ? 3 : 2, t, line.no, line.no);
        i++;
        continue;
      }
    }

    const b = BULLET.exec(line.text);
    if (b) {
      const indent = b[1].length;
      let body = b[2];
      let end = line.no;
      i++;
      // Continuation lines: indented past the bullet, or starting lower-case, with no blank line between.
      while (i < lines.length) {
        const l = lines[i].text;
        const lt = l.trim();
        if (!lt || BULLET.test(l) || TABLE_ROW.test(lt) || MD_HEADING.test(lt) || LABEL_HEADING.test(lt)) break;
        const lIndent = l.length - l.trimStart().length;
        if (lIndent > indent || /^[a-z(,;]/.test(lt)) {
          body += ` ${lt}`;
          end = lines[i].no;
          i++;
        } else break;
      }
      blocks.push({ kind: 'list-item', depth: 1 + Math.floor(indent / 2), span: span(body, line.no, end, true) });
      continue;
    }

    // A paragraph: consecutive non-blank, non-special lines.
    const para: Line[] = [];
    while (i < lines.length) {
      const l = lines[i];
      const lt = l.text.trim();
      if (!lt || BULLET.test(l.text) || TABLE_ROW.test(lt) || MD_HEADING.test(lt)) break;
      if (para.length && BARE_BULLET.test(l.text) && (lines[i + 1]?.text.trim() ?? '')) break;
      if (para.length && lt.includes('|') && GFM_SEP.test((lines[i + 1]?.text ?? '').trim())) break;
      if (para.length && UNDERLINE.test(lines[i + 1]?.text ?? '')) break;
      para.push(l);
      i++;
    }
    const single = para.length === 1;
    const first = para[0].text.trim();
    if (single && isAllCaps(first) && !LABEL_HEADING.test(first)) {
      heading(1, first, para[0].no, para[0].no);
      continue;
    }
    if (single && LABEL_HEADING.test(first)) {
      // "Level 2:" labels sit one below the current heading (a topic, or the document title).
      heading(labelDepth('level'), first.replace(/:$/, ''), para[0].no, para[0].no, true);
      continue;
    }
    const following = filledFrom(i);
    if (single && first.length <= 60 && following && BULLET.test(following.text) && /^[A-Z]/.test(first) && first.replace(/:$/, '').split(/\s+/).length <= 5 && !/[.;,]$/.test(first)) {
      heading(labelDepth(), first.replace(/:$/, ''), para[0].no, para[0].no, true);
      continue;
    }
    // Lines of a copied web page are items, not wrapped prose: each starts with a capital and the
    // block does not end like a sentence. Wrapped prose continues lower-case or ends with a full stop.
    const sentenceEnd = /[.!?:]["”')]?$/.test(para[para.length - 1].text.trim());
    // An item that wrapped onto a second line ("... no family" / "nearby to help ...") joins the line above
    // when the lower-case lines are few: most lines still start a new item.
    const lower = para.slice(1).filter((l) => startsLower(l.text));
    if (lower.length && lower.length * 2 <= para.length - 1 && !sentenceEnd) {
      const groups = joinWrapped(para);
      if (groups.length > 1 && groups.every((g) => !/[.!?]\s+[A-Z]/.test(g.text))) {
        for (const g of groups) blocks.push({ kind: 'paragraph', span: span(g.text, g.from, g.to) });
        continue;
      }
    }
    const rest = para.slice(1);
    const capitalised = rest.every((l) => /^[A-Z0-9"“'‘(]/.test(l.text.trim()));
    const separate = para.length > 1 && capitalised && (!sentenceEnd || !isWrapped(para));
    // A short label over such items is their sub-heading ("Health", then one item per line).
    const firstLine = para[0].text.trim();
    if (separate && firstLine.length <= 40 && /^[A-Z]/.test(firstLine) && !/[.;,:]$/.test(firstLine) && firstLine.split(/\s+/).length <= 3
      && rest.every((l) => l.text.trim().split(/\s+/).length >= 4)) {
      heading(labelDepth(), firstLine, para[0].no, para[0].no, true);
      para.shift();
    }
    if (!separate) {
      blocks.push({ kind: 'paragraph', span: span(para.map((l) => l.text).join(' '), para[0].no, para[para.length - 1].no) });
    } else {
      for (const l of para) blocks.push({ kind: 'paragraph', span: span(l.text, l.no, l.no) });
    }
  }
  const firstTop = blocks.find((b) => b.kind === 'heading' && b.depth === 1) ?? blocks.find((b) => b.kind === 'heading');
  if (firstMarked) meta.heading = (firstMarked as { text: string }).text;
  else if (firstTop?.kind === 'heading') meta.heading = firstTop.span.text;
  const hasMeta = !!(front || meta.heading);
  return { source, format: 'text', pages: Math.max(1, lines.length), title: meta.title ?? title, blocks, warnings: [], ...(hasMeta ? { meta } : {}) };
}
