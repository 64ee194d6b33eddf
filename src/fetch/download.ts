// One document over HTTP(S), node-only: deadline for the whole transfer, streamed size limit,
// at most N redirects, only http: and https:, header check before the body is read.
import http from 'node:http';
import https from 'node:https';
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { checkContentType, type DocFormat } from './sniff.ts';
import { formatSize } from './size.ts';

export interface DownloadOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Format the source was listed as (URL extension or declared), checked against Content-Type. */
  named: DocFormat | null;
  /** How to say where `named` came from in a refusal, e.g. "named .pdf". */
  namedBy: string;
  userAgent?: string;
  /**
   * Called before every request, the first and each redirect hop, with the URL about to be requested:
   * waits its turn (per-host politeness) and returns a refusal message (e.g. robots.txt) to stop, or null.
   */
  beforeHop?: (url: URL) => Promise<string | null>;
  /** Where to actually connect for a URL (host mapping for mirrors and loopback tests); the Host header stays the URL's. */
  connect?: (url: URL) => URL;
  /** Take any Content-Type (robots.txt); the body is returned as is. */
  acceptAny?: boolean;
}

export type DownloadResult =
  | { ok: true; bytes: Buffer; sha256: string; contentType: string | undefined; finalUrl: string; redirects: number; lastModified?: string }
  | { ok: false; kind: FailureKind; message: string; status?: number; retryAfter?: string };

export type FailureKind = 'timeout' | 'too-large' | 'http' | 'refused' | 'redirects' | 'dns' | 'network';

class Failure extends Error {
  constructor(readonly kind: FailureKind, message: string, readonly status?: number, readonly retryAfter?: string) {
    super(message);
  }
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);

/** Download `url`; never throws, every outcome is a result with a one-line message. */
export async function download(url: string, opts: DownloadOptions): Promise<DownloadResult> {
  const seconds = Math.round((opts.timeoutMs / 1000) * 10) / 10;
  const live: { req: http.ClientRequest | null } = { req: null };
  let timedOut = false;
  let onTimeout: (() => void) | null = null;
  // The time limit covers the transfer, not waiting for a turn at a host (beforeHop): the clock stops meanwhile.
  let remaining = opts.timeoutMs;
  let armedAt = 0;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    armedAt = performance.now();
    deadline = setTimeout(() => {
      timedOut = true;
      live.req?.destroy(new Failure('timeout', `timed out after ${seconds} s`));
      onTimeout?.();
    }, Math.max(0, remaining));
  };
  const disarm = () => {
    clearTimeout(deadline);
    remaining -= performance.now() - armedAt;
  };
  arm();
  const timeout = new Promise<never>((_, reject) => {
    onTimeout = () => reject(new Failure('timeout', `timed out after ${seconds} s`));
  });
  timeout.catch(() => {});
  try {
    let target = url;
    for (let hop = 0; ; hop++) {
      const parsed = parseHttpUrl(target);
      if (opts.beforeHop) {
        disarm();
        const refused = await opts.beforeHop(parsed);
        arm();
        if (refused) throw new Failure('refused', refused);
      }
      const res = await Promise.race([request(parsed, opts, (req) => (live.req = req)), timeout]);
      const status = res.statusCode ?? 0;
      if (REDIRECT.has(status)) {
        res.resume();
        const location = res.headers.location;
        if (!location) throw new Failure('http', `HTTP ${status} without a Location`);
        if (hop >= opts.maxRedirects) throw new Failure('redirects', `too many redirects (more than ${opts.maxRedirects})`);
        if (!URL.canParse(location, parsed.href)) throw new Failure('http', `HTTP ${status} with a malformed Location`);
        target = new URL(location, parsed).toString();
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        const after = res.headers['retry-after'];
        throw new Failure('http', `HTTP ${status}`, status, typeof after === 'string' ? after : undefined);
      }
      const contentType = res.headers['content-type'];
      const refused = opts.acceptAny ? null : checkContentType(contentType, opts.named, opts.namedBy);
      if (refused) {
        res.destroy();
        throw new Failure('refused', refused);
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > opts.maxBytes) {
        res.destroy();
        throw new Failure('too-large', `too large: ${formatSize(declared)} declared, limit ${formatSize(opts.maxBytes)}`);
      }
      const bytes = await Promise.race([readLimited(decoded(res), opts.maxBytes), timeout]);
      return {
        ok: true,
        bytes,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        contentType,
        finalUrl: target,
        redirects: hop,
        ...(typeof res.headers['last-modified'] === 'string' ? { lastModified: res.headers['last-modified'] } : {}),
      };
    }
  } catch (err) {
    if (timedOut) return { ok: false, kind: 'timeout', message: `timed out after ${seconds} s` };
    if (err instanceof Failure) return { ok: false, kind: err.kind, message: err.message, ...(err.status ? { status: err.status } : {}), ...(err.retryAfter ? { retryAfter: err.retryAfter } : {}) };
    return networkFailure(err, url);
  } finally {
    clearTimeout(deadline);
    live.req?.destroy();
  }
}

function parseHttpUrl(target: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(target);
  } catch {
    throw new Failure('refused', `refused: not a URL: ${JSON.stringify(target.slice(0, 200))}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Failure('refused', `refused: only http and https, not ${parsed.protocol.replace(/:$/, '')}`);
  }
  return parsed;
}

function request(url: URL, opts: DownloadOptions, track: (req: http.ClientRequest) => void): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const target = opts.connect ? opts.connect(url) : url;
    const lib = target.protocol === 'https:' ? https : http;
    const req = lib.get(target, {
      headers: {
        ...(target !== url ? { host: url.host } : {}),
        'user-agent': opts.userAgent ?? 'ThresholdAtlas/0.1 (fetches published safeguarding threshold documents)',
        accept: 'application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, text/html;q=0.9, */*;q=0.1',
        'accept-encoding': 'identity',
      },
    });
    track(req);
    req.on('response', resolve);
    req.on('error', reject);
  });
}

/** The body, decompressed when the server compressed it although asked not to; the size limit applies after. */
function decoded(res: http.IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const unzip = encoding === 'gzip' || encoding === 'x-gzip' ? zlib.createGunzip()
    : encoding === 'deflate' ? zlib.createInflate()
      : encoding === 'br' ? zlib.createBrotliDecompress()
        : null;
  if (!unzip) return res;
  res.on('error', (err) => unzip.destroy(err));
  unzip.on('close', () => res.destroy());
  return res.pipe(unzip);
}

/** Read the body, stopping (and destroying the stream) as soon as it passes `max` bytes. */
function readLimited(res: Readable, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    res.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > max) {
        res.destroy();
        reject(new Failure('too-large', `too large: more than ${formatSize(max)}, stopped`));
        return;
      }
      chunks.push(chunk);
    });
    res.on('end', () => resolve(Buffer.concat(chunks, total)));
    res.on('error', reject);
    res.on('close', () => {
      if (!res.readableEnded) reject(new Failure('network', 'connection closed before the end of the document'));
    });
  });
}

function networkFailure(err: unknown, url: string): DownloadResult {
  const e = err as NodeJS.ErrnoException & { hostname?: string };
  let host = '';
  try {
    host = new URL(url).host;
  } catch {
    /* reported below */
  }
  if (e?.code && DNS_CODES.has(e.code)) return { ok: false, kind: 'dns', message: `could not resolve host ${e.hostname ?? host}` };
  if (e?.code === 'ECONNREFUSED') return { ok: false, kind: 'network', message: `connection refused by ${host}` };
  if (e?.code && /^(CERT_|ERR_TLS|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/.test(e.code)) return { ok: false, kind: 'network', message: `TLS certificate problem (${e.code}) at ${host}` };
  if (e?.code && /^(Z_|ERR__ERROR)/.test(e.code)) return { ok: false, kind: 'network', message: 'compressed body could not be decoded' };
  if (e?.code === 'ECONNRESET') return { ok: false, kind: 'network', message: `connection reset by ${host}` };
  return { ok: false, kind: 'network', message: `network error: ${e?.code ?? (e?.message || String(err))}` };
}
