// The README's screenshot: the app on the sample corpus in headless Chromium (the browser tests' harness).
// npx tsx scripts/docs/screenshot.ts [hash] [out.png]  (builds public/data and the site when missing)
import { join } from 'node:path';
import { buildSite, openPage, SHOTS, start } from '../../test/e2e/site.ts';

const hash = process.argv[2] ?? '#/compare?a=saltwhistle&b=tidewick';
const out = process.argv[3] ?? join(SHOTS, 'readme.png');
buildSite();
const h = await start();
try {
  const { page, errors } = await openPage(h, hash, { width: 1280 });
  await page.waitForSelector('table.diff, .map-england svg', { timeout: 30_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1280, height: 900 } });
  if (errors.length) console.error(errors.join('\n'));
  console.log(`screenshot: ${out}`);
} finally {
  await h.browser.close();
  await h.server.close();
}
