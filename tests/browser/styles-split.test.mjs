// The element's stylesheet in two (web/src/styles/first-screen.js and on-use.js): the first screen's, in the
// script, and the one of what is built on use (cards, the editor's report, printing), which the classic script
// downloads after its first paint (web/src/features/on-use-styles.js). What a visitor sees must not change:
// every element computes the same style as with one sheet of the view files in cascade order, and the first
// screen does not move when the second sheet arrives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, CSP, openPage, dataset } from './helpers.mjs';
import { startSession, browser, server } from './session.mjs';

// The cascade order of the view files as one sheet: the reference the two sheets must reproduce.
const CASCADE = ['base', 'shell', 'list', 'harms', 'card', 'sources', 'safety', 'grading', 'editor', 'modes', 'print'];
const sourceCss = (name) => readFileSync(join(ROOT, 'web/src/styles', `${name}.css`), 'utf8');
const FILE = 'benefits-explorer.cards.css';

// Three claims (cards with outcome rows, studies, effects in people out of 100, harms): enough of every view
// to compare, small enough for getComputedStyle on every node in four modes.
const small = dataset();
small.claims = small.claims.slice(0, 3);
const inline = JSON.stringify(small).replace(/<\//g, '<\\/');
const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>styles</title>
<meta http-equiv="Content-Security-Policy" content="${CSP}"><script defer src="/benefits-explorer.js"></script></head>
<body><main>${body}</main></body></html>`;

startSession(() => ({
  '/test/cards.html': page(`<benefits-explorer heading-level="2" editor><p>Fallback</p><script type="application/json">${inline}</script></benefits-explorer>`),
  '/test/first.html': page(`<benefits-explorer heading-level="2"><p>Fallback</p><script type="application/json">${inline}</script></benefits-explorer>`),
  '/test/two.html': page('<benefits-explorer id="a" heading-level="2"><p>A</p></benefits-explorer><benefits-explorer id="b" heading-level="2"><p>B</p></benefits-explorer>'),
}));

/**
 * How many elements of the explorer (`shownOnly`: those rendered) compute a different style (the element itself,
 * ::before and ::after) with `a`'s sheets than with `b`'s: the first few, with what differs. `a`, `b`: texts to
 * make sheets of, or the number of the element's own sheets to take (null: all of them).
 */
async function differences(pageHandle, a, b, { shownOnly = false } = {}) {
  const count = await pageHandle.evaluate(([one, two, shown]) => {
    const root = document.querySelector('benefits-explorer').shadowRoot;
    const sheet = (text) => { const made = new CSSStyleSheet(); made.replaceSync(text); return made; };
    // texts: sheets made from these texts; a number n: the first n sheets the element adopted; null: all of them
    const pick = (texts) => (Array.isArray(texts) ? texts.map(sheet) : [...root.adoptedStyleSheets].slice(0, texts ?? undefined));
    window.__sheets = [pick(one), pick(two)];
    window.__nodes = [...root.querySelectorAll('*')].filter((node) => !shown || node.checkVisibility());
    // Sizes and offsets that follow from the rest, and custom properties (kept as written: minified or not; what
    // they set shows in the properties that use them).
    const derived = /^(::before|::after)?(--|(block-size|height|width|inline-size|perspective-origin|transform-origin|grid-template-rows|grid-template-columns):)/;
    window.__style = (node) => {
      const out = [];
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(node, pseudo);
        for (let i = 0; i < style.length; i += 1) out.push(`${pseudo || ''}${style[i]}:${style.getPropertyValue(style[i])}`);
      }
      return out.filter((line) => !derived.test(line));
    };
    window.__digest = (lines) => {
      let h = 2166136261;
      for (const line of lines) for (let i = 0; i < line.length; i += 1) h = Math.imul(h ^ line.charCodeAt(i), 16777619);
      return h;
    };
    return window.__nodes.length;
  }, [a, b, shownOnly]);
  const digests = [[], []];
  for (const which of [0, 1]) {
    for (let from = 0; from < count; from += 1000) {
      digests[which].push(...await pageHandle.evaluate(([w, f]) => {
        document.querySelector('benefits-explorer').shadowRoot.adoptedStyleSheets = window.__sheets[w];
        return window.__nodes.slice(f, f + 1000).map((node) => window.__digest(window.__style(node)));
      }, [which, from]));
    }
  }
  const differing = digests[0].map((d, i) => (d === digests[1][i] ? -1 : i)).filter((i) => i >= 0);
  const examples = await pageHandle.evaluate((indices) => [...new Map(indices.map((i) => [`${window.__nodes[i].localName}.${window.__nodes[i].getAttribute('class')}`, i])).values()].slice(0, 40).map((i) => {
    const root = document.querySelector('benefits-explorer').shadowRoot;
    const node = window.__nodes[i];
    root.adoptedStyleSheets = window.__sheets[0];
    const one = window.__style(node);
    root.adoptedStyleSheets = window.__sheets[1];
    const two = window.__style(node);
    return `${node.localName}.${String(node.getAttribute('class') || '').replace(/ /g, '.')}: ${one.filter((l, k) => l !== two[k]).slice(0, 3).join('; ')} / ${two.filter((l, k) => l !== one[k]).slice(0, 3).join('; ')}`;
  }), differing);
  return { count, differing: differing.length, examples };
}

test('with both sheets every element computes the style of one sheet in cascade order: cards, the editor\'s report, print, dark, forced colours', async () => {
  const reference = [CASCADE.map(sourceCss).join('\n')];
  const modes = [{ media: 'screen' }, { media: 'print' }, { media: 'screen', colorScheme: 'dark' }, { media: 'screen', forcedColors: 'active' }];
  for (const mode of modes) {
    const { context, page: p, problems } = await openPage(browser, `${server.url}test/cards.html`);
    try {
      await p.locator('benefits-explorer .lint').waitFor();
      assert.equal(await p.evaluate(() => document.querySelector('benefits-explorer').shadowRoot.adoptedStyleSheets.length), 2, 'the on-use sheet is adopted by be-ready');
      await p.evaluate(() => {
        const explorer = document.querySelector('benefits-explorer');
        explorer.print = 'full';
        for (const toggle of explorer.shadowRoot.querySelectorAll('.row-toggle')) toggle.click();
        explorer.shadowRoot.querySelector('.grading-panel summary, .grading-panel button')?.click();
      });
      await p.emulateMedia({ media: 'print' });
      await p.emulateMedia({ colorScheme: 'light', forcedColors: 'none', ...mode });
      assert.ok(await p.locator('benefits-explorer .card .sof-outcome').count() >= 3, 'the cards are built');
      const found = await differences(p, reference, null);
      assert.ok(found.count > 2000, `${found.count} elements compared`);
      assert.equal(found.differing, 0, `${JSON.stringify(mode)}: ${found.differing} of ${found.count} elements differ:\n${found.examples.join('\n')}`);
      assert.deepEqual(problems, { console: [], pageErrors: [], csp: [] });
    } finally {
      await context.close();
    }
  }
});

test('the on-use sheet changes nothing on the first screen: nothing moves when it arrives', async () => {
  const { context, page: p } = await openPage(browser, `${server.url}test/first.html`);
  try {
    assert.equal(await p.evaluate(() => document.querySelector('benefits-explorer').shadowRoot.adoptedStyleSheets.length), 2);
    const found = await differences(p, 1, null, { shownOnly: true });
    assert.ok(found.count > 300, `${found.count} elements compared`);
    assert.equal(found.differing, 0, `${found.differing} of ${found.count} elements of the first screen differ once it has arrived:\n${found.examples.join('\n')}`);
  } finally {
    await context.close();
  }
});

test('the classic script downloads the on-use sheet once per page, after the first screen, for every explorer on it', async () => {
  const context = await browser.newContext();
  const p = await context.newPage();
  const requests = [];
  p.on('request', (request) => requests.push(new URL(request.url()).pathname));
  try {
    // When a frame first had a row in the list, and when both explorers were ready (checked every frame).
    await p.addInitScript(() => {
      window.__seen = {};
      const watch = () => {
        const explorers = [...document.querySelectorAll('benefits-explorer')];
        if (!window.__seen.list && explorers.some((e) => e.shadowRoot && e.shadowRoot.querySelector('.claims > li'))) window.__seen.list = performance.now();
        if (explorers.length === 2 && explorers.every((e) => e.state === 'ready')) window.__seen.ready = performance.now();
        else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await p.goto(`${server.url}test/two.html`);
    await p.waitForFunction(() => window.__seen.ready);
    assert.equal(requests.filter((path) => path === `/${FILE}`).length, 1, requests.join('\n'));
    const { list, asked } = await p.evaluate((file) => ({
      list: window.__seen.list,
      asked: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(`/${file}`)).startTime,
    }), FILE);
    assert.ok(list < asked, `the list was on screen (${list} ms) before the sheet was asked for (${asked} ms)`);
    const counts = await p.evaluate(() => [...document.querySelectorAll('benefits-explorer')].map((e) => e.shadowRoot.adoptedStyleSheets.length));
    assert.deepEqual(counts, [2, 2]);
  } finally {
    await context.close();
  }
});

for (const [name, answer, expected] of [
  ['missing', { status: 404, body: 'Not found' }, /\/benefits-explorer\.cards\.css was not found on the server \(status 404\): open cards, the editor's report and printed pages are shown without their styles/],
  ['from another build', () => ({ status: 200, contentType: 'text/css', body: `${readFileSync(join(ROOT, 'dist', FILE), 'utf8')}\n.card { display: none }` }),
    /\/benefits-explorer\.cards\.css is not the file this script was built with .*: open cards, the editor's report and printed pages are shown without their styles/],
]) {
  test(`an on-use sheet ${name}: the explorer works, its cards unstyled, and the console says why`, async () => {
    const { context, page: p, problems } = await openPage(browser, '', { waitFor: null });
    try {
      await p.route(`**/${FILE}`, (route) => route.fulfill(typeof answer === 'function' ? answer() : answer));
      await p.goto(server.url);
      await p.waitForFunction(() => window.__beEvents.length > 0);
      assert.deepEqual(await p.evaluate(() => window.__beEvents.map((e) => e.type)), ['be-ready']);
      const errors = problems.console.filter((text) => !/Failed to load resource/.test(text));
      assert.equal(errors.length, 1, problems.console.join('\n'));
      assert.match(errors[0], expected);
      // The altered sheet would hide every card: it is never adopted.
      assert.equal(await p.evaluate(() => document.querySelector('benefits-explorer').shadowRoot.adoptedStyleSheets.length), 1);
      await p.locator('benefits-explorer .row-toggle').first().click();
      assert.ok(await p.locator('benefits-explorer .card .sof-outcome').first().isVisible(), 'the card opens and shows its findings');
    } finally {
      await context.close();
    }
  });
}
