// The card on a phone: at 320 and 390 px no card scrolls or sticks out sideways (measured bounding boxes), the
// Summary-of-Findings table is stacked as labelled blocks, and no icon array draws a fraction of a person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, dataset, screenshot } from './helpers.mjs';
import { browser, server, startSession } from './session.mjs';

startSession();

const row = (page, id) => page.locator(`benefits-explorer li[data-claim="${id}"]`);

/** Everything inside the card that is drawn outside its box, and any part that scrolls sideways. */
function overflowOf(card) {
  const box = card.getBoundingClientRect();
  const out = [];
  for (const node of card.querySelectorAll('*')) {
    const b = node.getBoundingClientRect();
    if (!b.width || !b.height || node.closest('.sr-only, [hidden]')) continue;
    if (b.left < box.left - 0.5 || b.right > box.right + 0.5) out.push(`${node.tagName.toLowerCase()}.${node.getAttribute('class') || ''} ${Math.round(b.left)}-${Math.round(b.right)}`);
  }
  // Visually hidden parts (1 px, clipped: the stacked table's header row, screen-reader text) are not drawn.
  const scrolls = [...card.querySelectorAll('*')].filter((n) => n.clientWidth > 1 && n.scrollWidth > n.clientWidth + 1 && getComputedStyle(n).overflowX !== 'visible')
    .map((n) => `${n.tagName.toLowerCase()}.${n.getAttribute('class') || ''} scrolls ${n.scrollWidth} > ${n.clientWidth}`);
  return [...out.slice(0, 5), ...scrolls.slice(0, 5)];
}

for (const width of [320, 390]) {
  test(`at ${width} px every card fits: nothing sticks out or scrolls sideways, the findings table is stacked and labelled`, async () => {
    const { context, page } = await openPage(browser, server.url, { viewport: { width, height: 800 } });
    try {
      for (const claim of dataset().claims) {
        await row(page, claim.id).locator('.row-toggle').click();
        const card = row(page, claim.id).locator('.card');
        // Open every "How we rated this" too: the steps must fit as well.
        for (const button of await card.locator('.sof-steps-toggle').all()) await button.click();
        assert.deepEqual(await card.evaluate(overflowOf), [], claim.id);
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width, `${claim.id}: the page scrolls sideways`);
        // Stacked: the column headers are hidden, each cell shows its own label.
        const stacked = await card.locator('table.sof').evaluate((table) => ({
          thead: table.querySelector('thead').getBoundingClientRect().height,
          label: getComputedStyle(table.querySelector('.sof-main > .sof-absolute'), '::before').content,
        }));
        assert.ok(stacked.thead <= 1, `${claim.id}: header row hidden`);
        assert.equal(stacked.label, '"What happened"', claim.id);
        // Whole people only, and every array drawn inside its figure.
        for (const figure of await card.locator('figure.absolute').all()) {
          assert.doesNotMatch(await figure.textContent(), /\d[.,]\d/, claim.id);
          for (const svg of await figure.locator('svg.icon-array').all()) {
            assert.ok(Number.isInteger(Number(await svg.getAttribute('data-filled'))), claim.id);
          }
        }
        if (['rapid-relief', 'meta-analysis-948', 'energy', 'prevention'].includes(claim.id)) await screenshot(card, `card-${claim.id}-${width}`);
        await row(page, claim.id).locator('.row-toggle').click();
      }
    } finally {
      await context.close();
    }
  });
}

test('at 1280 px the findings table is a table: one header row, the five columns side by side', async () => {
  const { context, page } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  try {
    for (const id of ['rapid-relief', 'meta-analysis-948', 'energy', 'prevention']) {
      await row(page, id).locator('.row-toggle').click();
      const card = row(page, id).locator('.card');
      const tops = await card.locator('tbody.sof-row').first().locator('.sof-main > *').evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().top)));
      assert.equal(tops.length, 5, id);
      assert.equal(new Set(tops).size, 1, `${id}: cells side by side`);
      assert.equal(await card.locator('table.sof thead th').first().isVisible(), true);
      assert.deepEqual(await card.evaluate(overflowOf), [], id);
      await screenshot(card, `card-${id}-1280`);
      await row(page, id).locator('.row-toggle').click();
    }
  } finally {
    await context.close();
  }
});
