import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { Block, Layout, PageMeta, Span, SourceFormat, TableCell, TableRow } from '../model/index.ts';
import { DocumentError } from '../model/index.ts';
import { BLOCK_TAGS, BULLET_GLYPH, CHROME_ROLES, CHROME_WORDS, SKIP_TAGS } from './chrome.ts';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function isElement(n: ChildNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

function hasChromeToken(value: string | undefined): boolean {
  if (!value) return false;
  for (const token of value.toLowerCase().split(/\s+/)) {
    for (const w of CHROME_WORDS) {
      if (token === w || token.startsWith(`${w}-`) || token.startsWith(`${w}_`) || token.endsWith(`-${w}`) || token.endsWith(`_${w}`)) return true;
    }
  }
  return false;
}

function contains(el: Element, tags: Set<string>): boolean {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (tags.has(c.name) || contains(c, tags)) return true;
  }
  return false;
}

const PROTECT = new Set(['h1', 'table', 'main']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Class names or data attributes of an accordion's toggle when it carries no aria attribute. */
const TOGGLE_CLASS = /\b[\w-]*(?:accordion|collaps|toggle|expand|disclosure)[\w-]*\b/i;

/** An accordion toggle: a button that opens a panel names that panel. */
function isToggle(el: Element): boolean {
  if (el.name !== 'button' || el.attribs.role === 'tab') return false;
  return 'aria-expanded' in el.attribs || 'aria-controls' in el.attribs || 'data-toggle' in el.attribs || 'data-bs-toggle' in el.attribs
    || (TOGGLE_CLASS.test(el.attribs.class ?? '') && !/\b[\w-]*(?:nav|menu|search|cookie)[\w-]*\b/i.test(el.attribs.class ?? ''));
}

interface Panels {
  /** Elements by id, for tab panels named by their tab (aria-labelledby). */
  ids: Map<string, Element>;
  /** Ids of panels opened by a tab or accordion toggle (aria-controls). */
  controlled: Set<string>;
}

function indexPanels(nodes: ChildNode[], out: Panels = { ids: new Map(), controlled: new Set() }): Panels {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    if (n.attribs.id && !out.ids.has(n.attribs.id)) out.ids.set(n.attribs.id, n);
    if (n.attribs.role === 'tab' || isToggle(n)) for (const id of (n.attribs['aria-controls'] ?? '').split(/\s+/)) if (id) out.controlled.add(id);
    if (n.name !== 'script' && n.name !== 'style') indexPanels(n.children, out);
  }
  return out;
}

/** Hidden, scripted or navigation elements that carry no document content. */
function isChrome(el: Element, revealed = false): boolean {
  if (SKIP_TAGS.has(el.name) && !isToggle(el)) return true;
  const a = el.attribs;
  // A collapsed accordion or tab panel is hidden only until its toggle is pressed.
  if (!revealed) {
    if ('hidden' in a || a['aria-hidden'] === 'true') return true;
    if (a.style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(a.style)) return true;
  }
  if (a.role && CHROME_ROLES.has(a.role.toLowerCase())) return true;
  if (el.name === 'header' && contains(el, new Set(['nav', 'form']))) return true;
  if ((hasChromeToken(a.class) || hasChromeToken(a.id)) && !contains(el, PROTECT)) return true;
  return false;
}

function pathOf(el: Element): string {
  const parts: string[] = [];
  let node: Element | null = el;
  while (node && isElement(node) && node.name !== 'html') {
    const name: string = node.name;
    const parent = node.parent as Element | null;
    if (!parent || !isElement(parent as ChildNode) || name === 'body') {
      parts.push(name);
      break;
    }
    const same = parent.children.filter((c) => isElement(c) && c.name === name);
    parts.push(same.length > 1 ? `${name}[${same.indexOf(node) + 1}]` : name);
    node = parent;
  }
  return parts.reverse().join(' > ');
}

/** Collects blocks; the same walker fills table cells (with a nested builder). */
class Builder {
  blocks: Block[] = [];
  section: number;
  private inline: string[] = [];
  private inlineOwner: Element | null = null;

  constructor(
    private readonly refPrefix: string,
    section = 1,
    private readonly countSections = true,
    private readonly panels: Panels = { ids: new Map(), controlled: new Set() },
  ) {
    this.section = section;
  }

  private lastDepth = 1;
  private toggleDepth: number | null = null;

  private heading(text: string, depth: number, owner: Element): void {
    if (this.countSections && this.blocks.some((b) => b.kind === 'heading')) this.section++;
    this.blocks.push({ kind: 'heading', depth, span: this.span(text, owner) });
  }

  private span(text: string, owner: Element, bullet = false): Span {
    return { text, page: this.section, bbox: null, ref: `${this.refPrefix}${pathOf(owner)}`, ...(bullet ? { bullet } : {}) };
  }

  /** Emit accumulated inline text as paragraphs (split at <br>), or bullet items when they start with a glyph. */
  flush(listDepth = 0): void {
    if (!this.inlineOwner) return;
    const owner = this.inlineOwner;
    const joined = this.inline.join('');
    this.inline = [];
    this.inlineOwner = null;
    for (const line of joined.split('\n')) {
      const text = norm(line);
      if (!text) continue;
      const m = BULLET_GLYPH.exec(text);
      if (m && text.length > m[0].length) {
        this.blocks.push({ kind: 'list-item', depth: listDepth + 1, span: this.span(text.slice(m[0].length), owner, true) });
      } else {
        this.blocks.push({ kind: 'paragraph', span: this.span(text, owner) });
      }
    }
  }

  private addInline(text: string, owner: Element): void {
    if (!this.inlineOwner) this.inlineOwner = owner;
    this.inline.push(text);
  }

  walk(nodes: ChildNode[], owner: Element, listDepth: number): void {
    for (const n of nodes) {
      if (n.type === 'text') {
        this.addInline(n.data, owner);
        continue;
      }
      if (!isElement(n)) continue;
      if (isChrome(n, n.attribs.role === 'tabpanel' || this.panels.controlled.has(n.attribs.id ?? ''))) continue;
      const tag = n.name;
      if (tag === 'br') {
        this.addInline('\n', owner);
        continue;
      }
      if (/^h[1-6]$/.test(tag)) {
        this.flush(listDepth);
        const text = norm(textOf(n));
        if (!text) continue;
        const depth = Number(tag[1]);
        if (this.toggleDepth !== null && depth < this.toggleDepth) this.toggleDepth = null;
        this.lastDepth = depth;
        this.heading(text, depth, n);
        continue;
      }
      // A tab list only names the panels; each panel gets its tab's name as a heading where it starts.
      if (n.attribs.role === 'tablist') continue;
      if (n.attribs.role === 'tabpanel') {
        const tab = (n.attribs['aria-labelledby'] ?? '').split(/\s+/).map((id) => this.panels.ids.get(id)).find((e) => e);
        const text = tab ? norm(textOf(tab)) : '';
        const inner = n.children.find((c): c is Element => isElement(c) && !isChrome(c));
        if (text && text.split(' ').length <= 12 && !(inner && HEADINGS.has(inner.name) && norm(textOf(inner)) === text)) {
          this.flush(listDepth);
          this.toggleDepth ??= Math.min(6, this.lastDepth + 1);
          this.heading(text, this.toggleDepth, tab!);
        }
        this.flush(listDepth);
        this.walk(n.children, n, listDepth);
        this.flush(listDepth);
        continue;
      }
      // A <summary> or accordion button with no heading inside titles its panel: a heading one level
      // below the heading before the accordion, the same for every panel of it.
      if ((tag === 'summary' || isToggle(n)) && !contains(n, HEADINGS)) {
        this.flush(listDepth);
        const text = norm(textOf(n));
        if (!text) continue;
        if (text.split(' ').length > 12) {
          this.blocks.push({ kind: 'paragraph', span: this.span(text, n) });
          continue;
        }
        this.toggleDepth ??= Math.min(6, this.lastDepth + 1);
        this.heading(text, this.toggleDepth, n);
        continue;
      }
      if (tag === 'ul' || tag === 'ol' || tag === 'menu') {
        this.flush(listDepth);
        this.walk(n.children, n, listDepth + 1);
        continue;
      }
      if (tag === 'li') {
        this.flush(listDepth);
        this.listItem(n, Math.max(1, listDepth));
        continue;
      }
      if (tag === 'dd') {
        this.flush(listDepth);
        this.listItem(n, listDepth + 1);
        continue;
      }
      if (tag === 'table') {
        this.flush(listDepth);
        this.table(n);
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        this.flush(listDepth);
        this.walk(n.children, n, listDepth);
        this.flush(listDepth);
        continue;
      }
      this.walk(n.children, owner, listDepth);
    }
  }

  /** A list item's own text (its nested lists become deeper items after it). */
  private listItem(li: Element, depth: number): void {
    const own: ChildNode[] = [];
    const nested: Element[] = [];
    for (const c of li.children) {
      if (isElement(c) && (c.name === 'ul' || c.name === 'ol' || c.name === 'table')) nested.push(c);
      else own.push(c);
    }
    // Paragraphs inside one <li> are one item; <br> lines inside it stay one item too.
    const text = norm(own.map((c) => (isElement(c) ? (isChrome(c) ? '' : ` ${textOf(c)} `) : c.type === 'text' ? c.data : '')).join(''));
    if (text) {
      const m = BULLET_GLYPH.exec(text);
      this.blocks.push({ kind: 'list-item', depth, span: this.span(m ? text.slice(m[0].length) : text, li, true) });
    }
    for (const n of nested) {
      if (n.name === 'table') this.table(n);
      else this.walk([n], li, depth);
    }
  }

  private table(table: Element): void {
    const rows: TableRow[] = [];
    const collect = (el: Element) => {
      for (const c of el.children) {
        if (!isElement(c) || isChrome(c)) continue;
        if (c.name === 'tr') rows.push({ cells: this.cells(c) });
        else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') collect(c);
        else if (c.name === 'caption') {
          const t = norm(textOf(c));
          if (t) this.blocks.push({ kind: 'paragraph', span: this.span(t, c) });
        }
      }
    };
    collect(table);
    if (rows.length) this.blocks.push({ kind: 'table', page: this.section, rows });
  }

  private cells(tr: Element): TableCell[] {
    const out: TableCell[] = [];
    for (const c of tr.children) {
      if (!isElement(c) || (c.name !== 'td' && c.name !== 'th') || isChrome(c)) continue;
      const inner = new Builder(this.refPrefix, this.section, false);
      inner.walk(c.children, c, 0);
      inner.flush();
      const items: Span[] = [];
      for (const b of inner.blocks) {
        if (b.kind === 'table') for (const r of b.rows) for (const cell of r.cells) items.push(...cell.items);
        else items.push(b.kind === 'list-item' ? { ...b.span, bullet: true } : b.span);
      }
      const colspan = Number(c.attribs.colspan) || 1;
      const rowspan = Number(c.attribs.rowspan) || 1;
      out.push({ header: c.name === 'th', items, ...(colspan > 1 ? { colspan: Math.min(colspan, 100) } : {}), ...(rowspan > 1 ? { rowspan: Math.min(rowspan, 1000) } : {}) });
    }
    return out;
  }
}

function textOf(el: Element): string {
  let s = '';
  for (const c of el.children) {
    if (c.type === 'text') s += c.data;
    else if (isElement(c) && !isChrome(c)) s += c.name === 'br' ? ' ' : BLOCK_TAGS.has(c.name) ? ` ${textOf(c)} ` : textOf(c);
  }
  return s;
}

function find(nodes: ChildNode[], test: (el: Element) => boolean): Element | null {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    if (test(n)) return n;
    if (n.name === 'script' || n.name === 'style' || n.name === 'template') continue;
    const hit = find(n.children, test);
    if (hit) return hit;
  }
  return null;
}

export const MAX_HTML_NESTING = 1000;

const VOID_OR_OPTIONAL_END = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'rb', 'rt', 'rp', 'caption',
  'html', 'head', 'body',
]);

/**
 * Deepest element nesting, from a linear tag scan (stops at `limit`). Real pages nest a few dozen levels;
 * hostile ones nest 100,000 and would make any tree parser quadratic and any tree walk overflow.
 */
export function nestingDepth(html: string, limit = MAX_HTML_NESTING): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2].toLowerCase();
    if (VOID_OR_OPTIONAL_END.has(name) || m[3]) continue;
    if (name === 'script' || name === 'style') {
      if (!m[1]) {
        const end = html.toLowerCase().indexOf(`</${name}`, tag.lastIndex);
        tag.lastIndex = end < 0 ? html.length : end;
      }
      continue;
    }
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max && (max = depth) > limit) return max;
  }
  return max;
}

/** Build a Layout from HTML (also used for DOCX through mammoth's HTML). Parsed as data only; nothing runs. */
export function htmlToLayout(html: string, source: string, format: SourceFormat = 'html', refPrefix = 'html: '): Layout {
  if (nestingDepth(html) > MAX_HTML_NESTING) {
    throw new DocumentError(source, `HTML nested more than ${MAX_HTML_NESTING} elements deep (hostile or broken page?)`);
  }
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const titleEl = find(doc.children, (el) => el.name === 'title');
  const root =
    find(doc.children, (el) => el.name === 'main' || el.attribs.role === 'main') ??
    find(doc.children, (el) => el.name === 'body') ??
    null;
  const builder = new Builder(refPrefix, 1, true, indexPanels(doc.children));
  if (root) builder.walk(root.children, root, 0);
  else builder.walk(doc.children, { name: 'body', children: doc.children, attribs: {}, parent: null } as unknown as Element, 0);
  builder.flush();
  const blocks = builder.blocks;
  const firstHeading = blocks.find((b) => b.kind === 'heading');
  const title = (titleEl && norm(textOf(titleEl))) || (firstHeading?.kind === 'heading' ? firstHeading.span.text : null) || null;
  const layout: Layout = { source, format, pages: builder.section, title, blocks, warnings: [] };
  if (format === 'html') layout.meta = pageMeta(doc.children, titleEl);
  return layout;
}

const attr = (el: Element | null, name: string): string | null => {
  const v = el?.attribs[name];
  return v && v.trim() ? norm(v).slice(0, 500) : null;
};

/** <title>, first <h1>, canonical link / og:url, site name and date: a page's own description of itself. */
function pageMeta(nodes: ChildNode[], titleEl: Element | null): PageMeta {
  const meta = (test: (el: Element) => boolean) => find(nodes, (el) => el.name === 'meta' && test(el));
  const prop = (name: string) => (el: Element) => (el.attribs.property ?? el.attribs.name ?? '').toLowerCase() === name;
  const canonical = find(nodes, (el) => el.name === 'link' && (el.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const h1 = find(nodes, (el) => el.name === 'h1');
  return {
    title: (titleEl && norm(textOf(titleEl)).slice(0, 500)) || attr(meta(prop('og:title')), 'content'),
    url: attr(canonical, 'href') ?? attr(meta(prop('og:url')), 'content'),
    authority: attr(meta(prop('og:site_name')), 'content'),
    date: attr(meta(prop('article:modified_time')), 'content') ?? attr(meta(prop('article:published_time')), 'content') ?? attr(meta(prop('dcterms.modified')), 'content') ?? attr(meta(prop('dcterms.date')), 'content'),
    heading: (h1 && norm(textOf(h1)).slice(0, 500)) || null,
  };
}
