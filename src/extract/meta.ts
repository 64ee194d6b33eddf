// Page metadata carried outside the body: a text/markdown file's YAML front matter (the form web clippers
// write) and, for HTML, <title>, first <h1>, <link rel="canonical"> and og:url (see html.ts).
import type { PageMeta } from '../model/index.ts';

export const emptyMeta = (): PageMeta => ({ title: null, url: null, authority: null, date: null, heading: null });

const KEY_LINE = /^([A-Za-z_][\w-]*)\s*:\s?(.*)$/;
const MAX_FRONT_MATTER_LINES = 60;

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && ((t[0] === '"' && t.endsWith('"')) || (t[0] === "'" && t.endsWith("'")))) {
    return t.slice(1, -1).replace(/\\"/g, '"').replace(/''/g, "'");
  }
  return t;
}

const clip = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 500);

/**
 * A YAML front matter block at the very top of a text file: a `---` line, `key: value` lines, a `---` (or `...`)
 * line. Returns the fields the pipeline uses and how many lines the block takes (0 when there is none).
 * Only flat `key: value` lines are read; nested or list values are skipped, never evaluated.
 */
export function parseFrontMatter(lines: string[]): { meta: PageMeta; lines: number } | null {
  const first = (lines[0] ?? '').replace(/^\uFEFF/, '').trim();
  if (first !== '---') return null;
  const meta = emptyMeta();
  let keys = 0;
  for (let i = 1; i < Math.min(lines.length, MAX_FRONT_MATTER_LINES); i++) {
    const raw = lines[i];
    const t = raw.trim();
    if (t === '---' || t === '...') return keys > 0 ? { meta, lines: i + 1 } : null;
    if (!t || t.startsWith('#') || /^\s/.test(raw)) continue; // blank, comment, nested/list continuation
    const m = KEY_LINE.exec(t);
    if (!m) return null; // not front matter: a rule line followed by prose
    keys++;
    const key = m[1].toLowerCase();
    const value = clip(unquote(m[2]));
    if (!value) continue;
    if (key === 'title' && !meta.title) meta.title = value;
    else if ((key === 'url' || key === 'source' || key === 'canonical' || key === 'link' || key === 'source_url' || key === 'permalink') && !meta.url) meta.url = value;
    else if ((key === 'authority' || key === 'site' || key === 'site_name' || key === 'publisher') && !meta.authority) meta.authority = value;
    else if ((key === 'date' || key === 'published' || key === 'updated' || key === 'modified') && !meta.date) meta.date = value;
  }
  return null;
}

/** Merge metadata: fields of `over` (e.g. a manifest part) win where they are set. */
export function mergeMeta(base: PageMeta | undefined, over: Partial<PageMeta> | undefined): PageMeta {
  const out = { ...emptyMeta(), ...(base ?? {}) };
  for (const k of ['title', 'url', 'authority', 'date', 'heading'] as const) {
    const v = over?.[k];
    if (typeof v === 'string' && v.trim()) out[k] = clip(v);
  }
  return out;
}
