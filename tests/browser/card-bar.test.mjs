// An open card's bar (views/card-bar.js): inside a long card, once the row's head has scrolled away, the claim's
// title and a Close button stay at the top of the screen (or under a page's own fixed header, --be-sticky-top);
// while the head is on screen the bar is not shown; Close closes the card and brings its row back into view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, axe } from './helpers.mjs';
import { page as testPage } from './embedding-helpers.mjs';
import { browser, server, startSession } from './session.mjs';

startSession({ '/test/fixed-header.html': testPage('<header id="top"></header><benefits-explorer></benefits-explorer>') });

const ID = 'rapid-relief';

/** Where the bar is, whether it is drawn, and what is on top at the screen's top centre. */
const barState = (page, y = 1) => page.evaluate(([id, probeY]) => {
  const root = document.querySelector('benefits-explorer').shadowRoot;
  const row = root.querySelector(`li[data-claim="${id}"]`);
  const bar = row.querySelector('.card-bar');
  const box = bar.getBoundingClientRect();
  const hit = root.elementFromPoint(window.innerWidth / 2, probeY);
  return {
    shown: getComputedStyle(bar).visibility === 'visible',
    top: Math.round(box.top),
    title: bar.querySelector('.card-bar-title').textContent,
    onTop: Boolean(hit && hit.closest('.card-bar')),
    headOnScreen: row.querySelector('.row-head').getBoundingClientRect().bottom > 0,
  };
}, [ID, y]);

async function openCard(page) {
  const row = page.locator(`benefits-explorer li[data-claim="${ID}"]`);
  await row.locator('.row-toggle').click();
  await row.locator('.card').waitFor({ state: 'visible' });
  return row;
}

for (const width of [390, 1280]) {
  test(`at ${width} px the bar shows the claim and a Close button at the top of the screen inside a long card, and only there`, async () => {
    const { context, page, problems } = await openPage(browser, server.url, { viewport: { width, height: 800 } });
    try {
      const row = await openCard(page);
      const title = await row.locator('.row-title').textContent();
      await row.locator('.row-toggle').evaluate((node) => node.scrollIntoView({ block: 'start' }));
      let state = await barState(page);
      assert.equal(state.headOnScreen, true);
      assert.equal(state.shown, false, 'not shown while the row\'s head (the same title and toggle) is on screen');

      // Deep inside the card: the head is gone, the bar is at the top of the screen, above the card's text.
      await row.locator('.card-safety').evaluate((node) => node.scrollIntoView({ block: 'start' }));
      await page.waitForFunction((id) => getComputedStyle(document.querySelector('benefits-explorer').shadowRoot.querySelector(`li[data-claim="${id}"] .card-bar`)).visibility === 'visible', ID);
      state = await barState(page);
      assert.equal(state.headOnScreen, false);
      assert.equal(state.top, 0);
      assert.equal(state.onTop, true, 'drawn above the card\'s content');
      assert.equal(state.title, title);
      if (width === 390) {
        await screenshot(page, 'card-bar-390');
        assert.deepEqual(await axe(page), [], 'axe, with the bar shown');
      }

      // Past the card's end, the next row's head is not covered.
      const next = page.locator('benefits-explorer li.row').nth(1);
      await next.evaluate((node) => node.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(100);
      assert.equal((await barState(page)).onTop, false, 'the bar left with the card');

      // Close, from deep inside: the card closes, the row's toggle has focus and is on screen.
      await row.locator('.card-safety').evaluate((node) => node.scrollIntoView({ block: 'start' }));
      await page.waitForFunction((id) => getComputedStyle(document.querySelector('benefits-explorer').shadowRoot.querySelector(`li[data-claim="${id}"] .card-bar`)).visibility === 'visible', ID);
      await row.locator('.card-bar-close').click();
      assert.equal(await row.locator('.card').isHidden(), true);
      assert.equal(await row.locator('.row-toggle').getAttribute('aria-expanded'), 'false');
      assert.equal(await row.locator('.row-toggle').evaluate((node) => node.getRootNode().activeElement === node), true, 'focus back on the toggle');
      const toggleBox = await row.locator('.row-toggle').boundingBox();
      assert.ok(toggleBox.y >= 0 && toggleBox.y < 800, `the toggle is on screen (${Math.round(toggleBox.y)})`);
      assert.deepEqual(problems.console, []);
    } finally {
      await context.close();
    }
  });
}

test('under a page\'s own fixed header (--be-sticky-top: 60px) the bar sticks below it, and an opened claim is scrolled to below it', async () => {
  const { context, page } = await openPage(browser, `${server.url}test/fixed-header.html`, { viewport: { width: 390, height: 800 } });
  try {
    // Styles set from script: the tests' CSP allows no style attribute or sheet on the page.
    await page.evaluate(() => {
      Object.assign(document.getElementById('top').style, { position: 'fixed', top: '0', left: '0', right: '0', height: '60px', background: '#234', zIndex: '10' });
      document.body.style.paddingTop = '60px';
      document.querySelector('benefits-explorer').style.setProperty('--be-sticky-top', '60px');
    });
    const row = await openCard(page);
    await row.locator('.card-safety').evaluate((node) => node.scrollIntoView({ block: 'center' }));
    await page.waitForFunction((id) => getComputedStyle(document.querySelector('benefits-explorer').shadowRoot.querySelector(`li[data-claim="${id}"] .card-bar`)).visibility === 'visible', ID);
    const state = await barState(page, 61);
    assert.equal(state.top, 60);
    assert.equal(state.onTop, true);
    // A claim the page opens is scrolled to below the header, not under it.
    await page.evaluate(() => document.querySelector('benefits-explorer').openClaim('sleep'));
    await page.waitForTimeout(200);
    const top = await page.locator('benefits-explorer li[data-claim="sleep"]').evaluate((row) => row.getBoundingClientRect().top);
    assert.ok(top >= 60 && top < 100, `the opened row starts below the 60 px header (${Math.round(top)})`);
  } finally {
    await context.close();
  }
});
