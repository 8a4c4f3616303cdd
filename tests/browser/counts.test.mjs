// Issue 14, item 2: the numbers of sources a patient reads are the same wherever they read them: the list row,
// the card's verdict box, the card's studies section, and the rows of the studies table itself (one group per
// role, plus the reports without a comparison group), for every claim of the default dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './helpers.mjs';
import { browser, server, startSession } from './session.mjs';

startSession();

const GROUPS = ['supports', 'contradicts', 'context', 'observations'];
// The non-zero numbers a sentence states, in order ("3 sources support · 6 go against" → [3, 6]).
const numbers = (text) => (text.match(/\d+/g) || []).map(Number).filter((n) => n > 0);

test('every claim: the list row, the card\'s studies section and its table give the same numbers of sources', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  try {
    const ids = await page.locator('benefits-explorer li[data-claim]').evaluateAll((items) => items.map((li) => li.dataset.claim));
    assert.equal(ids.length, 12);
    let sourcesSeen = 0;
    for (const id of ids) {
      const row = page.locator(`benefits-explorer li[data-claim="${id}"]`);
      const stats = row.locator('.stat-counts');
      const inRow = Object.fromEntries(await Promise.all(GROUPS.map(async (g) => [g, Number(await stats.getAttribute(`data-${g}`))])));
      const expected = GROUPS.map((g) => inRow[g]).filter((n) => n > 0);
      assert.deepEqual(numbers(await stats.textContent()), expected, `${id}: the row's words say its numbers`);

      await row.locator('.row-toggle').click();
      const card = row.locator('.card');
      await card.waitFor({ state: 'visible' });
      assert.deepEqual(numbers(await card.locator('.studies-section > .counts').textContent()), expected, `${id}: the studies section`);
      for (const group of GROUPS) {
        const rows = await card.locator(`table.studies tbody.group-${group} > tr:not(.group-row)`).count();
        assert.equal(rows, inRow[group], `${id}: the studies table's "${group}" group has one row per source`);
        sourcesSeen += rows;
      }
      await row.locator('.row-toggle').click();
    }
    assert.ok(sourcesSeen > 40, `the studies tables list ${sourcesSeen} sources in all`);
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
  }
});
