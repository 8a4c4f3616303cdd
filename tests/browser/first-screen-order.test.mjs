// The first screen is the list: on a first render the explorer paints its claims before it builds the safety
// section below them (three hundred nodes that would otherwise hold that paint), and be-ready comes once both
// are there. A prerendered screen is different: the element builds its own whole, hidden, and swaps it in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, dataset } from './helpers.mjs';
import { browser, server, startSession } from './session.mjs';

startSession();

/** In each animation frame until be-ready: how many claim titles and safety sections the explorer holds. */
function recordFrames() {
  window.__frames = [];
  let ready = false;
  document.addEventListener('be-ready', () => {
    const root = document.querySelector('benefits-explorer').shadowRoot;
    window.__atReady = { titles: root.querySelectorAll('.row-title').length, safety: root.querySelectorAll('section.safety').length };
    ready = true;
  }, { capture: true });
  const look = () => {
    if (ready) return;
    const host = document.querySelector('benefits-explorer');
    const root = host && host.shadowRoot;
    if (root) window.__frames.push({ titles: root.querySelectorAll('.row-title').length, safety: root.querySelectorAll('section.safety').length });
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

test('a first render paints the claims in a frame before the safety section is built; be-ready has both', async () => {
  const { context, page } = await openPage(browser, server.url, { waitFor: null });
  try {
    await page.addInitScript(recordFrames);
    await page.goto(server.url);
    await page.waitForFunction(() => window.__atReady, null, { timeout: 15000 });
    const claims = dataset().claims.length;
    const frames = await page.evaluate(() => window.__frames);
    const first = frames.find((f) => f.titles === claims);
    assert.ok(first, `a frame showed all ${claims} claims before be-ready (${JSON.stringify(frames.slice(-3))})`);
    assert.equal(first.safety, 0, 'the safety section is built after the list has painted');
    assert.deepEqual(await page.evaluate(() => window.__atReady), { titles: claims, safety: 1 });
    // Still in its place: after the list, before the grading panel.
    const order = await page.evaluate(() => [...document.querySelector('benefits-explorer').shadowRoot.querySelector('.app').children]
      .map((e) => e.className.split(' ')[0] || e.localName).filter((c) => ['claims', 'safety', 'grading-panel'].includes(c)));
    assert.deepEqual(order, ['claims', 'safety', 'grading-panel']);
  } finally {
    await context.close();
  }
});
