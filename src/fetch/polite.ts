// Politeness and persistence for `atlas fetch --all`: requests to one host start at least `delayMs` apart,
// robots.txt is read once per origin and obeyed, transient failures are retried with exponential backoff,
// and each URL is downloaded at most once per run (documents shared by several authorities).
import { download, type DownloadOptions, type DownloadResult } from './download.ts';
import { parseRobots, robotsAllows, type RobotsRules } from './robots.ts';

export const USER_AGENT_TOKEN = 'ThresholdAtlas';
export const USER_AGENT_VERSION = '0.1';

/** "ThresholdAtlas/0.1 (+threshold document atlas; contact: someone@example.org)" */
export function userAgent(contact: string): string {
  return `${USER_AGENT_TOKEN}/${USER_AGENT_VERSION} (fetches published children's safeguarding threshold documents; contact: ${contact.replace(/[\u0000-\u001f()]/g, ' ').trim()})`;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const onAbort = () => { clearTimeout(t); resolve(); };
    const t = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Requests to one host start at least `delayMs` apart (slots are reserved in call order). */
export class HostGate {
  private next = new Map<string, number>();
  private last = new Map<string, number>();
  /** When each request was let go, per host (for the record and the tests). */
  readonly starts: { host: string; t: number }[] = [];
  constructor(private readonly delayMs: number, private readonly signal?: AbortSignal) {}
  async wait(host: string): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, at + this.delayMs);
    await sleep(at - now, this.signal);
    // Timers and the wall clock disagree by a millisecond now and then: measure from the last actual start.
    const earliest = () => Math.max(at, (this.last.get(host) ?? -Infinity) + this.delayMs);
    while (Date.now() < earliest() && !this.signal?.aborted) await sleep(earliest() - Date.now(), this.signal);
    const t = Date.now();
    this.last.set(host, t);
    this.starts.push({ host, t });
  }
}

export interface PoliteOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  delayMs: number;
  /** Further attempts after a time-out, a network error, HTTP 429 or 5xx. */
  retries: number;
  /** First backoff; doubles each retry (a Retry-After of up to 60 s is honoured when longer). */
  backoffMs: number;
  connect?: (url: URL) => URL;
  signal?: AbortSignal;
}

export interface RequestLog {
  url: string;
  attempt: number;
  outcome: string;
}

function transient(r: DownloadResult): boolean {
  if (r.ok) return false;
  if (r.kind === 'timeout' || r.kind === 'network') return true;
  return r.kind === 'http' && !!r.status && (r.status === 429 || r.status >= 500);
}

export class PoliteClient {
  readonly gate: HostGate;
  private robots = new Map<string, Promise<RobotsRules | string>>();
  private cache = new Map<string, Promise<DownloadResult>>();
  /** Every request made (robots.txt included), for the record and the tests. */
  readonly requests: RequestLog[] = [];

  constructor(private readonly o: PoliteOptions) {
    this.gate = new HostGate(o.delayMs, o.signal);
  }

  private base(): Omit<DownloadOptions, 'named' | 'namedBy'> {
    return { timeoutMs: this.o.timeoutMs, maxBytes: this.o.maxBytes, maxRedirects: this.o.maxRedirects, userAgent: this.o.userAgent, connect: this.o.connect };
  }

  /** Rules for an origin, or the reason it may not be fetched at all (robots.txt unreachable). */
  private rules(url: URL): Promise<RobotsRules | string> {
    const origin = url.origin;
    let p = this.robots.get(origin);
    if (!p) {
      p = (async () => {
        const r = await download(`${origin}/robots.txt`, {
          ...this.base(),
          timeoutMs: Math.min(this.o.timeoutMs, 15_000),
          maxBytes: 512 * 1024,
          named: null,
          namedBy: '',
          acceptAny: true,
          beforeHop: async (u) => {
            await this.gate.wait(u.host);
            return null;
          },
        });
        this.requests.push({ url: `${origin}/robots.txt`, attempt: 1, outcome: r.ok ? 'ok' : r.message });
        if (r.ok) return parseRobots(r.bytes.toString('utf8'), USER_AGENT_TOKEN);
        // RFC 9309: a robots.txt that is not there (4xx) allows everything; one that cannot be read (5xx, no answer) disallows everything.
        if (r.kind === 'http' && r.status && r.status >= 400 && r.status < 500) return { allow: [], disallow: [] };
        if (r.kind === 'dns') return r.message;
        return `robots.txt of ${url.host} could not be read (${r.message}), so nothing there is fetched`;
      })();
      this.robots.set(origin, p);
    }
    return p;
  }

  /** Before every request and redirect hop: robots.txt first, then this host's turn. */
  private beforeHop = async (url: URL): Promise<string | null> => {
    if (this.o.signal?.aborted) return 'interrupted';
    const rules = await this.rules(url);
    if (typeof rules === 'string') return rules;
    if (!robotsAllows(rules, `${url.pathname}${url.search}`)) return `blocked by robots.txt: ${url.host} disallows ${url.pathname}`;
    await this.gate.wait(url.host);
    return null;
  };

  /** GET with retries; the same URL is downloaded once per run. */
  get(url: string, named: DownloadOptions['named'], namedBy: string): Promise<DownloadResult> {
    const key = `${named ?? '-'} ${url}`;
    let p = this.cache.get(key);
    if (!p) {
      p = (async () => {
        let r: DownloadResult;
        for (let attempt = 1; ; attempt++) {
          r = await download(url, { ...this.base(), named, namedBy, beforeHop: this.beforeHop });
          this.requests.push({ url, attempt, outcome: r.ok ? 'ok' : r.message });
          if (!transient(r) || attempt > this.o.retries || this.o.signal?.aborted) break;
          const after = !r.ok && r.retryAfter && /^\d+$/.test(r.retryAfter) ? Math.min(60, Number(r.retryAfter)) * 1000 : 0;
          await sleep(Math.max(after, this.o.backoffMs * 2 ** (attempt - 1)), this.o.signal);
        }
        if (!r.ok && transient(r) && this.o.retries > 0) r = { ...r, message: `${r.message} (${this.o.retries + 1} attempts)` };
        return r;
      })();
      this.cache.set(key, p);
    }
    return p;
  }
}
