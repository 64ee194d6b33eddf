import http from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Correction } from '../review/index.ts';

/**
 * The app's Content-Security-Policy: no eval, no inline or foreign scripts, no inline styles; workers
 * from the app's own files or blob: URLs (pdf.js and the analysis worker). Same policy as the app's
 * <meta> tag in index.html, plus frame-ancestors, which only a header can set.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data: blob:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Source documents copied for the evidence view are data, never pages of this site. */
const DOCS_CSP = "default-src 'none'; sandbox";

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export function mimeType(file: string, underDocs = false): string {
  const ext = path.extname(file).toLowerCase();
  // A copied HTML source shown as a page would run its own markup on our origin: serve it as text.
  if (underDocs && (ext === '.html' || ext === '.htm' || ext === '.svg' || ext === '.xml')) return 'text/plain; charset=utf-8';
  return MIME[ext] ?? 'application/octet-stream';
}

/**
 * Map a request path to a file inside `root`, or null when it could escape it (encoded `..`, NUL,
 * backslashes) or names a hidden file.
 */
export function resolveRequest(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s.startsWith('.'))) return null;
  const abs = path.resolve(root, ...segments);
  const rootAbs = path.resolve(root);
  return abs === rootAbs || abs.startsWith(rootAbs + path.sep) ? abs : null;
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Review mode: corrections are accepted by POST and written beside the corpus. */
export interface ReviewOptions {
  /** The corpus folder whose corrections/ receives them. */
  corpus: string;
  /** The built data folder to update in place (default <dir>/data). */
  data?: string;
  /** The per-run token (default: 32 random bytes); tests pass their own. */
  token?: string;
}

/** Largest correction request accepted. */
export const REVIEW_BODY_LIMIT = 64 * 1024;
export const REVIEW_TOKEN_META = 'atlas-review-token';
export const REVIEW_PATH = '/api/review/';

/** A static server for the built app (no directory listings, GET/HEAD only, SPA fallback to index.html). */
export function createStaticServer(dir: string, review?: ReviewOptions & { token: string; port: () => number }): http.Server {
  const root = path.resolve(dir);
  return http.createServer(async (req, res) => {
    const common: Record<string, string> = {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
    };
    const send = (status: number, text: string) => {
      res.writeHead(status, { ...common, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CSP });
      res.end(req.method === 'HEAD' ? undefined : text);
    };
    if (review && (req.url ?? '').startsWith(REVIEW_PATH)) {
      const { handleReview } = await import('./serve-review.ts');
      return handleReview(req, res, { ...review, data: review.data ?? path.join(root, 'data') }, common);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(405, 'method not allowed\n');
    }
    const urlPath = req.url ?? '/';
    let file = resolveRequest(root, urlPath);
    if (!file) return send(400, 'bad path\n');
    if (file === root || !(await isFile(file))) {
      const index = path.join(root, 'index.html');
      // Routes of the single-page app (no extension) fall back to index.html; missing assets are 404.
      if ((file === root || path.extname(file) === '') && (await isFile(index))) file = index;
      else return send(404, 'not found\n');
    }
    const rel = path.relative(root, file).split(path.sep);
    const underDocs = rel[0] === 'data' && rel[1] === 'docs';
    if (review && file === path.join(root, 'index.html')) {
      // The token reaches the app inside the page it loads (never in a URL, a cookie or a log line).
      const html = (await fs.readFile(file, 'utf8')).replace('</head>', `  <meta name="${REVIEW_TOKEN_META}" content="${review.token}" />\n  </head>`);
      const body = Buffer.from(html);
      res.writeHead(200, { ...common, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(body.length), 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    const stat = await fs.stat(file);
    res.writeHead(200, {
      ...common,
      'Content-Type': mimeType(file, underDocs),
      'Content-Length': String(stat.size),
      'Content-Security-Policy': underDocs ? DOCS_CSP : CSP,
      'Cache-Control': rel[0] === 'assets' ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  });
}

/**
 * Start serving; resolves with the bound port once listening. With `review`, it listens on 127.0.0.1 only
 * (whatever `host` says) and accepts corrections (src/node/serve-review.ts).
 */
export function serve(dir: string, port: number, host = '127.0.0.1', review?: ReviewOptions): Promise<{ server: http.Server; port: number; token?: string }> {
  let bound = port;
  const token = review ? review.token ?? randomBytes(32).toString('base64url') : undefined;
  const server = createStaticServer(dir, review ? { ...review, token: token!, port: () => bound } : undefined);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, review ? '127.0.0.1' : host, () => {
      const addr = server.address();
      bound = typeof addr === 'object' && addr ? addr.port : port;
      resolve({ server, port: bound, ...(token ? { token } : {}) });
    });
  });
}

/** Constant-time comparison of a presented token with the run's own. */
export function tokenMatches(given: unknown, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export type { Correction };
