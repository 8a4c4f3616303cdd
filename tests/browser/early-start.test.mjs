// The engine's and the dataset's downloads start while the script is still evaluated, before the element is
// defined (web/src/engine/early-start.js); each file is downloaded once; a host that moves the files with
// setBasePath() gets those files only, and a lazy explorer waits.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, requireDist, ROOT, DIST } from './helpers.mjs';
import { page } from './embedding-helpers.mjs';

const mini = readFileSync(join(ROOT, 'tests/fixtures/mini.json'), 'utf8');
const miniClaims = JSON.parse(mini).claims.length;
const fullClaims = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')).claims.length;
const wasm = readFileSync(join(DIST, 'benefits-core.wasm'));

let browser;
let server;

before(async () => {
  requireDist();
  assert.notEqual(miniClaims, fullClaims, 'the two datasets must be told apart by their claim count');
  browser = await launch();
  server = await serve({
    '/t/one.html': page('<benefits-explorer id="a"></benefits-explorer>'),
    '/t/moved.html': page('<benefits-explorer id="a"></benefits-explorer>', { script: '/t/host.mjs' }).replace('<script defer', '<script type="module"'),
    '/t/host.mjs': "import { setBasePath } from '/benefits-explorer.mjs';\nsetBasePath('/other/');\n",
    '/other/claims.json': { body: mini, type: 'application/json' },
    '/other/benefits-core.wasm': { body: wasm, type: 'application/wasm' },
    '/t/mini.json': { body: mini, type: 'application/json' },
    // The lazy explorer far below the first screen (paragraphs: the strict CSP allows no style attribute).
    '/t/lazy.html': page(`<benefits-explorer id="a" src="/t/mini.json"></benefits-explorer>${'<p>text</p>'.repeat(300)}<benefits-explorer id="later" loading="lazy" src="/t/later.json"></benefits-explorer>`),
    '/t/later.json': { body: mini, type: 'application/json' },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` and records every request's path and when the tag was defined (performance.now()). */
async function open(path) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const requests = [];
  tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await tab.addInitScript(() => {
    const define = customElements.define.bind(customElements);
    customElements.define = (name, ...rest) => {
      if (name === 'benefits-explorer') window.__definedAt = performance.now();
      return define(name, ...rest);
    };
    window.__ready = [];
    document.addEventListener('be-ready', (event) => window.__ready.push({ id: event.target.id, claims: event.detail.claims }));
    document.addEventListener('be-error', (event) => window.__ready.push({ id: event.target.id, error: event.detail.code }));
  });
  await tab.goto(new URL(path, server.url).href);
  await tab.waitForFunction(() => window.__ready.some((entry) => entry.id === 'a'), null, { timeout: 15000 });
  return { context, tab, requests };
}

const count = (requests, path) => requests.filter((p) => p === path).length;

test('the .wasm and claims.json downloads start before the element is defined, and each is downloaded once', async () => {
  const { context, tab, requests } = await open('/t/one.html');
  const timing = await tab.evaluate(() => ({
    definedAt: window.__definedAt,
    ready: window.__ready,
    starts: Object.fromEntries(performance.getEntriesByType('resource').map((entry) => [new URL(entry.name).pathname, entry.startTime])),
  }));
  assert.deepEqual(timing.ready, [{ id: 'a', claims: fullClaims }]);
  assert.ok(timing.starts['/benefits-core.wasm'] < timing.definedAt, `the .wasm started at ${timing.starts['/benefits-core.wasm']} ms, the tag was defined at ${timing.definedAt} ms`);
  assert.ok(timing.starts['/claims.json'] < timing.definedAt, `claims.json started at ${timing.starts['/claims.json']} ms, the tag was defined at ${timing.definedAt} ms`);
  assert.equal(count(requests, '/benefits-core.wasm'), 1);
  assert.equal(count(requests, '/claims.json'), 1);
  await context.close();
});

test('setBasePath() in the module that imports the ES module build: only the files of that folder are downloaded', async () => {
  const { context, tab, requests } = await open('/t/moved.html');
  assert.deepEqual(await tab.evaluate(() => window.__ready), [{ id: 'a', claims: miniClaims }]);
  assert.equal(count(requests, '/other/benefits-core.wasm'), 1);
  assert.equal(count(requests, '/other/claims.json'), 1);
  assert.equal(count(requests, '/benefits-core.wasm') + count(requests, '/claims.json'), 0, 'nothing is asked for in the folder the module build found first');
  await context.close();
});

test('a lazy explorer out of view downloads nothing', async () => {
  const { context, tab, requests } = await open('/t/lazy.html');
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  assert.equal(count(requests, '/t/mini.json'), 1);
  assert.equal(count(requests, '/t/later.json'), 0);
  await context.close();
});
