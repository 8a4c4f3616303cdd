// The single-file build (dist/benefits-explorer.single.js): the engine inlined with -sSINGLE_FILE=1 and the
// default dataset built in. It works from file:// (where a .wasm or claims.json cannot be fetched) and
// under a CSP with no connect-src at all: the bundle decodes the inlined engine without fetching data:.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openPage, requireDist, DIST, ROOT } from './helpers.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { page as testPage, inline, dataset } from './embedding-helpers.mjs';

const SINGLE = join(DIST, 'benefits-explorer.single.js');
let browser;
let server;
let data;
before(async () => {
  requireDist();
  assert.ok(existsSync(SINGLE), 'dist/benefits-explorer.single.js is built (node scripts/bundle-web.mjs)');
  data = dataset();
  const small = structuredClone(data);
  small.claims = small.claims.slice(0, 4);
  // No connect-src at all: nothing may be fetched.
  server = await startServer({
    root: DIST,
    headers: { 'Content-Security-Policy': "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self'" },
    routes: {
      '/test/single.html': testPage('<benefits-explorer id="x"><p id="fallback">Fallback</p></benefits-explorer>', { script: '/benefits-explorer.single.js' }),
      '/test/single-inline.html': testPage(`<benefits-explorer id="x"><p id="fallback">Fallback</p>${inline(JSON.stringify(small))}</benefits-explorer>`, { script: '/benefits-explorer.single.js' }),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the single-file script carries the engine (SINGLE_FILE) and the default dataset', () => {
  const code = readFileSync(SINGLE, 'utf8');
  assert.match(code, /data:application\/octet-stream;base64,/);
  assert.ok(code.includes(JSON.stringify(data.title).slice(1, -1)), 'the default dataset is embedded');
  const glue = readFileSync(join(ROOT, 'build', 'wasm', 'benefits-core-single.js'), 'utf8');
  assert.match(glue, /data:application\/octet-stream;base64,/, 'built by the benefits-core-single target with -sSINGLE_FILE=1');
});

test('opened from file://, the single-file page renders all 12 claims with no error and no CSP violation', async () => {
  const url = pathToFileURL(join(DIST, 'single-file.html')).href;
  const { context, page, problems } = await openPage(browser, url);
  try {
    assert.equal(await page.evaluate(() => window.location.protocol), 'file:');
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    assert.equal(await page.locator('benefits-explorer .claims > li').count(), 12);
    assert.deepEqual(new Set(await page.locator('benefits-explorer .row-title').allTextContents()), new Set(data.claims.map((c) => c.title)));
    // It works: search, open a card with its sources.
    await page.locator('benefits-explorer input[type="search"]').fill('aura');
    await page.waitForFunction(() => document.querySelector('benefits-explorer').shadowRoot.querySelectorAll('.claims > li').length < 12);
    const first = page.locator('benefits-explorer .claims > li').first();
    await first.locator('.row-toggle').click();
    await first.locator('.sources-toggle').click();
    assert.ok(await first.locator('.refs > li').count() > 0);
    assert.deepEqual(requests, [], 'nothing fetched after load');
    assert.equal(await page.evaluate(() => typeof window.BenefitsCore), 'undefined');
    assert.deepEqual(problems.csp, []);
    assert.deepEqual(problems.console, []);
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('over http with no connect-src: no request for a .wasm or claims.json, no data: fetch, no violation', async () => {
  const { context, page, problems } = await openPage(browser, null, { waitFor: null });
  try {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.url}test/single.html`);
    await page.waitForFunction(() => window.__beEvents.some((e) => e.type === 'be-ready'), null, { timeout: 15000 });
    assert.equal(await page.locator('#x .claims > li').count(), 12);
    assert.deepEqual(requests.map((u) => new URL(u).pathname), ['/test/single.html', '/benefits-explorer.single.js']);
    await page.waitForTimeout(300);
    assert.deepEqual(problems.csp, []);
    assert.deepEqual(problems.console, []);
  } finally {
    await context.close();
  }
});

test('an inline dataset still wins over the embedded one', async () => {
  const { context, page, problems } = await openPage(browser, `${server.url}test/single-inline.html`);
  try {
    assert.equal(await page.locator('#x .claims > li').count(), 4);
    assert.deepEqual(problems.csp, []);
  } finally {
    await context.close();
  }
});

test('for contrast: the regular build opened from file:// cannot load, and shows its fallback', async () => {
  const url = pathToFileURL(join(DIST, 'index.html')).href;
  const { context, page } = await openPage(browser, url, { waitFor: 'be-error' });
  try {
    const [event] = await page.evaluate(() => window.__beEvents.filter((e) => e.type === 'be-error'));
    assert.ok(['fetch', 'core'].includes(event.detail.reason), event.detail.reason);
    assert.equal(await page.locator('benefits-explorer > p').isVisible(), true);
  } finally {
    await context.close();
  }
});
