// The first Intl object a page creates makes Chromium load its locale data (40–50 ms at 1× CPU): the default
// page, in English, in Spanish and in the Spanish of the United States, reaches be-ready without creating one
// (web/src/i18n/formats.js writes the two languages' numbers, plurals, dates and language names out). What is
// made later, on use (a source list's collation, the handout, another language), is not counted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openPage, requireDist, DIST } from './helpers.mjs';

let browser;
let server;

before(async () => {
  requireDist();
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.match(index, /<html lang="en">/, 'dist/index.html is the English default page');
  server = await serve({
    '/es.html': index.replace('<html lang="en">', '<html lang="es">'),
    '/es-us.html': index.replace('<html lang="en">', '<html lang="es-US">'),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Record, until be-ready, every Intl constructor called and every built-in that formats through ICU. */
function recordIntl() {
  window.__intlBeforeReady = [];
  let ready = false;
  document.addEventListener('be-ready', () => {
    ready = true;
  }, { capture: true });
  const note = (name, args) => {
    if (!ready) window.__intlBeforeReady.push(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
  };
  for (const name of Object.getOwnPropertyNames(Intl)) {
    const original = Intl[name];
    if (typeof original !== 'function' || !/^[A-Z]/.test(name)) continue;
    Intl[name] = new Proxy(original, {
      construct(target, args, newTarget) {
        note(`new Intl.${name}`, args);
        return Reflect.construct(target, args, newTarget);
      },
      apply(target, self, args) {
        note(`Intl.${name}`, args);
        return Reflect.apply(target, self, args);
      },
    });
  }
  const methods = [
    [Number.prototype, 'toLocaleString'], [BigInt.prototype, 'toLocaleString'], [Array.prototype, 'toLocaleString'],
    [Date.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleDateString'], [Date.prototype, 'toLocaleTimeString'],
    [String.prototype, 'localeCompare'],
  ];
  for (const [proto, name] of methods) {
    const original = proto[name];
    proto[name] = function localeMethod(...args) {
      note(`${proto.constructor.name}.prototype.${name}`, args);
      return original.apply(this, args);
    };
  }
}

for (const [lang, path] of [['English', ''], ['Spanish', 'es.html'], ['Spanish of the United States (es-US)', 'es-us.html']]) {
  test(`the default page in ${lang} creates no Intl object before be-ready`, async () => {
    const { context, page, problems } = await openPage(browser, null, { waitFor: null });
    await page.addInitScript(recordIntl);
    await page.goto(`${server.url}${path}`);
    await page.waitForFunction(() => window.__beEvents.some((e) => e.type === 'be-ready' || e.type === 'be-error'), null, { timeout: 15000 });
    assert.deepEqual(await page.evaluate(() => window.__beEvents.map((e) => e.type)), ['be-ready'], 'the page gets ready');
    const made = await page.evaluate(() => window.__intlBeforeReady);
    const counted = [...new Set(made)].map((call) => `${call} ×${made.filter((c) => c === call).length}`);
    assert.deepEqual(counted, [], `Intl used before be-ready: ${counted.join('; ')}`);
    // The formatting the page shows is still the browser's own: the review date as Intl writes it.
    const [shown, expected] = await page.evaluate(() => {
      const time = document.querySelector('benefits-explorer').shadowRoot.querySelector('.reviewed time');
      const date = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${time.getAttribute('datetime')}T00:00:00Z`));
      return [time.textContent, date];
    });
    assert.ok(shown.includes(expected), `the review date "${shown}" says ${expected}`);
    assert.deepEqual(problems, { console: [], pageErrors: [], csp: [] });
    await context.close();
  });
}
