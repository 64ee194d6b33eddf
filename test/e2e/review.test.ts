// Review mode end to end: `atlas serve --review` on the sample corpus, driven in Chromium. A reviewer corrects a
// level, removes a false indicator and adds a missed one by selecting its text; the corrections survive a reload,
// a re-ingest and a changed version of the document (untouched ones carried over, the other reported stale).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import http from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Profile } from '../../src/model/index.ts';
import { ingest } from '../../src/node/ingest.ts';
import { serve } from '../../src/node/serve.ts';
import { importCorrections } from '../../src/node/review-import.ts';
import { serveStatic } from './server.ts';
import { CHROMIUM_ARGS, ROOT, SHOTS, seriousViolations, widthAt360 } from './site.ts';

const WORK = join(ROOT, '.cache/e2e/review');
const CORPUS = join(WORK, 'corpus');
const SITE = join(WORK, 'site');
const DATA = join(SITE, 'data');
const DOC = join(CORPUS, 'sample', 'tidewick-2025.txt');
const PID = 'tidewick@2025-09-01';
// Fictional sample wording (corpus/sample is written by the project).
const MISSED = 'Check which services already know the family';

let browser: Browser;
let server: http.Server;
let url = '';
let raw: Profile;
let toCorrect: Profile['indicators'][number];
let toRemove: Profile['indicators'][number];
let newLevel = '';
const timings: { act: string; ms: number }[] = [];

const reingest = () => ingest({ corpus: CORPUS, out: DATA, cacheDir: join(ROOT, '.cache/ingest'), progress: 'none', jobs: 2 });
const profile = (): Profile => JSON.parse(readFileSync(join(DATA, 'profiles', `${PID}.json`), 'utf8')) as Profile;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(CORPUS, { recursive: true });
  cpSync(join(ROOT, 'corpus/sample'), join(CORPUS, 'sample'), { recursive: true });
  const b = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', SITE, '--emptyOutDir'], { cwd: ROOT, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`vite build failed:\n${b.stdout}\n${b.stderr}`);
  rmSync(DATA, { recursive: true, force: true });
  await reingest();
  writeFileSync(join(DATA, 'datasets.json'), JSON.stringify({ national: false, sample: true }));
  raw = profile();
  toRemove = raw.indicators.find((i) => /^No concerns about/.test(i.text))!;
  toCorrect = raw.indicators.find((i) => i !== toRemove && i.order === 1)!;
  newLevel = raw.scheme.find((l) => l.order === 2)!.local;
  const s = await serve(SITE, 0, '127.0.0.1', { corpus: CORPUS });
  server = s.server;
  url = `http://127.0.0.1:${s.port}/`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  mkdirSync(SHOTS, { recursive: true });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => { if (!server) return r(); server.closeAllConnections(); server.close(() => r()); });
  if (timings.length) console.log(`review timings (ms): ${timings.map((t) => `${t.act} ${t.ms}`).join(', ')}`);
});

async function open(hash: string): Promise<{ page: Page; errors: string[] }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}${hash}`);
  return { page, errors };
}

async function saved(page: Page, revision: number, act: string, t0: number): Promise<void> {
  try {
    await page.getByText(`Saved (revision ${revision})`).first().waitFor({ timeout: 30_000 });
  } catch (e) {
    const said = await page.locator('.review-status, .review-error, [role=alert]').allTextContents();
    throw new Error(`no "Saved (revision ${revision})"; the page says: ${JSON.stringify(said)}`, { cause: e });
  }
  timings.push({ act, ms: Math.round(performance.now() - t0) });
}

async function problems(page: Page): Promise<string[]> {
  await page.waitForFunction(() => !document.querySelector('.state-loading'), undefined, { timeout: 60_000 });
  const p = await seriousViolations(page);
  const w = await widthAt360(page);
  if (w > 361) p.push(`${w}px wide at a 360px viewport`);
  return p;
}

/** What the authority page shows for the three corrections. */
async function seen(page: Page) {
  await page.waitForSelector('.indicators li');
  const items = await page.locator('.indicators li .ind-link').allTextContents();
  const levelOf = async (text: string) => page.locator('.level-block', { has: page.locator('.ind-text', { hasText: text }) }).locator('h4').first().textContent();
  return {
    corrected: items.some((t) => t.includes(toCorrect.text)) ? (await levelOf(toCorrect.text))?.trim() ?? '' : '(gone)',
    removed: !items.some((t) => t.includes(toRemove.text)),
    added: items.find((t) => t.includes(MISSED)) ?? null,
    removedListed: (await page.locator('details.removed').textContent().catch(() => '')) ?? '',
  };
}

describe('review mode through atlas serve --review', () => {
  it('corrects a level, removes a false indicator, adds a missed one by selecting text; they survive reload, re-ingest and a changed version', async () => {
    // 1. The authority page: remove a false indicator ("no concerns about ..." is not a need).
    const { page, errors } = await open('#/authority/tidewick');
    await page.waitForSelector('.review-bar');
    expect(await page.locator('.review-mode').textContent()).toMatch(/Review mode/);
    await page.fill('#review-who', 'E2E reviewer');
    await page.press('#review-who', 'Tab');
    await page.waitForSelector('.quick-review');
    expect(await problems(page)).toEqual([]);
    let t0 = performance.now();
    await page.getByRole('button', { name: `Not an indicator: ${toRemove.text.slice(0, 57)}`, exact: false }).first().click();
    await saved(page, 1, 'not an indicator (authority page)', t0);

    // 2. The evidence view: correct the level of another indicator with the keyboard.
    await page.goto(`${url}#/evidence/${encodeURIComponent(PID)}/${toCorrect.id.split('#')[1]}`);
    await page.waitForSelector('.review-panel');
    await page.focus('#rev-level');
    await page.selectOption('#rev-level', newLevel);
    t0 = performance.now();
    await page.focus('.review-form button[type=submit]');
    await page.keyboard.press('Enter');
    await saved(page, 2, 'correct a level (evidence view)', t0);
    await expect.poll(() => page.locator('.evidence-card figcaption').textContent(), { timeout: 30_000 }).toContain(newLevel);
    expect(await problems(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'review-evidence-level.png'), fullPage: true });

    // 3. Add the missed one by selecting its words in the source text.
    await page.getByRole('button', { name: 'Show every line of the source' }).click();
    await page.waitForSelector(`pre.passage span[data-o]:has-text("${MISSED}")`);
    const span = page.locator(`pre.passage span[data-o]:has-text("${MISSED}")`).first();
    const box = (await span.boundingBox())!;
    const full = (await span.textContent())!;
    // drag across the words with the mouse, as a reader would
    const charW = box.width / full.length;
    const from = full.indexOf(MISSED);
    await span.scrollIntoViewIfNeeded();
    const b2 = (await span.boundingBox())!;
    await page.mouse.move(b2.x + charW * from + 1, b2.y + b2.height / 2);
    await page.mouse.down();
    await page.mouse.move(b2.x + charW * (from + MISSED.length) - 1, b2.y + b2.height / 2, { steps: 8 });
    await page.mouse.up();
    expect((await page.evaluate(() => window.getSelection()?.toString() ?? '')).trim()).toBe(MISSED);
    t0 = performance.now();
    await page.getByRole('button', { name: 'Use the selected text' }).click();
    expect(await page.locator('.picked q').textContent()).toBe(MISSED);
    await page.selectOption('#add-level', raw.scheme[0].local);
    await page.evaluate(() => document.querySelector('.add-indicator')?.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, 'review-add-selection.png'), fullPage: false });
    await page.getByRole('button', { name: 'Add this indicator' }).click();
    await saved(page, 3, 'add a missed indicator (selection)', t0);
    expect(await problems(page)).toEqual([]);

    // 4. Reload: all three are there, and the file beside the corpus holds no document text.
    await page.goto(`${url}#/authority/tidewick`);
    await page.reload();
    let s = await seen(page);
    expect(s.corrected).toContain(newLevel);
    expect(s.removed).toBe(true);
    expect(s.removedListed).toContain(toRemove.text);
    expect(s.added).toMatch(/added by a reviewer/);
    expect(await page.locator('.rev-count').textContent()).toBe(`2 of ${raw.indicators.length} indicators reviewed.`);
    await page.evaluate(() => document.querySelector('#ind-h')?.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, 'review-authority.png'), fullPage: false });
    const file = readFileSync(join(CORPUS, 'corrections', 'tidewick.json'), 'utf8');
    for (const t of [toCorrect.text, toRemove.text, MISSED]) expect(file).not.toContain(t);

    // 5. Re-ingest: still there.
    const r = await reingest();
    expect(r.reviews[0].outcomes.map((o) => o.status)).toEqual(['applied', 'applied', 'applied']);
    await page.reload();
    s = await seen(page);
    expect([s.corrected.includes(newLevel), s.removed, !!s.added]).toEqual([true, true, true]);

    // 6. A changed version: the corrected indicator is reworded; the other two are untouched.
    writeFileSync(DOC, readFileSync(DOC, 'utf8').replace(toCorrect.text, toCorrect.text.replace(/^(\S+)/, '$1 (revised)')));
    const r2 = await reingest();
    expect(r2.reviews[0].outcomes.map((o) => o.status).sort()).toEqual(['carried', 'carried', 'stale']);
    await page.reload();
    s = await seen(page);
    expect(s.removed).toBe(true);
    expect(s.added).toMatch(/added by a reviewer/);
    expect(s.corrected).toBe('(gone)');
    const stale = await page.locator('details.stale').textContent();
    expect(stale).toMatch(/1 stale correction/);
    expect(stale).toMatch(/Level corrected to “.*” .*no longer in the document/);
    expect(await page.locator('.review-bar').textContent()).toMatch(/2 corrections were made on an earlier version and carried over/);
    await page.locator('details.stale').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'review-stale-after-new-version.png'), fullPage: false });
    expect(await problems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 600_000);

  it('times a whole document reviewed from the authority page: every indicator confirmed with the keyboard (machine time per act)', async () => {
    const id = 'cobbleridge';
    const p = JSON.parse(readFileSync(join(DATA, 'profiles', 'cobbleridge@2024-09-01.json'), 'utf8')) as Profile;
    const { page, errors } = await open(`#/authority/${id}`);
    await page.fill('#review-who', 'Timer');
    await page.press('#review-who', 'Tab');
    await page.waitForSelector('.quick-review');
    const t0 = performance.now();
    let rev = 0;
    // confirm each one: Tab to its "Confirm" button and press Enter, as a keyboard user would
    for (let k = 0; k < p.indicators.length; k++) {
      const btn = page.locator('.quick-review button', { hasText: 'Confirm' }).nth(k);
      await btn.focus();
      await page.keyboard.press('Enter');
      await page.getByText(`Saved (revision ${++rev})`).first().waitFor({ timeout: 30_000 });
    }
    const perAct = (performance.now() - t0) / p.indicators.length;
    timings.push({ act: `confirm (mean of ${p.indicators.length})`, ms: Math.round(perAct) });
    // the count follows the saved corrections once the view has reloaded them
    await expect.poll(() => page.locator('.rev-count').textContent(), { timeout: 30_000 }).toBe(`${p.indicators.length} of ${p.indicators.length} indicators reviewed.`);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 600_000);

  it('served statically (no --review): corrections stay in the browser, download, and atlas review import applies them', async () => {
    const srv = await serveStatic(SITE);
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${srv.url}#/authority/quillmere`);
    await page.getByRole('button', { name: 'Review this document' }).click();
    await page.fill('#review-who', 'Offline reviewer');
    await page.press('#review-who', 'Tab');
    const q = JSON.parse(readFileSync(join(DATA, 'profiles', 'quillmere@2025-01-01.json'), 'utf8')) as Profile;
    const target = q.indicators[0];
    await page.getByRole('button', { name: `Not an indicator: ${target.text.slice(0, 57)}`, exact: false }).first().click();
    await page.getByText(/Kept in this browser \(1 not yet imported\)/).waitFor();
    await expect.poll(() => page.locator('.indicators li .ind-text', { hasText: target.text }).count(), { timeout: 30_000 }).toBe(0);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download my corrections \(1\)/ }).click()]);
    const file = join(WORK, 'my-corrections.json');
    await dl.saveAs(file);
    expect(readFileSync(file, 'utf8')).not.toContain(target.text);
    const lines = await importCorrections(file, CORPUS, DATA);
    expect(lines).toEqual([expect.stringMatching(/^quillmere: 1 new of 1 \(revision 1\); 1 applied/)]);
    // importing the same file again adds nothing
    expect((await importCorrections(file, CORPUS, DATA))[0]).toMatch(/0 new of 1 \(revision 1\)/);
    const after = JSON.parse(readFileSync(join(DATA, 'profiles', 'quillmere@2025-01-01.json'), 'utf8')) as Profile;
    expect(after.indicators.some((i) => i.text === target.text)).toBe(false);
    expect(await problems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await ctx.close();
    await srv.close();
  }, 300_000);

  it('the lottery map can be limited to the authorities a person reviewed', async () => {
    const { page, errors } = await open('#/lottery');
    await page.waitForSelector('#l-reviewed');
    await page.check('#l-reviewed');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('reviewed=1');
    const reviewed = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')).authorities.filter((a: { documents: { review?: { reviewed: number } }[] }) => a.documents.some((d) => d.review?.reviewed)).length;
    expect(reviewed).toBeGreaterThanOrEqual(2);
    await page.waitForFunction(() => !document.querySelector('[role=status].muted'), undefined, { timeout: 60_000 });
    expect(await problems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('two tabs: the second one writing on an old revision is told (409) and nothing is overwritten', async () => {
    const hash = `#/evidence/${encodeURIComponent('norrowby@2023-07-01')}/0`;
    const a = await open(hash);
    const b = await open(hash);
    for (const t of [a, b]) {
      await t.page.waitForSelector('.review-panel');
      await t.page.fill('#review-who', 'Tab');
      await t.page.press('#review-who', 'Tab');
    }
    await a.page.getByRole('button', { name: 'Confirm as read' }).click();
    await a.page.getByText('Saved (revision 1)').waitFor();
    await b.page.getByRole('button', { name: 'Not an indicator' }).first().click();
    await expect.poll(() => b.page.locator('.review-error').textContent()).toMatch(/changed in another tab/);
    let file = JSON.parse(readFileSync(join(CORPUS, 'corrections', 'norrowby.json'), 'utf8'));
    expect(file.corrections.map((c: { act: string }) => c.act)).toEqual(['confirm']);
    // the second tab has reloaded the corrections: trying again works
    await b.page.getByRole('button', { name: 'Not an indicator' }).first().click();
    await b.page.getByText('Saved (revision 2)').waitFor();
    file = JSON.parse(readFileSync(join(CORPUS, 'corrections', 'norrowby.json'), 'utf8'));
    expect(file.corrections.map((c: { act: string }) => c.act)).toEqual(['confirm', 'not-indicator']);
    expect([...a.errors, ...b.errors].filter((e) => !/409/.test(e))).toEqual([]);
    await a.page.context().close();
    await b.page.context().close();
  }, 300_000);

  it('an HTML source: a missed indicator added with the keyboard ("Find these words"), placed by the server from the same text', async () => {
    const words = 'ask for their consent, unless that would put the child at risk';
    const { page, errors } = await open(`#/evidence/${encodeURIComponent('cobbleridge@2024-09-01')}/0`);
    await page.waitForSelector('.add-indicator');
    await page.fill('#review-who', 'Keyboard');
    await page.press('#review-who', 'Tab');
    await page.focus('#add-words');
    await page.keyboard.type(words);
    await page.keyboard.press('Enter');
    expect(await page.locator('.picked q').textContent()).toBe(words);
    await page.focus('#add-level');
    await page.keyboard.press('Home');
    await page.focus('.add-indicator form:last-of-type button[type=submit]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.add-indicator .review-status').textContent(), { timeout: 30_000 }).toMatch(/Saved \(revision \d+\)/);
    const p = JSON.parse(readFileSync(join(DATA, 'profiles', 'cobbleridge@2024-09-01.json'), 'utf8')) as Profile;
    expect(p.indicators.find((i) => i.text === words)?.review?.status).toBe('added');
    expect(await problems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('a PDF source: the page text is shown under the page image, and a missed indicator is added by selecting it there', async () => {
    const pid = 'kestrelholm@2024-01-15';
    const { page, errors } = await open(`#/evidence/${encodeURIComponent(pid)}/0`);
    await page.waitForSelector('.add-indicator');
    await page.fill('#review-who', 'PDF reviewer');
    await page.press('#review-who', 'Tab');
    const span = page.locator('pre.passage span[data-o]').filter({ hasText: /^\S.{15,}$/ }).first();
    const words = (await span.textContent())!;
    await span.scrollIntoViewIfNeeded();
    const b = (await span.boundingBox())!;
    await page.mouse.move(b.x + 1, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width - 1, b.y + b.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.getByRole('button', { name: 'Use the selected text' }).click();
    expect(await page.locator('.picked q').textContent()).toBe(words.trim());
    await page.evaluate(() => document.querySelector('.add-indicator')?.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, 'review-add-pdf.png'), fullPage: false });
    await page.getByRole('button', { name: 'Add this indicator' }).click();
    await expect.poll(async () => `${await page.locator('.add-indicator .review-status').textContent()} ${await page.locator('.add-indicator .review-error').allTextContents()}`, { timeout: 30_000 }).toMatch(/Saved \(revision \d+\)/);
    const p = JSON.parse(readFileSync(join(DATA, 'profiles', `${pid}.json`), 'utf8')) as Profile;
    const added = p.indicators.find((i) => i.review?.status === 'added');
    expect(added).toMatchObject({ text: words.trim(), page: p.indicators.find((i) => i.id === `${pid}#0`)!.page, bbox: null });
    expect(await problems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});
