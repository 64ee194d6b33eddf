// The app in a real browser (Debian chromium via playwright-core), against the built site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { AtlasIndex, IndexAuthority, IndexDocument, Profile } from '../../src/model/index.ts';
import { audit, buildSite, openPage, readIndex, ROOT, SHOTS, SITE, start, type Harness } from './site.ts';
import { serveStatic } from './server.ts';
import { compare } from '../../src/compare/index.ts';

let h: Harness;
let buildLog = '';
let index: AtlasIndex;
let withDocs: IndexAuthority[];
let A: IndexAuthority;
let B: IndexAuthority;
let multi: IndexAuthority | undefined;
let sharedTopic: string;

const latest = (a: IndexAuthority): IndexDocument => [...a.documents].sort((x, y) => (y.version ?? '').localeCompare(x.version ?? ''))[0];
const profile = (d: IndexDocument): Profile => JSON.parse(readFileSync(join(SITE, 'data', d.file), 'utf8')) as Profile;
const hashOf = (p: Page) => p.evaluate(() => location.hash);

beforeAll(async () => {
  buildLog = buildSite();
  index = readIndex();
  withDocs = index.authorities.filter((a) => a.documents.length).sort((x, y) => x.name.localeCompare(y.name));
  const pdfs = withDocs.filter((a) => latest(a).format === 'pdf');
  A = pdfs[0] ?? withDocs[0];
  B = withDocs.find((a) => a !== A && latest(a).format !== latest(A).format) ?? withDocs.find((a) => a !== A)!;
  multi = withDocs.find((a) => a.documents.length > 1);
  const ta = index.placements[latest(A).profileId] ?? {};
  const tb = index.placements[latest(B).profileId] ?? {};
  // prefer a topic where an aligned situation is placed differently (what the compare view highlights)
  const moved = compare(profile(latest(A)), profile(latest(B))).rows.find((r) => (r.kind === 'a_higher' || r.kind === 'b_higher') && r.topics.length);
  sharedTopic = moved?.topics[0] ?? Object.keys(ta).find((t) => tb[t] && ta[t].modal !== tb[t].modal) ?? Object.keys(ta)[0];
  h = await start();
  mkdirSync(SHOTS, { recursive: true });
}, 900_000);

afterAll(async () => {
  await h?.browser.close();
  await h?.server.close();
});

describe('build', () => {
  it('prints the initial bundle size, within 250 kB gzipped, with pdf.js, exceljs, mammoth and the worker lazy', () => {
    const m = /bundle size: initial JS ([\d.]+) kB gzipped/.exec(buildLog);
    expect(m, buildLog.slice(-2000)).not.toBeNull();
    const size = JSON.parse(readFileSync(join(SITE, 'bundle-size.json'), 'utf8')) as { initialJsGzipBytes: number; initialChunks: string[] };
    expect(size.initialJsGzipBytes).toBeLessThanOrEqual(250 * 1024);
    expect(Number(m![1])).toBeCloseTo(size.initialJsGzipBytes / 1024, 0);
    for (const c of size.initialChunks) expect(c).not.toMatch(/pdf|exceljs|mammoth|analyse|worker/i);
  });

  it('ships a strict Content-Security-Policy and no inline script', () => {
    const html = readFileSync(join(SITE, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc=/);
  });
});

describe('views with the sample corpus', () => {
  it('home lists every ingested authority with its scheme', async () => {
    const { page, errors } = await openPage(h, '#/');
    await page.waitForSelector('.card');
    expect(await page.locator('.card').count()).toBe(withDocs.length);
    const first = page.locator('.card').first();
    expect(await first.locator('.scheme-mini li').count()).toBe(latest(withDocs[0]).scheme.length);
    expect(await audit(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('compare restores a shared link (sides, filters), highlights differences, swaps sides; screenshot', async () => {
    const { page, errors } = await openPage(h, `#/compare?a=${A.id}&b=${B.id}&topic=${sharedTopic}`);
    await page.waitForSelector('table.diff');
    expect(await page.inputValue('#pick-a')).toBe(A.name);
    expect(await page.inputValue('#pick-b')).toBe(B.name);
    expect(await page.inputValue('#f-topic')).toBe(sharedTopic);
    const groups = await page.locator('.topic-group h3').allTextContents();
    expect(groups.length).toBe(1);
    expect(await page.locator('.bandmap tbody tr').count()).toBe(5);
    await page.screenshot({ path: join(SHOTS, 'compare.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1000 } });
    await page.locator('section:has(#rows-h)').screenshot({ path: join(SHOTS, 'compare-situations.png') });
    await page.click('button.swap');
    await page.waitForFunction((id) => location.hash.includes(`a=${id}`), B.id);
    expect(await hashOf(page)).toContain(`b=${A.id}`);
    await page.waitForFunction((n) => (document.querySelector('#pick-a') as HTMLInputElement).value === n, B.name);
    expect(await audit(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('compare picks an authority by typing part of its name and choosing with the keyboard', async () => {
    const { page } = await openPage(h, `#/compare?a=${A.id}`);
    await page.waitForSelector('#pick-b');
    await page.fill('#pick-b', B.name.slice(0, 5));
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => location.hash.includes(`b=${encodeURIComponent(id)}`), B.id);
    await page.waitForSelector('table.diff');
    await page.context().close();
  });

  it('exports the comparison as CSV, JSON and XLSX with the CLI writers', async () => {
    const { page } = await openPage(h, `#/compare?a=${A.id}&b=${B.id}`);
    await page.waitForSelector('table.diff');
    const get = async (label: string) => {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`.export button:has-text("${label}")`)]);
      return { name: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) };
    };
    const csv = await get('CSV');
    expect(csv.name).toMatch(/\.csv$/);
    const text = csv.bytes.toString('utf8');
    const pa = profile(latest(A));
    expect(text.split('\n').length).toBeGreaterThan(2);
    expect(pa.indicators.some((i) => text.includes(i.text.slice(0, 30).replace(/"/g, '""')))).toBe(true);
    const json = JSON.parse((await get('JSON')).bytes.toString('utf8')) as { kind: string; comparison: { a: { profileId: string }; b: { profileId: string }; rows: unknown[] } };
    expect(json.kind).toBe('comparison');
    expect(json.comparison.a.profileId).toBe(latest(A).profileId);
    expect(json.comparison.b.profileId).toBe(latest(B).profileId);
    expect(json.comparison.rows.length).toBe(Number((await page.locator('.count').first().textContent())!.match(/of (\d+)/)![1]));
    const xlsx = await get('Excel');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await page.context().close();
  });

  it('lottery restores topic and selection from the link, maps every authority, opens a side; screenshot', async () => {
    const { page, errors } = await openPage(h, `#/lottery?topic=${sharedTopic}&sel=${A.id}`);
    await page.waitForSelector('.map-england svg');
    expect(await page.inputValue('#l-topic')).toBe(sharedTopic);
    await expect.poll(() => page.locator('.sel-panel h3').textContent()).toContain(A.name);
    const england = await page.locator('.map-england .hex').count();
    expect(england).toBeGreaterThanOrEqual(150);
    expect(await page.locator('.hex.interactive').count()).toBe(withDocs.length);
    expect(await page.locator('table.heatmap tbody tr').count()).toBeGreaterThan(0);
    await page.waitForSelector('.export button'); // the situation analysis finished
    await page.screenshot({ path: join(SHOTS, 'lottery.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1250 } });
    await page.locator(`.hex.interactive[data-id="${B.id}"]`).first().press('Enter');
    await page.waitForFunction((id) => location.hash.includes(`sel=${id}`), B.id);
    await page.click('.sel-panel button:has-text("side B")');
    await page.waitForFunction((id) => location.hash.includes(`b=${id}`), B.id);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('.export button:has-text("Markdown")')]);
    const md = readFileSync((await dl.path())!, 'utf8');
    expect(md.length).toBeGreaterThan(100);
    expect(await audit(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('authority profile shows scheme with evidence, indicators, and a versions timeline with the difference view', async () => {
    const target = multi ?? A;
    const { page, errors } = await openPage(h, `#/authority/${target.id}`);
    await page.waitForSelector('.indicators li');
    expect(await page.locator('table.scheme tbody tr').count()).toBe(latest(target).scheme.length);
    expect(await page.locator('.timeline li').count()).toBe(target.documents.length);
    expect(await page.locator('.indicators li').count()).toBe(latest(target).indicatorCount);
    if (multi) {
      await page.waitForSelector('.version-diff');
      expect(await page.locator('.version-diff summary').textContent()).toMatch(/What changed from/);
    }
    expect(await audit(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('evidence renders the PDF page with the indicator box highlighted', async () => {
    const doc = latest(A);
    const p = profile(doc);
    const i = p.indicators.findIndex((x) => x.bbox);
    expect(i).toBeGreaterThanOrEqual(0);
    const { page, errors } = await openPage(h, `#/evidence/${encodeURIComponent(doc.profileId)}/${i}`);
    await page.waitForSelector('.pdf-box', { timeout: 60_000 });
    expect(await page.locator('blockquote.ind-text').textContent()).toBe(p.indicators[i].text);
    const inked = await page.evaluate(() => {
      const c = document.querySelector('.pdf-page canvas') as HTMLCanvasElement;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let k = 0; k < d.length; k += 16) if (d[k] < 128) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(100);
    const box = await page.locator('.pdf-box').boundingBox();
    const canvas = await page.locator('.pdf-page canvas').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(canvas!.y - 5);
    expect(box!.y + box!.height).toBeLessThanOrEqual(canvas!.y + canvas!.height + 5);
    expect(await audit(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('evidence shows the passage in context for a non-PDF source, as text', async () => {
    const a = withDocs.find((x) => latest(x).format !== 'pdf' && latest(x).sourceFile);
    expect(a).toBeDefined();
    const doc = latest(a!);
    const p = profile(doc);
    const { page, errors } = await openPage(h, `#/evidence/${encodeURIComponent(doc.profileId)}/0`);
    await page.waitForSelector('.passage');
    const hit = await page.locator('.passage mark, .passage .hit').first().textContent();
    expect(hit!.replace(/\s+/g, ' ')).toContain(p.indicators[0].text.slice(0, 12));
    expect(await audit(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('evidence from a document series opens the indicator\'s own part', async () => {
    const a = withDocs.find((x) => (latest(x).parts?.length ?? 0) > 1 && latest(x).parts!.every((q) => q.format === 'text'));
    expect(a).toBeDefined();
    const doc = latest(a!);
    const p = profile(doc);
    const k = p.indicators.findIndex((i) => (i.part ?? 0) > 0);
    expect(k).toBeGreaterThan(0);
    const ind = p.indicators[k];
    const { page, errors } = await openPage(h, `#/evidence/${encodeURIComponent(doc.profileId)}/${k}`);
    await page.waitForSelector('.passage');
    expect(await page.locator('.passage .hit').first().textContent()).toContain(ind.text);
    const caption = await page.locator('.source-name').textContent();
    expect(caption).toContain(`Part ${ind.part! + 1} of ${p.parts!.length}`);
    expect(caption).toContain(p.parts![ind.part!].source);
    expect(await audit(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('evidence link with a bare authority id opens that authority\'s latest document', async () => {
    const doc = latest(A);
    const p = profile(doc);
    const { page, errors } = await openPage(h, `#/evidence/${encodeURIComponent(A.id)}/0`);
    await page.waitForSelector('blockquote.ind-text');
    expect(await page.locator('blockquote.ind-text').textContent()).toBe(p.indicators[0].text);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('where would this situation sit: results per authority with matching indicators, restored from the link', async () => {
    const q = 'a baby with an unexplained bruise';
    const { page, errors } = await openPage(h, `#/where?q=${encodeURIComponent(q)}`);
    await page.waitForSelector('.answer');
    expect(await page.inputValue('#where-q')).toBe(q);
    expect(await page.locator('.answer').count()).toBe(withDocs.length);
    // beyond 20 documents the first answer comes from the index; the matching indicators are one click away
    const readAll = page.getByRole('button', { name: /Find the closest indicators in all \d+ documents/ });
    if (withDocs.length > 20) {
      await readAll.click();
      await page.waitForSelector('.matches li');
    }
    expect(await page.locator('.matches li').count()).toBeGreaterThan(0);
    expect(await audit(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('your own document: a sample PDF analysed in the browser worker, then compared', async () => {
    const { page, errors } = await openPage(h, '#/own');
    await page.setInputFiles('#own-file', join(ROOT, 'corpus/sample/kestrelholm.pdf'));
    await page.waitForSelector('.own-result', { timeout: 120_000 });
    const status = await page.locator('.own-status').textContent();
    const n = Number(/(\d+) indicators found/.exec(status ?? '')?.[1] ?? 0);
    expect(n).toBeGreaterThan(10);
    await page.click('.own-result a:has-text("Compare with an authority")');
    await page.waitForSelector('table.diff');
    expect(await page.inputValue('#pick-a')).toMatch(/your document/);
    // a file that is not a document is refused with a clear message
    await page.goto(`${h.url}#/own`);
    await page.setInputFiles('#own-file', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) });
    await expect.poll(() => page.locator('.state-error').textContent()).toMatch(/photo\.png is not a document/);
    expect(await audit(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('coverage lists every English authority and marks which have a document', async () => {
    const { page, errors } = await openPage(h, '#/coverage');
    await page.waitForSelector('table.coverage tbody tr');
    expect(await page.locator('table.coverage tbody tr').count()).toBeGreaterThanOrEqual(153);
    expect(await page.locator('.lede').textContent()).toMatch(/of 153 English authorities/);
    expect(await audit(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says clearly when the data is missing', async () => {
    const empty = join(ROOT, '.cache/e2e/no-data');
    mkdirSync(empty, { recursive: true });
    const srv = await serveStatic(SITE, { dataDir: empty });
    const page = await h.browser.newPage();
    await page.goto(`${srv.url}#/compare?a=x&b=y`);
    await expect.poll(() => page.locator('[role=alert]').first().textContent()).toMatch(/index\.json is missing/);
    await page.close();
    await srv.close();
  });
});
