// A good guest on the host page (issue 17, item 6): the explorer touches the page's address only when the
// host turns deep links on (`deep-link`, or `link-prefix`), never takes a fragment that is the page's own
// (a hash router's #/route, an anchor), and its links point at the page, not at <base href>.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, requireDist } from './helpers.mjs';
import { page as testPage, recordEvents, events, waitForEvent, dataset } from './embedding-helpers.mjs';

// A tiny hash router: it shows the route's name, and counts the routes it was asked to render.
const ROUTER = `
const view = document.getElementById('route');
window.__routes = [];
const render = () => { window.__routes.push(location.hash); view.textContent = 'Route: ' + (location.hash.slice(1) || '/'); };
window.addEventListener('hashchange', render);
if (!location.hash) history.replaceState(null, '', '#/services/iv-therapy');
render();
`;

let browser;
let server;
let data;
before(async () => {
  requireDist();
  data = dataset();
  const routed = (attrs) => testPage(`<p id="route"></p><a id="faq" href="#faq">FAQ</a><benefits-explorer id="x" ${attrs}><p>Fallback</p></benefits-explorer>`,
    { head: '<script defer src="/test/router.js"></script>' });
  server = await serve({
    '/test/router.js': { body: ROUTER, type: 'text/javascript' },
    '/test/off.html': testPage('<h2 id="faq">FAQ</h2><benefits-explorer id="x"><p>Fallback</p></benefits-explorer>'),
    '/test/routed.html': routed('deep-link'),
    '/test/prefix.html': testPage('<benefits-explorer id="x" link-prefix="explorer-"><p>Fallback</p></benefits-explorer>'),
    '/site/based.html': testPage('<benefits-explorer id="x" link-prefix="explorer-"><p>Fallback</p></benefits-explorer>', { head: '<base href="/elsewhere/">' }),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path) {
  const opened = await openPage(browser, null, { waitFor: null });
  await recordEvents(opened.page);
  await opened.page.goto(`${server.url}${path.replace(/^\//, '')}`);
  await waitForEvent(opened.page, 'be-ready');
  return opened;
}

const toggle = (page, id) => page.locator(`#x li[data-claim="${id}"] .row-toggle`);
const isOpen = async (page, id) => (await toggle(page, id).getAttribute('aria-expanded')) === 'true';
const href = (page) => page.evaluate(() => location.href);

test('without deep-link or link-prefix the explorer never reads or writes the address, and cards have no "Link to this claim"', async () => {
  const [first, second] = data.claims.map((c) => c.id);
  const { context, page, problems } = await open(`/test/off.html#claim=${second}`);
  try {
    assert.equal(await page.locator('#x').evaluate((e) => [e.deepLink, e.linkPrefix]).then(JSON.stringify), '[false,null]');
    assert.equal(await isOpen(page, second), false, 'a #claim= address opens nothing');
    const before = await href(page);
    await toggle(page, first).click();
    assert.equal(await isOpen(page, first), true);
    assert.equal(await href(page), before, 'opening a card leaves the address alone');
    assert.equal(await page.locator(`#x li[data-claim="${first}"] .permalink`).count(), 0, 'no permalink to an address that would do nothing');
    await page.evaluate(() => { location.hash = 'faq'; });
    assert.equal(await page.locator('#x').evaluate((e, id) => e.openClaim(id), second), true, 'openClaim() still opens the card');
    assert.equal(await page.evaluate(() => location.hash), '#faq', 'openClaim() leaves the page\'s anchor');
    await page.locator('#x').evaluate((e) => e.reset());
    assert.equal(await page.evaluate(() => location.hash), '#faq', 'reset() leaves it too');
    assert.deepEqual((await events(page, 'be-claim-open')).map((e) => e.detail.id), [first, second], 'the events still fire');
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('deep-link on a hash-routed page: opening, closing, openClaim() and reset() never rewrite the #/route', async () => {
  const [first, second] = data.claims.map((c) => c.id);
  const { context, page, problems } = await open('/test/routed.html');
  try {
    const route = `${server.url}test/routed.html#/services/iv-therapy`;
    assert.equal(await href(page), route);
    await toggle(page, first).click();
    assert.equal(await isOpen(page, first), true);
    assert.equal(await href(page), route, 'opening a card keeps the route');
    assert.equal(await page.locator(`#x li[data-claim="${first}"] .permalink`).count(), 1, 'deep links are on: the card has its link');
    await toggle(page, first).click();
    assert.equal(await href(page), route, 'closing it keeps the route');
    assert.equal(await page.locator('#x').evaluate((e, id) => e.openClaim(id, { scroll: false }), second), true);
    assert.equal(await href(page), route, 'openClaim() keeps the route');
    await page.locator('#x').evaluate((e) => e.reset());
    assert.equal(await href(page), route, 'reset() keeps the route');
    assert.equal(await page.locator('#route').textContent(), 'Route: /services/iv-therapy', 'the app still shows its route');
    assert.deepEqual(await page.evaluate(() => window.__routes), ['#/services/iv-therapy'], 'the router never saw another route');
    // An in-page anchor the page uses is the page's too.
    await page.locator('#faq').click();
    await toggle(page, first).click();
    assert.equal(await page.evaluate(() => location.hash), '#faq', 'opening a card keeps the page\'s #faq');
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('link-prefix="explorer-": the fragment is #explorer-<id>; an address with it opens the card; the link points at the page under <base href>', async () => {
  const [first, second, third] = data.claims.map((c) => c.id);
  const here = `${server.url}site/based.html?q=1`;
  const { context, page, problems } = await open(`/site/based.html?q=1#explorer-${second}`);
  try {
    assert.equal(await page.locator('#x').evaluate((e) => e.linkPrefix), 'explorer-');
    await page.waitForFunction((id) => document.getElementById('x').shadowRoot.querySelector(`li[data-claim="${id}"] .row-toggle`)?.getAttribute('aria-expanded') === 'true', second);
    await toggle(page, first).click();
    assert.equal(await href(page), `${here}#explorer-${first}`, 'opening a card writes its fragment, on this page, not under the base');
    const permalink = page.locator(`#x li[data-claim="${first}"] .permalink`);
    await permalink.hover();
    assert.equal(await permalink.evaluate((a) => a.href), `${here}#explorer-${first}`, 'the link points at this page, not at <base href>');
    await toggle(page, first).click();
    assert.equal(await href(page), here, 'closing its card removes only its fragment');
    await page.evaluate((id) => { location.hash = `explorer-${id}`; }, third);
    await page.waitForFunction((id) => document.getElementById('x').shadowRoot.querySelector(`li[data-claim="${id}"] .row-toggle`)?.getAttribute('aria-expanded') === 'true', third);
    // #claim= is not this explorer's fragment: it opens nothing, and the explorer does not take it over.
    await page.evaluate(() => { location.hash = 'claim=x'; });
    await toggle(page, first).click();
    assert.equal(await page.evaluate(() => location.hash), '#claim=x');
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.csp, []);
  } finally {
    await context.close();
  }
});

test('turning deep links on at run time: the cards get their link and the address is followed', async () => {
  const [first] = data.claims.map((c) => c.id);
  const { context, page } = await open('/test/off.html');
  try {
    await toggle(page, first).click();
    assert.equal(await page.locator(`#x li[data-claim="${first}"] .permalink`).count(), 0);
    await page.locator('#x').evaluate((e) => { e.deepLink = true; });
    assert.equal(await page.locator('#x').evaluate((e) => e.getAttribute('deep-link')), '');
    assert.equal(await isOpen(page, first), true, 'the open card stays open');
    assert.equal(await page.locator(`#x li[data-claim="${first}"] .permalink`).count(), 1, 'and now has its link');
    await page.locator('#x').evaluate((e) => { e.deepLink = false; });
    assert.equal(await page.locator(`#x li[data-claim="${first}"] .permalink`).count(), 0);
  } finally {
    await context.close();
  }
});
