#!/usr/bin/env node
// An interleaved A/B of builds (docs/performance.md, "What was done"): one page of the first-screen benchmark
// (bench/first-screen-pages.mjs) served from each of two or more dist/ folders, cold (a fresh browser context per
// run), the builds taking turns in an order that rotates from run to run, at one CPU throttling rate. Prints, per
// build, the medians of: the first screen (as bench/first-screen.mjs times it: the last claim's title laid out and
// styled), `be-ready`, and the blocking time (the page's own `longtask` entries, the part of each over 50 ms,
// from navigation to one second after be-ready).
//
//   node bench/ab.mjs [--page product] [--rate 1] [--runs 12] DIST_A DIST_B [DIST_C …]
// Keep a build to compare with: `cp -r dist /tmp/before` before changing the code, then `node scripts/bundle-web.mjs`.
// Measure on an idle machine: the figure is the difference between builds measured side by side.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer } from '../scripts/serve.mjs';
import { CSP, VARIANTS, firstScreenRoutes } from './first-screen-pages.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : fallback);
const page = option('--page', 'product');
const rate = Number(option('--rate', '1'));
const runs = Number(option('--runs', '12'));
const dists = args.map((dir) => resolve(dir));
if (dists.length < 2 || !VARIANTS.includes(page) || page === 'static') {
  console.error(`usage: node bench/ab.mjs [--page ${VARIANTS.filter((v) => v !== 'static').join('|')}] [--rate 1] [--runs 12] DIST_A DIST_B [DIST_C …]`);
  process.exit(2);
}

const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const servers = [];
try {
  for (const dist of dists) {
    const { routes } = await firstScreenRoutes({ dist, browser });
    servers.push(await startServer({ root: dist, headers: { 'Content-Security-Policy': CSP }, routes }));
  }
  const claims = JSON.parse(readFileSync(join(dists[0], 'claims.json'), 'utf8')).claims.length;
  const samples = dists.map(() => ({ first: [], ready: [], blocking: [] }));
  for (let run = 0; run < runs; run += 1) {
    for (let k = 0; k < dists.length; k += 1) {
      const i = (k + run) % dists.length;
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await tab.addInitScript((expected) => {
        window.__long = [];
        new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
        window.__ready = new Promise((done) => {
          for (const type of ['be-ready', 'plain-ready']) document.addEventListener(type, () => done(performance.now()), { once: true });
        });
        window.__first = new Promise((done) => {
          const check = () => {
            const host = document.querySelector('benefits-explorer, plain-explorer');
            const titles = host && host.shadowRoot ? host.shadowRoot.querySelectorAll('.row-title') : [];
            const last = titles.length === expected ? titles[titles.length - 1] : null;
            if (last && last.getBoundingClientRect().height > 0 && getComputedStyle(last.parentElement).display === 'flex') done(performance.now());
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        });
      }, claims);
      await tab.goto(new URL(`bench/${page}.html`, servers[i].url).href);
      const at = await Promise.race([
        tab.evaluate(async () => {
          const ready = await window.__ready;
          const first = await window.__first;
          await new Promise((done) => { setTimeout(done, 1000); });
          return { first, ready, blocking: window.__long.reduce((sum, d) => sum + Math.max(0, d - 50), 0) };
        }),
        new Promise((done) => { setTimeout(() => done(null), 60000).unref(); }),
      ]);
      await context.close();
      if (!at) throw new Error(`${dists[i]}: no first screen within 60 s`);
      for (const key of ['first', 'ready', 'blocking']) samples[i][key].push(at[key]);
    }
    process.stdout.write(`  run ${run + 1}/${runs}\r`);
  }
  console.log(`\n${page} page at ${rate}× CPU, ${runs} cold runs per build, interleaved; medians, ms`);
  console.log(`  ${'build'.padEnd(40)} ${'first screen'.padStart(12)} ${'be-ready'.padStart(9)} ${'blocking'.padStart(9)}`);
  dists.forEach((dist, i) => {
    const m = (key) => Math.round(median(samples[i][key])).toLocaleString('en-US');
    console.log(`  ${dist.padEnd(40)} ${m('first').padStart(12)} ${m('ready').padStart(9)} ${m('blocking').padStart(9)}`);
  });
} finally {
  for (const server of servers) await server.close();
  await browser.close();
}
