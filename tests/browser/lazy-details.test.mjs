// The page asks the core for a claim's details only when its card first opens (docs/architecture.md, "View"):
// the first screen, the safety section, filters and search ask for none, and a card opened again asks no more.
// Counted with V8's precise coverage of the shipped script: the calls of the one function that calls the
// module's claimDetails (web/src/engine/engine.js, Dataset).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './helpers.mjs';
import { browser, server, startSession } from './session.mjs';

startSession();

/** Calls, since coverage last started, of the smallest function of the script around `.claimDetails(`. */
async function detailCalls(page) {
  const entries = await page.coverage.stopJSCoverage();
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  const script = entries.find((entry) => /\/benefits-explorer\.js$/.test(entry.url));
  assert.ok(script, 'the shipped script is covered');
  const at = script.source.indexOf('.claimDetails(');
  assert.ok(at > 0 && script.source.indexOf('.claimDetails(', at + 1) < 0, 'one call site of claimDetails');
  let best = null;
  for (const fn of script.functions) {
    const [whole] = fn.ranges;
    if (whole.startOffset <= at && at < whole.endOffset && (!best || whole.endOffset - whole.startOffset < best.endOffset - best.startOffset)) best = whole;
  }
  return best ? best.count : 0;
}

test('the first screen asks for no claim\'s details; each card asks once, on its first open', async () => {
  const { context, page, problems } = await openPage(browser, `${server.url}index.html`, { waitFor: null });
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  await page.goto(`${server.url}index.html`);
  await page.waitForFunction(() => window.__beEvents.some((e) => e.type === 'be-ready'), null, { timeout: 15000 });
  const root = page.locator('benefits-explorer');
  await root.locator('section.safety').waitFor({ state: 'attached' });
  const search = root.locator('input[type="search"]');
  await search.fill('sleep');
  await page.waitForTimeout(400);
  await search.fill('');
  await page.waitForTimeout(400);
  assert.equal(await detailCalls(page), 0, 'the list, the safety section and a search asked for details');

  const toggles = root.locator('.row-toggle');
  await toggles.nth(0).click();
  await root.locator('.card').first().locator('.sof-table, .outcomes-section').first().waitFor();
  assert.equal(await detailCalls(page), 1, 'opening the first card');
  await toggles.nth(0).click();
  await toggles.nth(0).click();
  await toggles.nth(1).click();
  await root.locator('.card').nth(1).waitFor();
  assert.equal(await detailCalls(page), 1, 'the first card again (none) and the second (one)');
  assert.deepEqual(problems, { console: [], pageErrors: [], csp: [] });
  await context.close();
});
