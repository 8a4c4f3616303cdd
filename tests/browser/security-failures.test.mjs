// Failure modes: the engine blocked by the page's CSP, the .wasm missing (404), unreachable or corrupt;
// the dataset missing, unreachable, on another site, not JSON, or breaking the format. In every case the
// light-DOM fallback stays visible with a short message above it, be-error fires once with a code that
// says which case it is, exactly one console.error is logged, and nothing is thrown or left unhandled.
// (tests/browser/errors.test.mjs covers the problem list of invalid datasets in detail.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, requireDist, dataset, screenshot, DIST } from './helpers.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOST_CSP, page, serveWith, record, ownErrors, FALLBACK } from './hostile/harness.mjs';
import { inlineJson } from './hostile/dataset.mjs';

const NO_WASM_CSP = "default-src 'none'; script-src 'self'; connect-src 'self'";
const NO_CONNECT_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'";
let browser;
let server;
let noWasmServer;
let noConnectServer;

before(async () => {
  requireDist();
  const broken = dataset();
  broken.claims[2].outcomes[0].evidence[0].ref = 'nowhere2020';
  const routes = {
    '/fail/default.html': page({ body: `<main><benefits-explorer>${FALLBACK}</benefits-explorer></main>` }),
    '/fail/src-404.html': page({ body: `<main><benefits-explorer src="/fail/nothing.json">${FALLBACK}</benefits-explorer></main>` }),
    '/fail/src-other-site.html': page({ body: `<main><benefits-explorer src="https://cdn.example.org/claims.json">${FALLBACK}</benefits-explorer></main>` }),
    '/fail/src-html.html': page({ body: `<main><benefits-explorer src="/fail/error-page.json">${FALLBACK}</benefits-explorer></main>` }),
    '/fail/error-page.json': { body: '<!doctype html><title>Oops</title><p>Something went wrong</p>', type: 'text/html' },
    '/fail/src-invalid.html': page({ body: `<main><benefits-explorer src="/fail/broken.json">${FALLBACK}</benefits-explorer></main>` }),
    '/fail/broken.json': JSON.stringify(broken),
    '/fail/inline-empty.html': page({ body: `<main><benefits-explorer>${FALLBACK}<script type="application/json">   </script></benefits-explorer></main>` }),
    '/fail/inline.html': page({ body: `<main><benefits-explorer>${FALLBACK}<script type="application/json">${inlineJson(dataset())}</script></benefits-explorer></main>` }),
    '/fail/inline-truncated.html': page({ body: `<main><benefits-explorer>${FALLBACK}<script type="application/json">{"format": 1, "title": "x", "claims": [</script></benefits-explorer></main>` }),
  };
  server = await serveWith(routes, HOST_CSP);
  noWasmServer = await serveWith(routes, NO_WASM_CSP);
  noConnectServer = await serveWith(routes, NO_CONNECT_CSP);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await noWasmServer?.close();
  await noConnectServer?.close();
});

const wasmAnswers = (handler) => async (context) => context.route('**/benefits-core.wasm', handler);
const dataAnswers = (handler) => async (context) => context.route('**/claims.json', handler);

const CASES = [
  {
    name: 'WebAssembly blocked by the page\'s CSP (no \'wasm-unsafe-eval\')',
    url: () => `${noWasmServer.url}fail/default.html`,
    reason: 'core',
    code: 'wasm-blocked',
    message: /Content-Security-Policy does not allow WebAssembly: script-src needs 'wasm-unsafe-eval'/,
    violations: /^script-src wasm-eval/,
  },
  {
    name: 'the .wasm is missing (HTTP 404)',
    url: () => `${server.url}fail/default.html`,
    setup: wasmAnswers((route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' })),
    reason: 'core',
    code: 'wasm-missing',
    message: /benefits-core\.wasm was not found on the server/,
  },
  {
    name: 'the .wasm cannot be downloaded (network failure)',
    url: () => `${server.url}fail/default.html`,
    setup: wasmAnswers((route) => route.abort('internetdisconnected')),
    reason: 'core',
    code: 'wasm-unreachable',
    message: /benefits-core\.wasm could not be downloaded/,
  },
  {
    name: 'the page\'s CSP has no connect-src (inline dataset; the .wasm fetch is refused)',
    url: () => `${noConnectServer.url}fail/inline.html`,
    reason: 'core',
    code: 'wasm-unreachable',
    message: /benefits-core\.wasm could not be downloaded \(offline, or the page's connect-src does not allow it\)/,
    violations: /^connect-src .*benefits-core\.wasm/,
  },
  {
    name: 'the .wasm is corrupt (an HTML page served in its place)',
    url: () => `${server.url}fail/default.html`,
    setup: wasmAnswers((route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: '<!doctype html><p>not wasm</p>' })),
    reason: 'core',
    code: 'wasm-failed',
    message: /The evidence engine could not start: .*benefits-core\.wasm is not a working evidence engine \(CompileError: /,
  },
  {
    name: 'the .wasm is a working module but not this release\'s engine (checked against the hash built into the script)',
    url: () => `${server.url}fail/default.html`,
    setup: wasmAnswers((route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: readFileSync(join(DIST, 'benefits-lint.wasm')) })),
    reason: 'core',
    code: 'wasm-failed',
    message: /The evidence engine could not start: .*benefits-core\.wasm is not the file this script was built with \(its SHA-384 differs: a file from another release/,
  },
  {
    name: 'the dataset URL answers 404',
    url: () => `${server.url}fail/src-404.html`,
    reason: 'fetch',
    code: 'data-unavailable',
    message: /Could not load the dataset .*nothing\.json \(HTTP status 404\)/,
  },
  {
    name: 'the default dataset cannot be downloaded (network failure)',
    url: () => `${server.url}fail/default.html`,
    setup: dataAnswers((route) => route.abort('internetdisconnected')),
    reason: 'fetch',
    code: 'data-unavailable',
    message: /Could not load the dataset .*claims\.json: the request failed/,
  },
  {
    name: 'the dataset is on another site',
    url: () => `${server.url}fail/src-other-site.html`,
    reason: 'fetch',
    code: 'data-cross-origin',
    message: /not on this site/,
  },
  {
    name: 'the dataset address returns an HTML error page',
    url: () => `${server.url}fail/src-html.html`,
    reason: 'dataset',
    code: 'data-invalid',
    message: /\(root\): invalid JSON at line 1, column 1/,
  },
  {
    name: 'the dataset breaks the format (an unknown reference)',
    url: () => `${server.url}fail/src-invalid.html`,
    reason: 'dataset',
    code: 'data-invalid',
    message: /claims\[2\]\.outcomes\[0\]\.evidence\[0\]\.ref: unknown reference "nowhere2020"/,
  },
  {
    name: 'the inline dataset is empty',
    url: () => `${server.url}fail/inline-empty.html`,
    reason: 'dataset',
    code: 'data-invalid',
    message: /The inline dataset is empty/,
  },
  {
    name: 'the inline dataset is cut off',
    url: () => `${server.url}fail/inline-truncated.html`,
    reason: 'dataset',
    code: 'data-invalid',
    message: /invalid JSON/,
  },
];

for (const c of CASES) {
  test(`${c.name}: fallback and a short message stay, be-error "${c.code}", one console.error`, async () => {
    const { context, page: tab, log } = await record(browser, c.url(), { waitFor: 'be-error', setup: c.setup });
    try {
      await tab.waitForTimeout(300); // anything late (a second event, a rejection) has its chance
      const events = await tab.evaluate(() => window.__beEvents);
      assert.equal(events.length, 1, JSON.stringify(events));
      const { reason, code, problems } = events[0].detail;
      assert.equal(events[0].type, 'be-error');
      assert.equal(code, c.code);
      assert.equal(reason, c.reason);
      assert.ok(problems.length > 0);
      assert.match(problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n'), c.message);

      // Never an empty box: the page's own fallback, and the message above it.
      assert.equal(await tab.locator('#fallback').isVisible(), true, 'the fallback stays visible');
      const box = tab.locator('benefits-explorer [part="problems"]');
      assert.equal(await box.isVisible(), true, 'the message is shown');
      assert.match(await box.textContent(), c.message);
      assert.equal(await tab.locator('benefits-explorer .app').isVisible(), false);
      assert.equal(await tab.locator('benefits-explorer [role="status"]').first().isVisible(), false, 'no endless "Loading…"');
      assert.equal(await tab.evaluate(() => document.querySelector('benefits-explorer').state), 'error');

      // One console.error from the explorer; the engine's glue printed nothing of its own.
      const own = ownErrors(log);
      assert.equal(own.length, 1, own.join('\n'));
      assert.ok(own[0].includes(c.code.startsWith('wasm') ? 'evidence engine' : ''), own[0]);
      assert.deepEqual(log.warnings.filter((w) => /wasm|Aborted/i.test(w)), [], 'no Emscripten warnings');
      assert.deepEqual(log.pageErrors, [], 'no uncaught exception');
      assert.deepEqual(log.rejections, [], 'no unhandled rejection');
      assert.deepEqual(log.dialogs, []);
      if (c.violations) assert.ok(log.violations.length > 0 && log.violations.every((v) => c.violations.test(v)), log.violations.join('\n'));
      else assert.deepEqual(log.violations, []);

      // The engine is fetched once per attempt at most twice (Emscripten's streaming try and its
      // fallback), not once more when the dataset arrives.
      const wasmRequests = log.requests.filter((u) => u.endsWith('/benefits-core.wasm')).length;
      assert.ok(wasmRequests <= 2, `${wasmRequests} requests for the .wasm`);
      if (c.code === 'wasm-blocked') await screenshot(tab, 'failure-wasm-blocked');
    } finally {
      await context.close();
    }
  });
}

test('the four main failures are told apart by code and by message', async () => {
  const seen = new Map();
  for (const c of CASES.filter((x) => ['wasm-blocked', 'wasm-missing', 'data-unavailable', 'data-invalid'].includes(x.code))) {
    const { context, page: tab } = await record(browser, c.url(), { waitFor: 'be-error', setup: c.setup });
    const detail = (await tab.evaluate(() => window.__beEvents))[0].detail;
    await context.close();
    if (!seen.has(detail.code)) seen.set(detail.code, detail.problems.map((p) => p.message).join('\n'));
  }
  assert.deepEqual([...seen.keys()].sort(), ['data-invalid', 'data-unavailable', 'wasm-blocked', 'wasm-missing']);
  assert.equal(new Set(seen.values()).size, 4, 'four different messages');
});

test('after the .wasm failed, reload() retries and the explorer recovers once the file is back', async () => {
  let missing = true;
  const { context, page: tab, log } = await record(browser, `${server.url}fail/default.html`, {
    waitFor: 'be-error',
    setup: wasmAnswers((route) => (missing ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue())),
  });
  try {
    missing = false;
    await tab.evaluate(() => document.querySelector('benefits-explorer').reload());
    await tab.waitForFunction(() => window.__beEvents.some((e) => e.type === 'be-ready'));
    assert.equal(await tab.locator('#fallback').isVisible(), false);
    assert.equal(await tab.locator('benefits-explorer [part="problems"]').isVisible(), false, 'the message is gone');
    assert.equal(await tab.locator('benefits-explorer .claims > li').count(), dataset().claims.length);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.rejections, []);
  } finally {
    await context.close();
  }
});
