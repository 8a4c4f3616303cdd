// The page's core journeys, written once for every browser engine (issue 17, item 7). Each journey drives
// the page through an adapter (drivers.mjs) with real input: clicks at the element's place, typed text,
// pressed keys. Everything else is read from the page with adapter.evaluate(). The test page loads
// /engines/watch.js first, which records errors, CSP violations and the explorer's events in window.__watch.
import assert from 'node:assert/strict';

// ---------- reading the page ----------

/** Poll fn(arg) in the page until it returns a truthy value (returned), or fail naming `what`. */
export async function waitFor(adapter, fn, arg, what, timeout = 15000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await adapter.evaluate(fn, arg ?? null);
    if (last) return last;
    if (Date.now() > end) throw new Error(`${adapter.name}: timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Everything a journey checks at once: state, listed claim ids, open cards, focus, address, the watch record. */
export const snapshot = (adapter) => adapter.evaluate(() => {
  const x = document.getElementById('x');
  const root = x.shadowRoot;
  const active = root.activeElement;
  return {
    state: x.state,
    title: root.querySelector('.title')?.textContent || null,
    listed: [...root.querySelectorAll('.claims > li')].map((li) => li.dataset.claim),
    open: [...root.querySelectorAll('.row-toggle[aria-expanded="true"]')].map((b) => b.closest('li').dataset.claim),
    cardsVisible: [...root.querySelectorAll('.claims > li .card')].filter((c) => c.getBoundingClientRect().height > 0).map((c) => c.closest('li').dataset.claim),
    focused: active ? { cls: active.getAttribute('class'), claim: active.closest('li')?.dataset.claim || null } : null,
    hash: location.hash,
    sheets: root.adoptedStyleSheets ? root.adoptedStyleSheets.length : 0,
    watch: window.__watch,
  };
});

/** The centre of a node inside the explorer's shadow root (scrolled into view first), for a real click. */
const centreOf = (adapter, selector) => adapter.evaluate((s) => {
  const node = document.getElementById('x').shadowRoot.querySelector(s);
  if (!node) return null;
  node.scrollIntoView({ block: 'center', behavior: 'instant' });
  const r = node.getBoundingClientRect();
  return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
}, selector);

/** The centre once it stays put (a scroll or a re-layout may still be moving the node). */
async function steadyCentre(adapter, selector) {
  let last = await centreOf(adapter, selector);
  for (let i = 0; last && i < 20; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await centreOf(adapter, selector);
    if (now && now.x === last.x && now.y === last.y) return now;
    last = now;
  }
  return last;
}

async function click(adapter, selector) {
  const at = await steadyCentre(adapter, selector);
  assert.ok(at, `${adapter.name}: nothing to click at ${selector}`);
  await adapter.click(at.x, at.y);
}

const focus = (adapter, selector) => adapter.evaluate((s) => {
  document.getElementById('x').shadowRoot.querySelector(s).focus();
  return true;
}, selector);

/** No error of the page's own (console.error, an uncaught error), no CSP violation, so far. */
function clean(adapter, snap) {
  assert.deepEqual(snap.watch.errors, [], `${adapter.name}: errors on the page: ${JSON.stringify(snap.watch.errors)}`);
  assert.deepEqual(snap.watch.violations, [], `${adapter.name}: CSP violations: ${JSON.stringify(snap.watch.violations)}`);
}

// ---------- the journeys, in order (each starts where the one before left the page) ----------

export const JOURNEYS = [
  ['render: the explorer is ready under the strict CSP, with every claim listed and the title', async (adapter, site) => {
    await adapter.goto(site.url('engines/page.html'));
    await waitFor(adapter, () => document.getElementById('x')?.state === 'ready' || document.getElementById('x')?.state === 'error', null, 'the explorer to be ready');
    const snap = await snapshot(adapter);
    assert.equal(snap.state, 'ready', `${adapter.name}: state (${JSON.stringify(snap.watch)})`);
    assert.equal(snap.title, site.data.title);
    assert.deepEqual([...snap.listed].sort(), site.data.claims.map((c) => c.id).sort());
    assert.deepEqual(snap.watch.events.filter((e) => e.type === 'be-ready').map((e) => e.detail.claims), [site.data.claims.length]);
    assert.equal(snap.sheets, 2, `${adapter.name}: the first screen's stylesheet and the cards' (downloaded and checked) are adopted by be-ready`);
    const fallbackHidden = await adapter.evaluate(() => document.querySelector('#x > p').getBoundingClientRect().height === 0);
    assert.equal(fallbackHidden, true, `${adapter.name}: the fallback is hidden once ready`);
    clean(adapter, snap);
    await adapter.screenshot?.('render');
  }],

  ['search: typing in the search field narrows the list, and the count says so', async (adapter, site) => {
    await focus(adapter, 'input.search');
    await adapter.type('sleep');
    const got = await waitFor(adapter, (total) => {
      const root = document.getElementById('x').shadowRoot;
      const ids = [...root.querySelectorAll('.claims > li')].map((li) => li.dataset.claim);
      return ids.length > 0 && ids.length < total ? { ids, value: root.querySelector('input.search').value, count: root.querySelector('.count')?.textContent } : null;
    }, site.data.claims.length, 'the search to narrow the list');
    assert.equal(got.value, 'sleep');
    assert.ok(got.ids.includes('sleep'), `${adapter.name}: "sleep" is listed (${got.ids})`);
    assert.match(got.count, new RegExp(`\\b${got.ids.length}\\b.*\\b${site.data.claims.length}\\b`), `${adapter.name}: count "${got.count}"`);
    const change = (await snapshot(adapter)).watch.events.filter((e) => e.type === 'be-filter-change').at(-1);
    assert.equal(change?.detail.filters.text, 'sleep');
  }],

  ['filter: a verdict count at a glance shows only those claims; Reset shows all again', async (adapter, site) => {
    await click(adapter, 'button.reset');
    await waitFor(adapter, (n) => document.getElementById('x').shadowRoot.querySelectorAll('.claims > li').length === n, site.data.claims.length, 'Reset to list every claim');
    const want = site.data.claims.filter((c) => c.verdict === 'not-supported').map((c) => c.id);
    await click(adapter, '.glance-item[data-verdict="not-supported"]');
    const got = await waitFor(adapter, (n) => {
      const ids = [...document.getElementById('x').shadowRoot.querySelectorAll('.claims > li')].map((li) => li.dataset.claim);
      return ids.length === n ? ids : null;
    }, want.length, `${want.length} not-supported claims`);
    assert.deepEqual([...got].sort(), [...want].sort());
    await click(adapter, 'button.reset');
    await waitFor(adapter, (n) => document.getElementById('x').shadowRoot.querySelectorAll('.claims > li').length === n, site.data.claims.length, 'Reset to list every claim');
  }],

  ['open a card: a click opens it, writes #claim=<id> (deep-link) and fires be-claim-open; a second click closes it', async (adapter, site) => {
    const id = site.data.claims[1].id;
    await click(adapter, `li[data-claim="${id}"] .row-toggle`);
    await waitFor(adapter, (claim) => document.getElementById('x').shadowRoot.querySelector(`li[data-claim="${claim}"] .card`)?.getBoundingClientRect().height > 0, id, 'the card to show');
    let snap = await snapshot(adapter);
    assert.deepEqual(snap.open, [id]);
    assert.equal(snap.hash, `#claim=${id}`);
    assert.deepEqual(snap.watch.events.filter((e) => e.type === 'be-claim-open').map((e) => e.detail.id), [id]);
    await adapter.screenshot?.('card');
    await click(adapter, `li[data-claim="${id}"] .row-toggle`);
    await waitFor(adapter, (claim) => document.getElementById('x').shadowRoot.querySelector(`li[data-claim="${claim}"] .row-toggle`).getAttribute('aria-expanded') === 'false', id, 'the card to close');
    snap = await snapshot(adapter);
    assert.equal(snap.hash, '', `${adapter.name}: closing removes the fragment`);
    clean(adapter, snap);
  }],

  ['keyboard: Enter opens and closes a focused claim; Tab moves to the next claim', async (adapter, site) => {
    const [first, second] = site.data.claims.map((c) => c.id);
    await focus(adapter, `li[data-claim="${first}"] .row-toggle`);
    await adapter.press('Enter');
    await waitFor(adapter, (claim) => document.getElementById('x').shadowRoot.querySelector(`li[data-claim="${claim}"] .row-toggle`).getAttribute('aria-expanded') === 'true', first, 'Enter to open the card');
    await adapter.press('Space');
    await waitFor(adapter, (claim) => document.getElementById('x').shadowRoot.querySelector(`li[data-claim="${claim}"] .row-toggle`).getAttribute('aria-expanded') === 'false', first, 'Space to close it');
    await adapter.press('Tab');
    const snap = await snapshot(adapter);
    assert.deepEqual(snap.focused, { cls: 'row-toggle', claim: second }, `${adapter.name}: Tab from one claim reaches the next`);
  }],

  ['offline after load: with the server gone, search, filters and cards keep working, and nothing fails', async (adapter, site) => {
    site.setOffline(true);
    try {
      const id = site.data.claims[2].id;
      await click(adapter, `li[data-claim="${id}"] .row-toggle`);
      await waitFor(adapter, (claim) => document.getElementById('x').shadowRoot.querySelector(`li[data-claim="${claim}"] .card`)?.getBoundingClientRect().height > 0, id, 'a card to open offline');
      await focus(adapter, 'input.search');
      await adapter.type('anx');
      await waitFor(adapter, () => {
        const ids = [...document.getElementById('x').shadowRoot.querySelectorAll('.claims > li')].map((li) => li.dataset.claim);
        return ids.includes('anxiety') && ids.length < 12;
      }, null, 'the search to work offline');
      await click(adapter, 'button.reset');
      await waitFor(adapter, (n) => document.getElementById('x').shadowRoot.querySelectorAll('.claims > li').length === n, site.data.claims.length, 'Reset to work offline');
      const snap = await snapshot(adapter);
      assert.equal(snap.state, 'ready');
      clean(adapter, snap);
    } finally {
      site.setOffline(false);
    }
  }],

  ['prerendered: the first screen is on show before the engine, the element takes it over (the same nodes), and a row opens its card', async (adapter, site) => {
    await adapter.goto(site.url('engines/prerendered.html'));
    // Before the script runs there is nothing to hold on to: the first row is noted as soon as it is there.
    await waitFor(adapter, () => {
      const row = document.getElementById('x')?.shadowRoot?.querySelector('.claims > li');
      if (row && !window.__firstRow) window.__firstRow = row;
      return Boolean(window.__firstRow);
    }, null, 'the prerendered list');
    await waitFor(adapter, () => ['ready', 'error'].includes(document.getElementById('x').state), null, 'the explorer to be ready');
    const taken = await adapter.evaluate(() => {
      const root = document.getElementById('x').shadowRoot;
      return { same: root.querySelector('.claims > li') === window.__firstRow, frames: root.querySelectorAll('.be').length, links: root.querySelectorAll('link').length };
    });
    assert.deepEqual(taken, { same: true, frames: 1, links: 1 }, `${adapter.name}: the prerendered screen is taken over`);
    const first = site.data.claims[0].id;
    await click(adapter, `.claims > li[data-claim="${first}"] .row-toggle`);
    const snap = await snapshot(adapter);
    assert.equal(snap.state, 'ready');
    assert.deepEqual(snap.open, [first]);
    assert.deepEqual(snap.cardsVisible, [first]);
    clean(adapter, snap);
  }],

  ['preloaded: the engine and the dataset the page preloads are downloaded once each where the engine takes a preload over (WebKit: twice), and the explorer is ready', async (adapter, site) => {
    await adapter.goto(site.url('engines/preloaded.html'));
    await waitFor(adapter, () => ['ready', 'error'].includes(document.getElementById('x')?.state), null, 'the explorer to be ready');
    const downloads = await adapter.evaluate(() => performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname).filter((path) => /\.(wasm|json)$/.test(path)).sort());
    // WebKit's fetch() does not take an as="fetch" preload over (docs/embedding.md, "Starting the downloads early").
    const times = adapter.name === 'webkit' ? 2 : 1;
    assert.deepEqual(downloads, ['/benefits-core.wasm', '/claims.json'].flatMap((path) => Array(times).fill(path)), `${adapter.name}: downloads`);
    const snap = await snapshot(adapter);
    assert.equal(snap.state, 'ready');
    assert.equal(snap.listed.length, site.data.claims.length);
    clean(adapter, snap);
  }],

  ['the strict CSP: zero violations in the whole journey, and a blocked image on a control page is reported (the check works here)', async (adapter, site) => {
    clean(adapter, await snapshot(adapter));
    await adapter.goto(site.url('engines/control.html'));
    const violations = await waitFor(adapter, () => window.__watch.violations.length && window.__watch.violations, null, 'the control page\'s violation');
    assert.ok(violations.some((v) => /^img-src/.test(v)), `${adapter.name}: ${violations}`);
  }],
];
