// Review in the app: where corrections go. Served by `atlas serve --review` the page carries a token (a meta tag
// the server adds) and corrections are POSTed to it; served statically they stay in this browser until the
// reviewer downloads them for `atlas review import`.
import type { Correction } from '../../review/types.ts';

export const TOKEN_META = 'atlas-review-token';

/** The review server's per-run token, or null when the site is served statically. */
export function reviewToken(): string | null {
  const m = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`);
  return m?.content || null;
}

export class ReviewConflict extends Error {
  constructor(readonly revision: number) {
    super('These corrections were changed in another tab or window. The page has been reloaded with them; check and try again.');
  }
}

export interface PostResult { revision: number; added: number; outcomes: { id: string; status: string; reason?: string }[] }

/** Send corrections to `atlas serve --review`; a 409 (another tab wrote first) is a ReviewConflict. */
export async function postCorrections(token: string, authorityId: string, revision: number, corrections: Correction[]): Promise<PostResult> {
  const res = await fetch(new URL(`api/review/${encodeURIComponent(authorityId)}`, document.baseURI), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Atlas-Review-Token': token },
    body: JSON.stringify({ revision, corrections }),
    cache: 'no-store',
    credentials: 'omit',
  });
  const body = (await res.json().catch(() => ({}))) as Partial<PostResult> & { error?: string; revision?: number };
  if (res.status === 409) throw new ReviewConflict(body.revision ?? revision);
  if (!res.ok) throw new Error(body.error ? `The server refused the correction: ${body.error}` : `The server refused the correction (HTTP ${res.status}).`);
  return body as PostResult;
}

const PENDING_KEY = 'threshold-atlas.pending-corrections';
const WHO_KEY = 'threshold-atlas.reviewer';

/** Corrections kept in this browser (static site), by authority. */
export function readPending(): Record<string, Correction[]> {
  try {
    const v = JSON.parse(localStorage.getItem(PENDING_KEY) ?? '{}') as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, Correction[]>) : {};
  } catch {
    return {};
  }
}

export function writePending(p: Record<string, Correction[]>): void {
  try {
    localStorage.setItem(PENDING_KEY, JSON.stringify(p));
  } catch {
    /* storage blocked: they stay for this page only */
  }
}

export function readWho(): string {
  try {
    return localStorage.getItem(WHO_KEY) ?? '';
  } catch {
    return '';
  }
}

export function writeWho(who: string): void {
  try {
    localStorage.setItem(WHO_KEY, who);
  } catch {
    /* not remembered */
  }
}

/** The "download my corrections" file that `atlas review import` reads. */
export function pendingExport(p: Record<string, Correction[]>): string {
  return JSON.stringify({ schema: 1, corrections: p }, null, 2) + '\n';
}
