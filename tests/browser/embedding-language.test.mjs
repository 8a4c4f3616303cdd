// Languages: UI strings come from tables keyed by the nearest lang (the element's own, an ancestor's,
// the document's); English and Spanish have exactly the same keys and placeholders; numbers, dates and
// plurals go through Intl; the dataset's text keeps the dataset's language (lang="en" on its containers).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import en from '../../web/src/i18n/strings/en.js';
import es from '../../web/src/i18n/strings/es.js';
import { launch, serve, openPage, requireDist, axe, claimRates } from './helpers.mjs';
import { page as testPage, recordEvents, waitForEvent, listed, dataset } from './embedding-helpers.mjs';

/** Every leaf of a strings table as [path, value]. */
function leaves(table, prefix = '') {
  return Object.entries(table).flatMap(([key, value]) => (value && typeof value === 'object'
    ? leaves(value, `${prefix}${key}.`)
    : [[`${prefix}${key}`, value]]));
}
const placeholders = (message) => [...String(message).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('the English and Spanish tables have exactly the same keys and the same placeholders', () => {
  const a = new Map(leaves(en));
  const b = new Map(leaves(es));
  assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort());
  for (const [key, value] of a) {
    assert.equal(typeof b.get(key), 'string', key);
    assert.ok(b.get(key).trim().length > 0, `${key} is empty in es.js`);
    if (key === 'lang') continue;
    // A plural form may drop {n} (e.g. "the only claim"), but no message may invent or lose another placeholder.
    const own = (m) => placeholders(m).filter((p) => p !== 'n');
    assert.deepEqual(own(b.get(key)), own(value), `placeholders of ${key}`);
  }
  assert.equal(en.lang, 'en');
  assert.equal(es.lang, 'es');
});

let browser;
let server;
let data;
before(async () => {
  requireDist();
  data = dataset();
  server = await serve({
    '/test/es-document.html': testPage('<h1>Prueba</h1><benefits-explorer id="x"><p>Reserva</p></benefits-explorer>', { lang: 'es' }),
    '/test/es-ancestor.html': testPage('<div lang="es-MX"><benefits-explorer id="x"><p>Reserva</p></benefits-explorer></div>'),
    '/test/own-wins.html': testPage('<div lang="es"><benefits-explorer id="x" lang="en"><p>Fallback</p></benefits-explorer></div>'),
    '/test/unknown.html': testPage('<benefits-explorer id="x" lang="fr"><p>Fallback</p></benefits-explorer>'),
    '/test/en.html': testPage('<benefits-explorer id="x"><p>Fallback</p></benefits-explorer>'),
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
  await waitForEvent(opened.page, 'be-ready');
  return opened;
}

/** Text nodes of the shadow root that are not inside dataset text (lang="en" containers). */
const uiTexts = (page) => page.evaluate(() => {
  const root = document.getElementById('x').shadowRoot;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('[hidden]') || parent.closest('[lang]')?.getAttribute('lang') === 'en') continue;
    const text = node.textContent.trim();
    if (text) out.push(text);
  }
  return out;
});

test('the Spanish UI renders from the document\'s lang: words, plurals, numbers and dates through Intl', async () => {
  const { context, page, problems } = await open('/test/es-document.html');
  try {
    const x = page.locator('#x');
    assert.equal(await x.locator('.be').getAttribute('lang'), 'es');
    assert.equal(await x.getByRole('searchbox', { name: 'Buscar' }).count(), 1);
    assert.equal(await x.getByLabel('Tema', { exact: true }).count(), 1);
    assert.equal(await x.locator('.glance-title').textContent(), es.glanceTitle.other.replace('{n}', '12'));
    await page.waitForFunction(() => /Se muestran las 12 afirmaciones/.test(document.getElementById('x').shadowRoot.querySelector('[aria-live="polite"]').textContent));
    // The review date, formatted by Intl for Spanish.
    const expectedDate = new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${data.reviewed}T00:00:00Z`));
    assert.equal(await x.locator('.reviewed time').textContent(), es.reviewed.replace('{date}', expectedDate));
    // Counts: Spanish plurals, numbers formatted by Intl.NumberFormat('es').
    const nf = new Intl.NumberFormat('es');
    const stats = await x.locator('.row-meta .stat').allTextContents();
    assert.ok(stats.length >= 12);
    // The list row's counts (groups joined by " · ") and people (list helper, issue 14).
    const group = '(1 fuente lo respalda|[\\d\\s.]+ fuentes lo respaldan|1 (fuente )?va en contra|[\\d\\s.]+ (fuentes )?van en contra|1 (fuente )?solo aporta contexto|[\\d\\s.]+ (fuentes )?solo aportan contexto|1 informe sin grupo de comparación|[\\d\\s.]+ informes sin grupo de comparación)';
    const people = '(1 persona|[\\d\\s.]+ personas) en (la revisión más grande|los estudios)|No se indica cuántas personas';
    const stat = new RegExp(`^(${group}( · ${group})*|No se cita ninguna fuente|${people})$`, 'u');
    for (const s of stats) assert.match(s, stat, s);
    const numbers = stats.map((s) => s.match(/^[\d\s.]+/u)?.[0].trim()).filter(Boolean);
    for (const n of numbers) assert.equal(nf.format(Number(n.replace(/[\s.]/gu, ''))), n, `${n} is formatted for es`);

    // No English UI string is left outside the dataset's own text.
    const spanish = new Map(leaves(es));
    const english = new Set(leaves(en).filter(([k, v]) => !/\{/.test(v) && spanish.get(k) !== v).map(([, v]) => v.trim()));
    const leftovers = (await uiTexts(page)).filter((text) => english.has(text));
    assert.deepEqual(leftovers, []);
    assert.deepEqual(problems.console, []);
  } finally {
    await context.close();
  }
});

test('the dataset\'s text keeps the dataset\'s language: its containers carry lang from view.language', async () => {
  const { context, page } = await open('/test/es-ancestor.html');
  try {
    const x = page.locator('#x');
    assert.equal(await x.locator('.be').getAttribute('lang'), 'es-MX');
    const claim = data.claims.find((c) => (c.harms || []).length) || data.claims[0];
    await x.locator(`li[data-claim="${claim.id}"] .row-toggle`).click();
    await x.locator(`li[data-claim="${claim.id}"] .sources-toggle`).click();
    // The dataset names a Spanish translation (issue 16): its text is shown in Spanish, marked "es"; citations
    // are never translated and keep the dataset's language.
    const expected = data.translations && data.translations.es ? 'es' : data.language;
    for (const selector of ['.title', '.row-title', '.brief-text', '.row-topic', '.row-reason', '.summary', '.harm-statement', '.ref-title', '.red-flag-list li > span']) {
      const langs = await x.locator(selector).evaluateAll((nodes) => nodes.map((n) => n.closest('[lang]').getAttribute('lang')));
      assert.ok(langs.length > 0, `${selector} present`);
      assert.deepEqual([...new Set(langs)], [selector === '.ref-title' ? data.language : expected], selector);
    }
    // The UI around them is Spanish.
    assert.equal(await x.locator(`li[data-claim="${claim.id}"] .outcomes-section .section-title`).textContent(), es.outcomesTitle);
    assert.equal(await x.locator(`li[data-claim="${claim.id}"] .harms .box-title`).textContent(), es.harmsTitle);
  } finally {
    await context.close();
  }
});

test('the element\'s own lang wins over its ancestors; an unknown language falls back to English', async () => {
  for (const path of ['/test/own-wins.html', '/test/unknown.html']) {
    const { context, page } = await open(path);
    try {
      assert.equal(await page.locator('#x').getByRole('searchbox', { name: 'Search' }).count(), 1, path);
      assert.equal(await page.locator('#x .be').getAttribute('lang'), 'en', path);
    } finally {
      await context.close();
    }
  }
});

test('changing lang at runtime re-renders in the new language, keeping the search and open cards', async () => {
  const { context, page } = await open('/test/en.html');
  try {
    const x = page.locator('#x');
    await x.locator('input[type="search"]').fill('magnesium');
    await page.waitForTimeout(200);
    const shown = await listed(page, '#x');
    const id = shown[0];
    await x.locator(`li[data-claim="${id}"] .row-toggle`).click();
    await page.evaluate(() => { document.getElementById('x').lang = 'es'; });
    assert.equal(await x.getByRole('searchbox', { name: 'Buscar' }).inputValue(), 'magnesium');
    assert.deepEqual(await listed(page, '#x'), shown);
    assert.equal(await x.locator(`li[data-claim="${id}"] .row-toggle`).getAttribute('aria-expanded'), 'true');
    assert.equal(await x.locator(`li[data-claim="${id}"] .card .harms .box-title`).textContent(), es.harmsTitle);
    await page.evaluate(() => { document.getElementById('x').removeAttribute('lang'); });
    assert.equal(await x.getByRole('searchbox', { name: 'Search' }).count(), 1);
  } finally {
    await context.close();
  }
});

test('an ancestor\'s lang change is picked up at the next render (reload())', async () => {
  const { context, page } = await open('/test/en.html');
  try {
    await page.evaluate(() => { document.documentElement.lang = 'es'; });
    assert.equal(await page.locator('#x').getByRole('searchbox', { name: 'Search' }).count(), 1, 'not observed by itself');
    await page.evaluate(() => document.getElementById('x').reload());
    assert.equal(await page.locator('#x').getByRole('searchbox', { name: 'Buscar' }).count(), 1);
  } finally {
    await context.close();
  }
});

test('axe-core: 0 violations in Spanish (list, open card, sources)', async () => {
  const { context, page } = await open('/test/es-document.html');
  try {
    const claim = data.claims.find((c) => claimRates(c).length) || data.claims[0];
    await page.locator(`#x li[data-claim="${claim.id}"] .row-toggle`).click();
    await page.locator(`#x li[data-claim="${claim.id}"] .sources-toggle`).click();
    const violations = await axe(page);
    assert.equal(violations.length, 0, violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.join('\n  ')}`).join('\n'));
  } finally {
    await context.close();
  }
});
