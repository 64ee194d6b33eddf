// Screenshots of compare and where on the sample corpus for docs/alignment.md, in headless Debian chromium
// (the e2e harness: builds the site into .cache/e2e/site, serves it with atlas serve's server).
// Usage: tsx scripts/docs/shots-align.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, openPage, readIndex, SHOTS, start } from '../../test/e2e/site.ts';

buildSite();
const index = readIndex();
const ids = index.authorities.filter((a) => a.documents.length).map((a) => a.id).sort();
const [a, b] = ids;
const h = await start();
mkdirSync(SHOTS, { recursive: true });
try {
  const shots: [string, string, string][] = [
    ['align-compare.png', `#/compare?a=${a}&b=${b}&kind=overlap`, 'table.diff'],
    ['align-compare-none.png', `#/compare?a=${a}&b=${b}&kind=a_only`, 'table.diff'],
    ['align-where.png', `#/where?q=${encodeURIComponent('a 14 year old who has gone missing overnight several times')}`, 'ul[aria-label="Results by authority"] li'],
    ['align-where-none.png', `#/where?q=${encodeURIComponent('the family has a new dog')}`, 'ul[aria-label="Results by authority"] li'],
  ];
  for (const [file, hash, sel] of shots) {
    const { page, errors } = await openPage(h, hash, { width: 1280 });
    // the sample has more documents than the where view reads at once: ask it to read them all
    if (hash.startsWith('#/where')) await page.getByText(/Find the closest indicators in all/).click();
    await page.waitForSelector(sel, { timeout: 120_000 });
    await page.locator(sel).first().scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -120));
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SHOTS, file), fullPage: false });
    console.log(`${file}: ${hash}${errors.length ? ` (console errors: ${errors.join('; ')})` : ''}`);
    await page.context().close();
  }
} finally {
  await h.browser.close();
  await h.server.close();
}
