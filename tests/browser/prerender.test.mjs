// The prerendered first screen (issue 18, item 3): scripts/prerender.mjs writes the element's own first screen as
// a declarative shadow root; without JavaScript it is a readable summary (every claim with its verdict and
// reason, the warning signs), styled by the shipped stylesheet under a strict CSP (style-src 'self', nothing
// inline); with the script, the element adopts that shadow root and ends with exactly the DOM it renders itself,
// wired (a row opens its card).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, requireDist, dataset, screenshot, DIST, CSP } from './helpers.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { prerender } from '../../scripts/prerender.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const STRICT = `${CSP}; style-src 'self'`; // a <link> to the same-origin stylesheet; no 'unsafe-inline'
let browser;
let server;
let fragment;
const data = dataset();

const page = (head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>prerendered</title>${head}</head><body><main>${body}</main></body></html>`;
const FALLBACK = '<p class="page-fallback">The interactive explorer needs JavaScript.</p>';
const SCRIPT = '<script defer src="/benefits-explorer.js"></script>';

before(async () => {
  requireDist();
  browser = await launch();
  fragment = await prerender({ data: readFileSync(join(DIST, 'claims.json'), 'utf8'), stylesheet: '/benefits-explorer.css', browser });
  server = await startServer({
    root: DIST,
    headers: { 'Content-Security-Policy': STRICT },
    routes: {
      '/t/plain.html': page(SCRIPT, `<benefits-explorer>${FALLBACK}</benefits-explorer>`),
      '/t/prerendered.html': page(SCRIPT, `<benefits-explorer>${fragment}${FALLBACK}</benefits-explorer>`),
      '/t/static.html': page('', `<benefits-explorer>${fragment}${FALLBACK}</benefits-explorer>`),
      '/t/missing.html': page(SCRIPT, `<benefits-explorer src="/no-such-dataset.json">${fragment}${FALLBACK}</benefits-explorer>`),
    },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const url = (path) => new URL(path, server.url).href;
const shadowHTML = (p) => p.evaluate(() => document.querySelector('benefits-explorer').shadowRoot.innerHTML);

test('prerender writes a declarative shadow root that links the shipped stylesheet and has nothing inline', () => {
  assert.match(fragment, /^<template shadowrootmode="open"><link rel="stylesheet" href="\/benefits-explorer\.css">/);
  assert.doesNotMatch(fragment, /<style|<script|\sstyle="|\son[a-z]+=/i);
  for (const claim of data.claims) assert.ok(fragment.includes(`data-claim="${claim.id}"`), `${claim.id} is in the prerendered list`);
});

test('without JavaScript the prerendered page is a readable summary: every claim with its verdict and reason, and the warning signs', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  try {
    const p = await context.newPage();
    await p.goto(url('t/prerendered.html'));
    const rows = p.locator('benefits-explorer li.row');
    assert.equal(await rows.count(), data.claims.length);
    for (const [i, claim] of data.claims.entries()) {
      const r = rows.nth(i);
      assert.equal(await r.locator('.row-title').textContent(), claim.title);
      assert.equal(await r.locator('.row-reason').textContent(), claim.verdict_reason);
      assert.equal(await r.locator('.row-verdict .verdict').isVisible(), true);
    }
    // The safety section is drawn when it comes near the screen (safety.css): a reader scrolls down to it.
    const safety = p.locator('benefits-explorer .safety');
    await safety.scrollIntoViewIfNeeded();
    let text = '';
    for (let tries = 0; tries < 40 && !data.red_flags.every((flag) => text.includes(flag.statement)); tries += 1) {
      if (tries) await p.waitForTimeout(50);
      text = await safety.innerText();
    }
    for (const flag of data.red_flags) assert.ok(text.includes(flag.statement), `the warning sign "${flag.statement.slice(0, 40)}…" is shown`);
    // Styled by the linked stylesheet: the row's title button is laid out as the element lays it out.
    assert.equal(await rows.first().locator('.row-toggle').evaluate((b) => getComputedStyle(b).display), 'flex');
    // The page's own fallback text is replaced by the summary, not shown beside it.
    assert.equal(await p.locator('.page-fallback').isVisible(), false);
  } finally {
    await context.close();
  }
});

test('the strict CSP holds on a prerendered page, with and without the script', async () => {
  for (const path of ['t/static.html', 't/prerendered.html']) {
    const { context, page: p, problems } = await openPage(browser, url(path), { waitFor: path.includes('static') ? null : 'be-ready' });
    try {
      if (path.includes('static')) await p.goto(url(path));
      await p.waitForTimeout(200);
      assert.deepEqual(problems.csp, [], `${path}: no CSP violation`);
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(problems.console, []);
    } finally {
      await context.close();
    }
  }
});

test('the element adopts the prerendered shadow root: once ready, its DOM is the one it renders itself, and it is wired', async () => {
  const plain = await openPage(browser, url('t/plain.html'));
  const adopted = await openPage(browser, url('t/prerendered.html'));
  try {
    const own = await shadowHTML(plain.page);
    const after = await shadowHTML(adopted.page);
    assert.equal(after, own);
    assert.equal(await adopted.page.evaluate(() => document.querySelector('benefits-explorer').shadowRoot.querySelectorAll('[data-be-prerendered], link').length), 0);
    // Wired: the first row opens its card, and the search filters the list.
    const first = adopted.page.locator('benefits-explorer li.row').first();
    await first.locator('.row-toggle').click();
    assert.equal(await first.locator('.row-toggle').getAttribute('aria-expanded'), 'true');
    assert.equal(await first.locator('.card').isVisible(), true);
    assert.deepEqual(adopted.problems.csp, []);
    assert.deepEqual(adopted.problems.pageErrors, []);
  } finally {
    await plain.context.close();
    await adopted.context.close();
  }
});

test('while the prerendered screen is on show the element restyles nothing: its own stylesheet comes with its own screen', async () => {
  // Adopting the constructable stylesheet while the prerendered nodes are on screen restyled every one of them
  // (135 ms of one task at 4× CPU throttling, traced): the linked stylesheet styles them until the swap.
  const { context, page: p } = await openPage(browser, null, { waitFor: null });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  try {
    await p.route('**/claims.json', async (route) => { await held; await route.continue(); });
    await p.goto(url('t/prerendered.html'));
    await p.waitForFunction(() => customElements.get('benefits-explorer') && document.querySelector('benefits-explorer').state === 'loading');
    const during = await p.evaluate(() => {
      const shadow = document.querySelector('benefits-explorer').shadowRoot;
      return { adopted: shadow.adoptedStyleSheets.length, links: shadow.querySelectorAll('link').length, display: getComputedStyle(shadow.querySelector('.row-toggle')).display };
    });
    assert.deepEqual(during, { adopted: 0, links: 1, display: 'flex' });
    release();
    await p.waitForFunction(() => window.__beEvents.some((e) => e.type === 'be-ready'));
    const afterReady = await p.evaluate(() => {
      const shadow = document.querySelector('benefits-explorer').shadowRoot;
      return { adopted: shadow.adoptedStyleSheets.length, links: shadow.querySelectorAll('link').length, display: getComputedStyle(shadow.querySelector('.row-toggle')).display };
    });
    assert.deepEqual(afterReady, { adopted: 1, links: 0, display: 'flex' });
  } finally {
    release();
    await context.close();
  }
});

test('a prerendered element whose dataset fails shows the problems and the page fallback, not the stale screen', async () => {
  const { context, page: p } = await openPage(browser, url('t/missing.html'), { waitFor: 'be-error' });
  try {
    const left = await p.evaluate(() => document.querySelector('benefits-explorer').shadowRoot.querySelectorAll('[data-be-prerendered], link').length);
    assert.equal(left, 0);
    assert.equal(await p.locator('benefits-explorer .problems').isVisible(), true);
    assert.match(await p.locator('benefits-explorer .problems').innerText(), /no-such-dataset\.json/);
    assert.equal(await p.locator('.page-fallback').isVisible(), true);
    assert.equal(await p.locator('benefits-explorer li.row').count(), 0);
  } finally {
    await context.close();
  }
});

test('screenshots of the page without JavaScript at 390 and 1280 px', async () => {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    try {
      const p = await context.newPage();
      await p.goto(url('t/prerendered.html'));
      await screenshot(p, `prerendered-no-js-${width}`);
    } finally {
      await context.close();
    }
  }
});
