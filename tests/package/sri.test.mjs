// Subresource Integrity and the versioned folder (issue 17, item 5): the README's script snippet carries the
// sha384 of the built dist/benefits-explorer.js (written by `node scripts/package.mjs --readme`), and that exact
// snippet works from the versioned folder scripts/package.mjs writes (build/cdn/<version>/); a script whose
// bytes differ from the hash is refused by the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, requireDist, CSP, ROOT, DIST } from '../browser/helpers.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { README_MARKERS } from '../../scripts/package.mjs';

const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const sha384 = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;

/** The README's generated snippet: the <script> tag and its attributes. */
function readmeScript() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const [open, close] = README_MARKERS;
  const block = readme.slice(readme.indexOf(open), readme.indexOf(close));
  const tag = block.match(/<script[^>]*><\/script>/s);
  assert.ok(tag, `README.md has a <script> tag between "${open}" and "${close}"`);
  const attribute = (name) => (tag[0].match(new RegExp(`\\s${name}="([^"]*)"`)) || [])[1];
  return { tag: tag[0], block, src: attribute('src'), integrity: attribute('integrity'), crossorigin: attribute('crossorigin') };
}

let site;
let server;
let browser;
before(async () => {
  requireDist();
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'package.mjs')], { cwd: ROOT, stdio: 'ignore' });
  site = mkdtempSync(join(tmpdir(), 'be-sri-'));
  cpSync(join(ROOT, 'build', 'cdn', version), join(site, 'explorer', version), { recursive: true });
  const { tag, block } = readmeScript();
  const body = block.match(/<benefits-explorer>[\s\S]*<\/benefits-explorer>/)[0];
  const page = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sri</title>${script}</head><body><main>${body}</main></body></html>`;
  server = await startServer({
    root: site,
    headers: { 'Content-Security-Policy': CSP },
    routes: {
      '/readme.html': page(tag),
      '/tampered.html': page(tag.replace(/integrity="sha384-./, (m) => `${m.slice(0, -1)}${m.endsWith('A') ? 'B' : 'A'}`)),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

test("the README's snippet names this version's folder and the built script's sha384, with crossorigin", () => {
  const { src, integrity, crossorigin } = readmeScript();
  assert.equal(src, `/explorer/${version}/benefits-explorer.js`);
  assert.equal(crossorigin, 'anonymous');
  assert.equal(integrity, sha384(join(DIST, 'benefits-explorer.js')),
    'README.md\'s integrity is not the built dist/benefits-explorer.js\'s: run "node scripts/package.mjs --readme" after building');
  const listed = JSON.parse(readFileSync(join(DIST, 'integrity.json'), 'utf8'));
  assert.equal(listed.files['benefits-explorer.js'], integrity);
  assert.equal(listed.files['benefits-core.wasm'], sha384(join(DIST, 'benefits-core.wasm')));
});

test('the versioned folder holds the same bytes as dist/', () => {
  const listed = JSON.parse(readFileSync(join(DIST, 'integrity.json'), 'utf8'));
  for (const [name, hash] of Object.entries(listed.files)) assert.equal(sha384(join(ROOT, 'build', 'cdn', version, name)), hash, name);
});

test("the README's snippet, pasted into a page, loads from the versioned folder under a strict CSP", async () => {
  const { context, page, problems } = await openPage(browser, `${server.url}readme.html`);
  try {
    assert.ok(await page.locator('benefits-explorer li[data-claim]').count() > 0, 'the list of claims is shown');
    assert.deepEqual(problems.csp, []);
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a script that does not match the integrity hash is refused, and the fallback stays', async () => {
  const { context, page, problems } = await openPage(browser, `${server.url}tampered.html`, { waitFor: null });
  try {
    await page.goto(`${server.url}tampered.html`);
    await page.waitForTimeout(1500);
    assert.equal(await page.evaluate(() => customElements.get('benefits-explorer')), undefined, 'the script did not run');
    assert.equal(await page.getByText('What the studies say about IV magnesium').isVisible(), true);
    assert.ok(problems.console.some((text) => /integrity/i.test(text)), problems.console.join('\n'));
  } finally {
    await context.close();
  }
});
