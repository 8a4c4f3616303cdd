// Accessibility: axe-core finds nothing in the list, an open card, or the sources (light and dark),
// and the explorer works with the keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, axe, dataset, claimRates } from './helpers.mjs';
import { browser, server, startSession } from './session.mjs';

startSession();

const report = (violations) => violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core: 0 violations in the list, an open card and its sources (${colorScheme})`, async () => {
    const { context, page } = await openPage(browser, server.url, { colorScheme });
    try {
      let violations = await axe(page);
      assert.equal(violations.length, 0, `list:\n${report(violations)}`);

      const data = dataset();
      const claim = data.claims.find((c) => claimRates(c).length) || data.claims[0];
      await page.locator(`benefits-explorer li[data-claim="${claim.id}"] .row-toggle`).click();
      violations = await axe(page);
      assert.equal(violations.length, 0, `open card:\n${report(violations)}`);

      await page.locator(`benefits-explorer li[data-claim="${claim.id}"] .sources-toggle`).click();
      await page.locator('benefits-explorer .grading-panel .panel-toggle').click();
      violations = await axe(page);
      assert.equal(violations.length, 0, `sources and grading panel:\n${report(violations)}`);
    } finally {
      await context.close();
    }
  });
}

test('keyboard only: Tab to the search, type, Tab to a claim toggle, Enter opens it', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const deepActive = () => page.evaluate(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      return el ? { tag: el.localName, type: el.getAttribute('type'), cls: el.className?.baseVal ?? el.className, claim: el.closest('li[data-claim]')?.dataset.claim ?? null } : null;
    });
    let active;
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press('Tab');
      active = await deepActive();
      if (active && active.type === 'search') break;
    }
    assert.equal(active?.type, 'search', 'Tab reaches the search field');
    await page.keyboard.type('sleep');
    await page.waitForTimeout(200);
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press('Tab');
      active = await deepActive();
      if (active && String(active.cls).includes('row-toggle')) break;
    }
    assert.ok(String(active.cls).includes('row-toggle'), 'Tab reaches a claim toggle');
    const id = active.claim;
    await page.keyboard.press('Enter');
    const toggle = page.locator(`benefits-explorer li[data-claim="${id}"] .row-toggle`);
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.locator(`benefits-explorer li[data-claim="${id}"] .card`).isVisible(), true);
    // The focus ring is visible (an outline, not colour alone).
    const outline = await toggle.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none');
    // Space closes it again.
    await page.keyboard.press('Space');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  } finally {
    await context.close();
  }
});

test('styles use em, not rem, and honour forced colours and reduced motion', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const css = await page.evaluate(() => [...document.querySelector('benefits-explorer').shadowRoot.adoptedStyleSheets]
      .flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n'));
    assert.doesNotMatch(css, /\d+(\.\d+)?rem\b/);
    assert.match(css, /prefers-color-scheme: dark/);
    assert.match(css, /prefers-reduced-motion: reduce/);
    assert.match(css, /forced-colors: active/);
  } finally {
    await context.close();
  }
});
