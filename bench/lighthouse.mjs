#!/usr/bin/env node
// Lighthouse's mobile figures for the demo served compressed (issue 18, the benchmark item): dist/ served by
// scripts/serve.mjs with brotli or gzip by Accept-Encoding and the tests' strict CSP, and for each page
// Lighthouse's default mobile run (performance only: simulated throttling, slow 4G and 4× CPU, Moto G Power
// screen), N runs per page, a fresh headless Chromium for each, the pages interleaved. Per page the median of
// LCP, FCP, TBT, Speed Index and the performance score, and what the LCP element was. Pages:
//   demo         dist/index.html, as shipped
//   baseline, product, prerendered, static   bench/first-screen.mjs's pages (bench/first-screen-pages.mjs)
//
//   node bench/lighthouse.mjs [--runs 3] [--pages demo,baseline,product,prerendered,static] [--out bench/lighthouse.json]
// Needs dist/ and Lighthouse 12.2.3 in build/bench-tools, which bench/run.sh installs when it is missing
// (npm i -E --prefix build/bench-tools lighthouse@12.2.3); never a browser download: Debian's chromium
// (CHROMIUM= to use another). Not a project dependency and not part of CI (scripts/test.sh).
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { startServer } from '../scripts/serve.mjs';
import { CSP, VARIANTS, firstScreenRoutes } from './first-screen-pages.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const TOOLS = join(ROOT, 'build/bench-tools');
const LIGHTHOUSE_VERSION = '12.2.3';
const PAGES = { demo: '/index.html', ...Object.fromEntries(VARIANTS.map((v) => [v, `/bench/${v}.html`])) };
const METRICS = { lcp: 'largest-contentful-paint', fcp: 'first-contentful-paint', tbt: 'total-blocking-time', speed_index: 'speed-index' };

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', '3'));
const pages = option('--pages', Object.keys(PAGES).join(',')).split(',');
const outFile = resolve(ROOT, option('--out', 'bench/lighthouse.json'));
const chromePath = process.env.CHROMIUM || '/usr/bin/chromium';

const fail = (message) => {
  console.error(`lighthouse: ${message}`);
  process.exit(1);
};
if (!Number.isInteger(runs) || runs < 1) fail(`--runs "${option('--runs')}" is not a positive whole number`);
for (const name of pages) if (!PAGES[name]) fail(`--pages: no page "${name}" (the pages: ${Object.keys(PAGES).join(', ')})`);
for (const name of ['index.html', 'benefits-explorer.js', 'benefits-core.wasm', 'benefits-explorer.css', 'claims.json']) {
  if (!existsSync(join(DIST, name))) fail(`dist/${name} is missing: run bash scripts/build.sh (or bash bench/run.sh)`);
}

async function loadLighthouse() {
  const require = createRequire(join(TOOLS, 'package.json'));
  let entry;
  try {
    entry = { lighthouse: require.resolve('lighthouse'), launcher: require.resolve('chrome-launcher') };
  } catch {
    fail(`Lighthouse is not installed in ${TOOLS.slice(ROOT.length + 1)}: bash bench/run.sh installs it, or npm i -E --prefix build/bench-tools lighthouse@${LIGHTHOUSE_VERSION}`);
  }
  const { version } = require('lighthouse/package.json');
  if (version !== LIGHTHOUSE_VERSION) fail(`build/bench-tools has Lighthouse ${version}, this script is for ${LIGHTHOUSE_VERSION} (bash bench/run.sh reinstalls it)`);
  return { lighthouse: (await import(pathToFileURL(entry.lighthouse).href)).default, launch: (await import(pathToFileURL(entry.launcher).href)).launch };
}

const round = (x, d = 0) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);
const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

const { lighthouse, launch } = await loadLighthouse();
const started = new Date();
const loadAtStart = os.loadavg();
const { routes } = await firstScreenRoutes({ dist: DIST });
const server = await startServer({ root: DIST, headers: { 'Content-Security-Policy': CSP }, routes, compress: true });

/** One Lighthouse run of one page, in a Chromium of its own (cold: new profile, empty caches). */
async function audit(name) {
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  try {
    const result = await lighthouse(new URL(PAGES[name].slice(1), server.url).href, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${name}: Lighthouse could not measure the page: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const figures = {};
    for (const [key, id] of Object.entries(METRICS)) {
      const value = lhr.audits[id] && lhr.audits[id].numericValue;
      if (typeof value !== 'number') throw new Error(`${name}: no ${id} (${(lhr.audits[id] && lhr.audits[id].errorMessage) || 'not measured'})`);
      figures[key] = value;
    }
    const observed = lhr.audits.metrics.details.items[0];
    // Lighthouse 12.2.3 cannot name the element on Chromium 156 (its TraceElements gatherer fails on a newer
    // trace format): then the audit's error is kept instead.
    const lcpAudit = lhr.audits['largest-contentful-paint-element'];
    const lcpNode = lcpAudit?.details?.items?.[0]?.items?.[0]?.node;
    return {
      ...figures,
      score: lhr.categories.performance.score * 100,
      observed_lcp: observed.observedLargestContentfulPaint,
      transfer_bytes: lhr.audits['total-byte-weight'].numericValue,
      benchmark_index: lhr.environment.benchmarkIndex,
      lcp_element: lcpNode ? lcpNode.snippet.slice(0, 160) : null,
      lcp_element_error: lcpNode ? null : (lcpAudit && lcpAudit.errorMessage) || 'no largest-contentful-paint-element audit',
      warnings: lhr.runWarnings,
      lighthouse: lhr.lighthouseVersion,
      user_agent: lhr.environment.hostUserAgent,
      settings: { form_factor: lhr.configSettings.formFactor, throttling_method: lhr.configSettings.throttlingMethod, throttling: lhr.configSettings.throttling, screen: lhr.configSettings.screenEmulation },
    };
  } finally {
    await chrome.kill();
  }
}

try {
  const samples = Object.fromEntries(pages.map((name) => [name, []]));
  console.log(`== Lighthouse ${LIGHTHOUSE_VERSION}, mobile (simulated throttling), served compressed: ${pages.length} pages × ${runs} runs, interleaved`);
  for (let i = 0; i < runs; i += 1) {
    // The order rotates from run to run, so that no page always follows the same one.
    for (const name of pages.map((_, k) => pages[(k + i) % pages.length])) samples[name].push(await audit(name));
    process.stdout.write(`  run ${i + 1}/${runs}\r`);
  }

  const keys = [...Object.keys(METRICS), 'score', 'observed_lcp', 'transfer_bytes', 'benchmark_index'];
  const figures = {};
  for (const name of pages) {
    const s = samples[name];
    const lcpElements = [...new Set(s.map((x) => x.lcp_element).filter(Boolean))];
    const lcpErrors = [...new Set(s.map((x) => x.lcp_element_error).filter(Boolean))];
    figures[name] = {
      address: PAGES[name],
      median: Object.fromEntries(keys.map((k) => [k, round(median(s.map((x) => x[k])), k === 'benchmark_index' ? 0 : 1)])),
      lcp_elements: lcpElements,
      lcp_element_errors: lcpErrors,
      samples: Object.fromEntries(keys.map((k) => [k, s.map((x) => round(x[k], 1))])),
      warnings: [...new Set(s.flatMap((x) => x.warnings))],
    };
  }
  const first = samples[pages[0]][0];
  const chromium = spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const results = {
    generated: started.toISOString(),
    git: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim(),
    machine: { cpus: os.cpus().length, cpu_model: os.cpus()[0] ? os.cpus()[0].model : null, load_average_at_start: loadAtStart.map((x) => round(x, 2)), load_average_at_end: os.loadavg().map((x) => round(x, 2)) },
    lighthouse: first.lighthouse,
    browser: chromium || first.user_agent,
    settings: first.settings,
    served: 'scripts/serve.mjs with compress (brotli -q 11 or gzip -9 by Accept-Encoding) and the tests\' strict CSP header',
    runs,
    figures,
    method: 'see the head of bench/lighthouse.mjs; times in ms, simulated (Lighthouse\'s Lantern) unless named observed',
  };
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);

  const pad = (s, n) => String(s).padStart(n);
  const ms = (x) => `${Math.round(x).toLocaleString('en')}`;
  console.log(`\nLighthouse mobile, median of ${runs} runs (simulated slow 4G, 4× CPU; ms; served brotli/gzip)`);
  console.log(`  ${'page'.padEnd(13)}${pad('LCP', 8)}${pad('FCP', 8)}${pad('TBT', 8)}${pad('SI', 8)}${pad('score', 7)}${pad('KB sent', 9)}${pad('LCP seen', 10)}`);
  for (const name of pages) {
    const m = figures[name].median;
    console.log(`  ${name.padEnd(13)}${pad(ms(m.lcp), 8)}${pad(ms(m.fcp), 8)}${pad(ms(m.tbt), 8)}${pad(ms(m.speed_index), 8)}${pad(Math.round(m.score), 7)}${pad((m.transfer_bytes / 1024).toFixed(1), 9)}${pad(ms(m.observed_lcp), 10)}`);
  }
  console.log('  (LCP seen: the LCP observed in the unthrottled load, before the simulation; KB sent: all responses, compressed)');
  for (const name of pages) for (const e of figures[name].lcp_elements) console.log(`  LCP element (${name}): ${e.slice(0, 110)}`);
  const lcpErrors = [...new Set(pages.flatMap((name) => figures[name].lcp_element_errors))];
  if (lcpErrors.length) console.log(`  LCP element not named by Lighthouse: ${lcpErrors.join('; ')}`);
  for (const name of pages) for (const w of figures[name].warnings) console.log(`  warning (${name}): ${w}`);
  console.log(`Machine: ${results.machine.cpus} cores, load average ${results.machine.load_average_at_start.join(' ')} at start, ${results.machine.load_average_at_end.join(' ')} at end; `
    + `Lighthouse's benchmark index ${Math.round(median(pages.map((n) => figures[n].median.benchmark_index)))}. Wrote ${outFile.slice(ROOT.length + 1)}.`);
} catch (error) {
  console.error(`lighthouse: ${error.message}`);
  process.exitCode = 1;
} finally {
  await server.close();
}
