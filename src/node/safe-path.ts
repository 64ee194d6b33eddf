import path from 'node:path';

/** Ids become file names under public/data/: lower-case slug, no dots, no separators. */
const ID = /^[a-z0-9][a-z0-9_-]{0,79}$/;
const VERSION = /^\d{4}-\d{2}-\d{2}$/;

export function isSafeId(id: unknown): id is string {
  return typeof id === 'string' && ID.test(id);
}

export function isSafeVersion(v: unknown): v is string | null {
  return v === null || v === undefined || (typeof v === 'string' && VERSION.test(v));
}

/**
 * Resolve a manifest's relative `file` inside `root`. Returns null for anything that could escape it:
 * absolute paths, drive letters, `..` segments, backslashes, control characters.
 */
export function resolveInside(root: string, rel: unknown): string | null {
  if (typeof rel !== 'string' || rel.length === 0 || rel.length > 300) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\:]/.test(rel)) return null;
  if (path.posix.isAbsolute(rel) || path.win32.isAbsolute(rel)) return null;
  if (rel.split('/').some((seg) => seg === '..' || seg === '')) return null;
  const abs = path.resolve(root, rel);
  const rootAbs = path.resolve(root);
  if (abs !== rootAbs && !abs.startsWith(rootAbs + path.sep)) return null;
  return abs;
}

/** A file-name-safe form of any string: [A-Za-z0-9._@-] only, no leading dot, bounded length. */
export function sanitiseFileName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._@-]+/g, '_').replace(/^[._]+/, '').slice(0, 120);
  return cleaned.length ? cleaned : 'file';
}

/** The lower-case extension of a source file, restricted to the formats the app can show. */
export function sourceExtension(file: string): string {
  const ext = path.extname(file).toLowerCase();
  return ['.pdf', '.docx', '.html', '.htm', '.txt', '.md'].includes(ext) ? ext : '.bin';
}
