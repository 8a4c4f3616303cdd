// Where the explorer finds its engine (benefits-core.wasm) and default dataset (claims.json) when the page is
// not next to them (docs/embedding.md, "Where the files are"): the ES module build looks next to its own file
// (import.meta.url), setBasePath() and the base-path attribute point anywhere on the site, and a missing engine
// names the address it tried. Headless Chromium, strict CSP, pages in a folder of their own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, requireDist, CSP, DIST } from '../browser/helpers.mjs';
import { startServer } from '../../scripts/serve.mjs';

const STRICT_META = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;
const ENGINE_FILES = ['benefits-core.wasm', 'claims.json', 'benefits-lint.js', 'benefits-lint.wasm', 'benefits-explorer.cards.css'];
const SCRIPTS = ['benefits-explorer.js', 'benefits-explorer.mjs'];

let site;
let server;
let browser;

const html = (head, body = '<benefits-explorer><p>Fallback</p></benefits-explorer>') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">${STRICT_META}<title>base path</title>${head}</head>
<body><main><h1>Clinic</h1>${body}</main></body></html>`;

function write(path, text) {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), text);
}

before(async () => {
  requireDist();
  site = mkdtempSync(join(tmpdir(), 'be-base-path-'));
  // /vendor/explorer/: everything, as a package's dist/ is; /only-script/: the scripts without their files;
  // /static/files/: the files without the scripts.
  for (const name of [...SCRIPTS, ...ENGINE_FILES]) cpSync(join(DIST, name), join(site, 'vendor', 'explorer', name));
  for (const name of SCRIPTS) cpSync(join(DIST, name), join(site, 'only-script', name));
  for (const name of ENGINE_FILES) cpSync(join(DIST, name), join(site, 'static', 'files', name));
  write('clinic/deep/module.js', "import '/vendor/explorer/benefits-explorer.mjs';\n");
  write('clinic/deep/module.html', html('<script type="module" src="module.js"></script>'));
  write('clinic/deep/set-base.js', "import { setBasePath, getBasePath } from '/only-script/benefits-explorer.mjs';\n"
    + "setBasePath('/static/files');\ndocument.documentElement.dataset.base = getBasePath();\n");
  write('clinic/deep/set-base.html', html('<script type="module" src="set-base.js"></script>'));
  write('clinic/deep/attribute.html', html('<script defer src="/only-script/benefits-explorer.js"></script>',
    '<benefits-explorer base-path="../../static/files"><p>Fallback</p></benefits-explorer>'));
  write('clinic/deep/missing.html', html('<script type="module" src="/only-script/benefits-explorer.mjs"></script>'));
  server = await startServer({ root: site, headers: { 'Content-Security-Policy': CSP } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

/** Open a page, recording the path of every request it makes. */
async function visit(path, waitFor = 'be-ready') {
  const opened = await openPage(browser, null, { waitFor: null });
  const requested = [];
  opened.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await opened.page.goto(`${server.url}${path}`);
  await opened.page.waitForFunction((type) => window.__beEvents.some((e) => e.type === type), waitFor, { timeout: 15000 });
  return { ...opened, requested };
}

const claimCount = (page) => page.locator('benefits-explorer .claims > li').count();

test('imported as a module, the explorer finds its files next to the module file, not next to the page', async () => {
  const { context, page, problems, requested } = await visit('clinic/deep/module.html');
  try {
    assert.ok(await claimCount(page) > 0, 'the list of claims is shown');
    assert.ok(requested.includes('/vendor/explorer/benefits-core.wasm'), requested.join(' '));
    assert.ok(requested.includes('/vendor/explorer/claims.json'), requested.join(' '));
    assert.deepEqual(requested.filter((p) => p.startsWith('/clinic/') && !p.endsWith('.html') && !p.endsWith('.js')), []);
    assert.deepEqual(problems.csp, []);
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('setBasePath() in the importing module points the engine and the dataset at another folder', async () => {
  const { context, page, problems, requested } = await visit('clinic/deep/set-base.html');
  try {
    assert.ok(await claimCount(page) > 0, 'the list of claims is shown');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.base), `${server.url}static/files/`, 'getBasePath() gives the folder, absolute, with its final /');
    assert.ok(requested.includes('/static/files/benefits-core.wasm'), requested.join(' '));
    assert.ok(requested.includes('/static/files/claims.json'), requested.join(' '));
    assert.ok(!requested.some((p) => p.startsWith('/only-script/') && !p.endsWith('.mjs')), requested.join(' '));
    assert.deepEqual(problems.csp, []);
  } finally {
    await context.close();
  }
});

test('the base-path attribute (relative to the page) works with the classic script and is mirrored by basePath', async () => {
  const { context, page, requested } = await visit('clinic/deep/attribute.html');
  try {
    assert.ok(await claimCount(page) > 0, 'the list of claims is shown');
    assert.ok(requested.includes('/static/files/benefits-core.wasm'), requested.join(' '));
    assert.ok(requested.includes('/static/files/claims.json'), requested.join(' '));
    assert.equal(await page.evaluate(() => document.querySelector('benefits-explorer').basePath), '../../static/files');
    // Editor mode fetches the check from the same folder.
    await page.evaluate(() => { document.querySelector('benefits-explorer').editor = true; });
    await page.locator('benefits-explorer [part="lint"]').waitFor({ timeout: 15000 });
    assert.ok(requested.includes('/static/files/benefits-lint.js'), requested.join(' '));
  } finally {
    await context.close();
  }
});

test('without its files next to it, the explorer keeps its fallback and says which address it tried', async () => {
  const { context, page } = await visit('clinic/deep/missing.html', 'be-error');
  try {
    const error = await page.evaluate(() => window.__beEvents.find((e) => e.type === 'be-error').detail);
    // Whichever is missed first (the dataset or the engine), the message names the address next to the module.
    assert.ok(['data-unavailable', 'wasm-missing'].includes(error.code), error.code);
    assert.match(error.problems[0].message, /\/only-script\/(claims\.json|benefits-core\.wasm)/);
    assert.equal(await page.locator('benefits-explorer p', { hasText: 'Fallback' }).isVisible(), true);
  } finally {
    await context.close();
  }
});
