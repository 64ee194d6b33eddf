// POST /api/review/<authorityId> on `atlas serve --review`: every check before anything is written.
import type http from 'node:http';
import { checkCorrection, CorrectionInvalid, isAuthorityId } from '../review/index.ts';
import { appendCorrections, RevisionConflict, UnknownAuthority } from './review-write.ts';
import { CSP, REVIEW_BODY_LIMIT, REVIEW_PATH, tokenMatches, type ReviewOptions } from './serve.ts';

export const TOKEN_HEADER = 'x-atlas-review-token';

/** Read a body of at most `limit` bytes; null when it is larger (the rest is not read). */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > limit) {
        done = true;
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => { if (!done) { done = true; resolve(Buffer.concat(chunks)); } });
    req.on('error', (e) => { if (!done) { done = true; reject(e); } });
  });
}

export async function handleReview(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  o: ReviewOptions & { token: string; port: () => number; data: string },
  common: Record<string, string>,
): Promise<void> {
  const send = (status: number, body: object) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { ...common, 'Content-Type': 'application/json; charset=utf-8', 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store', ...(status === 413 ? { Connection: 'close' } : {}) });
    res.end(text);
  };
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return send(405, { error: 'POST only' });
  }
  const port = o.port();
  const own = [`127.0.0.1:${port}`, `localhost:${port}`];
  // DNS rebinding: the Host must be this server's own name; cross-site requests: the Origin must be ours too.
  if (!own.includes(req.headers.host ?? '')) return send(403, { error: 'wrong host' });
  if (!own.map((h) => `http://${h}`).includes(req.headers.origin ?? '')) return send(403, { error: 'wrong origin' });
  if (!tokenMatches(req.headers[TOKEN_HEADER], o.token)) return send(403, { error: 'missing or wrong review token' });
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return send(415, { error: 'send application/json' });
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > REVIEW_BODY_LIMIT) return send(413, { error: `body over ${REVIEW_BODY_LIMIT} bytes` });
  let id: string;
  try {
    id = decodeURIComponent((req.url ?? '').slice(REVIEW_PATH.length).split('?')[0]);
  } catch {
    return send(400, { error: 'bad authority id' });
  }
  if (!isAuthorityId(id)) return send(400, { error: 'bad authority id' });
  const body = await readBody(req, REVIEW_BODY_LIMIT);
  if (!body) return send(413, { error: `body over ${REVIEW_BODY_LIMIT} bytes` });
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return send(400, { error: 'not JSON' });
  }
  const p = parsed as { revision?: unknown; corrections?: unknown };
  if (!p || typeof p !== 'object' || typeof p.revision !== 'number' || !Number.isInteger(p.revision) || !Array.isArray(p.corrections) || !p.corrections.length || p.corrections.length > 100) {
    return send(400, { error: 'send { revision, corrections: [1-100 corrections] }' });
  }
  let corrections;
  try {
    corrections = p.corrections.map((c, i) => {
      try {
        return checkCorrection(c);
      } catch (e) {
        throw new CorrectionInvalid(`corrections[${i}]: ${(e as Error).message}`);
      }
    });
  } catch (e) {
    return send(400, { error: (e as Error).message });
  }
  try {
    const r = await appendCorrections(o.corpus, o.data, id, corrections, p.revision);
    return send(200, r);
  } catch (e) {
    if (e instanceof RevisionConflict) return send(409, { error: e.message, revision: e.current });
    if (e instanceof UnknownAuthority) return send(404, { error: e.message });
    if (e instanceof CorrectionInvalid) return send(400, { error: e.message });
    process.stderr.write(`atlas serve --review: ${(e as Error).stack ?? e}\n`);
    return send(500, { error: 'the corrections could not be written' });
  }
}
