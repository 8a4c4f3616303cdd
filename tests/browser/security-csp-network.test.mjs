// The host CSP as an HTTP header, and the network. Under
//   default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'
// (header only, no meta tag) the explorer causes no securitypolicyviolation while it loads and while a
// visitor searches, filters, sorts, opens every card and every source list. Every request goes to the
// page's own origin, all of them before be-ready; afterwards the explorer makes none, and it keeps
// working offline. Then each directive is taken away in turn to show what it is needed for.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, requireDist, dataset } from './helpers.mjs';
import { hostileStrings, buildHostileDataset } from './hostile/dataset.mjs';
import { HOST_CSP, page, serveWith, record, openEverything, auditShadow, ownErrors, FALLBACK } from './hostile/harness.mjs';

let browser;
const servers = [];
const pages = {
  '/csp/default.html': page({ body: `<main><benefits-explorer deep-link>${FALLBACK}</benefits-explorer></main>` }),
  '/csp/hostile.html': page({ body: `<main><benefits-explorer deep-link src="/csp/hostile.json">${FALLBACK}</benefits-explorer></main>` }),
  '/csp/hostile.json': JSON.stringify(buildHostileDataset(hostileStrings())),
  '/csp/editor.html': page({ body: `<main><benefits-explorer editor src="/csp/hostile.json">${FALLBACK}</benefits-explorer></main>` }),
};

before(async () => {
  requireDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

async function serveCsp(csp) {
  const server = await serveWith(pages, csp);
  servers.push(server);
  return server;
}

/**
 * Everything a visitor can do: type in the search (matches, no match, the empty state's reset), every
 * option of every select, the at-a-glance buttons, every card, every source list, the cite links in
 * the studies tables, the permalinks, the safety links, the grading panel, the close buttons.
 * Returns how many actions it took. `maxOptions` bounds the options tried per select (53 topics…).
 */
async function exercise(tab, { maxOptions = Infinity, maxClicks = 40 } = {}) {
  const host = tab.locator('benefits-explorer');
  const search = host.locator('input[type="search"]');
  let actions = 0;
  for (const words of ['magnesium', 'nausea oral', 'zzzqqq']) {
    await search.pressSequentially(words, { delay: 5 });
    await search.fill('');
    actions += 1;
  }
  await search.fill('zzzqqq');
  await tab.waitForFunction(() => !document.querySelector('benefits-explorer').shadowRoot.querySelector('.empty').hidden);
  await host.locator('.empty button').click();
  actions += 1;
  const selects = await host.locator('select').count();
  for (let i = 0; i < selects; i += 1) {
    const select = host.locator('select').nth(i);
    const values = await select.locator('option').evaluateAll((options) => options.map((o) => o.value));
    for (const value of values.slice(0, maxOptions)) {
      await select.selectOption(value);
      actions += 1;
    }
    await select.selectOption(values[0]);
  }
  const glance = await host.locator('.glance-item').count();
  for (let i = 0; i < glance; i += 1) {
    await host.locator('.glance-item').nth(i).click();
    actions += 1;
  }
  await host.locator('.reset').click();
  actions += await openEverything(tab);
  actions += await tab.evaluate((most) => {
    const root = document.querySelector('benefits-explorer').shadowRoot;
    let n = 0;
    for (const selector of ['.cite-link', '.link-button', '.permalink']) {
      for (const node of [...root.querySelectorAll(selector)].slice(0, most)) {
        node.click();
        n += 1;
      }
    }
    return n;
  }, maxClicks);
  await tab.waitForTimeout(300);
  return actions;
}

function origins(urls) {
  return [...new Set(urls.map((u) => new URL(u).origin))];
}

test('the host CSP as a header: 0 violations while loading, searching, filtering, opening every card and source', async (t) => {
  const server = await serveCsp(HOST_CSP);
  const { context, page: tab, log } = await record(browser, `${server.url}csp/default.html`);
  try {
    const response = await tab.request.get(`${server.url}csp/default.html`);
    assert.equal(response.headers()['content-security-policy'], HOST_CSP, 'the policy is sent as an HTTP header');
    assert.equal(await tab.locator('meta[http-equiv]').count(), 0, 'and not as a meta tag');
    const actions = await exercise(tab);
    assert.ok(actions > 60, `${actions} actions`);
    assert.deepEqual(log.violations, [], 'no securitypolicyviolation');
    assert.deepEqual(log.console, [], 'no console error');
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.rejections, []);
    assert.equal(await tab.locator('benefits-explorer .claims > li').count(), dataset().claims.length);
    t.diagnostic(`${actions} actions, ${log.violations.length} violations, ${log.requests.length} requests`);
  } finally {
    await context.close();
  }
});

for (const [name, path, expected, limits] of [
  // The cards' stylesheet too: downloaded after the first paint, before be-ready, so that cards work offline after it.
  ['default dataset', 'csp/default.html', ['csp/default.html', 'benefits-explorer.js', 'claims.json', 'benefits-core.wasm', 'benefits-explorer.cards.css'], {}],
  // 53 claims of hostile text, every card open: a few options and clicks of each kind are enough.
  ['hostile dataset', 'csp/hostile.html', ['csp/hostile.html', 'benefits-explorer.js', 'csp/hostile.json', 'benefits-core.wasm', 'benefits-explorer.cards.css'], { maxOptions: 6, maxClicks: 4 }],
]) {
  test(`network (${name}): only the page's origin, all before be-ready; no request afterwards, online or offline`, async (t) => {
    const server = await serveCsp(HOST_CSP);
    const { context, page: tab, log } = await record(browser, `${server.url}${path}`);
    try {
      const origin = new URL(server.url).origin;
      const beforeReady = [...log.requests];
      assert.deepEqual(origins(beforeReady), [origin], `every request went to ${origin}: ${beforeReady.join(', ')}`);
      assert.deepEqual(beforeReady.map((u) => new URL(u).pathname.slice(1)).sort(), [...expected].sort(), 'exactly the page, the script, the dataset, the engine and the cards\' stylesheet');

      const actions = await exercise(tab, limits);
      assert.deepEqual(log.requests.slice(beforeReady.length), [], `no request during ${actions} actions`);

      await context.setOffline(true);
      // Close every card (the element's reset()), then do it all again offline.
      await tab.evaluate(() => document.querySelector('benefits-explorer').reset());
      const offlineActions = await exercise(tab, limits);
      assert.deepEqual(log.requests.slice(beforeReady.length), [], `no request during ${offlineActions} actions offline`);
      // Still working offline: the search still filters.
      await tab.locator('benefits-explorer input[type="search"]').fill('zzzqqq');
      await tab.waitForFunction(() => !document.querySelector('benefits-explorer').shadowRoot.querySelector('.empty').hidden);
      await tab.locator('benefits-explorer input[type="search"]').fill('');
      await tab.waitForFunction(() => document.querySelector('benefits-explorer').shadowRoot.querySelector('.empty').hidden);
      assert.ok(await tab.locator('benefits-explorer .card:not([hidden])').count() > 0, 'open cards stay open');

      assert.deepEqual(log.violations, []);
      assert.deepEqual(log.dialogs, []);
      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(log.rejections, []);
      assert.deepEqual(ownErrors(log), []);
      assert.equal(await tab.evaluate(() => typeof window.__pwned), 'undefined');
      t.diagnostic(`${beforeReady.length} requests before be-ready (${beforeReady.map((u) => new URL(u).pathname).join(', ')}); 0 during ${actions} actions online and ${offlineActions} offline`);
    } finally {
      await context.close();
    }
  });
}

test('editor mode (hostile dataset): the linter script and engine load from the same origin, 0 violations', async (t) => {
  const server = await serveCsp(HOST_CSP);
  const { context, page: tab, log } = await record(browser, `${server.url}csp/editor.html`);
  try {
    await tab.locator('benefits-explorer [part="lint"]').waitFor({ state: 'visible', timeout: 15000 });
    await tab.waitForTimeout(300);
    const origin = new URL(server.url).origin;
    assert.deepEqual(origins(log.requests), [origin], log.requests.join('\n'));
    assert.deepEqual(log.violations, []);
    assert.deepEqual(log.dialogs, []);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.rejections, []);
    assert.deepEqual(ownErrors(log), []);
    assert.equal(await tab.evaluate(() => typeof window.__pwned), 'undefined');
    // The lint report quotes the dataset: it is text too.
    const audit = await auditShadow(tab);
    for (const key of ['forbidden', 'handlers', 'styles', 'badLinks', 'badUrls']) assert.deepEqual(audit[key], [], key);
    t.diagnostic(`${log.requests.length} requests: ${log.requests.map((u) => new URL(u).pathname).join(', ')}`);
  } finally {
    await context.close();
  }
});

// What each directive of the host CSP is for (docs/security.md ("Browser"), "The CSP a host page needs").
const ABLATIONS = [
  {
    name: 'the full policy',
    csp: HOST_CSP,
    expect: { ready: true, violations: [] },
  },
  {
    name: "'unsafe-eval' instead of 'wasm-unsafe-eval' (for browsers that do not know 'wasm-unsafe-eval')",
    csp: "default-src 'none'; script-src 'self' 'unsafe-eval'; connect-src 'self'",
    expect: { ready: true, violations: [] },
  },
  {
    name: 'the policy plus Trusted Types enforcement (no string may reach an HTML or script sink)',
    csp: `${HOST_CSP}; require-trusted-types-for 'script'; trusted-types 'none'`,
    expect: { ready: true, violations: [] },
  },
  {
    name: "without 'wasm-unsafe-eval'",
    csp: "default-src 'none'; script-src 'self'; connect-src 'self'",
    expect: { code: 'wasm-blocked', message: /Content-Security-Policy does not allow WebAssembly: script-src needs 'wasm-unsafe-eval'/, violations: /^script-src wasm-eval/ },
  },
  {
    name: 'without connect-src (default-src \'none\' then forbids fetching the dataset and the engine)',
    csp: "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'",
    expect: { code: 'data-unavailable', message: /Could not load the dataset .*claims\.json: the request failed/, violations: /^connect-src .*(claims\.json|benefits-core\.wasm)/ },
  },
  {
    name: "without 'self' in script-src (the element's script itself is refused)",
    csp: "default-src 'none'; script-src 'wasm-unsafe-eval'; connect-src 'self'",
    expect: { neverDefined: true, violations: /^script-src(-elem)? .*benefits-explorer\.js/ },
  },
];

for (const { name, csp, expect } of ABLATIONS) {
  test(`CSP: ${name}`, async () => {
    const server = await serveCsp(csp);
    const waitFor = expect.ready ? 'be-ready' : expect.code ? 'be-error' : null;
    const { context, page: tab, log } = await record(browser, `${server.url}csp/default.html`, { waitFor });
    try {
      if (expect.neverDefined) await tab.waitForTimeout(1000);
      if (expect.ready) await exercise(tab);
      await tab.waitForTimeout(200);
      const events = await tab.evaluate(() => window.__beEvents);
      if (expect.ready) {
        assert.deepEqual(events.map((e) => e.type), ['be-ready']);
      } else if (expect.code) {
        assert.equal(events.length, 1);
        assert.equal(events[0].detail.code, expect.code);
        assert.match(events[0].detail.problems.map((p) => p.message).join('\n'), expect.message);
        assert.equal(await tab.locator('#fallback').isVisible(), true, 'the fallback stays visible');
        assert.equal(ownErrors(log).length, 1, 'one console.error from the explorer');
      } else {
        assert.deepEqual(events, [], 'the element never ran');
        assert.equal(await tab.evaluate(() => Boolean(customElements.get('benefits-explorer'))), false);
        assert.equal(await tab.locator('#fallback').isVisible(), true, 'the fallback stays visible');
      }
      if (Array.isArray(expect.violations)) assert.deepEqual(log.violations, expect.violations);
      else assert.ok(log.violations.length > 0 && log.violations.every((v) => expect.violations.test(v)), log.violations.join('\n'));
      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(log.rejections, []);
    } finally {
      await context.close();
    }
  });
}
