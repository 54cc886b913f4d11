// Validity and accessibility of a built site, checked by real tools (issue 5):
//   Nu Html Checker (vnu.jar on Debian's Java), axe-core in Debian's headless Chromium driven by
//   playwright-core at 1280x900 and 320x640, reflow at 320 px, the search, keyboard-only use,
//   a link checker over the files, and no request leaving 127.0.0.1.
//
// Run through run-all.sh, which builds the site and sets:
//   BROWSER_OUT      the built output folder
//   BROWSER_SITE     the site folder (its data/site.json gives base_url)
//   BROWSER_SUMMARY  where to write summary.json (optional)
//   BROWSER_NO_PDF=1 the build ran with --no-pdf: links to .pdf files are not checked
//   BROWSER_SEARCH_WORD  the word to search for (default: "neglect" or "safety", whichever the index has)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './lib/server.mjs';
import { checkLinks, listFiles } from './lib/links.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const vnuJar = path.join(here, 'node_modules/vnu-jar/build/dist/vnu.jar');

const OUT = path.resolve(process.env.BROWSER_OUT ?? '');
const SITE = path.resolve(process.env.BROWSER_SITE ?? '');
const SKIP_PDF = process.env.BROWSER_NO_PDF === '1';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'mobile', width: 320, height: 640 },
];

const siteJson = JSON.parse(fs.readFileSync(path.join(SITE, 'data/site.json'), 'utf8'));
const baseUrl = new URL(siteJson.base_url);
const basePath = baseUrl.pathname.endsWith('/') ? baseUrl.pathname : baseUrl.pathname + '/';

const files = listFiles(OUT);
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const pagePath = (rel) => rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -10) : rel;

const summary = {
  site: SITE,
  pages: htmlFiles.length,
  vnuErrors: null,
  axe: Object.fromEntries(WIDTHS.map((w) => [`${w.width}x${w.height}`, { pages: 0, violations: 0, nodes: 0 }])),
  overflow320: [],
  search: null,
  keyboard: {},
  links: null,
  outsideRequests: [],
  consoleErrors: [],
  failedResponses: [],
  failures: [],
};

let server;
let browser;
let vnuResult;

/** Runs the Nu Html Checker on every HTML file at once (one JVM), in the background. */
function runVnu() {
  return new Promise((resolve) => {
    const args = ['-jar', vnuJar, '--errors-only', '--format', 'json', ...htmlFiles.map((f) => path.join(OUT, f))];
    const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', (err) => resolve({ error: String(err) }));
    child.on('close', (code) => {
      const text = stderr.trim() || stdout.trim();
      try {
        const start = text.indexOf('{"');
        resolve({ code, json: JSON.parse(text.slice(start)) });
      } catch {
        resolve({ code, error: `could not read vnu output: ${text.slice(0, 2000)}` });
      }
    });
  });
}

/** A browser context that refuses (and records) any request not to our server. */
async function newContext(viewport) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: 1,
    locale: 'en-GB',
    serviceWorkers: 'block',
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = (url.protocol === 'http:' && url.hostname === '127.0.0.1' && url.port === String(server.port)) ||
      url.protocol === 'data:' || url.protocol === 'blob:';
    if (local) return route.continue();
    summary.outsideRequests.push(`${url.href} (from ${route.request().frame()?.url() ?? '?'})`);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => watchPage(page));
  return context;
}

function watchPage(page) {
  page.on('console', (msg) => {
    if (msg.type() === 'error') summary.consoleErrors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => summary.consoleErrors.push(`${page.url()}: uncaught ${err.message}`));
  page.on('response', (res) => {
    const req = res.request();
    // The 404 page is meant to answer 404; anything else failing is a broken reference.
    if (res.status() >= 400 && !(req.isNavigationRequest() && res.url().endsWith('/404.html'))) {
      summary.failedResponses.push(`${res.status()} ${res.url()} (from ${page.url()})`);
    }
  });
}

async function runAxe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(axeSource);
  }
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

function formatViolations(url, violations) {
  return violations.map((v) => `${url}: [${v.impact}] ${v.id}: ${v.help}\n` +
    v.nodes.slice(0, 5).map((n) => `      at ${n.target}\n        ${String(n.summary).replace(/\n/g, '\n        ')}`).join('\n')).join('\n');
}

before(async () => {
  assert.ok(fs.existsSync(OUT), `BROWSER_OUT=${OUT} does not exist`);
  assert.ok(htmlFiles.length > 0, 'no HTML pages in the output');
  vnuResult = runVnu();
  server = await serve(OUT, basePath);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (process.env.BROWSER_SUMMARY) fs.writeFileSync(process.env.BROWSER_SUMMARY, JSON.stringify(summary, null, 2));
});

test('links: every internal href/src resolves to a file, every #fragment to an id', () => {
  const r = checkLinks(OUT, baseUrl.href, { skipPdf: SKIP_PDF });
  summary.links = { checked: r.checked, broken: r.problems.length, external: r.external.size, skippedPdf: r.skipped };
  if (r.problems.length) summary.failures.push(`links: ${r.problems.length} broken`);
  assert.deepEqual(r.problems, [], `broken links:\n  ${r.problems.join('\n  ')}`);
});

for (const vp of WIDTHS) {
  test(`axe-core (${AXE_TAGS.join(', ')}) at ${vp.width}x${vp.height}: every page, zero violations`, async () => {
    const key = `${vp.width}x${vp.height}`;
    const context = await newContext(vp);
    const page = await context.newPage();
    const report = [];
    const overflow = [];
    for (const rel of htmlFiles) {
      const url = server.base + pagePath(rel);
      const res = await page.goto(url, { waitUntil: 'load' });
      if (!res || (res.status() !== 200)) report.push(`${url}: HTTP ${res?.status()}`);
      const violations = await runAxe(page);
      summary.axe[key].pages++;
      summary.axe[key].violations += violations.length;
      summary.axe[key].nodes += violations.reduce((n, v) => n + v.nodes.length, 0);
      if (violations.length) report.push(formatViolations(url, violations));
      if (vp.width === 320) {
        // Reflow (WCAG 1.4.10): no sideways scrolling of the page; wide tables scroll inside .table-wrap.
        const o = await page.evaluate((limit) => {
          const width = document.scrollingElement.scrollWidth;
          if (width <= limit) return null;
          const culprits = [];
          for (const el of document.body.querySelectorAll('*')) {
            if (el.closest('.table-wrap') && !el.classList.contains('table-wrap')) continue;
            const r = el.getBoundingClientRect();
            if (r.width > 0 && r.right > limit) {
              culprits.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} (right edge ${Math.round(r.right)}px)`);
            }
          }
          return { width, culprits: culprits.slice(0, 8) };
        }, vp.width + 1);
        if (o) overflow.push(`${url}: page is ${o.width}px wide at 320px: ${o.culprits.join(', ')}`);
      }
    }
    // The search page with results showing is a page state of its own: check it too.
    const searchRel = htmlFiles.find((f) => f === 'search/index.html');
    if (searchRel) {
      await page.goto(`${server.base}search/?q=${encodeURIComponent(searchWord())}`);
      await page.locator('#search-results a').first().waitFor({ timeout: 5000 }).catch(() => {});
      const violations = await runAxe(page);
      summary.axe[key].violations += violations.length;
      if (violations.length) report.push(formatViolations(page.url() + ' (with results)', violations));
    }
    await context.close();
    if (vp.width === 320) {
      summary.overflow320 = overflow;
      if (overflow.length) summary.failures.push(`reflow: ${overflow.length} pages scroll sideways at 320px`);
    }
    if (summary.axe[key].violations) summary.failures.push(`axe at ${key}: ${summary.axe[key].violations} violations`);
    const problems = [...report, ...overflow];
    assert.equal(problems.length, 0, problems.join('\n'));
  });
}

function searchWord() {
  if (process.env.BROWSER_SEARCH_WORD) return process.env.BROWSER_SEARCH_WORD;
  const index = fs.existsSync(path.join(OUT, 'search-index.json')) ? fs.readFileSync(path.join(OUT, 'search-index.json'), 'utf8').toLowerCase() : '';
  return ['neglect', 'safety'].find((w) => index.includes(w)) ?? 'safeguarding';
}

test('search: typing a word lists results and the live region announces the count', async () => {
  assert.ok(htmlFiles.includes('search/index.html'), 'no search page');
  const word = searchWord();
  const context = await newContext(WIDTHS[0]);
  const page = await context.newPage();
  await page.goto(`${server.base}search/`);
  const status = page.locator('#search-status');
  assert.equal(await status.getAttribute('role'), 'status', 'the count is not in a status region');
  await page.locator('#search-input').click();
  await page.keyboard.type(word, { delay: 30 });
  const links = page.locator('#search-results a');
  await links.first().waitFor({ timeout: 10000 });
  const count = await links.count();
  await page.waitForFunction(() => /\d+ results? for/.test(document.getElementById('search-status').textContent), null, { timeout: 5000 });
  const announced = (await status.textContent()).trim();
  const href = await links.first().getAttribute('href');
  // The first result opens a real page.
  const res = await page.request.get(new URL(href, page.url()).href);
  // From the header form on another page, by keyboard: Enter submits to the search page.
  await page.goto(server.base);
  await page.locator('#header-search-input').fill(word);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  await page.locator('#search-results a').first().waitFor({ timeout: 10000 });
  const fromHeader = await page.locator('#search-results a').count();
  await context.close();
  summary.search = { word, results: count, announced, fromHeader };
  assert.ok(count >= 1, `no results for "${word}"`);
  assert.match(announced, new RegExp(`^${count > 50 ? '\\d+' : count} results? for`), `status says "${announced}" with ${count} links`);
  assert.equal(res.status(), 200, `first result ${href} answers ${res.status()}`);
  assert.ok(fromHeader >= 1, 'the header search form gave no results');
});

/** Tabs through a page; every link, button and field is reached and shows a visible focus ring. */
async function keyboardCheck(rel) {
  const context = await newContext(WIDTHS[0]);
  const page = await context.newPage();
  const url = server.base + pagePath(rel);
  await page.goto(url);
  const expected = await page.evaluate(() => {
    const sel = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]';
    const list = [];
    for (const el of document.querySelectorAll(sel)) {
      if (el.matches('[tabindex="-1"], :disabled') || el.closest('[inert], [hidden]')) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden' || el.getClientRects().length === 0) continue;
      const id = list.length;
      el.setAttribute('data-kb', String(id));
      list.push({ id, label: `${el.tagName.toLowerCase()} "${(el.textContent || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"${el.getAttribute('href') ? ' ' + el.getAttribute('href') : ''}` });
    }
    return list;
  });
  const styleOf = () => {
    const el = document.activeElement;
    const cs = getComputedStyle(el);
    return {
      id: el.getAttribute('data-kb'),
      tag: el.tagName,
      outline: cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) === 0 ? 'none' : `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      shadow: cs.boxShadow,
    };
  };
  // Unfocused looks, one element at a time with nothing focused.
  const unfocused = await page.evaluate(() => {
    document.activeElement?.blur();
    const out = {};
    for (const el of document.querySelectorAll('[data-kb]')) {
      const cs = getComputedStyle(el);
      out[el.getAttribute('data-kb')] = {
        outline: cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) === 0 ? 'none' : `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
        shadow: cs.boxShadow,
      };
    }
    return out;
  });
  const reached = new Map();
  const problems = [];
  const order = [];
  for (let step = 0; step < expected.length * 2 + 10; step++) {
    await page.keyboard.press('Tab');
    const s = await page.evaluate(styleOf);
    if (s.id === null) {
      if (s.tag === 'BODY' && reached.size > 0) break;
      if (s.tag !== 'BODY') problems.push(`${url}: Tab reached an unexpected ${s.tag}`);
      continue;
    }
    if (reached.has(s.id)) break;
    order.push(Number(s.id));
    const before = unfocused[s.id];
    const visible = (s.outline !== 'none' && s.outline !== before.outline) || (s.shadow !== 'none' && s.shadow !== before.shadow);
    reached.set(s.id, visible);
    if (!visible) problems.push(`${url}: no visible focus indicator on ${expected[Number(s.id)].label}`);
  }
  for (const e of expected) {
    if (!reached.has(String(e.id))) problems.push(`${url}: Tab never reaches ${e.label}`);
  }
  // Tab order follows the page order (WCAG 2.4.3): the ids were given in document order.
  for (let k = 1; k < order.length; k++) {
    if (order[k] < order[k - 1]) {
      problems.push(`${url}: focus goes back from ${expected[order[k - 1]].label} to ${expected[order[k]].label}`);
      break;
    }
  }
  // The skip link is first and moves focus to main.
  await page.goto(url);
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.getAttribute('href'));
  if (first !== '#main') problems.push(`${url}: the first Tab stop is ${first}, not the skip link`);
  else {
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement.id);
    if (focused !== 'main') problems.push(`${url}: the skip link does not move focus to <main> (focus on "${focused}")`);
  }
  await context.close();
  summary.keyboard[rel] = { stops: expected.length, reached: reached.size, problems: problems.length };
  return problems;
}

test('keyboard: Tab reaches every link and control on the home page and a briefing, each with a visible focus indicator', async () => {
  const briefing = htmlFiles.find((f) => /^briefings\/[^/]+\/index\.html$/.test(f) &&
    fs.readFileSync(path.join(OUT, f), 'utf8').includes('class="briefing"'));
  assert.ok(briefing, 'no briefing page in the output');
  const problems = [...await keyboardCheck('index.html'), ...await keyboardCheck(briefing)];
  if (problems.length) summary.failures.push(`keyboard: ${problems.length} problems`);
  assert.deepEqual(problems, []);
});

test('Nu Html Checker: every page valid, zero errors', async () => {
  const r = await vnuResult;
  assert.ok(!r.error, r.error);
  const messages = r.json.messages ?? [];
  const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error' || m.subType === 'fatal');
  summary.vnuErrors = errors.length;
  if (errors.length) summary.failures.push(`vnu: ${errors.length} errors`);
  const text = errors.map((m) => `${path.relative(OUT, fileURLToPath(m.url ?? 'file:///?'))}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}: ${m.message}\n      ${(m.extract ?? '').replace(/\n/g, ' ')}`);
  assert.equal(errors.length, 0, text.join('\n'));
});

test('no request leaves the site, no script errors, no failed responses', () => {
  if (summary.outsideRequests.length) summary.failures.push(`${summary.outsideRequests.length} requests left 127.0.0.1`);
  if (summary.consoleErrors.length) summary.failures.push(`${summary.consoleErrors.length} console errors`);
  if (summary.failedResponses.length) summary.failures.push(`${summary.failedResponses.length} failed responses`);
  assert.deepEqual(summary.outsideRequests, [], 'requests to other hosts');
  assert.deepEqual(summary.consoleErrors, [], 'console errors (CSP violations appear here)');
  assert.deepEqual(summary.failedResponses, [], 'responses with an error status');
});
