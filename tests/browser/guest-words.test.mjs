// A good guest on the host page (issue 17, item 6): a clinic can put its own introduction in
// (<span slot="intro">) and change the words that frame the explorer (the `strings` property, per language);
// the words that state the evidence stay the explorer's, and a wrong entry is left out with a warning that
// names its path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, screenshot, ROOT } from './helpers.mjs';
import { browser, server, startSession } from './session.mjs';
import { page as testPage, recordEvents, waitForEvent } from './embedding-helpers.mjs';
import { OVERRIDABLE } from '../../web/src/i18n/overrides.js';
import en from '../../web/src/i18n/strings/en.js';
import es from '../../web/src/i18n/strings/es.js';

const EARLY = `
// Runs before benefits-explorer.js (both deferred, in order): the element is not defined yet.
document.getElementById('y').strings = { en: { disclaimerTitle: 'Set before the upgrade.' } };
`;

startSession(() => ({
  '/test/intro.html': testPage('<benefits-explorer id="x"><span slot="intro">Riverside Clinic offers magnesium drips. Here is what the studies say about the claims made for them. <a href="/book">Book a talk with our pharmacist</a>.</span><p id="fallback">Fallback</p></benefits-explorer>'),
  '/test/plain.html': testPage('<benefits-explorer id="x"><p>Fallback</p></benefits-explorer>'),
  '/test/early.js': { body: EARLY, type: 'text/javascript' },
  '/test/early.html': testPage('<benefits-explorer id="y"><p>Fallback</p></benefits-explorer>', { head: '<script defer src="/test/early.js"></script>' }),
}));

async function open(path, options = {}) {
  const opened = await openPage(browser, null, { waitFor: null, ...options });
  await recordEvents(opened.page);
  await opened.page.goto(`${server.url}${path.replace(/^\//, '')}`);
  await waitForEvent(opened.page, 'be-ready');
  return opened;
}

const shadowText = (page, selector, id = 'x') => page.locator(`#${id}`).evaluate((e, s) => e.shadowRoot.querySelector(s).textContent, selector);

test('<span slot="intro"> replaces the introduction under the title; without it the explorer\'s own words show', async () => {
  for (const width of [390, 1280]) {
    const { context, page, problems } = await open('/test/intro.html', { viewport: { width, height: 900 } });
    try {
      const intro = page.locator('#x [slot="intro"]');
      assert.equal(await intro.isVisible(), true, 'the clinic\'s introduction shows');
      const lede = await page.locator('#x').evaluate((e) => {
        const slot = e.shadowRoot.querySelector('.lede slot[name="intro"]');
        return { assigned: slot.assignedElements().map((n) => n.localName), rect: e.querySelector('[slot="intro"]').getBoundingClientRect().top > e.shadowRoot.querySelector('.title').getBoundingClientRect().top };
      });
      assert.deepEqual(lede, { assigned: ['span'], rect: true }, 'it sits in the intro slot, under the title');
      assert.equal(await page.locator('#fallback').isVisible(), false, 'the fallback is still hidden once ready');
      assert.equal(await page.locator('#x a[href="/book"]').isVisible(), true, 'its link works as the page\'s own');
      assert.deepEqual(problems.csp, []);
      await screenshot(page.locator('#x').locator('[part="header"]'), `guest-intro-${width}`);
    } finally {
      await context.close();
    }
  }
  const { context, page } = await open('/test/plain.html');
  try {
    assert.match(await shadowText(page, '.lede'), /^Each claim an advert makes about /, 'the default introduction');
  } finally {
    await context.close();
  }
});

test('the strings property: partial overrides per language, re-rendered at once, kept across a language switch; evidence words are not overridable', async () => {
  const { context, page } = await open('/test/plain.html');
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  try {
    await page.locator('#x').evaluate((e) => {
      e.strings = {
        en: {
          intro: 'What the studies say about the claims made for {intervention}.',
          rowBrief: 'Our old brochure says',
          glanceTitle: { one: 'The brochure’s claim', other: 'The brochure’s {n} claims at a glance' },
          disclaimerTitle: 'Not medical advice.',
          // wrong entries: left out, each named in one warning
          verdict: { supported: 'Proven' },
          disclaimer: 3,
          footerPrivacy: 'Sent to {server}',
        },
        es: { rowBrief: 'Nuestro folleto antiguo dice' },
        fr: { intro: 'Bonjour' },
      };
    });
    assert.match(await shadowText(page, '.lede'), /^What the studies say about the claims made for /);
    assert.equal(await shadowText(page, '.row-brief .label'), 'Our old brochure says');
    assert.match(await shadowText(page, '.glance-title'), /^The brochure’s \d+ claims at a glance$/);
    assert.equal(await shadowText(page, '.notice--disclaimer strong'), 'Not medical advice.');
    assert.equal(await shadowText(page, '.foot p:last-child'), 'Runs entirely in your browser: nothing you type or open is sent anywhere.', 'a wrong override leaves the original');
    assert.equal(warnings.length, 1, warnings.join('\n'));
    for (const path of ['strings.en.verdict: not one of the words a page may change', 'strings.en.disclaimer: expected a string', 'strings.en.footerPrivacy: unknown placeholder {server}', 'strings.fr: no such language']) {
      assert.ok(warnings[0].includes(path), `${path} in: ${warnings[0]}`);
    }
    await page.locator('#x').evaluate((e) => { e.lang = 'es'; });
    await page.waitForFunction(() => document.getElementById('x').shadowRoot.querySelector('.row-brief .label')?.textContent === 'Nuestro folleto antiguo dice');
    assert.equal(await shadowText(page, '.notice--disclaimer strong'), 'Información, no consejo médico.', 'Spanish keeps its own words where no Spanish override is given');
    await page.locator('#x').evaluate((e) => { e.strings = null; e.lang = 'en'; });
    assert.equal(await shadowText(page, '.row-brief .label'), 'The advert says', 'strings = null brings the explorer\'s own words back');
    assert.deepEqual(await page.locator('#x').evaluate((e) => e.strings), {});
  } finally {
    await context.close();
  }
});

test('strings set before the element is defined (a framework rendering first) are taken over at the upgrade', async () => {
  const { context, page } = await open('/test/early.html');
  try {
    assert.equal(await shadowText(page, '.notice--disclaimer strong', 'y'), 'Set before the upgrade.');
  } finally {
    await context.close();
  }
});

test('the keys a page may change: the table in docs/embedding.md lists exactly overrides.js OVERRIDABLE, each a message in English and Spanish', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'embedding.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Changing the words'), doc.indexOf('\n## ', doc.indexOf('## Changing the words') + 1));
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  const documented = rows.flatMap((row) => [...row.split('|')[1].matchAll(/`([\w.]+)`/g)].map((m) => m[1]));
  assert.deepEqual([...documented].sort(), [...OVERRIDABLE].sort());
  const lookup = (table, key) => key.split('.').reduce((node, part) => node?.[part], table);
  for (const key of OVERRIDABLE) {
    for (const [lang, table] of Object.entries({ en, es })) assert.ok(['string', 'object'].includes(typeof lookup(table, key)), `${lang}: ${key}`);
  }
});
