// Once loaded, the explorer needs no network: search, filters, cards and sources keep working offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './helpers.mjs';
import { browser, server, startSession } from './session.mjs';

startSession();

test('it keeps working after context.setOffline(true)', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  try {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await context.setOffline(true);

    await page.locator('benefits-explorer input[type="search"]').fill('magnesium oral');
    await page.waitForTimeout(150);
    const afterSearch = await page.locator('benefits-explorer .claims > li').count();
    assert.ok(afterSearch > 0 && afterSearch < 12, `search offline shows ${afterSearch}`);

    await page.locator('benefits-explorer input[type="search"]').fill('');
    await page.locator('benefits-explorer').getByLabel('Topic', { exact: true }).selectOption('beyond');
    await page.waitForTimeout(150);
    const afterFilter = await page.locator('benefits-explorer .claims > li').count();
    assert.ok(afterFilter > 0 && afterFilter < 12);

    const first = page.locator('benefits-explorer .claims > li').first();
    await first.locator('.row-toggle').click();
    assert.equal(await first.locator('.card').isVisible(), true);
    await first.locator('.sources-toggle').click();
    assert.ok(await first.locator('.refs > li').count() > 0);

    assert.deepEqual(requests, [], 'no request was made while offline');
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.console, []);
  } finally {
    await context.close();
  }
});
