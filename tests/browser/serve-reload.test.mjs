// publish serve in a real browser: the open tab reloads itself after a save, shows a build error
// over the page and clears it after the fix, with no Content-Security-Policy violation.
//
// Run by serve-reload.sh, which starts `publish serve` on a copy of a site and sets:
//   SERVE_URL   http://127.0.0.1:PORT/ (with the site's base path)
//   SERVE_SITE  the copy being served (the test edits its files)
//   SERVE_PAGE  a page path under SERVE_URL, SERVE_FILE its source (relative to SERVE_SITE)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const url = new URL(process.env.SERVE_PAGE, process.env.SERVE_URL).href;
const file = path.join(process.env.SERVE_SITE, process.env.SERVE_FILE);
const original = fs.readFileSync(file, 'utf8');

let browser;
let page;
const consoleErrors = [];

before(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => consoleErrors.push(`uncaught ${err.message}`));
  // Every CSP violation of every load of the page, kept across reloads by the test itself.
  await page.exposeFunction('reportViolation', (text) => consoleErrors.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

after(async () => {
  fs.writeFileSync(file, original);
  await browser?.close();
});

/// Resolves when the next load of the page has its event stream open (the server answered it).
function nextConnection() {
  return page.waitForResponse((r) => r.url().includes('/__publish/events') && r.status() === 200, { timeout: 15000 });
}

test('the tab reloads itself after a save, shows an error overlay, and clears it after the fix', async () => {
  let connection = nextConnection();
  await page.goto(url);
  await connection;
  const script = await page.locator('script[src^="/__publish/reload.js"]').count();
  assert.equal(script, 1, 'the reload script is on the page');

  // 1. A save: the page reloads by itself (the marker set on the old page is gone) with the new text.
  await page.evaluate(() => { window.notReloaded = true; });
  connection = nextConnection();
  fs.writeFileSync(file, original + '\nReloaded by itself after the save.\n');
  await page.waitForFunction(() => document.body.innerText.includes('Reloaded by itself after the save.'), null, { timeout: 15000 });
  assert.equal(await page.evaluate(() => window.notReloaded), undefined, 'the page was reloaded, not patched');
  await connection;

  // 2. A broken save: an overlay names the file and line; the page underneath stays.
  fs.writeFileSync(file, original + '\n{{< fundng-table >}}\n');
  const overlay = page.locator('#publish-overlay');
  await overlay.waitFor({ state: 'visible', timeout: 15000 });
  const text = await overlay.innerText();
  assert.match(text, new RegExp(`${process.env.SERVE_FILE.replace(/[.]/g, '\\.')}:\\d+:\\d+`));
  assert.match(text, /unknown shortcode/);
  assert.equal(await overlay.getAttribute('role'), 'alert');
  const colours = await overlay.evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, background: s.backgroundColor, position: s.position };
  });
  assert.deepEqual(colours, { color: 'rgb(26, 26, 26)', background: 'rgb(255, 255, 255)', position: 'fixed' },
    'the overlay style sheet loaded (style-src \'self\')');
  assert.ok((await page.locator('body').innerText()).includes('Reloaded by itself after the save.'));

  // 3. The fix: the page reloads and the overlay is gone.
  fs.writeFileSync(file, original + '\nFixed, and the overlay went away.\n');
  await page.waitForFunction(() => document.body.innerText.includes('Fixed, and the overlay went away.'), null, { timeout: 15000 });
  assert.equal(await page.locator('#publish-overlay').count(), 0);

  assert.deepEqual(consoleErrors, [], 'no console errors and no CSP violations');
});
