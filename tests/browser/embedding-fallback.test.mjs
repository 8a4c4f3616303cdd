// No JavaScript and before the upgrade: the light-DOM fallback content stays visible until the explorer
// is ready (and whenever it fails); the documented `benefits-explorer:not(:defined)` snippet reserves
// height without hiding it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot } from './helpers.mjs';
import { browser, server, startSession } from './session.mjs';
import { STRICT_META, recordEvents, waitForEvent } from './embedding-helpers.mjs';

const FALLBACK = '<p id="fallback">What the studies say about IV magnesium, as plain text.</p>';
startSession(() => ({
  // The element without its script (for example, the script failed to download or is still on its way).
  '/test/no-script.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">${STRICT_META}<title>t</title></head>
<body><main><h1>No script yet</h1><benefits-explorer id="x">${FALLBACK}</benefits-explorer><p id="after">After the explorer</p></main></body></html>`,
}));

test('with JavaScript off, the demo page shows its fallback text', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 900, height: 600 } });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    const fallback = page.locator('benefits-explorer > p');
    assert.equal(await fallback.isVisible(), true);
    assert.match(await fallback.textContent(), /IV\) magnesium/);
    await screenshot(page, 'fallback-no-js');
  } finally {
    await context.close();
  }
});

test('before the upgrade the fallback is visible; the :not(:defined) snippet reserves height without hiding it', async () => {
  const { context, page } = await openPage(browser, null, { waitFor: null });
  try {
    await recordEvents(page);
    await page.goto(`${server.url}test/no-script.html`);
    const fallback = page.locator('#fallback');
    assert.equal(await fallback.isVisible(), true);
    assert.equal(await page.evaluate(() => document.querySelector('benefits-explorer:not(:defined)') !== null), true);
    const bare = await page.locator('#x').boundingBox();

    // The snippet from docs/embedding.md, as a page stylesheet (adopted: this test page allows no <style>).
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('benefits-explorer:not(:defined) { display: block; min-height: 24em; }');
      document.adoptedStyleSheets = [sheet];
    });
    const reserved = await page.locator('#x').boundingBox();
    const em = await page.locator('#x').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok(reserved.height >= 24 * em - 1 && reserved.height > bare.height, `${bare.height} → ${reserved.height}`);
    assert.equal(await fallback.isVisible(), true, 'the snippet does not hide the fallback');

    // The script arrives; loading is slow: the fallback stays, with a loading message beside it.
    let release;
    const gate = new Promise((resolve) => { release = resolve; });
    await page.route('**/claims.json', async (route) => { await gate; await route.continue(); });
    await page.addScriptTag({ url: '/benefits-explorer.js' });
    await page.waitForFunction(() => customElements.get('benefits-explorer') && document.getElementById('x').state === 'loading');
    assert.equal(await fallback.isVisible(), true, 'still visible while loading');
    assert.equal(await page.locator('#x .status').isVisible(), true);
    assert.match(await page.locator('#x .status').textContent(), /Loading the evidence/);
    const loading = await page.locator('#x').boundingBox();
    assert.ok(loading.height >= 24 * em - 1, 'the element keeps its room while loading (:state(loading))');
    await screenshot(page, 'fallback-loading');
    release();
    await waitForEvent(page, 'be-ready');
    assert.equal(await fallback.isVisible(), false, 'hidden once the explorer is ready');
    assert.equal(await page.locator('#x .status').isVisible(), false);
  } finally {
    await context.close();
  }
});
