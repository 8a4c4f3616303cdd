// Print: every listed claim's card is expanded with its sources in full, the grading rule is shown,
// the controls are hidden. Cards are built lazily, so the element builds them all when printing starts
// (beforeprint, or the print media query matching, which is what emulation triggers).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { statSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openPage, requireDist, screenshot, SCREENSHOTS } from './helpers.mjs';
import { page as testPage, recordEvents, waitForEvent, dataset } from './embedding-helpers.mjs';

let browser;
let server;
let data;
before(async () => {
  requireDist();
  data = dataset();
  server = await serve({
    '/test/print.html': testPage('<h1>Print test</h1><benefits-explorer id="x"><p>Fallback</p></benefits-explorer>'),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(options = {}) {
  const opened = await openPage(browser, null, { waitFor: null, viewport: { width: 900, height: 1200 }, ...options });
  await recordEvents(opened.page);
  await opened.page.goto(`${server.url}test/print.html`);
  await waitForEvent(opened.page, 'be-ready');
  return opened;
}

const visibility = (page) => page.evaluate(() => {
  const root = document.getElementById('x').shadowRoot;
  const shown = (node) => Boolean(node) && node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden';
  const all = (selector) => [...root.querySelectorAll(selector)];
  return {
    rows: all('.claims > li').length,
    cardsShown: all('.claims > li .card').filter(shown).length,
    cardsWithBody: all('.claims > li .card .card-body').length,
    sourceLists: all('.card .refs').length,
    sourceListsShown: all('.card .refs').filter(shown).length,
    emptySourceLists: all('.card .refs').filter((list) => list.children.length === 0).length,
    safetySourcesShown: all('.safety .refs').filter(shown).length,
    safetySourceEntries: root.querySelectorAll('.safety .refs > li').length,
    gradingRuleShown: shown(root.querySelector('.grading-body')),
    controlsShown: ['.search', 'select', '.reset', '.glance-hint'].filter((s) => all(s).some(shown)),
    countShown: shown(root.querySelector('.controls .count')),
    togglesShown: all('.sources-toggle, .card-actions').filter(shown).length,
    expanded: all('.row-toggle[aria-expanded="true"]').length,
  };
});

test('print media: every card and source list expanded, grading rule shown, controls hidden', async () => {
  const { context, page, problems } = await open();
  try {
    const screen = await visibility(page);
    assert.equal(screen.cardsShown, 0, 'on screen the cards start closed');
    assert.equal(screen.cardsWithBody, 0, 'and are not built yet');

    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => document.getElementById('x').shadowRoot.querySelectorAll('.card .card-body').length === 12);
    const printed = await visibility(page);
    assert.equal(printed.rows, data.claims.length);
    assert.equal(printed.cardsShown, data.claims.length, 'every card is printed open');
    assert.equal(printed.sourceListsShown, printed.sourceLists);
    assert.equal(printed.emptySourceLists, 0, 'every source list is filled in');
    assert.equal(printed.safetySourcesShown, 1);
    assert.ok(printed.safetySourceEntries > 0);
    assert.equal(printed.gradingRuleShown, true);
    assert.deepEqual(printed.controlsShown, [], 'no search, selects, reset or hints on paper');
    assert.equal(printed.countShown, true, 'the count says how many claims are printed');
    assert.equal(printed.togglesShown, 0);
    assert.equal(printed.expanded, 0, 'printing does not change what is open on screen');
    // PMIDs and DOIs of the sources are on paper.
    const first = page.locator('#x .claims > li').first();
    assert.ok(await first.locator('.ref-biblio').count() > 0);

    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, 'print.png');
    // The first 30,000 px (about 27 A4 pages): the whole printout is over 200,000 px since every card shows its
    // outcome rows, and a full-page screenshot of it took over 30 s on a loaded machine.
    await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 794, height: 30000 }, animations: 'disabled' });
    assert.ok(statSync(path).size > 50000);
    await screenshot(page.locator('#x .claims > li').nth(1), 'print-card');

    // Back on screen: the cards are closed again (they were only revealed for print).
    await page.emulateMedia({ media: 'screen' });
    assert.equal((await visibility(page)).cardsShown, 0);
    assert.deepEqual(problems.console, []);
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('print media after filtering: the listed claims are printed with the count; dark mode prints light', async () => {
  const { context, page } = await open({ colorScheme: 'dark' });
  try {
    await page.locator('#x input[type="search"]').fill('sleep');
    await page.waitForFunction(() => document.getElementById('x').shadowRoot.querySelectorAll('.claims > li').length < 12);
    const shown = await page.locator('#x .claims > li').count();
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction((n) => document.getElementById('x').shadowRoot.querySelectorAll('.claims > li .card-body').length >= n, shown);
    const printed = await visibility(page);
    assert.equal(printed.cardsShown, shown);
    assert.match(await page.locator('#x .controls .count').textContent(), new RegExp(`Showing ${shown} of 12`));
    const bg = await page.locator('#x .row').first().evaluate((row) => getComputedStyle(row).backgroundColor);
    assert.match(bg, /rgb\(255, 255, 255\)|#fff/i, `printed on white: ${bg}`);
  } finally {
    await context.close();
  }
});
