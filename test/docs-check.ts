// Helpers for test/docs.test.ts: read examples, links, headings and src/ paths out of markdown.

/** Commands starting `npx atlas` inside ```sh blocks (a line may chain several with `&&`), without a `# comment`. */
export function atlasExamples(md: string): string[] {
  const out: string[] = [];
  let inSh = false;
  for (const line of md.split('\n')) {
    const fence = /^```(\w*)/.exec(line);
    if (fence) { inSh = !inSh && fence[1] === 'sh'; continue; }
    if (!inSh) continue;
    for (const part of stripComment(line).split(' && ')) {
      const cmd = part.trim();
      if (cmd.startsWith('npx atlas ')) out.push(cmd);
    }
  }
  return out;
}

function stripComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) { if (c === quote) quote = null; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i);
  }
  return line;
}

/** Split a command line into words as sh would for plain words and "quoted strings". */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const m of line.matchAll(re)) words.push(m[1] ?? m[2] ?? m[3]);
  return words;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2. */
export function headingSlugs(md: string): Set<string> {
  const slugs = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutCode(md).split('\n')) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = m[1].toLowerCase().replace(/[`*_]/g, '').replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    slugs.add(n ? `${base}-${n}` : base);
  }
  return slugs;
}

/** The text with fenced code blocks blanked (headings and links inside code are not headings or links). */
function withoutCode(md: string): string {
  return md.replace(/^```[\s\S]*?^```/gm, '');
}

/**
 * Relative links (`[text](target)`, `![alt](target)`) that lead nowhere. `resolveTarget` returns the heading slugs of
 * the linked file (an empty set for a file that is not markdown), or null when it does not exist.
 */
export function brokenLinks(md: string, resolveTarget: (path: string) => Set<string> | null, ownSlugs: Set<string>): string[] {
  const broken: string[] = [];
  const text = withoutCode(md).replace(/`[^`\n]*`/g, '');
  for (const m of text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1];
    if (/^[a-z]+:/i.test(target)) continue; // http:, https:, mailto:
    const [path, anchor] = target.split('#', 2) as [string, string | undefined];
    const slugs = path ? resolveTarget(decodeURIComponent(path)) : ownSlugs;
    if (!slugs) { broken.push(`${target} (no such file)`); continue; }
    if (anchor && (path === '' || path.endsWith('.md')) && !slugs.has(anchor)) {
      broken.push(`${target} (no heading #${anchor})`);
    }
  }
  return broken;
}

/** Every `src/...` path named in the text (folders and files), without a trailing slash. */
export function srcPathsNamed(md: string): string[] {
  const paths = new Set<string>();
  // a pattern such as src/report/render-<fmt>.ts or src/segment/table-*.ts names its folder only
  for (const m of md.matchAll(/(?<![\w./-])src\/[\w.\-/<>*]*[\w>*]/g)) paths.add(/[<*]/.test(m[0]) ? m[0].replace(/\/[^/]*$/, '') : m[0]);
  return [...paths].sort();
}
