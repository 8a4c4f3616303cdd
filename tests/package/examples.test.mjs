// The examples as a web developer runs them (issue 17, item 3): the packed tarball installed into a fresh
// temporary copy of examples/vite and examples/react WITHOUT the network (npm --offline: the tarball has no
// dependencies; Vite, React, TypeScript and the React types are the project's own exact devDependencies,
// linked from its node_modules), `tsc --noEmit` (strict, lib check on) over the React one, `vite build` of
// both, and each build served under a strict CSP and used in Chromium: the list appears and a card opens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pack, ROOT } from './pack.mjs';
import { launch, openPage, CSP } from '../browser/helpers.mjs';
import { startServer } from '../../scripts/serve.mjs';

const run = promisify(execFile);
const TOOLS = ['vite', 'typescript', 'react', 'react-dom', '@types/react', '@types/react-dom'];
const TIMEOUT = 240_000;

let packed;
let browser;
const apps = {};

/** A fresh copy of examples/<name> with the tarball installed offline and the tools linked. */
async function install(name) {
  const dir = join(packed.dir, name);
  cpSync(join(ROOT, 'examples', name), dir, { recursive: true, filter: (src) => !/node_modules|[/\\]dist$/.test(src) });
  // Only the tarball is installed by npm (offline, so nothing can come from the registry); the example's own
  // package.json names the same tools at the same exact versions as the project's devDependencies.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `example-${name}`, private: true, type: 'module' }));
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', packed.tarball], { cwd: dir, timeout: TIMEOUT });
  mkdirSync(join(dir, 'node_modules', '@types'), { recursive: true });
  for (const tool of TOOLS) {
    if (!existsSync(join(ROOT, 'node_modules', tool))) throw new Error(`node_modules/${tool} is missing: run "bash scripts/install-deps.sh"`);
    symlinkSync(join(ROOT, 'node_modules', tool), join(dir, 'node_modules', tool));
  }
  return dir;
}

before(async () => {
  packed = pack();
  apps.vite = await install('vite');
  apps.react = await install('react');
  browser = await launch();
}, { timeout: TIMEOUT });

after(async () => {
  await browser?.close();
  if (packed) rmSync(packed.dir, { recursive: true, force: true });
});

test('TypeScript (strict) accepts the React example and rejects wrong props and event details', { timeout: TIMEOUT }, async () => {
  // Checks that the typings are in force, not merely absent: each line below must be an error.
  writeFileSync(join(apps.react, 'src', 'typing-checks.tsx'), `import type {} from 'benefits-explorer/react';
import { setBasePath } from 'benefits-explorer';
setBasePath('/static/explorer/');
export const checks = [
  // @ts-expect-error: loading is 'eager' | 'lazy'
  <benefits-explorer loading="soon" />,
  // @ts-expect-error: be-ready's detail has claims and title, no id
  <benefits-explorer onbe-ready={(event) => event.detail.id} />,
  // @ts-expect-error: heading levels are 1–4
  <benefits-explorer heading-level="7" />,
  // @ts-expect-error: timeout is a number of seconds
  <benefits-explorer timeout="soon" />,
  <benefits-explorer class="x" className="y" base-path="/x/" topic="migraine" editor onbe-claim-open={(event) => event.detail.id.toUpperCase()} />,
];
const element: BenefitsExplorer | null = document.querySelector('benefits-explorer');
// @ts-expect-error: state is read-only
if (element) element.state = 'ready';
`);
  try {
    await run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', '.'], { cwd: apps.react, timeout: TIMEOUT });
  } catch (error) {
    assert.fail(`tsc --noEmit failed:\n${error.stdout}${error.stderr}`);
  } finally {
    rmSync(join(apps.react, 'src', 'typing-checks.tsx'));
  }
});

for (const name of ['vite', 'react']) {
  test(`the ${name} example builds with Vite and renders in Chromium: the list, then an open card`, { timeout: TIMEOUT }, async () => {
    try {
      await run(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'], { cwd: apps[name], timeout: TIMEOUT });
    } catch (error) {
      assert.fail(`vite build failed:\n${error.stdout}${error.stderr}`);
    }
    const out = join(apps[name], 'dist');
    const assets = readdirSync(join(out, 'assets'));
    assert.ok(assets.some((f) => /^benefits-core-.*\.wasm$/.test(f)), `Vite copied the engine: ${assets.join(' ')}`);
    assert.ok(assets.some((f) => /^claims-.*\.json$/.test(f)), `Vite copied the dataset: ${assets.join(' ')}`);
    const server = await startServer({ root: out, headers: { 'Content-Security-Policy': CSP } });
    const { context, page, problems } = await openPage(browser, server.url);
    try {
      const rows = page.locator('benefits-explorer li[data-claim]');
      assert.ok(await rows.count() > 0, 'the list of claims is shown');
      const toggle = rows.first().locator('.row-toggle');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      await rows.first().locator('.card').waitFor({ state: 'visible' });
      if (name === 'react') {
        const id = await rows.first().getAttribute('data-claim');
        await page.locator('.clinic-status', { hasText: `Open: ${id}.` }).waitFor({ timeout: 5000 });
        assert.match(await page.locator('.clinic-status').textContent(), /\d+ claims checked\./, 'onbe-ready reached React');
      }
      if (name === 'vite') {
        // In Spanish, the default dataset's translation is found where Vite put it (it renames the files).
        assert.ok(assets.some((f) => /^claims\.es-.*\.json$/.test(f)), `Vite copied the translation: ${assets.join(' ')}`);
        await page.evaluate(() => {
          const explorer = document.querySelector('benefits-explorer');
          explorer.setAttribute('lang', 'es');
        });
        // The list is drawn again in Spanish words at once; the dataset's Spanish texts follow when the
        // translation has been read (a second step, so wait for the title itself, not for the notice).
        const row = page.locator('benefits-explorer li[data-claim="rapid-relief"]').first();
        const spanish = await row.locator('.row-title', { hasText: 'Alivio rápido de la migraña' }).waitFor({ timeout: 15000 }).then(() => true, () => false);
        assert.ok(spanish, `the list reads in Spanish: ${(await row.textContent()).slice(0, 200)}`);
        await page.locator('benefits-explorer .notice--translation').waitFor({ timeout: 15000 });
      }
      assert.deepEqual(problems.csp, [], 'no CSP violation');
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(problems.console, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
}
