// Editor mode (issue 15, messages an editor acts on): each finding names its claim by id and title, and the
// report offers the lenient profile (disease claims and wording stronger than the certainty listed as
// warnings), through the linter's lint_with_profile binding. Compared with what the engine itself reports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openPage, requireDist, ROOT, screenshot } from './helpers.mjs';
import { page as testPage, inline, recordEvents, waitForEvent, dataset } from './embedding-helpers.mjs';

let browser;
let server;
let strict;
let lenient;
let spanish;
before(async () => {
  requireDist();
  // A disease claim in a claim's summary: an L11 error under the strict profile, a warning under the lenient.
  const data = dataset();
  data.claims[1].summary = `${data.claims[1].summary} Our drip treats migraine.`;
  const factory = createRequire(import.meta.url)(join(ROOT, 'build', 'wasm', 'benefits-core.js'));
  const core = await factory({ wasmBinary: readFileSync(join(ROOT, 'build', 'wasm', 'benefits-core.wasm')) });
  assert.equal(typeof core.lint_with_profile, 'function', 'the linter binds lint_with_profile');
  strict = JSON.parse(core.lint_with_profile(JSON.stringify(data), 'strict', 'en'));
  lenient = JSON.parse(core.lint_with_profile(JSON.stringify(data), 'lenient', 'en'));
  spanish = JSON.parse(core.lint_with_profile(JSON.stringify(data), 'strict', 'es'));
  assert.deepEqual(JSON.parse(core.lint(JSON.stringify(data))), strict, 'lint() is the strict profile');
  server = await serve({
    '/test/editor-lint.html': testPage(`<h1>Editor</h1><benefits-explorer id="x" editor><p id="fallback">Fallback</p>${inline(JSON.stringify(data))}</benefits-explorer>`),
    // The dataset's Spanish translation, where the Spanish page looks for it (beside the page).
    [`/test/${data.translations.es}`]: readFileSync(join(ROOT, 'dist', data.translations.es), 'utf8'),
    '/test/editor-lint-es.html': testPage(`<h1>Editor</h1><benefits-explorer id="x" editor lang="es"><p id="fallback">Fallback</p>${inline(JSON.stringify(data))}</benefits-explorer>`, { lang: 'es' }),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(viewport, path = 'test/editor-lint.html') {
  const opened = await openPage(browser, null, { waitFor: null, ...(viewport ? { viewport } : {}) });
  await recordEvents(opened.page);
  await opened.page.goto(`${server.url}${path}`);
  await waitForEvent(opened.page, 'be-ready');
  await opened.page.waitForFunction(() => !document.getElementById('x').shadowRoot.querySelector('[part~="lint"]').hidden);
  return opened;
}

const report = (page) => page.locator('#x [part~="lint"]');
const l11 = (findings) => findings.find((f) => f.rule === 'L11' && f.path === 'claims[1].summary');

test('editor: every finding on a claim shows the claim\'s id and title', async () => {
  const { context, page, problems } = await open();
  try {
    const items = report(page).locator('.lint-item');
    assert.equal(await items.count(), strict.findings.length);
    let named = 0;
    for (let i = 0; i < strict.findings.length; i += 1) {
      const f = strict.findings[i];
      const claim = items.nth(i).locator('.lint-claim');
      if (!f.claim) {
        assert.equal(await claim.count(), 0, `${f.path} is not in a claim`);
        continue;
      }
      named += 1;
      assert.equal(await claim.locator('.lint-claim-id').textContent(), f.claim);
      assert.equal(await claim.locator('.lint-claim-title').textContent(), `“${f.claim_title}”`);
      assert.equal(await claim.textContent(), `Claim ${f.claim} “${f.claim_title}”`);
    }
    assert.ok(named > 0, 'some findings are on claims');
    assert.deepEqual(problems.console, []);
  } finally {
    await context.close();
  }
});

test('editor: the lenient profile lists disease claims as warnings; strict again makes them errors', async () => {
  const { context, page, problems } = await open();
  try {
    const lint = report(page);
    const box = lint.getByRole('checkbox', { name: /Lenient profile/ });
    assert.equal(await box.isChecked(), false, 'strict is the default');
    assert.equal(l11(strict.findings).severity, 'error');
    assert.equal(l11(lenient.findings).severity, 'warning');
    const item = () => lint.locator('.lint-item[data-rule="L11"][data-path="claims[1].summary"]');
    assert.equal(await item().locator('.lint-severity').textContent(), 'Error');
    const summary = (r) => {
      const errors = r.findings.filter((f) => f.severity === 'error').length;
      const warnings = r.findings.length - errors;
      return `Found ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'}.`;
    };
    assert.equal(await lint.locator('.lint-summary').textContent(), summary(strict));

    await box.check();
    await page.waitForFunction(() => document.getElementById('x').shadowRoot
      .querySelector('.lint-item[data-rule="L11"][data-path="claims[1].summary"] .lint-severity').textContent === 'Warning');
    assert.equal(await lint.locator('.lint-summary').textContent(), summary(lenient));
    assert.equal(await lint.getByRole('checkbox', { name: /Lenient profile/ }).isChecked(), true);
    assert.match(await lint.locator('.lint-profile-note').textContent(), /^Lenient profile:/);
    // The checkbox keeps the focus across the new report, for a keyboard user.
    assert.equal(await page.evaluate(() => document.getElementById('x').shadowRoot.activeElement?.type), 'checkbox');
    assert.equal(await lint.locator('.lint-item').count(), lenient.findings.length);

    await lint.getByRole('checkbox', { name: /Lenient profile/ }).uncheck();
    await page.waitForFunction(() => document.getElementById('x').shadowRoot
      .querySelector('.lint-item[data-rule="L11"][data-path="claims[1].summary"] .lint-severity').textContent === 'Error');
    assert.equal(await item().locator('.lint-severity').textContent(), 'Error');
    assert.equal(await lint.locator('.lint-summary').textContent(), summary(strict));
    assert.deepEqual(problems.console, []);
  } finally {
    await context.close();
  }
});

test('editor, lang="es": each message and fix is the core\'s Spanish, marked Spanish; switching to English asks again', async () => {
  const { context, page, problems } = await open(null, 'test/editor-lint-es.html');
  try {
    const items = report(page).locator('.lint-item');
    assert.equal(await items.count(), spanish.findings.length);
    const shown = await items.evaluateAll((els) => els.map((el) => ({
      rule: el.querySelector('.lint-rule').textContent,
      titleLang: el.querySelector('.lint-rule-title').lang,
      message: el.querySelector('.lint-message').textContent,
      messageLang: el.querySelector('.lint-message').lang,
      fix: el.querySelector('.lint-fix span')?.textContent,
      fixLang: el.querySelector('.lint-fix span')?.lang,
    })));
    shown.forEach((item, k) => {
      assert.equal(item.rule, `Regla ${spanish.findings[k].rule}: ${spanish.findings[k].title}`);
      assert.equal(item.titleLang, 'es');
      assert.equal(item.message, spanish.findings[k].message);
      assert.equal(item.fix, spanish.findings[k].fix);
      assert.equal(item.messageLang, 'es');
      assert.equal(item.fixLang, 'es');
    });
    // Not the English report: each message differs from the English one at the same place.
    shown.forEach((item, k) => assert.notEqual(item.message, strict.findings[k].message));
    const l11 = shown.find((_, k) => spanish.findings[k].rule === 'L11');
    assert.match(l11.message, /es una afirmación medicinal/);
    assert.equal(l11.rule, 'Regla L11: Afirmación medicinal');
    // The page turned English: the report is asked for again, in English.
    await page.evaluate(() => document.getElementById('x').setAttribute('lang', 'en'));
    await page.waitForFunction((first) => document.getElementById('x').shadowRoot.querySelector('.lint-message')?.textContent === first,
      strict.findings[0].message);
    assert.equal(await report(page).locator('.lint-message').first().getAttribute('lang'), 'en');
    assert.deepEqual(problems.console, []);
  } finally {
    await context.close();
  }
});

test('editor: the report with the profile choice and claim names at 390 and 1280 px', async () => {
  for (const width of [390, 1280]) {
    const { context, page } = await open({ width, height: 900 });
    try {
      const lint = report(page);
      const overflow = await lint.evaluate((el) => el.scrollWidth - el.clientWidth);
      assert.ok(overflow <= 1, `no sideways scrolling at ${width} px (${overflow})`);
      await screenshot(lint.locator('.lint-profile').first(), `editor-lint-profile-${width}`);
      await screenshot(lint.locator('.lint-item[data-rule="L11"]').first(), `editor-lint-finding-${width}`);
    } finally {
      await context.close();
    }
  }
});
