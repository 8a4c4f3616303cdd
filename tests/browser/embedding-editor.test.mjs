// Editor mode (the editor attribute): the core's lint report above the explorer, each finding with its
// rule, severity, path, message and fix, linking to its claim. Without the attribute, lint findings never
// stop a dataset from rendering; a dataset that cannot load still shows the fallback and one message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openPage, requireDist, ROOT, axe } from './helpers.mjs';
import { page as testPage, inline, recordEvents, waitForEvent, events, listed, dataset } from './embedding-helpers.mjs';

let browser;
let server;
let data;
let lintDefault;
let lintBroken;
let withError;
before(async () => {
  requireDist();
  data = dataset();
  // A claim with no harm and no caution (and no infusion cautions on every card): the linter's L6 error. It
  // still loads.
  withError = structuredClone(data);
  withError.claims[2].harms = [];
  withError.claims[2].cautions = [];
  withError.infusion_cautions = [];
  // What the engine itself reports, for comparison with what the page shows.
  const factory = createRequire(import.meta.url)(join(ROOT, 'build', 'wasm', 'benefits-core.js'));
  const core = await factory({ wasmBinary: readFileSync(join(ROOT, 'build', 'wasm', 'benefits-core.wasm')) });
  assert.equal(typeof core.lint, 'function', 'this build has the linter');
  lintDefault = JSON.parse(core.lint(JSON.stringify(data)));
  lintBroken = JSON.parse(core.lint(JSON.stringify(withError)));
  const broken = structuredClone(data);
  broken.claims[3].outcomes[0].evidence[1].ref = 'foo2019';
  server = await serve({
    '/test/editor.html': testPage('<h1>Editor</h1><benefits-explorer id="x" editor deep-link><p id="fallback">Fallback</p></benefits-explorer>'),
    '/test/plain.html': testPage('<h1>Plain</h1><benefits-explorer id="x"><p id="fallback">Fallback</p></benefits-explorer>'),
    '/test/lint-error.html': testPage(`<h1>Lint error</h1><benefits-explorer id="x" editor><p id="fallback">Fallback</p>${inline(JSON.stringify(withError))}</benefits-explorer>`),
    '/test/fatal.html': testPage(`<benefits-explorer id="x" editor><p id="fallback">Fallback</p>${inline(JSON.stringify(broken))}</benefits-explorer>`),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, waitFor = 'be-ready') {
  const opened = await openPage(browser, null, { waitFor: null });
  await recordEvents(opened.page);
  await opened.page.goto(`${server.url}${path.replace(/^\//, '')}`);
  await waitForEvent(opened.page, waitFor);
  return opened;
}

const report = (page) => page.locator('#x [part~="lint"]');
const reportShown = (page) => page.waitForFunction(() => !document.getElementById('x').shadowRoot.querySelector('[part~="lint"]').hidden);

test('editor: the lint report sits above the explorer with every finding: rule, severity, path, message, fix', async () => {
  const { context, page, problems } = await open('/test/editor.html');
  try {
    await reportShown(page);
    assert.ok(lintDefault.ok && lintDefault.findings.length > 0, 'the default dataset has lint warnings');
    const lint = report(page);
    const items = lint.locator('.lint-item');
    assert.equal(await items.count(), lintDefault.findings.length);
    for (let i = 0; i < lintDefault.findings.length; i += 1) {
      const f = lintDefault.findings[i];
      const item = items.nth(i);
      assert.equal(await item.locator('.lint-rule').textContent(), `Rule ${f.rule}: ${f.title}`);
      assert.equal(await item.locator('.lint-severity').textContent(), f.severity === 'error' ? 'Error' : 'Warning');
      assert.equal(await item.locator('.lint-path').textContent(), f.path);
      assert.equal(await item.locator('.lint-message').textContent(), f.message);
      assert.equal(await item.locator('.lint-fix span').textContent(), f.fix);
    }
    const errors = lintDefault.findings.filter((f) => f.severity === 'error').length;
    assert.equal(await lint.locator('.lint-summary').textContent(),
      `Found ${errors} error${errors === 1 ? '' : 's'} and ${lintDefault.findings.length - errors} warning${lintDefault.findings.length - errors === 1 ? '' : 's'}.`);
    // Above the widget: before the title in the page.
    const [lintTop, titleTop] = await Promise.all([lint.boundingBox(), page.locator('#x .title').boundingBox()]);
    assert.ok(lintTop.y < titleTop.y);
    // The explorer still renders all the claims.
    assert.equal((await listed(page)).length, 12);
    assert.deepEqual(problems.console, []);
  } finally {
    await context.close();
  }
});

test('editor: a finding links to its claim and opens its card', async () => {
  const { context, page } = await open('/test/editor.html');
  try {
    await reportShown(page);
    const finding = lintDefault.findings.find((f) => /^claims\[\d+\]/.test(f.path));
    const index = Number(finding.path.match(/^claims\[(\d+)\]/)[1]);
    const claim = data.claims[index];
    const link = report(page).locator(`.lint-item[data-path="${finding.path}"] .lint-open`).first();
    assert.equal(await link.textContent(), `Open the claim “${claim.title}”`);
    await link.click();
    await waitForEvent(page, 'be-claim-open');
    const row = page.locator(`#x li[data-claim="${claim.id}"]`);
    assert.equal(await row.locator('.row-toggle').getAttribute('aria-expanded'), 'true');
    assert.equal(await row.locator('.card').isVisible(), true);
    assert.equal((await events(page, 'be-claim-open')).at(-1).detail.id, claim.id);
    assert.equal(await page.evaluate(() => window.location.hash), `#claim=${claim.id}`);
  } finally {
    await context.close();
  }
});

test('editor: switching the attribute at runtime shows and hides the report; axe finds nothing', async () => {
  const { context, page } = await open('/test/plain.html');
  try {
    assert.equal(await report(page).isVisible(), false);
    await page.evaluate(() => { document.getElementById('x').editor = true; });
    await reportShown(page);
    assert.equal(await report(page).locator('.lint-item').count(), lintDefault.findings.length);
    const violations = await axe(page);
    assert.equal(violations.length, 0, violations.map((v) => `${v.id}: ${v.nodes.join('\n')}`).join('\n'));
    await page.evaluate(() => { document.getElementById('x').removeAttribute('editor'); });
    assert.equal(await report(page).isVisible(), false);
    assert.equal(await report(page).locator('.lint-item').count(), 0);
  } finally {
    await context.close();
  }
});

test('a lint error is shown as an error in editor mode, and never stops the dataset from rendering', async () => {
  const { context, page, problems } = await open('/test/lint-error.html');
  try {
    await reportShown(page);
    const l6 = lintBroken.findings.filter((f) => f.rule === 'L6' && f.severity === 'error');
    assert.ok(l6.some((f) => f.path.startsWith('claims[2]')), JSON.stringify(lintBroken.findings.slice(0, 3)));
    const item = report(page).locator('.lint-item--error').filter({ hasText: 'Rule L6' }).first();
    assert.equal(await item.locator('.lint-severity').textContent(), 'Error');
    assert.equal((await listed(page)).length, 12);
    assert.equal(await page.locator('#fallback').isVisible(), false);
    assert.deepEqual(problems.console, []);
  } finally {
    await context.close();
  }
});

test('without editor, a dataset with only lint warnings renders and nothing is logged', async () => {
  const { context, page, problems } = await open('/test/plain.html');
  try {
    assert.ok(lintDefault.findings.every((f) => f.severity === 'warning'), 'the default dataset has warnings only');
    assert.equal((await listed(page)).length, 12);
    assert.equal(await report(page).isVisible(), false);
    assert.equal(await page.locator('#x .lint-item').count(), 0);
    assert.deepEqual(problems.console, []);
  } finally {
    await context.close();
  }
});

test('fatal load errors (editor or not): the fallback, the problems, one console message, no report', async () => {
  const { context, page, problems } = await open('/test/fatal.html', 'be-error');
  try {
    assert.equal(await page.locator('#fallback').isVisible(), true);
    assert.equal(await page.locator('#x .problems').isVisible(), true);
    assert.equal(await report(page).isVisible(), false);
    assert.equal(problems.console.filter((m) => m.startsWith('benefits-explorer')).length, 1, problems.console.join('\n'));
    assert.equal(problems.console.length, 1);
  } finally {
    await context.close();
  }
});
