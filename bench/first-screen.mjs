#!/usr/bin/env node
// The first screen, cold (issue 18; docs/performance.md, "First screen"): how long until a visitor sees the
// last claim's title, for four pages of the same dataset (dist/claims.json; bench/first-screen-pages.mjs builds
// them, and bench/lighthouse.mjs runs Lighthouse on the same pages), measured in the same run:
//   baseline     <plain-explorer> (bench/baseline/plain-element.js): plain JS, fetch + JSON.parse + DOM, its dataset preloaded
//   product      <benefits-explorer> as dist/index.html embeds it: one deferred script, the engine preloaded
//   prerendered  one deferred script (no preload: the stylesheet goes first), the first screen by scripts/prerender.mjs inside
//   static       the prerendered markup alone, no script: the floor
// Each run is a fresh browser context (cold HTTP and code caches; the server sends no-store), at 1× and at 4×
// CPU throttling (CDP Emulation.setCPUThrottlingRate), the four pages interleaved (a loaded machine slows all
// of them alike; the figure is the ratio). The time is performance.now() at the first animation frame in which
// the last claim's .row-title is in the element's shadow root, laid out and styled by the element's stylesheet
// (its button is display:flex), measured from navigation start.
// Payload: the files the product had downloaded by that frame (script and wasm; not the page or the data), and
// everything the page can load on use (every script chunk, the wasm and the on-use stylesheet; the editor's linter
// apart), brotli -q 11.
//
//   node bench/first-screen.mjs [--runs 15] [--rates 1,4] [--out bench/first-screen.json]
// Needs dist/ (bash scripts/build.sh). bench/run.sh runs it.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import zlib, { brotliCompressSync } from 'node:zlib';
import { startServer } from '../scripts/serve.mjs';
import { CSP, VARIANTS, firstScreenRoutes } from './first-screen-pages.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', '15'));
const rates = option('--rates', '1,4').split(',').map(Number);
const outFile = resolve(ROOT, option('--out', 'bench/first-screen.json'));
const TARGETS = { product_vs_baseline: 1.3, prerendered_vs_static: 1.1, before_first_screen_br: 60 * 1024, everything_br: 90 * 1024 };

const round = (x, d = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);
const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;

for (const name of ['benefits-explorer.js', 'benefits-core.wasm', 'benefits-explorer.css', 'claims.json']) {
  if (!existsSync(join(DIST, name))) throw new Error(`dist/${name} is missing: run bash scripts/build.sh (or bash bench/run.sh)`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const started = new Date();
const loadAtStart = os.loadavg();
let server = null;
try {
  const { routes, fragment } = await firstScreenRoutes({ dist: DIST, browser });
  server = await startServer({ root: DIST, headers: { 'Content-Security-Policy': CSP }, routes });
  const claims = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')).claims.length;

  async function measure(variant, rate) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const problems = [];
    tab.on('pageerror', (error) => problems.push(String(error)));
    await tab.addInitScript((expected) => {
      window.__firstScreen = new Promise((done) => {
        const check = () => {
          const host = document.querySelector('benefits-explorer, plain-explorer');
          const titles = host && host.shadowRoot ? host.shadowRoot.querySelectorAll('.row-title') : [];
          const last = titles.length === expected ? titles[titles.length - 1] : null;
          if (last && last.textContent && last.getBoundingClientRect().height > 0 && getComputedStyle(last.parentElement).display === 'flex') {
            done(performance.now());
            return;
          }
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      window.__ready = new Promise((done) => {
        document.addEventListener('be-ready', () => done(performance.now()), { once: true });
        document.addEventListener('plain-ready', () => done(performance.now()), { once: true });
      });
    }, claims);
    await tab.goto(new URL(`bench/${variant}.html`, server.url).href);
    const at = await Promise.race([
      tab.evaluate(async (withScript) => {
        const firstScreen = await window.__firstScreen;
        const ready = withScript ? await window.__ready : null;
        const files = performance.getEntriesByType('resource').filter((e) => e.responseEnd <= firstScreen).map((e) => new URL(e.name).pathname);
        return { firstScreen, ready, files };
      }, variant !== 'static'),
      new Promise((done) => { setTimeout(() => done(null), 60000).unref(); }),
    ]);
    await context.close();
    if (!at || problems.length) throw new Error(`${variant} at ${rate}×: ${at ? problems.join('; ') : 'no first screen within 60 s'}`);
    return at;
  }

  const samples = {};
  const ready = {};
  let productFiles = null;
  for (const rate of rates) for (const v of VARIANTS) { samples[`${v}@${rate}`] = []; ready[`${v}@${rate}`] = []; }
  console.log(`== First screen: ${VARIANTS.length} pages × ${rates.map((r) => `${r}×`).join(' and ')} × ${runs} cold runs, interleaved`);
  for (let i = 0; i < runs; i += 1) {
    for (const rate of rates) {
      // The order rotates from run to run, so that no page always follows the same one.
      const order = VARIANTS.map((_, k) => VARIANTS[(k + i) % VARIANTS.length]);
      for (const variant of order) {
        const at = await measure(variant, rate);
        samples[`${variant}@${rate}`].push(at.firstScreen);
        if (at.ready !== null) ready[`${variant}@${rate}`].push(at.ready);
        if (variant === 'product' && rate === 1 && !productFiles) productFiles = at.files;
      }
    }
    process.stdout.write(`  run ${i + 1}/${runs}\r`);
  }

  // Payload.
  const sizeOf = (name) => {
    const bytes = readFileSync(join(DIST, name));
    return { file: name, raw: bytes.length, brotli: brotli(bytes) };
  };
  // The script, its chunks, the engine and the on-use stylesheet (the prerendered page's whole stylesheet apart).
  const shipped = (name) => (/\.(js|wasm)$/.test(name) || name === 'benefits-explorer.cards.css') && !/^benefits-lint\.|\.single\.js$|^embedding-demo\./.test(name);
  const before = [...new Set(productFiles.map((p) => p.replace(/^\//, '')))].filter((name) => shipped(name) && existsSync(join(DIST, name))).map(sizeOf);
  const everything = readdirSync(DIST).filter(shipped).map(sizeOf);
  const total = (files) => files.reduce((a, f) => a + f.brotli, 0);

  const figures = {};
  for (const rate of rates) {
    const m = (v) => median(samples[`${v}@${rate}`]);
    figures[`${rate}x`] = {
      median_ms: Object.fromEntries(VARIANTS.map((v) => [v, round(m(v))])),
      ready_median_ms: Object.fromEntries(VARIANTS.filter((v) => ready[`${v}@${rate}`].length).map((v) => [v, round(median(ready[`${v}@${rate}`]))])),
      product_vs_baseline: round(m('product') / m('baseline'), 2),
      prerendered_vs_static: round(m('prerendered') / m('static'), 2),
      prerendered_vs_baseline: round(m('prerendered') / m('baseline'), 2),
      static_vs_baseline: round(m('static') / m('baseline'), 2),
      samples_ms: Object.fromEntries(VARIANTS.map((v) => [v, samples[`${v}@${rate}`].map((x) => round(x))])),
    };
  }
  const results = {
    generated: started.toISOString(),
    git: (await import('node:child_process')).spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim(),
    machine: { cpus: os.cpus().length, cpu_model: os.cpus()[0] ? os.cpus()[0].model : null, load_average_at_start: loadAtStart.map((x) => round(x, 2)), load_average_at_end: os.loadavg().map((x) => round(x, 2)) },
    runs,
    claims,
    figures,
    payload: {
      before_first_screen: { files: before, brotli: total(before) },
      everything: { files: everything, brotli: total(everything) },
      stylesheet_for_prerendered: sizeOf('benefits-explorer.css'),
      prerendered_markup: { raw: Buffer.byteLength(fragment), brotli: brotli(Buffer.from(fragment)) },
    },
    targets: TARGETS,
    method: 'see the head of bench/first-screen.mjs and docs/performance.md, "First screen"',
  };
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);

  const pad = (s, n) => String(s).padStart(n);
  console.log(`\nFirst screen, cold, median ms of ${runs} runs (${claims} claims; time to the last claim's title, styled)`);
  console.log(`  ${'CPU'.padEnd(5)}${VARIANTS.map((v) => pad(v, 13)).join('')}${pad('product/base', 14)}${pad('prerend/static', 16)}${pad('be-ready', 10)}`);
  for (const rate of rates) {
    const f = figures[`${rate}x`];
    console.log(`  ${`${rate}×`.padEnd(5)}${VARIANTS.map((v) => pad(f.median_ms[v], 13)).join('')}${pad(`${f.product_vs_baseline}×`, 14)}${pad(`${f.prerendered_vs_static}×`, 16)}${pad(f.ready_median_ms.product, 10)}`);
  }
  const kb = (n) => `${n.toLocaleString('en')} B`;
  console.log(`\nPayload, brotli -q 11:`);
  console.log(`  before the first screen (product): ${before.map((f) => `${f.file} ${kb(f.brotli)}`).join(' + ')} = ${kb(total(before))} (target ≤ ${kb(TARGETS.before_first_screen_br)})`);
  console.log(`  everything loaded on use: ${everything.map((f) => `${f.file} ${kb(f.brotli)}`).join(' + ')} = ${kb(total(everything))} (target ≤ ${kb(TARGETS.everything_br)})`);
  console.log(`  a prerendered page adds its markup (${kb(results.payload.prerendered_markup.brotli)} inside the HTML) and benefits-explorer.css (${kb(results.payload.stylesheet_for_prerendered.brotli)})`);
  console.log(`\nTargets: product ≤ ${TARGETS.product_vs_baseline}× baseline: ${rates.map((r) => `${r}× ${figures[`${r}x`].product_vs_baseline <= TARGETS.product_vs_baseline ? 'met' : 'missed'}`).join(', ')}; `
    + `prerendered ≤ ${TARGETS.prerendered_vs_static}× static: ${rates.map((r) => `${r}× ${figures[`${r}x`].prerendered_vs_static <= TARGETS.prerendered_vs_static ? 'met' : 'missed'}`).join(', ')}; `
    + `payload ${total(before) <= TARGETS.before_first_screen_br ? 'met' : 'missed'} / ${total(everything) <= TARGETS.everything_br ? 'met' : 'missed'}`);
  console.log(`Machine: ${results.machine.cpus} cores, load average ${results.machine.load_average_at_start.join(' ')} at start, ${results.machine.load_average_at_end.join(' ')} at end. Wrote ${outFile.slice(ROOT.length + 1)}.`);
} finally {
  await browser.close();
  if (server) await server.close();
}
