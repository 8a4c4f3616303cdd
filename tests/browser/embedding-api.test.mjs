// The element's API for web developers (docs/embedding.md): every attribute with its property,
// runtime changes (attributeChangedCallback), the events (bubbling, composed, with their details) and the
// methods openClaim() and reset().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, openPage, requireDist, axe } from './helpers.mjs';
import { page as testPage, inline, recordEvents, events, waitForEvent, listed, dataset } from './embedding-helpers.mjs';

let browser;
let server;
let data;
before(async () => {
  requireDist();
  data = dataset();
  const two = structuredClone(data);
  two.claims = two.claims.slice(0, 2);
  const three = structuredClone(data);
  three.claims = three.claims.slice(0, 3);
  const filler = '<p>Filler paragraph to push the explorer far below the first screen.</p>'.repeat(120);
  server = await serve({
    '/test/plain.html': testPage('<benefits-explorer id="x" deep-link><p id="fallback">Fallback</p></benefits-explorer>'),
    '/test/src.html': testPage('<benefits-explorer id="x" src="/test/two.json"><p id="fallback">Fallback</p></benefits-explorer>'),
    '/test/two.json': JSON.stringify(two),
    '/test/three.json': JSON.stringify(three),
    '/test/topic.html': testPage('<benefits-explorer id="x" topic="beyond"><p>Fallback</p></benefits-explorer>'),
    '/test/two-explorers.html': testPage('<benefits-explorer topic="headache"><p>Fallback</p></benefits-explorer>'
      + '<benefits-explorer topic="beyond"><p>Fallback</p></benefits-explorer>'),
    '/test/two-explorers-labelled.html': testPage('<benefits-explorer topic="headache" label="Headache"><p>Fallback</p></benefits-explorer>'
      + '<benefits-explorer topic="beyond" label="Beyond headache"><p>Fallback</p></benefits-explorer>'),
    '/test/topic-unknown.html': testPage('<benefits-explorer id="x" topic="no-such-topic"><p>Fallback</p></benefits-explorer>'),
    // loading="lazy" below many paragraphs (no inline style under the strict CSP)
    '/test/lazy.html': testPage(`${filler}<benefits-explorer id="x" loading="lazy"><p id="fallback">Fallback</p></benefits-explorer>`),
    '/test/lazy-inline.html': testPage(`${filler}<benefits-explorer id="x" loading="lazy"><p id="fallback">Fallback</p>${inline(JSON.stringify(three))}</benefits-explorer>`),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, options = {}) {
  const opened = await openPage(browser, null, { waitFor: null, ...options });
  await recordEvents(opened.page);
  await opened.page.goto(`${server.url}${path.replace(/^\//, '')}`);
  if (options.ready !== false) await waitForEvent(opened.page, 'be-ready');
  return opened;
}

test('every attribute has a camelCase property that reads and writes it', async () => {
  const { context, page } = await open('/test/plain.html');
  try {
    const result = await page.evaluate(() => {
      const e = document.getElementById('x');
      const out = {};
      out.observed = e.constructor.observedAttributes;
      out.defaults = { src: e.src, loading: e.loading, topic: e.topic, editor: e.editor, print: e.print, headingLevel: e.headingLevel, label: e.label, theme: e.theme, timeout: e.timeout, state: e.state };
      e.src = '/test/two.json'; out.src = e.getAttribute('src');
      e.src = null; out.srcRemoved = e.hasAttribute('src');
      e.loading = 'lazy'; out.loading = e.getAttribute('loading');
      e.loading = 'whatever'; out.loadingOther = [e.getAttribute('loading'), e.loading];
      e.topic = 'beyond'; out.topic = e.getAttribute('topic');
      e.topic = null; out.topicRemoved = e.hasAttribute('topic');
      e.editor = true; out.editor = e.hasAttribute('editor');
      e.editor = false; out.editorOff = e.hasAttribute('editor');
      e.headingLevel = 3; out.headingLevel = e.getAttribute('heading-level');
      e.setAttribute('heading-level', '9'); out.headingClamped = e.headingLevel;
      e.label = 'Headache'; out.label = e.getAttribute('label');
      e.label = ''; out.labelRemoved = e.hasAttribute('label');
      e.timeout = 5; out.timeout = [e.getAttribute('timeout'), e.timeout];
      e.setAttribute('timeout', '-1'); out.timeoutInvalid = e.timeout;
      e.theme = 'dark'; out.theme = e.getAttribute('theme');
      e.theme = 'auto'; out.themeRemoved = e.hasAttribute('theme');
      e.setAttribute('theme', 'light'); out.themeProp = e.theme;
      e.print = 'full'; out.print = [e.getAttribute('print'), e.print];
      e.print = 'other'; out.printOther = [e.getAttribute('print'), e.print];
      e.lang = 'es'; out.lang = e.getAttribute('lang');
      const state = e.state;
      try { e.state = 'error'; } catch { /* read-only */ }
      out.stateReadOnly = e.state === state && state !== 'error';
      return out;
    });
    assert.deepEqual(result.observed.slice().sort(), ['base-path', 'deep-link', 'editor', 'heading-level', 'label', 'lang', 'link-prefix', 'loading', 'print', 'src', 'timeout', 'topic']);
    assert.deepEqual(result.defaults, { src: null, loading: 'eager', topic: null, editor: false, print: 'handout', headingLevel: 2, label: null, theme: 'auto', timeout: 30, state: 'ready' });
    assert.equal(result.label, 'Headache');
    assert.equal(result.labelRemoved, false);
    assert.equal(result.src, '/test/two.json');
    assert.equal(result.srcRemoved, false);
    assert.equal(result.loading, 'lazy');
    assert.deepEqual(result.loadingOther, ['eager', 'eager']);
    assert.equal(result.topic, 'beyond');
    assert.equal(result.topicRemoved, false);
    assert.equal(result.editor, true);
    assert.equal(result.editorOff, false);
    assert.equal(result.headingLevel, '3');
    assert.equal(result.headingClamped, 4);
    assert.deepEqual(result.timeout, ['5', 5]);
    assert.equal(result.timeoutInvalid, 30);
    assert.equal(result.theme, 'dark');
    assert.equal(result.themeRemoved, false);
    assert.equal(result.themeProp, 'light');
    assert.deepEqual(result.print, ['full', 'full']);
    assert.deepEqual(result.printOther, ['handout', 'handout']);
    assert.equal(result.lang, 'es');
    assert.equal(result.stateReadOnly, true);
  } finally {
    await context.close();
  }
});

test('label: two explorers on one page get landmark names a screen reader can tell apart', async () => {
  const landmarkProblems = async (path) => {
    const { context, page } = await open(path, { ready: false });
    try {
      await waitForEvent(page, 'be-ready', 2);
      await page.locator('benefits-explorer .row-toggle').first().click(); // a card region too
      await page.locator('benefits-explorer').nth(1).locator('.row-toggle').first().click();
      const violations = (await axe(page)).filter((v) => v.id.startsWith('landmark'));
      const searches = await page.getByRole('search').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
      const safety = await page.getByRole('region', { name: /^Safety of/ }).count();
      return { violations, searches, safety };
    } finally {
      await context.close();
    }
  };
  const unlabelled = await landmarkProblems('/test/two-explorers.html');
  assert.ok(unlabelled.violations.some((v) => v.id === 'landmark-unique'), 'without labels the names repeat');
  const labelled = await landmarkProblems('/test/two-explorers-labelled.html');
  assert.deepEqual(labelled.violations, []);
  assert.deepEqual(labelled.searches, ['Find a claim: Headache', 'Find a claim: Beyond headache']);
  assert.equal(labelled.safety, 2);
});

test('src: a runtime change reloads the explorer with the new dataset', async () => {
  const { context, page } = await open('/test/src.html');
  try {
    assert.equal((await listed(page)).length, 2);
    await page.evaluate(() => { document.getElementById('x').src = '/test/three.json'; });
    await waitForEvent(page, 'be-ready', 2);
    assert.equal((await listed(page)).length, 3);
    const ready = await events(page, 'be-ready');
    assert.deepEqual(ready.map((e) => e.detail.claims), [2, 3]);
  } finally {
    await context.close();
  }
});

test('heading-level: a runtime change re-renders every heading one level deeper', async () => {
  const { context, page } = await open('/test/plain.html');
  try {
    assert.equal(await page.locator('#x .title').evaluate((h) => h.localName), 'h2');
    assert.equal(await page.locator('#x .row-heading').first().evaluate((h) => h.localName), 'h3');
    await page.evaluate(() => document.getElementById('x').setAttribute('heading-level', '3'));
    assert.equal(await page.locator('#x .title').evaluate((h) => h.localName), 'h3');
    assert.equal(await page.locator('#x .row-heading').first().evaluate((h) => h.localName), 'h4');
  } finally {
    await context.close();
  }
});

test('topic: the list starts filtered to the topic; changing it refilters and fires be-filter-change', async () => {
  const { context, page } = await open('/test/topic.html');
  try {
    const beyond = data.claims.filter((c) => c.topic === 'beyond').map((c) => c.id);
    assert.ok(beyond.length > 0 && beyond.length < 12);
    assert.deepEqual((await listed(page)).sort(), [...beyond].sort());
    assert.equal(await page.locator('#x').getByLabel('Topic', { exact: true }).inputValue(), 'beyond');
    assert.equal((await events(page, 'be-filter-change')).length, 0, 'the first render fires no filter change');

    const other = data.topics.find((t) => t.id !== 'beyond').id;
    await page.evaluate((id) => { document.getElementById('x').topic = id; }, other);
    await waitForEvent(page, 'be-filter-change');
    const expected = data.claims.filter((c) => c.topic === other).map((c) => c.id);
    assert.deepEqual((await listed(page)).sort(), [...expected].sort());
    const [change] = await events(page, 'be-filter-change');
    assert.deepEqual(change.detail.filters.topic, [other]);
    assert.equal(change.detail.shown, expected.length);
    assert.equal(change.detail.total, 12);

    await page.evaluate(() => { document.getElementById('x').topic = null; });
    await waitForEvent(page, 'be-filter-change', 2);
    assert.equal((await listed(page)).length, 12);
  } finally {
    await context.close();
  }
});

test('topic: an unknown topic id shows all topics', async () => {
  const { context, page } = await open('/test/topic-unknown.html');
  try {
    assert.equal((await listed(page)).length, 12);
  } finally {
    await context.close();
  }
});

test('loading="lazy": no engine and no dataset request until the element nears the viewport', async () => {
  const { context, page, problems } = await open('/test/lazy.html', { ready: false });
  try {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.waitForTimeout(800);
    assert.equal(await page.locator('#x').evaluate((e) => e.state), 'idle');
    assert.equal(await page.locator('#fallback').isVisible(), true, 'the fallback shows while waiting');
    assert.equal(await page.locator('#x .status').isVisible(), false, 'no loading message while waiting');
    assert.deepEqual(requests.filter((u) => /\.wasm$|claims\.json$/.test(u)), [], 'nothing fetched yet');
    assert.equal((await events(page)).length, 0);

    await page.locator('#x').scrollIntoViewIfNeeded();
    await waitForEvent(page, 'be-ready');
    assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the engine is fetched once in view');
    assert.equal((await listed(page)).length, 12);
    assert.equal(await page.locator('#fallback').isVisible(), false);
    assert.deepEqual(problems.console, []);
    assert.deepEqual(problems.csp, []);
  } finally {
    await context.close();
  }
});

test('loading="lazy": switching to eager, or calling openClaim(), starts it at once', async () => {
  for (const start of ['eager', 'openClaim']) {
    const { context, page } = await open('/test/lazy-inline.html', { ready: false });
    try {
      await page.waitForTimeout(300);
      assert.equal(await page.locator('#x').evaluate((e) => e.state), 'idle');
      const id = data.claims[1].id;
      const opened = start === 'eager'
        ? await page.evaluate(() => { document.getElementById('x').loading = 'eager'; return null; })
        : await page.evaluate((claim) => document.getElementById('x').openClaim(claim), id);
      await waitForEvent(page, 'be-ready');
      assert.equal((await listed(page)).length, 3, start);
      if (start === 'openClaim') {
        assert.equal(opened, true);
        assert.equal(await page.locator(`#x li[data-claim="${id}"] .card`).isVisible(), true);
      }
    } finally {
      await context.close();
    }
  }
});

test('events bubble, are composed, and carry their documented details', async () => {
  const { context, page } = await open('/test/plain.html');
  try {
    const [ready] = await events(page, 'be-ready');
    assert.deepEqual(ready.detail, { claims: 12, title: data.title });
    assert.equal(ready.bubbles, true);
    assert.equal(ready.composed, true);
    assert.equal(ready.target, 'x');

    // be-claim-open: from a click on a claim.
    const first = data.claims[0].id;
    await page.locator(`#x li[data-claim="${first}"] .row-toggle`).click();
    await waitForEvent(page, 'be-claim-open');
    let opens = await events(page, 'be-claim-open');
    assert.deepEqual(opens.map((e) => e.detail), [{ id: first }]);
    assert.equal(opens[0].bubbles && opens[0].composed, true);
    // Closing fires nothing; re-opening fires again.
    await page.locator(`#x li[data-claim="${first}"] .row-toggle`).click();
    await page.locator(`#x li[data-claim="${first}"] .row-toggle`).click();
    await waitForEvent(page, 'be-claim-open', 2);

    // be-filter-change: from the search field, a filter and the sort.
    await page.locator('#x input[type="search"]').fill('sleep');
    await waitForEvent(page, 'be-filter-change');
    let changes = await events(page, 'be-filter-change');
    const last = changes.at(-1);
    assert.equal(last.detail.filters.text, 'sleep');
    assert.equal(last.detail.shown, (await listed(page)).length);
    assert.equal(last.detail.total, 12);
    assert.equal(last.bubbles && last.composed, true);
    await page.locator('#x').getByLabel('Sort by').selectOption('certainty');
    await waitForEvent(page, 'be-filter-change', changes.length + 1);
    changes = await events(page, 'be-filter-change');
    assert.equal(changes.at(-1).detail.filters.sort, 'certainty');
    assert.deepEqual(Object.keys(changes.at(-1).detail.filters).sort(), ['certainty', 'route', 'sort', 'text', 'topic', 'verdict']);

    // be-claim-open from a #claim= link.
    opens = await events(page, 'be-claim-open');
    const other = data.claims[5].id;
    await page.evaluate((id) => { window.location.hash = `claim=${id}`; }, other);
    await waitForEvent(page, 'be-claim-open', opens.length + 1);
    assert.equal((await events(page, 'be-claim-open')).at(-1).detail.id, other);
  } finally {
    await context.close();
  }
});

test('openClaim(id) opens, scrolls to and focuses a claim, clearing filters that hide it; unknown ids resolve false', async () => {
  const { context, page } = await open('/test/plain.html');
  try {
    await page.locator('#x input[type="search"]').fill('zzzqqq');
    await page.waitForFunction(() => document.getElementById('x').shadowRoot.querySelectorAll('.claims > li').length === 0);
    const id = data.claims[7].id;
    const before = (await events(page, 'be-filter-change')).length;
    const result = await page.evaluate((claim) => document.getElementById('x').openClaim(claim), id);
    assert.equal(result, true);
    assert.equal((await listed(page)).length, 12, 'the hiding search was cleared');
    assert.equal(await page.locator('#x input[type="search"]').inputValue(), '');
    assert.ok((await events(page, 'be-filter-change')).length > before, 'clearing the filters is reported');
    const row = page.locator(`#x li[data-claim="${id}"]`);
    assert.equal(await row.locator('.row-toggle').getAttribute('aria-expanded'), 'true');
    assert.equal(await row.locator('.card').isVisible(), true);
    assert.equal(await page.evaluate(() => window.location.hash), `#claim=${id}`);
    assert.equal(await page.evaluate(() => document.getElementById('x').shadowRoot.activeElement?.closest('li')?.dataset.claim), id);
    const inView = await row.evaluate((li) => { const r = li.getBoundingClientRect(); return r.top >= -2 && r.top < window.innerHeight; });
    assert.equal(inView, true);
    assert.equal((await events(page, 'be-claim-open')).at(-1).detail.id, id);
    // Opening an open claim again fires nothing new.
    const opens = (await events(page, 'be-claim-open')).length;
    assert.equal(await page.evaluate((claim) => document.getElementById('x').openClaim(claim, { scroll: false, focus: false }), id), true);
    assert.equal((await events(page, 'be-claim-open')).length, opens);

    assert.equal(await page.evaluate(() => document.getElementById('x').openClaim('no-such-claim')), false);
  } finally {
    await context.close();
  }
});

test('reset() clears the search and filters, closes every card and fires be-filter-change', async () => {
  const { context, page } = await open('/test/plain.html');
  try {
    const [a, b] = [data.claims[0].id, data.claims[2].id];
    await page.evaluate(([x, y]) => Promise.all([document.getElementById('x').openClaim(x), document.getElementById('x').openClaim(y)]), [a, b]);
    await page.locator('#x').getByLabel('Verdict', { exact: true }).selectOption({ index: 1 });
    await page.waitForFunction(() => document.getElementById('x').shadowRoot.querySelectorAll('.claims > li').length < 12);
    const before = (await events(page, 'be-filter-change')).length;
    await page.evaluate(() => document.getElementById('x').reset());
    assert.equal((await listed(page)).length, 12);
    assert.equal(await page.locator('#x .row-toggle[aria-expanded="true"]').count(), 0);
    assert.equal(await page.locator('#x').getByLabel('Verdict', { exact: true }).inputValue(), '');
    assert.equal(await page.evaluate(() => window.location.hash), '');
    const changes = await events(page, 'be-filter-change');
    assert.equal(changes.length, before + 1);
    assert.deepEqual(changes.at(-1).detail.filters, { text: '', topic: [], verdict: [], certainty: [], route: [], sort: 'topic' });
  } finally {
    await context.close();
  }
});

test('theme: "dark" and "light" force a colour scheme whatever the visitor prefers', async () => {
  for (const [scheme, theme, dark] of [['light', 'dark', true], ['dark', 'light', false], ['dark', null, true], ['light', null, false]]) {
    const { context, page } = await open('/test/plain.html', { colorScheme: scheme });
    try {
      if (theme) await page.evaluate((t) => { document.getElementById('x').theme = t; }, theme);
      const bg = await page.locator('#x').evaluate((e) => getComputedStyle(e.shadowRoot.querySelector('.row')).backgroundColor);
      const luminance = await page.evaluate((value) => {
        const c = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d');
        c.fillStyle = value; c.fillRect(0, 0, 1, 1);
        const [r, g, b] = c.getImageData(0, 0, 1, 1).data;
        return (r + g + b) / 3;
      }, bg);
      assert.equal(luminance < 80, dark, `prefers ${scheme}, theme=${theme}: background ${bg}`);
    } finally {
      await context.close();
    }
  }
});
