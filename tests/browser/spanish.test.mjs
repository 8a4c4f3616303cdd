// The Spanish page a Spanish-speaking patient can rely on (issue 16): with lang="es" the default dataset is
// shown from its Spanish translation (data/claims.es.json, named by claims.json's "translations"), every
// string carries its true language, and the page says what the text is translated from and that no health
// professional has reviewed the translation yet. A text the translation lacks is shown in English, marked
// lang="en"; a translation that cannot be read, or that the core refuses, still gives the whole page, in
// English, with a notice in Spanish. Screenshots (390 and 1280 px) and the printed handout (PDF → PNG) go to
// build/screenshots/spanish-*.png to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import es from '../../web/src/i18n/strings/es.js';
import { launch, serve, openPage, requireDist, DIST, ROOT, SCREENSHOTS, screenshot } from './helpers.mjs';
import { page as testPage, recordEvents, waitForEvent } from './embedding-helpers.mjs';

// English function words that are not also Spanish words ("no", "a", "en", "me", "he", "has", "son", "as" are
// left out): any of them in text marked Spanish is English left in.
const ENGLISH = new Set(`the of and to in is that with for was were not are be been being by from at or this these
those which who whom whose it its they their them than then there but if on an have had will would can could may
might should must more most less after before during about into between without within only also any each other
such when where while both did does we our you your she his her what how why all some were`.split(/\s+/).filter(Boolean));
const MAX_ENGLISH_SHARE = 0.005;
const OUT = join(ROOT, 'build', 'spanish');

let browser;
let server;
let data;
let translation;

const withoutKey = (key) => {
  const copy = JSON.parse(JSON.stringify(translation));
  delete copy.texts[key];
  return JSON.stringify(copy);
};

before(async () => {
  requireDist();
  data = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8'));
  assert.equal(typeof data.translations?.es, 'string', 'claims.json names its Spanish translation');
  translation = JSON.parse(readFileSync(join(DIST, data.translations.es), 'utf8'));
  const claim = data.claims[0];
  // A translation whose summary of the first claim changes a number: the core refuses it.
  const changed = JSON.parse(JSON.stringify(translation));
  const summary = changed.texts[`claims.${claim.id}.summary`];
  summary.text = `${summary.text} 7777.`;
  const explorer = (attrs) => testPage(`<h1>Prueba</h1><benefits-explorer id="x" ${attrs}><p>Reserva</p></benefits-explorer>`, { lang: 'es' });
  const datasetText = JSON.stringify(data);
  server = await serve({
    '/test/es.html': explorer(''),
    '/test/en.html': testPage('<benefits-explorer id="x"><p>Fallback</p></benefits-explorer>'),
    // Beside a dataset with its own address: a translation without one key, none at all, one refused.
    '/test/partial/claims.json': datasetText,
    [`/test/partial/${data.translations.es}`]: withoutKey(`claims.${claim.id}.summary`),
    '/test/partial.html': explorer('src="/test/partial/claims.json"'),
    '/test/missing/claims.json': datasetText,
    '/test/missing.html': explorer('src="/test/missing/claims.json"'),
    '/test/refused/claims.json': datasetText,
    [`/test/refused/${data.translations.es}`]: JSON.stringify(changed),
    '/test/refused.html': explorer('src="/test/refused/claims.json"'),
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

/** Open every card and everything in it (sources, grading steps, "show more"), the grading panel and the safety sources. */
async function openEverything(page) {
  await page.evaluate(() => {
    const root = document.getElementById('x').shadowRoot;
    for (const toggle of root.querySelectorAll('.row-toggle[aria-expanded="false"]')) toggle.click();
    for (let round = 0; round < 3; round += 1) {
      for (const button of root.querySelectorAll('button[aria-expanded="false"]')) if (!button.classList.contains('row-toggle')) button.click();
      for (const more of root.querySelectorAll('.list-more-button')) more.click();
    }
  });
}

/** Build the printed handout in the DOM (print media), then go back to the screen. */
async function buildHandout(page) {
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => document.getElementById('x').shadowRoot.querySelector('[part~="handout"]').childElementCount > 0);
  await page.emulateMedia({ media: null });
}

/** Every text of the explorer with the language it is marked with (the nearest lang), and whether it is in a citation. */
const markedTexts = (page) => page.evaluate(() => {
  const root = document.getElementById('x').shadowRoot;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent.replace(/\s+/g, ' ').trim();
    if (!parent || !text || parent.closest('slot')) continue;
    const marked = parent.closest('[lang]');
    out.push({
      text,
      lang: marked ? marked.getAttribute('lang') : '',
      citation: Boolean(parent.closest('[data-citation]')),
      handout: Boolean(parent.closest('[part~="handout"]')),
      where: (parent.closest('[class]') || parent).getAttribute('class') || parent.localName,
    });
  }
  return out;
});

const primary = (tag) => String(tag).split('-')[0].toLowerCase();
const words = (text) => text.toLowerCase().match(/[\p{L}\p{M}’']+/gu) || [];

function englishShare(texts) {
  let total = 0;
  const found = [];
  for (const { text, where } of texts) {
    const list = words(text);
    total += list.length;
    const english = list.filter((w) => ENGLISH.has(w));
    if (english.length) found.push(`${where}: ${english.join(',')} ← ${text.slice(0, 140)}`);
    found.total = (found.total || 0) + english.length;
  }
  return { total, english: found.total || 0, found };
}

test('lang="es": the text marked Spanish has at most 0.5 % English function words, on the page and in the printed handout; only citations are marked English', async (t) => {
  const { context, page, problems } = await open('/test/es.html');
  try {
    await openEverything(page);
    await buildHandout(page);
    const texts = await markedTexts(page);
    for (const part of [texts.filter((t) => !t.handout), texts.filter((t) => t.handout)]) {
      assert.ok(part.length > 100, 'the page and the handout have text');
      const spanish = part.filter((t) => primary(t.lang) === 'es');
      const { total, english, found } = englishShare(spanish);
      t.diagnostic(`${part[0].handout ? 'handout' : 'page'}: ${english} English function words in ${total} words marked es: ${found.join(' | ').slice(0, 400)}`);
      assert.ok(total > 1000, `${total} words marked es`);
      assert.ok(english / total <= MAX_ENGLISH_SHARE, `${english} English function words in ${total} (${((100 * english) / total).toFixed(2)} %):\n${found.slice(0, 40).join('\n')}`);
      const notCitations = part.filter((t) => primary(t.lang) === 'en' && !t.citation);
      assert.deepEqual(notCitations.map((t) => `${t.where}: ${t.text.slice(0, 100)}`), [], 'only citations are marked en');
      const unmarked = part.filter((t) => !t.lang);
      assert.deepEqual(unmarked.map((t) => t.text), [], 'every text has a language');
    }
    // Citations stay as the sources word them, marked with the dataset's language, and said to be in English.
    const titles = texts.filter((t) => t.where.includes('ref-title') || t.citation);
    assert.ok(titles.some((t) => t.citation && t.lang === 'en'), 'citations are marked en');
    assert.ok(texts.some((t) => t.text === es.originalTitleNote.replace('{language}', 'inglés')), '"(título original en inglés)" beside a title');
    assert.deepEqual(problems.console, []);
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('lang="es": the page and the handout say, in Spanish, what the text is translated from and that no health professional has reviewed it', async () => {
  const { context, page } = await open('/test/es.html');
  try {
    const x = page.locator('#x');
    const note = x.locator('.notice--translation');
    assert.equal(await note.count(), 1);
    const text = (await note.textContent()).replace(/\s+/g, ' ');
    assert.match(text, /traducción de la revisión de la evidencia en inglés/);
    assert.match(text, /6 de diciembre de 2026/);
    assert.match(text, /24 de noviembre de 2026/);
    assert.ok(text.includes(es.translationNotReviewed), text);
    assert.equal(await note.evaluate((n) => n.closest('[lang]').getAttribute('lang')), 'es');
    // The view's own words: title and safety in Spanish, marked es.
    assert.equal(await x.locator('.title').textContent(), translation.texts.title.text);
    assert.equal(await x.locator('.title').getAttribute('lang'), 'es');
    assert.equal(await x.locator('.red-flag-list li > span').first().textContent(), translation.texts['red_flags.0.statement'].text);
    await buildHandout(page);
    const handout = (await x.locator('[part~="handout"] .ho-translation').textContent()).replace(/\s+/g, ' ');
    assert.ok(handout.includes(es.translationNotReviewed), handout);
  } finally {
    await context.close();
  }
});

test('a text the translation lacks is shown in English, marked lang="en", and the note counts it', async () => {
  const { context, page } = await open('/test/partial.html');
  try {
    const claim = data.claims[0];
    const x = page.locator('#x');
    await x.locator(`li[data-claim="${claim.id}"] .row-toggle`).click();
    const summary = x.locator(`li[data-claim="${claim.id}"] .summary`);
    assert.equal(await summary.textContent(), claim.summary);
    assert.equal(await summary.getAttribute('lang'), 'en');
    assert.equal(await x.locator(`li[data-claim="${claim.id}"] .row-title`).getAttribute('lang'), 'es');
    assert.equal(await x.locator(`li[data-claim="${claim.id}"] .row-title`).textContent(), translation.texts[`claims.${claim.id}.title`].text);
    const total = Object.keys(translation.texts).length;
    assert.match((await x.locator('.notice--translation').textContent()).replace(/\s+/g, ' '), new RegExp(`1 de ${new Intl.NumberFormat('es').format(total)} textos aún no está traducido`));
  } finally {
    await context.close();
  }
});

test('a translation that cannot be downloaded, or that the core refuses, still gives the whole page, in English, with a notice in Spanish', async () => {
  for (const [path, words] of [['/test/missing.html', /No se pudo cargar la traducción al español/], ['/test/refused.html', /La traducción al español no coincide/]]) {
    const { context, page } = await open(path);
    try {
      const x = page.locator('#x');
      assert.equal(await x.locator('.claims > li').count(), data.claims.length, path);
      assert.equal(await x.locator('.title').textContent(), data.title);
      assert.equal(await x.locator('.title').getAttribute('lang'), 'en');
      assert.equal(await x.getByRole('searchbox', { name: 'Buscar' }).count(), 1, 'the page speaks Spanish');
      const note = (await x.locator('.notice--translation').textContent()).replace(/\s+/g, ' ');
      assert.match(note, words, path);
      assert.ok(note.includes(es.translationAskClinic), note);
    } finally {
      await context.close();
    }
  }
});

test('changing lang at run time opens the dataset with the right translation, also offline once read', async () => {
  const { context, page } = await open('/test/en.html');
  try {
    const x = page.locator('#x');
    const claim = data.claims[0];
    const title = x.locator(`li[data-claim="${claim.id}"] .row-title`);
    assert.equal(await title.textContent(), claim.title);
    await page.evaluate(() => { document.getElementById('x').lang = 'es'; });
    await page.waitForFunction((text) => document.getElementById('x').shadowRoot.querySelector('.row-title').textContent === text, translation.texts[`claims.${claim.id}.title`].text);
    assert.equal(await title.getAttribute('lang'), 'es');
    await context.setOffline(true);
    await page.evaluate(() => { document.getElementById('x').lang = 'en'; });
    await page.waitForFunction((text) => document.getElementById('x').shadowRoot.querySelector('.row-title').textContent === text, claim.title);
    await page.evaluate(() => { document.getElementById('x').lang = 'es-MX'; });
    await page.waitForFunction((text) => document.getElementById('x').shadowRoot.querySelector('.row-title').textContent === text, translation.texts[`claims.${claim.id}.title`].text);
    assert.equal(await x.locator('.notice--translation-original').count(), 0);
  } finally {
    await context.close();
  }
});

test('screenshots in Spanish at 390 and 1280 px (list, an open card, the safety section) and the printed handout, without sideways scrolling', async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  mkdirSync(OUT, { recursive: true });
  const claim = data.claims.find((c) => c.id === 'meta-analysis-948') || data.claims[0];
  for (const width of [390, 1280]) {
    const { context, page } = await open('/test/es.html', { viewport: { width, height: 900 } });
    try {
      const x = page.locator('#x');
      await screenshot(page, `spanish-list-${width}`);
      await x.locator(`li[data-claim="${claim.id}"] .row-toggle`).click();
      await screenshot(x.locator(`li[data-claim="${claim.id}"]`), `spanish-card-${width}`);
      await screenshot(x.locator('[part~="safety"]'), `spanish-safety-${width}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px at ${width} px`);
      if (width === 1280) {
        const file = join(OUT, 'spanish-handout.pdf');
        await page.emulateMedia({ media: 'print' });
        writeFileSync(file, await page.pdf({ format: 'A4', margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } }));
        for (const f of readdirSync(SCREENSHOTS)) if (f.startsWith('spanish-handout-')) rmSync(join(SCREENSHOTS, f));
        execFileSync('pdftoppm', ['-png', '-r', '60', file, join(SCREENSHOTS, 'spanish-handout')]);
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
        assert.ok(text.includes('Ningún profesional sanitario'), 'the handout says the translation is not reviewed');
      }
    } finally {
      await context.close();
    }
  }
});
