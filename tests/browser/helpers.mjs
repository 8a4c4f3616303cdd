// Shared set-up for the browser tests: the built dist/ served on 127.0.0.1, Debian's chromium
// driven by playwright-core (never a downloaded browser), a fresh context per test.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
export const SCREENSHOTS = join(ROOT, 'build', 'screenshots');
export const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; img-src 'self'";
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export function requireDist() {
  for (const name of ['benefits-explorer.js', 'benefits-core.wasm', 'claims.json', 'index.html']) {
    if (!existsSync(join(DIST, name))) {
      throw new Error(`dist/${name} is missing: run "node scripts/bundle-web.mjs" (or bash scripts/build.sh) first`);
    }
  }
}

/** The dataset as shipped, for comparing what the page shows with the data. */
export function dataset() {
  return JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8'));
}

// Format 2 keeps a claim's evidence in its outcome rows: these read it back the way the view lists it (each
// row's evidence links, then its observations, row by row).
/** The controlled evidence links of every outcome row of a claim. */
export const claimEvidence = (claim) => (claim.outcomes || []).flatMap((row) => row.evidence || []);
/** The uncontrolled reports (observations) of every outcome row of a claim. */
export const claimObservations = (claim) => (claim.outcomes || []).flatMap((row) => row.observations || []);
/** Every link of a claim, in the view's order. */
export const claimLinks = (claim) => (claim.outcomes || []).flatMap((row) => [...(row.evidence || []), ...(row.observations || [])]);
/** The absolute effects with a rate in both groups (the card's "out of 100" figures). */
export const claimRates = (claim) => (claim.outcomes || []).flatMap((row) => (row.absolute || []).filter((a) => a.kind === 'rates'));
/** The harm ids a card shows: the claim's own, then the dataset's infusion cautions. */
export const cardHarms = (data, claim) => [...new Set([...(claim.harms || []), ...(data.infusion_cautions || [])])];

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** Serve dist/ with the strict CSP also sent as a header, plus optional in-memory test pages. */
export function serve(routes = {}) {
  return startServer({ root: DIST, headers: { 'Content-Security-Policy': CSP }, routes });
}

/**
 * Open a page in a fresh context and record console errors, page errors and CSP violations.
 * @returns {Promise<{context, page, problems: {console: string[], pageErrors: string[], csp: string[]}}>}
 */
export async function openPage(browser, url, { waitFor = 'be-ready', viewport = { width: 1100, height: 900 }, colorScheme = 'light', reducedMotion = 'reduce' } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion });
  const page = await context.newPage();
  const problems = { console: [], pageErrors: [], csp: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const location = message.location();
    // A real page always asks for /favicon.ico; that one 404 is not ours.
    if (/favicon\.ico/.test(location.url || '') || (/404/.test(text) && /favicon/.test(text))) return;
    problems.console.push(text);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  await page.exposeBinding('__beViolation', (_source, text) => problems.csp.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__beViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
    window.__beEvents = [];
    for (const type of ['be-ready', 'be-error']) {
      document.addEventListener(type, (event) => window.__beEvents.push({ type, detail: event.detail }));
    }
  });
  if (waitFor) {
    await page.goto(url);
    await page.waitForFunction((type) => window.__beEvents.some((e) => e.type === type), waitFor, { timeout: 15000 });
  }
  return { context, page, problems };
}

export async function screenshot(target, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await target.screenshot({ path, animations: 'disabled' });
  return path;
}

/** Inject axe-core (page.evaluate works under the page's CSP where addScriptTag does not) and run it. */
export async function axe(page, include) {
  const source = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async (selector) => {
    const context = selector ? { include: [selector] } : document;
    const result = await window.axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${n.failureSummary}`),
    }));
  }, include || null);
}
