// The live embedding page (web/embedding.html, served from dist/) under its own strict CSP (the explorer's
// policy plus style-src 'self' for its stylesheet): every explorer renders, the controls drive the API,
// the event log fills, the theme examples apply, and axe finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, requireDist, axe, screenshot, DIST } from './helpers.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { COLOUR_FUNCTIONS, dataset } from './embedding-helpers.mjs';

const PAGE_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src 'self'";
let browser;
let server;
let data;
before(async () => {
  requireDist();
  data = dataset();
  server = await startServer({ root: DIST, headers: { 'Content-Security-Policy': PAGE_CSP } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openDemo(options = {}) {
  const opened = await openPage(browser, null, { waitFor: null, viewport: { width: 1100, height: 900 }, ...options });
  await opened.page.addInitScript(COLOUR_FUNCTIONS);
  await opened.page.goto(`${server.url}embedding.html`);
  await opened.page.waitForFunction(() => document.getElementById('main-explorer').state === 'ready', null, { timeout: 15000 });
  return opened;
}

/** Scroll each lazy explorer into view and wait until every explorer on the page is ready. */
async function readyAll(page) {
  const count = await page.locator('benefits-explorer').count();
  for (let i = 0; i < count; i += 1) {
    await page.locator('benefits-explorer').nth(i).scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => document.querySelectorAll('benefits-explorer')[n].state === 'ready', i, { timeout: 15000 });
  }
  return page.evaluate(() => [...document.querySelectorAll('benefits-explorer')].map((e) => e.state));
}

test('the page\'s CSP is the explorer\'s plus style-src \'self\'; no inline script or style; nothing blocked or logged', async () => {
  const { context, page, problems } = await openDemo();
  try {
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.equal(meta, PAGE_CSP);
    assert.equal(await page.locator('script:not([src])').count(), 0);
    assert.equal(await page.locator('style, [style]').count(), 0);
    assert.deepEqual(await readyAll(page), ['ready', 'ready']);
    await page.waitForTimeout(300);
    assert.deepEqual(problems.csp, []);
    assert.deepEqual(problems.console, []);
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('the controls call the API and the event log records what the explorer fires', async () => {
  const { context, page } = await openDemo();
  try {
    const x = page.locator('#main-explorer');
    const log = page.locator('#event-log');
    await page.waitForFunction(() => !document.getElementById('claim-select').disabled);
    assert.equal(await page.locator('#claim-select option').count(), data.claims.length);
    assert.match(await log.textContent(), /be-ready \(#main-explorer\): 12 claims/);

    const claim = data.claims[4];
    await page.selectOption('#claim-select', claim.id);
    await page.click('#open-claim');
    await page.waitForFunction((id) => document.getElementById('event-log').textContent.includes(`be-claim-open (#main-explorer): id ${id}`), claim.id);
    assert.equal(await x.locator(`li[data-claim="${claim.id}"] .row-toggle`).getAttribute('aria-expanded'), 'true');

    const topic = data.topics[1].id;
    await page.selectOption('#topic-select', topic);
    await page.waitForFunction((t) => document.getElementById('event-log').textContent.includes(`"topic":["${t}"]`), topic);
    assert.equal(await x.locator('.claims > li').count(), data.claims.filter((c) => c.topic === topic).length);

    await page.click('#reset');
    await page.waitForFunction(() => document.getElementById('main-explorer').shadowRoot.querySelectorAll('.claims > li').length === 12);
    assert.equal(await x.locator('.row-toggle[aria-expanded="true"]').count(), 0);

    await page.selectOption('#lang-select', 'es');
    assert.equal(await x.getByRole('searchbox', { name: 'Buscar' }).count(), 1);
    await page.selectOption('#theme-select', 'dark');
    assert.equal(await x.getAttribute('theme'), 'dark');
    await page.check('#editor-toggle');
    await page.waitForFunction(() => !document.getElementById('main-explorer').shadowRoot.querySelector('[part~="lint"]').hidden);
    assert.ok(await x.locator('.lint-item').count() > 0);

    await page.click('#reload');
    await page.waitForFunction(() => (document.getElementById('event-log').textContent.match(/be-ready \(#main-explorer\)/g) || []).length === 2);
    await page.click('#clear-log');
    assert.equal(await log.locator('li').count(), 0);
  } finally {
    await context.close();
  }
});

test('the theme examples apply (custom properties and parts), harms stay as strong as benefits, Spanish is inherited', async () => {
  const { context, page } = await openDemo();
  try {
    await readyAll(page);
    await page.selectOption('#style-select', 'theme-brand');
    const brand = page.locator('benefits-explorer.theme-brand');
    assert.equal(await brand.getAttribute('id'), 'main-explorer');
    assert.equal(await brand.locator('.row').first().evaluate((r) => getComputedStyle(r).borderTopLeftRadius), '0px');
    assert.equal(await brand.locator('.row').first().evaluate((r) => getComputedStyle(r).borderTopWidth), '2px');
    assert.match(await brand.evaluate((e) => getComputedStyle(e.shadowRoot.querySelector('.be')).fontFamily), /Georgia/);
    // The page's pale harm colour is redrawn: harms at least as strong as benefits.
    // A claim whose card draws an icon array: its magnesium group carries the benefit colour.
    const id = data.claims.find((c) => (c.outcomes || []).some((o) => (o.absolute || []).some((a) => a.kind === 'rates'))).id;
    await brand.locator(`li[data-claim="${id}"] .row-toggle`).click();
    const [benefit, harm] = await brand.evaluate((e, claimId) => ['.group--magnesium .group-rate', '.harms > .box-title'].map((s) => {
      const title = e.shadowRoot.querySelector(`li[data-claim="${claimId}"] ${s}`);
      return window.__contrast(window.__rgb(getComputedStyle(title).color), window.__background(title));
    }), id);
    assert.ok(harm >= benefit && harm >= 4.5, `harm ${harm} vs benefit ${benefit}`);
    await screenshot(brand.locator(`li[data-claim="${id}"]`), 'embedding-theme-brand');

    const spanish = page.locator('section[lang="es"] benefits-explorer');
    assert.equal(await spanish.getAttribute('theme'), 'dark');
    assert.equal(await spanish.locator('.be').getAttribute('lang'), 'es');
    assert.equal(await spanish.getByRole('searchbox', { name: 'Buscar' }).count(), 1);
    assert.equal(await spanish.locator('.claims > li').count(), data.claims.filter((c) => c.topic === 'beyond').length);
    await screenshot(spanish, 'embedding-spanish-dark');
  } finally {
    await context.close();
  }
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core: 0 violations on the embedding page (${colorScheme})`, async () => {
    const { context, page } = await openDemo({ colorScheme });
    try {
      await readyAll(page);
      const violations = await axe(page);
      assert.equal(violations.length, 0, violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.join('\n  ')}`).join('\n'));
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `embedding-page-${colorScheme}`);
    } finally {
      await context.close();
    }
  });
}
