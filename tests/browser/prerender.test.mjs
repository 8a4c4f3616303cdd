// The prerendered first screen (issue 18, item 3): scripts/prerender.mjs writes the element's own first screen as
// a declarative shadow root; without JavaScript it is a readable summary (every claim with its verdict and
// reason, the warning signs), styled by the shipped stylesheet under a strict CSP (style-src 'self', nothing
// inline); with the script, the element takes that screen over (its nodes stay, wired) and ends with exactly
// the DOM it renders itself; a screen written for another dataset, or one that cannot be wired, is replaced.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, requireDist, dataset, screenshot, DIST, CSP } from './helpers.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { prerender } from '../../scripts/prerender.mjs';
import { readFileSync, writeFileSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const STRICT = `${CSP}; style-src 'self'`; // a <link> to the same-origin stylesheet; no 'unsafe-inline'
let browser;
let server;
let fragment;
let labelled; // prerendered with a label and the page's own words
let spanish; // prerendered in Spanish, from the dataset's translation
const ES_FILE = 'claims.es.json';
const esText = () => readFileSync(join(DIST, ES_FILE), 'utf8');
const ES_CHANGED_TITLE = 'Un título cambiado después de escribir la pantalla';
const LABEL = 'Clinic A';
const STRINGS = { en: { howToRead: 'Open a claim: our own words above the list.' } };
const data = dataset();
const CHANGED_TITLE = 'A title changed after the screen was prerendered';
const inlineData = () => {
  const text = readFileSync(join(DIST, 'claims.json'), 'utf8');
  assert.ok(!text.includes('</'), 'the dataset can stand in a <script> as it is');
  return text;
};
const changedData = { ...data, claims: data.claims.map((claim, i) => (i ? claim : { ...claim, title: CHANGED_TITLE })) };

const page = (head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>prerendered</title>${head}</head><body><main>${body}</main></body></html>`;
const FALLBACK = '<p class="page-fallback">The interactive explorer needs JavaScript.</p>';
const SCRIPT = '<script defer src="/benefits-explorer.js"></script>';

before(async () => {
  requireDist();
  browser = await launch();
  fragment = await prerender({ data: readFileSync(join(DIST, 'claims.json'), 'utf8'), stylesheet: '/benefits-explorer.css', browser });
  spanish = await prerender({ data: readFileSync(join(DIST, 'claims.json'), 'utf8'), translations: { [ES_FILE]: esText() }, lang: 'es', stylesheet: '/benefits-explorer.css', browser });
  labelled = await prerender({ data: readFileSync(join(DIST, 'claims.json'), 'utf8'), label: LABEL, strings: STRINGS, stylesheet: '/benefits-explorer.css', browser });
  server = await startServer({
    root: DIST,
    headers: { 'Content-Security-Policy': STRICT },
    routes: {
      '/t/plain.html': page(SCRIPT, `<benefits-explorer>${FALLBACK}</benefits-explorer>`),
      '/t/prerendered.html': page(SCRIPT, `<benefits-explorer>${fragment}${FALLBACK}</benefits-explorer>`),
      '/t/static.html': page('', `<benefits-explorer>${fragment}${FALLBACK}</benefits-explorer>`),
      '/t/missing.html': page(SCRIPT, `<benefits-explorer src="/no-such-dataset.json">${fragment}${FALLBACK}</benefits-explorer>`),
      // The dataset changed since the screen was prerendered (one claim's title).
      '/t/claims-changed.json': JSON.stringify(changedData),
      '/t/changed.html': page(SCRIPT, `<benefits-explorer src="/t/claims-changed.json">${fragment}${FALLBACK}</benefits-explorer>`),
      '/t/changed-plain.html': page(SCRIPT, `<benefits-explorer src="/t/claims-changed.json">${FALLBACK}</benefits-explorer>`),
      // The same dataset inline (a string, not downloaded bytes): the same screen.
      '/t/inline.html': page(SCRIPT, `<benefits-explorer>${fragment}<script type="application/json">${inlineData()}</script>${FALLBACK}</benefits-explorer>`),
      // In Spanish: the dataset and its translation as prerendered, then with the translation changed since.
      '/t/es.html': page(SCRIPT, `<benefits-explorer lang="es">${spanish}${FALLBACK}</benefits-explorer>`),
      '/t/es-changed/claims.json': readFileSync(join(DIST, 'claims.json'), 'utf8'),
      [`/t/es-changed/${ES_FILE}`]: (() => {
        const translation = JSON.parse(esText());
        translation.texts.title.text = ES_CHANGED_TITLE;
        return JSON.stringify(translation);
      })(),
      '/t/es-changed.html': page(SCRIPT, `<benefits-explorer lang="es" src="/t/es-changed/claims.json">${spanish}${FALLBACK}</benefits-explorer>`),
      // A label and the page's own words (set by a script of the page, before the element's).
      '/t/strings.js': { body: `document.querySelector('benefits-explorer').strings = ${JSON.stringify(STRINGS)};`, type: 'text/javascript' },
      '/t/labelled.html': page('', `<benefits-explorer label="${LABEL}">${labelled}${FALLBACK}</benefits-explorer><script src="/t/strings.js"></script>${SCRIPT}`),
      '/t/labelled-plain.html': page('', `<benefits-explorer label="${LABEL}">${FALLBACK}</benefits-explorer><script src="/t/strings.js"></script>${SCRIPT}`),
      // The same screen on a page that has no label: written with other settings.
      '/t/unlabelled.html': page(SCRIPT, `<benefits-explorer>${labelled}${FALLBACK}</benefits-explorer>`),
      // Edited by hand: the reset button is gone.
      '/t/broken.html': page(SCRIPT, `<benefits-explorer>${fragment.replace(/<button class="button-quiet reset"[^>]*>[^<]*<\/button>/, '')}${FALLBACK}</benefits-explorer>`),
    },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const url = (path) => new URL(path, server.url).href;

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

const frameHTML = (p) => p.evaluate(() => document.querySelector('benefits-explorer').shadowRoot.querySelector('.be').outerHTML);
const warnings = (p) => {
  const seen = [];
  p.on('console', (message) => { if (message.type() === 'warning') seen.push(message.text()); });
  return seen;
};

/** Open `path` with the dataset's and the engine's downloads held until the prerendered screen's nodes are noted (window.__onScreen). */
async function openHeld(path) {
  const opened = await openPage(browser, null, { waitFor: null });
  const seen = warnings(opened.page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await opened.page.route(/\/(claims[^/]*\.json|benefits-core\.wasm)$/, async (route) => { await held; await route.continue(); });
  await opened.page.goto(url(path));
  await opened.page.waitForFunction(() => customElements.get('benefits-explorer') && document.querySelector('benefits-explorer').state === 'loading');
  const during = await opened.page.evaluate(() => {
    const shadow = document.querySelector('benefits-explorer').shadowRoot;
    window.__onScreen = [...shadow.querySelectorAll('li.row, input.search, .safety, .grading-panel')];
    return { adopted: shadow.adoptedStyleSheets.length, links: shadow.querySelectorAll('link').length, display: getComputedStyle(shadow.querySelector('.row-toggle')).display };
  });
  release();
  await opened.page.waitForFunction(() => window.__beEvents.some((e) => e.type === 'be-ready'));
  const kept = await opened.page.evaluate(() => {
    const shadow = document.querySelector('benefits-explorer').shadowRoot;
    return window.__onScreen.filter((node) => shadow.contains(node)).length / window.__onScreen.length;
  });
  return { ...opened, during, kept, warnings: seen, release };
}

/** `path` keeps every prerendered node on screen, and says nothing in the console. */
async function assertTakenOver(path) {
  const opened = await openHeld(path);
  try {
    assert.equal(opened.kept, 1, `${path}: the prerendered nodes stay`);
    assert.deepEqual(opened.warnings, []);
  } finally {
    await opened.context.close();
  }
}

test('the element takes the prerendered screen over: the nodes on screen stay, its DOM is the one it renders itself, and it is wired', async () => {
  const plain = await openPage(browser, url('t/plain.html'));
  const adopted = await openHeld('t/prerendered.html');
  try {
    // Not one node rebuilt: the rows, the search, the safety section and the grading panel on screen before the
    // engine started are the ones on screen when it is ready.
    assert.equal(adopted.kept, 1);
    assert.equal(await frameHTML(adopted.page), await frameHTML(plain.page));
    assert.equal(await adopted.page.evaluate(() => document.querySelector('benefits-explorer').shadowRoot.querySelectorAll('[data-be-prerendered], .be').length), 1);
    assert.deepEqual(adopted.warnings, []);
    const p = adopted.page;
    // Wired: a row opens its card, with the card's own ids after the screen's.
    const first = p.locator('benefits-explorer li.row').first();
    await first.locator('.row-toggle').click();
    assert.equal(await first.locator('.row-toggle').getAttribute('aria-expanded'), 'true');
    assert.equal(await first.locator('.card .sof').first().isVisible(), true);
    assert.equal(await p.evaluate(() => {
      const ids = [...document.querySelector('benefits-explorer').shadowRoot.querySelectorAll('[id]')].map((node) => node.id);
      return ids.length - new Set(ids).size;
    }), 0, 'no id is used twice');
    // The search filters the list; the reset button clears it.
    await p.locator('benefits-explorer input.search').fill('sleep');
    await p.waitForFunction(() => document.querySelector('benefits-explorer').shadowRoot.querySelectorAll('li.row').length < 12);
    await p.locator('benefits-explorer button.reset').click();
    await p.waitForFunction(() => document.querySelector('benefits-explorer').shadowRoot.querySelectorAll('li.row').length === 12);
    // A verdict of the summary filters to it; the grading panel and the safety section's sources open.
    await p.locator('benefits-explorer .glance-item[data-verdict="contradicted"]').click();
    assert.equal(await p.locator('benefits-explorer li.row').count(), 2);
    await p.locator('benefits-explorer .panel-toggle').click();
    assert.equal(await p.locator('benefits-explorer .grading-body .rule').isVisible(), true);
    await p.locator('benefits-explorer .safety .sources-toggle').click();
    assert.ok(await p.locator('benefits-explorer .safety .refs li').count() > 0);
    // The banner's link takes the reader to the safety section.
    await p.locator('benefits-explorer .notice--safety .link-button').click();
    assert.equal(await p.evaluate(() => document.querySelector('benefits-explorer').shadowRoot.activeElement?.classList.contains('safety')), true);
    assert.deepEqual(adopted.problems.csp, []);
    assert.deepEqual(adopted.problems.pageErrors, []);
    assert.deepEqual(adopted.problems.console, []);
  } finally {
    await plain.context.close();
    await adopted.context.close();
  }
});

test('a prerendered screen is taken over when the page gives the same dataset inline', async () => {
  await assertTakenOver('t/inline.html');
});

test('a Spanish screen is prerendered from the translation and taken over; one whose translation changed since is replaced', async () => {
  assert.match(spanish, /lang="es"/);
  assert.ok(spanish.includes(JSON.parse(esText()).texts.title.text), 'the prerendered title is the translation\'s');
  await assertTakenOver('t/es.html');
  const changed = await openHeld('t/es-changed.html');
  try {
    assert.equal(changed.kept, 0);
    assert.equal(await changed.page.locator('benefits-explorer .title').textContent(), ES_CHANGED_TITLE);
    assert.match(changed.warnings.join(' | '), /written for another dataset/);
  } finally {
    await changed.context.close();
  }
});

test('a screen prerendered with a label and the page\'s own words is taken over by the element with the same ones', async () => {
  const plain = await openPage(browser, url('t/labelled-plain.html'));
  const opened = await openHeld('t/labelled.html');
  try {
    assert.equal(opened.kept, 1);
    assert.equal(await frameHTML(opened.page), await frameHTML(plain.page));
    assert.equal(await opened.page.locator('benefits-explorer .how-to').textContent(), STRINGS.en.howToRead);
    assert.deepEqual(opened.warnings, []);
  } finally {
    await plain.context.close();
    await opened.context.close();
  }
});

test('while the prerendered screen is on show, and after, the element restyles nothing: the linked stylesheet stays its style', async () => {
  // Adopting the constructable stylesheet while the prerendered nodes are on screen restyled every one of them
  // (135 ms of one task at 4× CPU throttling, traced).
  const { context, page: p, during } = await openHeld('t/prerendered.html');
  try {
    assert.deepEqual(during, { adopted: 0, links: 1, display: 'flex' });
    const afterReady = await p.evaluate(() => {
      const shadow = document.querySelector('benefits-explorer').shadowRoot;
      return { adopted: shadow.adoptedStyleSheets.length, links: shadow.querySelectorAll('link').length, display: getComputedStyle(shadow.querySelector('.row-toggle')).display };
    });
    assert.deepEqual(afterReady, { adopted: 0, links: 1, display: 'flex' });
  } finally {
    await context.close();
  }
});

test('a prerendered screen of another dataset, or one that cannot be wired, is replaced by the element\'s own', async () => {
  const cases = [
    ['t/changed.html', 't/changed-plain.html', /written for another dataset, build or setting.*prerender\.mjs again/],
    ['t/broken.html', 't/plain.html', /rendered again \(.*reset.*missing\)/],
    ['t/unlabelled.html', 't/plain.html', /written for another dataset, build or setting/],
  ];
  for (const [path, plainPath, warning] of cases) {
    const plain = await openPage(browser, url(plainPath));
    const opened = await openHeld(path);
    try {
      assert.equal(opened.kept, 0, `${path}: every node is the element's own`);
      assert.equal(await frameHTML(opened.page), await frameHTML(plain.page), `${path}: the DOM is the element's own render`);
      assert.equal(await opened.page.evaluate(() => document.querySelector('benefits-explorer').shadowRoot.querySelectorAll('[data-be-prerendered], link').length), 0);
      assert.equal(opened.warnings.length, 1, `${path}: ${opened.warnings.join(' | ')}`);
      assert.match(opened.warnings[0], warning);
      assert.deepEqual(opened.problems.pageErrors, []);
    } finally {
      await plain.context.close();
      await opened.context.close();
    }
  }
  const changed = await openPage(browser, url('t/changed.html'));
  try {
    assert.equal(await changed.page.locator('benefits-explorer li.row .row-title').first().textContent(), CHANGED_TITLE);
  } finally {
    await changed.context.close();
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

test('the command: --lang reads the translation beside --data, --strings a JSON file; a translation it cannot find is reported', async () => {
  const run = (args) => promisify(execFile)(process.execPath, [join(import.meta.dirname, '../../scripts/prerender.mjs'), ...args]);
  const dir = mkdtempSync(join(tmpdir(), 'be-prerender-'));
  try {
    writeFileSync(join(dir, 'strings.json'), JSON.stringify(STRINGS));
    const out = join(dir, 'es.html');
    const { stderr } = await run(['--data', join(DIST, 'claims.json'), '--lang', 'es', '--strings', join(dir, 'strings.json'), '--out', out]);
    assert.doesNotMatch(stderr, /not in "es"/);
    const written = readFileSync(out, 'utf8');
    assert.ok(written.includes(JSON.parse(esText()).texts.title.text), 'the Spanish title');
    // A dataset whose translation file is not beside it: written in its own language, and the command says so.
    copyFileSync(join(DIST, 'claims.json'), join(dir, 'claims.json'));
    const alone = await run(['--data', join(dir, 'claims.json'), '--lang', 'es', '--out', join(dir, 'alone.html')]);
    assert.match(alone.stderr, /prerender: the screen is not in "es": /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
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
