// `atlas fetch --all` against FICTIONAL sites served on 127.0.0.1: each fictional host name is mapped to the
// loopback server (the Host header still names it), so robots.txt, politeness and same-site rules apply per
// host as they would on the web. Nothing outside the machine is touched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { authorityByCode } from '../authorities/index.ts';
import type { SourcesFile } from '../authorities/index.ts';
import { runNational, type NationalManifestEntry, type NationalOptions } from './national.ts';

const pdf = (name: string) => Buffer.from(`%PDF-1.4\n% Fictional ${name} for Threshold Atlas tests\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);
const page = (title: string, body: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const MENU = `<nav><ul><li><a href="/">Home</a></li><li><a href="/levels-of-need/">Levels of need</a></li>
  <li><a href="/levels-of-need/level-1-universal">Level 1: Universal</a></li><li><a href="/levels-of-need/level-2-early-help">Level 2: Early help</a></li>
  <li><a href="/levels-of-need/level-3-targeted">Level 3: Targeted support</a></li><li><a href="/levels-of-need/level-4-specialist">Level 4: Specialist</a></li>
  <li><a href="/contact">Contact us</a></li></ul></nav>`;
let changingText = 'Level 1 universal: the Brackmoor family thrives. Level 2 early help: a parent asks for support.';

interface Hit { host: string; path: string; ua: string; t: number }
const hits: Hit[] = [];
let flakyCalls = 0;

const SITES: Record<string, (p: string, res: http.ServerResponse) => void> = {
  'www.fenmarsh-scp.example': (p, res) => {
    if (p === '/thresholds') return html(res, page('Thresholds | Fenmarsh Safeguarding Partnership', `<h1>Thresholds</h1>
      <p>Our partnership publishes its guidance below. Last updated: 3 March 2025</p>
      <ul><li><a href="/media/annual-report-2024.pdf">Annual report 2024 (PDF, 1 MB)</a></li>
      <li><a href="/media/continuum-of-need-easy-read.pdf">Continuum of need: easy read version (PDF)</a></li>
      <li><a href="/media/cn-2024.docx">Continuum of need threshold document (Word)</a></li>
      <li><a href="/media/cn-2024.pdf" title="Fenmarsh continuum of need">Continuum of need threshold document, April 2024 (PDF, 40 KB)</a></li>
      <li><a href="https://elsewhere.example/thresholds.pdf">Threshold document of another partnership</a></li></ul>`));
    if (p === '/media/cn-2024.pdf') return send(res, 200, 'application/pdf', pdf('Fenmarsh continuum of need'));
    return send(res, 404, 'text/plain', 'not here');
  },
  'levels.brackmoor.example': (p, res) => {
    if (p === '/robots.txt') return send(res, 200, 'text/plain', 'User-agent: *\nDisallow: /search\n');
    const m = /^\/levels-of-need\/(level-\d-[a-z-]+)$/.exec(p);
    if (p === '/levels-of-need/') return html(res, page('Levels of need - Brackmoor', `${MENU}<main><h1>Levels of need</h1><p>Choose a level.</p></main>`));
    if (m) return html(res, page(`${m[1]} - Brackmoor`, `${MENU}<main><h1>${m[1]}</h1><ul><li>Fictional indicator for ${m[1]}</li></ul></main>`));
    return send(res, 404, 'text/plain', 'not here');
  },
  'brackmoor.procedures.example': (p, res) => {
    if (p === '/chapters/p_thresholds.html') return html(res, page('Threshold of need guidance', `<nav><a href="/chapters/contents.html">Contents</a></nav>
      <h1>Threshold of need guidance</h1><p><a href="#level1">Level 1</a> <a href="#level2">Level 2</a></p>
      <h2 id="level1">Level 1: Universal</h2><ul><li>Fictional child meets milestones</li></ul>
      <h2 id="level2">Level 2: Early help</h2><ul><li>Fictional family needs a little support</li></ul>
      <p>See also <a href="/chapters/p_ch_prot_enq.html">Child Protection Enquiries - Section 47</a> and <a href="/chapters/p_eh_assess.html">Early Help Assessment</a>.</p>`));
    return send(res, 404, 'text/plain', 'not here');
  },
  'private.example': (p, res) => {
    if (p === '/robots.txt') return send(res, 200, 'text/plain', '# fictional\nUser-agent: *\nDisallow: /safeguarding/\n');
    if (p === '/safeguarding/thresholds') return html(res, page('Thresholds', '<a href="/t.pdf">Threshold document (PDF)</a>'));
    return send(res, 404, 'text/plain', 'not here');
  },
  'old.example': (p, res) => {
    if (p === '/thresholds') return void res.writeHead(301, { location: 'https://www.new.example/levels-of-need-guidance' }).end();
    return send(res, 404, 'text/plain', 'not here');
  },
  'www.new.example': (p, res) => {
    if (p === '/levels-of-need-guidance') return html(res, page('Levels of need guidance', '<p><a href="/files/threshold-guidance.pdf">Threshold guidance (PDF)</a></p>'));
    if (p === '/files/threshold-guidance.pdf') return send(res, 200, 'application/pdf', pdf('Newtown threshold guidance'));
    return send(res, 404, 'text/plain', 'not here');
  },
  'gone.example': (_p, res) => send(res, 404, 'text/html', '<p>Page not found</p>'),
  'changing.example': (p, res) => {
    if (p === '/thresholds') return html(res, page('Threshold guidance', `<h1>Threshold guidance</h1><p>${changingText}</p>`));
    return send(res, 404, 'text/plain', 'not here');
  },
  'slow.example': (p, res) => {
    if (p === '/robots.txt') return send(res, 404, 'text/plain', 'none');
    setTimeout(() => { if (!res.destroyed) send(res, 200, 'application/pdf', pdf('slow')); }, 5000);
  },
  'flaky.example': (p, res) => {
    if (p === '/robots.txt') return send(res, 404, 'text/plain', 'none');
    if (p === '/threshold-document.pdf') return ++flakyCalls === 1 ? send(res, 503, 'text/plain', 'busy') : send(res, 200, 'application/pdf', pdf('flaky'));
    return send(res, 404, 'text/plain', 'not here');
  },
};

function send(res: http.ServerResponse, status: number, type: string, body: Buffer | string): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) }).end(body);
}
function html(res: http.ServerResponse, body: string): void {
  send(res, 200, 'text/html; charset=utf-8', body);
}

const LISTED: [string, string][] = [
  ['E08000025', 'https://www.fenmarsh-scp.example/thresholds'], // landing page -> PDF
  ['E06000023', 'https://levels.brackmoor.example/levels-of-need/'], // level pages with a menu
  ['E06000043', 'https://brackmoor.procedures.example/chapters/p_thresholds.html'], // procedures-manual chapter
  ['E10000016', 'https://private.example/safeguarding/thresholds'], // robots.txt disallows
  ['E08000035', 'https://old.example/thresholds'], // redirect to another host
  ['E08000026', 'https://gone.example/threshold-document.pdf'], // 404
  ['E06000018', 'https://changing.example/thresholds'], // changes before the second run
  ['E08000003', 'https://slow.example/threshold-document.pdf'], // slow host
  ['E08000012', 'https://flaky.example/threshold-document.pdf'], // 503 once, then fine
];

let server: http.Server;
let port = 0;
const sockets = new Set<Socket>();
const dirs: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push({ host, path: p, ua: String(req.headers['user-agent'] ?? ''), t: Date.now() });
    const site = SITES[host];
    if (!site) return send(res, 421, 'text/plain', 'unknown host');
    if (p === '/robots.txt' && !['levels.brackmoor.example', 'private.example', 'slow.example', 'flaky.example'].includes(host)) return send(res, 404, 'text/plain', 'none');
    site(p, res);
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((ok) => server.close(ok));
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function setup(listed = LISTED): Promise<{ sourcesPath: string; outDir: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-national-'));
  dirs.push(dir);
  const sources: SourcesFile = { note: 'test', sources: [] };
  for (const [code, url] of listed) {
    sources.sources.push({ onsCode: code, name: authorityByCode(code)!.name, documents: [{ url, title: 'Fictional', date: null, sha256: null, fetched: null, verified: false }] });
  }
  sources.sources.push({ onsCode: 'E06000053', name: 'Isles of Scilly', address: 'unknown', documents: [] });
  const sourcesPath = path.join(dir, 'sources.json');
  await writeFile(sourcesPath, JSON.stringify(sources, null, 2));
  return { sourcesPath, outDir: path.join(dir, 'national') };
}

function options(paths: { sourcesPath: string; outDir: string }, lines: string[], over: Partial<NationalOptions> = {}): NationalOptions {
  return {
    ...paths,
    contact: 'atlas-tests@example.org',
    timeoutMs: 800,
    maxBytes: 256 * 1024,
    retries: 1,
    backoffMs: 100,
    concurrency: 9,
    connect: (u) => new URL(`http://127.0.0.1:${port}${u.pathname}${u.search}`),
    authorityByCode,
    log: (l) => lines.push(l),
    now: () => new Date('2026-11-26T06:00:00Z'),
    ...over,
  };
}

describe('atlas fetch --all on fictional loopback sites', () => {
  let paths: { sourcesPath: string; outDir: string };
  const lines: string[] = [];
  let report: Awaited<ReturnType<typeof runNational>>;
  const row = (code: string) => report.rows.find((r) => r.onsCode === code)!;

  beforeAll(async () => {
    paths = await setup();
    report = await runNational(options(paths, lines)); // default politeness: 1 s between requests to one host
  }, 60_000);

  it('follows a landing page one hop to the threshold PDF (not the easy read, the Word copy or another site)', async () => {
    expect(row('E08000025')).toMatchObject({ outcome: 'fetched', detail: `pdf ${pdf('Fenmarsh continuum of need').length} B, linked from the page` });
    expect(hits.filter((h) => h.host === 'www.fenmarsh-scp.example').map((h) => h.path)).toEqual(['/robots.txt', '/thresholds', '/media/cn-2024.pdf']);
    expect(hits.some((h) => h.host === 'elsewhere.example')).toBe(false);
  });

  it('saves a site of level pages as the parts of one document, in level order, menu links beside the levels left alone', () => {
    expect(row('E06000023')).toMatchObject({ outcome: 'fetched' });
    expect(row('E06000023').detail).toMatch(/^4 level pages \(html, \d+ (B|KB)\)$/);
    expect(hits.filter((h) => h.host === 'levels.brackmoor.example').map((h) => h.path)).toEqual([
      '/robots.txt', '/levels-of-need/', '/levels-of-need/level-1-universal', '/levels-of-need/level-2-early-help', '/levels-of-need/level-3-targeted', '/levels-of-need/level-4-specialist',
    ]);
  });

  it('takes a procedures-manual chapter as the document itself, without following its other chapters', () => {
    expect(row('E06000043')).toMatchObject({ outcome: 'fetched' });
    expect(row('E06000043').detail).toMatch(/^html \d+ (B|KB), the page itself$/);
    expect(hits.filter((h) => h.host === 'brackmoor.procedures.example').map((h) => h.path)).toEqual(['/robots.txt', '/chapters/p_thresholds.html']);
  });

  it('obeys robots.txt: a disallowed address is never requested', () => {
    expect(row('E10000016')).toMatchObject({ outcome: 'failed', detail: 'blocked by robots.txt: private.example disallows /safeguarding/thresholds' });
    expect(hits.filter((h) => h.host === 'private.example').map((h) => h.path)).toEqual(['/robots.txt']);
  });

  it('follows a redirect to another host, checks that host\'s robots.txt, and reports the address as moved', () => {
    expect(row('E08000035')).toMatchObject({ outcome: 'moved', movedTo: 'https://www.new.example/levels-of-need-guidance' });
    expect(hits.filter((h) => h.host === 'www.new.example').map((h) => h.path)).toEqual(['/robots.txt', '/levels-of-need-guidance', '/files/threshold-guidance.pdf']);
  });

  it('reports a 404 once, without retrying it', () => {
    expect(row('E08000026')).toMatchObject({ outcome: 'failed', detail: 'HTTP 404' });
    expect(hits.filter((h) => h.host === 'gone.example' && h.path !== '/robots.txt')).toHaveLength(1);
  });

  it('gives up on a slow host after the time limit and one retry, without holding up the others', () => {
    expect(row('E08000003')).toMatchObject({ outcome: 'failed', detail: 'timed out after 0.8 s (2 attempts)' });
    expect(hits.filter((h) => h.host === 'slow.example' && h.path !== '/robots.txt')).toHaveLength(2);
  });

  it('retries a 503 with backoff', () => {
    expect(row('E08000012')).toMatchObject({ outcome: 'fetched' });
    expect(flakyCalls).toBe(2);
  });

  it('is polite: a User-Agent naming the project and the contact, at least 1 s between requests to one host', () => {
    for (const h of hits) expect(h.ua).toMatch(/^ThresholdAtlas\/\S+ \(.*contact: atlas-tests@example\.org\)$/);
    const gaps = (list: { host: string; t: number }[], min: number) => {
      const byHost = new Map<string, number[]>();
      for (const h of list) byHost.set(h.host, [...(byHost.get(h.host) ?? []), h.t]);
      for (const [host, times] of byHost) for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1], host).toBeGreaterThanOrEqual(min);
    };
    gaps(report.starts, 1000); // as sent (what arrives can be closer: connection set-up on a busy machine delays the earlier one)
    expect(report.starts.length).toBe(hits.length);
  });

  it('ends with a table and a summary with reasons, and exits 1 when some failed', () => {
    expect(report.table.split('\n')[0]).toMatch(/^Authority\s+Result\s+What \/ why\s+Address$/);
    expect(report.table).toMatch(/\nE08000026 Coventry +failed +HTTP 404 +https:\/\/gone\.example\/threshold-document\.pdf\n/);
    expect(report.summary).toBe('9 authorities: 5 fetched, 0 unchanged, 1 moved, 3 failed (1 robots.txt, 1 not found (404/410), 1 timed out); 1 with no known address (not tried)');
    expect(lines.at(-1)).toBe(report.summary);
    expect(report.exitCode).toBe(1);
  });

  it('writes a manifest for ingest: single documents as file, level pages as parts of one version', async () => {
    const m = JSON.parse(await readFile(path.join(paths.outDir, 'manifest.json'), 'utf8')) as { documents: NationalManifestEntry[] };
    const byId = new Map(m.documents.map((d) => [d.authorityId, d]));
    expect(byId.get('birmingham')).toMatchObject({ onsCode: 'E08000025', version: '2024-04-01', file: 'E08000025-birmingham-2024-04-01.pdf', url: 'https://www.fenmarsh-scp.example/thresholds' });
    const levels = byId.get('bristol')!;
    expect(levels.file).toBeUndefined();
    expect(levels.version).toBe('2026-11-26');
    expect(levels.parts!.map((p) => [p.file, p.url, p.title])).toEqual([
      ['E06000023-bristol-2026-11-26-01.html', 'https://levels.brackmoor.example/levels-of-need/level-1-universal', 'Level 1: Universal'],
      ['E06000023-bristol-2026-11-26-02.html', 'https://levels.brackmoor.example/levels-of-need/level-2-early-help', 'Level 2: Early help'],
      ['E06000023-bristol-2026-11-26-03.html', 'https://levels.brackmoor.example/levels-of-need/level-3-targeted', 'Level 3: Targeted support'],
      ['E06000023-bristol-2026-11-26-04.html', 'https://levels.brackmoor.example/levels-of-need/level-4-specialist', 'Level 4: Specialist'],
    ]);
    expect(byId.get('brighton-and-hove')!.file).toBe('E06000043-brighton-and-hove-2026-11-26.html');
    expect([...byId.keys()].sort()).toEqual(['birmingham', 'brighton-and-hove', 'bristol', 'leeds', 'liverpool', 'nottingham']);
    const files = (await readdir(paths.outDir)).sort();
    expect(files).not.toContain('.fetch-state.json');
    expect(files).toContain('fetch-status.json'); // a finished run leaves no resume state
    expect(files.filter((f) => f.endsWith('.part') || f.endsWith('.tmp'))).toEqual([]);
  });

  it('records sha256, fetch time, verified and the new address in sources.json, for successes only', async () => {
    const s = JSON.parse(await readFile(paths.sourcesPath, 'utf8')) as SourcesFile;
    const doc = (code: string) => s.sources.find((e) => e.onsCode === code)!.documents[0];
    expect(doc('E08000025')).toMatchObject({ verified: true, fetched: '2026-11-26T06:00:00.000Z' });
    expect(doc('E08000025').sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc('E08000025').parts?.[0].url).toBe('https://www.fenmarsh-scp.example/media/cn-2024.pdf');
    expect(doc('E08000035').finalUrl).toBe('https://www.new.example/levels-of-need-guidance');
    expect(doc('E08000026')).toMatchObject({ verified: false, sha256: null, fetched: null });
  });

  it('writes fetch-status.json for the coverage view: fetched, failed with the reason, address unknown', async () => {
    const st = JSON.parse(await readFile(path.join(paths.outDir, 'fetch-status.json'), 'utf8')) as { authorities: { onsCode: string; state: string; reason?: string }[] };
    const of = (c: string) => st.authorities.find((a) => a.onsCode === c)!;
    expect(of('E08000025').state).toBe('fetched');
    expect(of('E08000026')).toMatchObject({ state: 'failed', reason: 'HTTP 404' });
    expect(of('E06000053').state).toBe('address unknown');
  });

  it('on the next run: unchanged documents stay, a page that changed is fetched again as a new version', async () => {
    changingText += ' Level 3 targeted: a new fictional indicator.';
    const again: string[] = [];
    const before = hits.length;
    const r2 = await runNational(options(paths, again, {
      delayMs: 50,
      only: ['E08000025', 'E06000018', 'E06000043'],
      now: () => new Date('2026-12-01T06:00:00Z'),
    }));
    expect(r2.rows.map((r) => [r.onsCode, r.outcome])).toEqual([['E08000025', 'unchanged'], ['E06000043', 'unchanged'], ['E06000018', 'fetched']]);
    expect(r2.rows[2].detail).toMatch(/changed since the last fetch$/);
    expect(hits.length).toBeGreaterThan(before);
    const m = JSON.parse(await readFile(path.join(paths.outDir, 'manifest.json'), 'utf8')) as { documents: NationalManifestEntry[] };
    expect(m.documents.filter((d) => d.authorityId === 'nottingham').map((d) => d.version)).toEqual(['2026-11-26', '2026-12-01']);
    expect(m.documents.filter((d) => d.authorityId === 'birmingham').map((d) => d.version)).toEqual(['2024-04-01']);
  });
});

describe('atlas fetch --all --dry-run', () => {
  it('lists the addresses it would try, without a request or a file', async () => {
    const paths = await setup();
    const lines: string[] = [];
    const before = hits.length;
    const r = await runNational(options(paths, lines, { dryRun: true, only: ['E08000025', 'E06000053'] }));
    expect(lines).toEqual([
      'E08000025 Birmingham: would try https://www.fenmarsh-scp.example/thresholds',
      'dry run: 1 addresses for 1 authorities on 1 hosts; 1 with no known address',
    ]);
    expect(r.exitCode).toBe(0);
    expect(hits.length).toBe(before);
    expect(existsSync(paths.outDir)).toBe(false);
  });
});

describe('atlas fetch --all, interrupted and resumed', () => {
  it('keeps what was done, and the next run does only the rest', async () => {
    const listed = LISTED.filter(([c]) => ['E08000025', 'E06000043', 'E08000026'].includes(c));
    const paths = await setup(listed);
    const ctl = new AbortController();
    const first: string[] = [];
    const r1 = await runNational(options(paths, first, { delayMs: 50, concurrency: 1, signal: ctl.signal, log: (l) => { first.push(l); if (/: (fetched|failed)/.test(l)) ctl.abort(); } }));
    expect(r1.interrupted).toBe(true);
    expect(r1.exitCode).toBe(130);
    expect(r1.rows).toHaveLength(1);
    expect(r1.summary).toMatch(/^interrupted after 1 of 3 authorities; run the same command again to resume\./);
    expect(existsSync(path.join(paths.outDir, '.fetch-state.json'))).toBe(true);
    const mark = hits.length;
    const second: string[] = [];
    const r2 = await runNational(options(paths, second, { delayMs: 50 }));
    expect(second[0]).toBe('resuming the run started 2026-11-26T06:00:00.000Z: 1 of 3 authorities already done');
    expect(r2.rows.map((r) => [r.onsCode, r.outcome, !!r.resumed])).toEqual([
      ['E08000025', 'fetched', true], ['E06000043', 'fetched', false], ['E08000026', 'failed', false],
    ]);
    expect(hits.slice(mark).some((h) => h.host === 'www.fenmarsh-scp.example')).toBe(false);
    expect(r2.table).toContain('fetched*');
    expect(existsSync(path.join(paths.outDir, '.fetch-state.json'))).toBe(false);
  });
});
