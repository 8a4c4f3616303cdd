// The demo page under the strict CSP: every claim renders, nothing is blocked, nothing is logged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openPage, requireDist, dataset, DIST } from './helpers.mjs';

let browser;
let server;
before(async () => {
  requireDist();
  const small = dataset();
  small.claims = small.claims.slice(0, 3);
  server = await serve({
    '/test/es-preloaded.html': `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>explorador</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; img-src 'self'">
<link rel="preload" href="/benefits-core.wasm" as="fetch" crossorigin><link rel="preload" href="/claims.json" as="fetch" crossorigin>
<link rel="preload" href="/claims.es.json" as="fetch" crossorigin><script defer src="/benefits-explorer.js"></script></head>
<body><main><benefits-explorer heading-level="1"><p>Texto alternativo</p></benefits-explorer></main></body></html>`,
    '/test/two.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>two explorers</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; img-src 'self'">
<script defer src="/benefits-explorer.js"></script></head><body><main>
<benefits-explorer id="a" heading-level="2"><p>Fallback A</p></benefits-explorer>
<benefits-explorer id="b" heading-level="3"><p>Fallback B</p><script type="application/json">${JSON.stringify(small).replace(/<\//g, '<\\/')}</script></benefits-explorer>
</main></body></html>`,
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the demo renders all claims under the strict CSP with no console error and no CSP violation', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  try {
    const data = dataset();
    const rows = page.locator('benefits-explorer .claims > li');
    assert.equal(await rows.count(), data.claims.length);
    assert.equal(data.claims.length, 12);
    // Every claim's title is shown, in the dataset's topic order by default.
    const titles = await page.locator('benefits-explorer .row-title').allTextContents();
    assert.deepEqual(new Set(titles), new Set(data.claims.map((c) => c.title)));
    // The page's own CSP is the strict one (meta) and the server sends it too.
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(meta, /default-src 'none'/);
    assert.match(meta, /script-src 'self' 'wasm-unsafe-eval'/);
    await page.waitForTimeout(300); // let any late violation report arrive
    assert.deepEqual(problems.csp, [], 'no securitypolicyviolation');
    assert.deepEqual(problems.console, [], 'no console error');
    assert.deepEqual(problems.pageErrors, [], 'no uncaught exception');
    const events = await page.evaluate(() => window.__beEvents);
    assert.equal(events.filter((e) => e.type === 'be-ready').length, 1);
    assert.equal(events.filter((e) => e.type === 'be-error').length, 0);
    assert.equal(events[0].detail.claims, 12);
  } finally {
    await context.close();
  }
});

test('the light-DOM fallback is replaced once the explorer is ready; safety and disclaimer are visible', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    assert.equal(await page.locator('benefits-explorer > p').isVisible(), false, 'fallback hidden after success');
    await assert.doesNotReject(page.locator('benefits-explorer .notice--disclaimer').waitFor({ state: 'visible' }));
    // Safety is always visible: no click needed to see the harms and the red flags.
    const safety = page.locator('benefits-explorer section.safety');
    assert.equal(await safety.isVisible(), true);
    const data = dataset();
    assert.equal(await safety.locator('.harm-groups .harm').count(), data.harms.length);
    assert.equal(await safety.locator('.red-flag-list > li').count(), data.red_flags.length);
    // Contraindications come first.
    const firstGroup = await safety.locator('.harm-group').first().getAttribute('class');
    assert.match(firstGroup, /harm-group--contraindication/);
  } finally {
    await context.close();
  }
});

test('the built script defines no BenefitsCore global and needs no inline script or style', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    assert.equal(await page.evaluate(() => typeof window.BenefitsCore), 'undefined');
    assert.equal(await page.evaluate(() => customElements.get('benefits-explorer') !== undefined), true);
    assert.equal(await page.locator('script:not([src])').count(), 0);
    assert.equal(await page.locator('[style]').count(), 0);
    // Nothing inside the shadow root uses a style attribute either.
    const styled = await page.evaluate(() => document.querySelector('benefits-explorer').shadowRoot.querySelectorAll('[style]').length);
    assert.equal(styled, 0);
  } finally {
    await context.close();
  }
});

test('two explorers on one page share one core: the .wasm is fetched and compiled once', async () => {
  const { context, page } = await openPage(browser, server.url, { waitFor: null });
  try {
    const wasm = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
    await page.goto(`${server.url}test/two.html`);
    await page.waitForFunction(() => window.__beEvents.filter((e) => e.type === 'be-ready').length === 2, null, { timeout: 15000 });
    assert.equal(wasm.length, 1, wasm.join());
    assert.equal(await page.locator('#a .claims > li').count(), 12);
    assert.equal(await page.locator('#b .claims > li').count(), 3);
    // heading-level sets the explorer's top heading level.
    assert.equal(await page.locator('#a .title').evaluate((e) => e.localName), 'h2');
    assert.equal(await page.locator('#b .title').evaluate((e) => e.localName), 'h3');
  } finally {
    await context.close();
  }
});

/** Open `path` and check that each of its preloads is its file's only download and that none goes unused. */
async function checkPreloads(path, expected) {
  const { context, page } = await openPage(browser, server.url, { waitFor: null });
  try {
    const downloads = [];
    const preloadWarnings = [];
    page.on('request', (r) => { if (/\.(wasm|json)$/.test(r.url())) downloads.push(r.url()); });
    page.on('console', (m) => { if (/preload/i.test(m.text())) preloadWarnings.push(`${m.type()}: ${m.text()}`); });
    await page.goto(new URL(path, server.url).href);
    await page.waitForFunction(() => document.querySelector('benefits-explorer')?.state === 'ready', null, { timeout: 15000 });
    const links = await page.locator('link[rel="preload"]').evaluateAll((all) => all.map((l) => ({ href: l.href, as: l.getAttribute('as'), crossOrigin: l.crossOrigin })));
    assert.deepEqual(links.map((l) => new URL(l.href).pathname).sort(), expected);
    for (const link of links) {
      assert.equal(link.as, 'fetch');
      assert.equal(link.crossOrigin, 'anonymous', 'each file is fetched in cors mode; a preload without crossorigin would not match');
    }
    assert.deepEqual(downloads.sort(), links.map((l) => l.href).sort(), 'each file is downloaded once, by its preload');
    await page.waitForTimeout(300);
    assert.deepEqual(preloadWarnings, []);
    return await page.locator('benefits-explorer').evaluate((e) => e.shadowRoot.querySelector('.row-title').textContent);
  } finally {
    await context.close();
  }
}

test("the demo's preloads are the engine's and the dataset's own downloads: one request each, no unused-preload warning", async () => {
  await checkPreloads('/', ['/benefits-core.wasm', '/claims.json']);
});

test('a Spanish page that preloads the translation too downloads each file once and shows the translation', async () => {
  const translation = JSON.parse(readFileSync(join(DIST, 'claims.es.json'), 'utf8'));
  const first = dataset().claims[0].id;
  const title = await checkPreloads('/test/es-preloaded.html', ['/benefits-core.wasm', '/claims.es.json', '/claims.json']);
  assert.equal(title, translation.texts[`claims.${first}.title`].text);
});
