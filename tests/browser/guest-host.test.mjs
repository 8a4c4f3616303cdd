// A good guest on the host page (issue 17, item 6): `state` follows the element in and out of the document,
// and the explorer adds no banner or contentinfo landmark wherever the host puts it (landmarks.test.mjs checks
// the element directly in <body>; here the host wraps it in a landmark of its own choosing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, axe } from './helpers.mjs';
import { browser, server, startSession } from './session.mjs';
import { STRICT_META, recordEvents, events, waitForEvent } from './embedding-helpers.mjs';

const HOST = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">${STRICT_META}
<title>A clinic's page</title><script defer src="/benefits-explorer.js"></script></head>
<body><header><p>Riverside Clinic</p></header><main><h1>Magnesium drips</h1><div id="slot-a"></div><div id="slot-b"></div></main>
${body}<footer><p>Riverside Clinic, 1 River Road</p></footer></body></html>`;

startSession(() => ({
  '/test/plain.html': HOST('<div id="holder"><benefits-explorer id="x"><p>Fallback</p></benefits-explorer></div>'),
  '/test/aside.html': HOST('<aside aria-label="What the studies say"><benefits-explorer id="x"><p>Fallback</p></benefits-explorer></aside>'),
}));

async function open(path) {
  const opened = await openPage(browser, null, { waitFor: null });
  await recordEvents(opened.page);
  await opened.page.goto(`${server.url}${path.replace(/^\//, '')}`);
  await waitForEvent(opened.page, 'be-ready');
  return opened;
}

/** The property, and which custom state CSS sees. */
const state = (page) => page.locator('#x').evaluate((e) => ({
  state: e.state,
  css: ['idle', 'loading', 'ready', 'error'].filter((s) => { try { return e.matches(`:state(${s})`); } catch { return false; } }),
}));

test('removed from the document: state goes back to "idle" (property and :state(idle)); re-attached: "ready" again with one more be-ready', async () => {
  const { context, page, problems } = await open('/test/plain.html');
  try {
    assert.deepEqual(await state(page), { state: 'ready', css: ['ready'] });
    await page.evaluate(() => { window.__removed = document.getElementById('x'); window.__removed.remove(); });
    await page.waitForTimeout(50);
    assert.deepEqual(await page.evaluate(() => ({ state: window.__removed.state, css: window.__removed.matches(':state(idle)') })), { state: 'idle', css: true });
    await page.evaluate(() => document.getElementById('slot-a').append(window.__removed));
    await waitForEvent(page, 'be-ready', 2);
    assert.deepEqual(await state(page), { state: 'ready', css: ['ready'] }, 'right again once re-attached');
    assert.equal(await page.locator('#x .claims > li').count() > 0, true, 'and the list is back');
    // Moved within the page in one go (removed and inserted in the same task): nothing reloads.
    await page.evaluate(() => document.getElementById('slot-b').append(document.getElementById('x')));
    await page.waitForTimeout(300);
    assert.deepEqual(await state(page), { state: 'ready', css: ['ready'] });
    assert.equal((await events(page, 'be-ready')).length, 2, 'a move does not reload');
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.console, []);
  } finally {
    await context.close();
  }
});

test('inside a landmark the host chose (<aside aria-label>): one banner, one contentinfo, axe finds 0 violations', async () => {
  const { context, page } = await open('/test/aside.html');
  try {
    const counts = await page.evaluate(() => {
      const all = (root) => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? all(n.shadowRoot) : [])]);
      const nodes = all(document);
      return {
        headerOrFooterInside: nodes.filter((n) => n.getRootNode() !== document && /^(header|footer)$/.test(n.localName)).length,
        roles: nodes.filter((n) => n.getRootNode() !== document && /^(banner|contentinfo)$/.test(n.getAttribute('role') || '')).length,
      };
    });
    assert.deepEqual(counts, { headerOrFooterInside: 0, roles: 0 });
    const violations = await axe(page);
    assert.deepEqual(violations.map((v) => v.id), []);
  } finally {
    await context.close();
  }
});
