// Broken datasets: the fallback stays visible, every problem is listed with its JSON path,
// one console.error is logged, be-error fires, and nothing throws. Test pages are served from
// memory (test-only routes), never written into web/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, requireDist, dataset } from './helpers.mjs';

const PAGE = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; img-src 'self'">
<title>test</title><script defer src="/benefits-explorer.js"></script></head>
<body><main>${body}</main></body></html>`;
const FALLBACK = '<p id="fallback">Fallback: the evidence summary as plain text.</p>';
// JSON inside <script> must not contain "</": escape it the JSON way.
const inline = (json) => `<script type="application/json">${json.replace(/<\//g, '<\\/')}</script>`;

let browser;
let server;
let expectedPaths;
before(async () => {
  requireDist();
  const data = dataset();
  const broken = structuredClone(data);
  broken.claims[3].outcomes[0].evidence[1].ref = 'foo2019';
  broken.claims[5].topic = 'no-such-topic';
  expectedPaths = ['claims[3].outcomes[0].evidence[1].ref', 'claims[5].topic'];
  const small = structuredClone(data);
  small.claims = small.claims.slice(0, 2);
  server = await serve({
    '/test/invalid-json.html': PAGE(`<benefits-explorer>${FALLBACK}${inline('{ "format": 1, "title": "x", ')}</benefits-explorer>`),
    '/test/unknown-reference.html': PAGE(`<benefits-explorer>${FALLBACK}${inline(JSON.stringify(broken))}</benefits-explorer>`),
    '/test/missing-src.html': PAGE(`<benefits-explorer src="/test/nothing-here.json">${FALLBACK}</benefits-explorer>`),
    '/test/cross-origin.html': PAGE(`<benefits-explorer src="https://example.org/claims.json">${FALLBACK}</benefits-explorer>`),
    '/test/src.html': PAGE(`<benefits-explorer src="/test/small.json">${FALLBACK}</benefits-explorer>`),
    '/test/small.json': JSON.stringify(small),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function expectFailure(path, reason) {
  const { context, page, problems } = await openPage(browser, `${server.url}${path.slice(1)}`, { waitFor: 'be-error' });
  const events = await page.evaluate(() => window.__beEvents);
  assert.equal(events.length, 1);
  assert.equal(events[0].type, 'be-error');
  assert.equal(events[0].detail.reason, reason);
  assert.ok(events[0].detail.problems.length > 0);
  // The fallback stays visible; the message is shown; there is no blank box.
  assert.equal(await page.locator('#fallback').isVisible(), true);
  assert.equal(await page.locator('benefits-explorer .problems').isVisible(), true);
  assert.equal(await page.locator('benefits-explorer .app').isVisible(), false);
  // Exactly one console.error, and no uncaught exception.
  assert.equal(problems.console.filter((m) => m.startsWith('benefits-explorer')).length, 1, problems.console.join('\n'));
  assert.deepEqual(problems.pageErrors, []);
  return { context, page, events, problems };
}

test('invalid inline JSON: the problem is listed with its place, the fallback stays', async () => {
  const { context, page } = await expectFailure('/test/invalid-json.html', 'dataset');
  try {
    const items = await page.locator('benefits-explorer .problems li').allTextContents();
    assert.equal(items.length, 1);
    assert.match(items[0], /invalid JSON at line \d+, column \d+/);
  } finally {
    await context.close();
  }
});

test('an unknown reference and an unknown topic: each problem is named with its JSON path', async () => {
  const { context, page, events } = await expectFailure('/test/unknown-reference.html', 'dataset');
  try {
    const items = await page.locator('benefits-explorer .problems li').allTextContents();
    assert.ok(items.includes('claims[3].outcomes[0].evidence[1].ref: unknown reference "foo2019"'), items.join('\n'));
    for (const path of expectedPaths) {
      assert.ok(items.some((line) => line.startsWith(`${path}: `)), `${path} listed`);
      assert.ok(events[0].detail.problems.some((p) => p.path === path));
    }
  } finally {
    await context.close();
  }
});

test('a src that cannot be fetched, or is on another origin, fails the same calm way', async () => {
  for (const path of ['/test/missing-src.html', '/test/cross-origin.html']) {
    const { context, page } = await expectFailure(path, 'fetch');
    try {
      assert.match(await page.locator('benefits-explorer .problems').textContent(), path.includes('cross') ? /not on this site/ : /HTTP status 404/);
    } finally {
      await context.close();
    }
  }
});

test('a same-origin src attribute replaces the default dataset', async () => {
  const { context, page } = await openPage(browser, `${server.url}test/src.html`);
  try {
    assert.equal(await page.locator('benefits-explorer .claims > li').count(), 2);
    assert.equal(await page.locator('#fallback').isVisible(), false);
  } finally {
    await context.close();
  }
});
