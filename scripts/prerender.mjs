#!/usr/bin/env node
// Prerender: writes the first screen of <benefits-explorer> for a dataset as a declarative shadow root that a
// page pastes inside its <benefits-explorer> element (docs/embedding.md, "Prerendered first screen"):
//
//   node scripts/prerender.mjs [--data data/claims.json] [--lang en] [--heading-level 2] [--label TEXT]
//                              [--strings STRINGS.json] [--stylesheet benefits-explorer.css] [--out FILE]
//
// The markup is the element's own: the built element (dist/) renders the dataset in headless Chromium and its
// shadow root is serialised, so there is no second renderer to keep in step. The shadow root links the shipped
// stylesheet (dist/benefits-explorer.css, same origin: a strict CSP needs only style-src 'self') instead of an
// inline <style>. The page paints the list before any script runs and reads without JavaScript; when the
// script runs, the element takes the screen over when it was written by the same build for the same dataset and
// settings (web/src/features/prerendered.js, render-key.js), and replaces it otherwise. Prerender again whenever
// the dataset or dist/ changes, with the same lang, heading-level, label and strings as the page's element.
// Needs dist/ (bash scripts/build.sh) and Debian's chromium.
/* global window, document -- functions given to page.evaluate() and the init script run in the page */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const PRERENDERED = 'data-be-prerendered'; // the attribute web/src/features/prerendered.js looks for
const escapeAttribute = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The element's first screen for a dataset, as `<template shadowrootmode="open">…</template>`.
 * @param {object} options
 * @param {string} options.data            the dataset's text
 * @param {object} [options.translations]  the translation files it names, file name → text (needed for a --lang
 *                                         the dataset is translated into: the element reads them beside it)
 * @param {string} [options.lang]          the element's language (default en)
 * @param {number} [options.headingLevel]  the element's heading-level (default 2)
 * @param {string} [options.label]         the element's label attribute
 * @param {object} [options.strings]       the page's own words, as the page sets the element's strings property
 * @param {string} [options.stylesheet]    the address of benefits-explorer.css as the page sees it
 * @param {string} [options.dist]          the built files (default dist/)
 * @param {object} [options.browser]       a Playwright browser to reuse
 */
export async function prerender({ data, translations = {}, lang = 'en', headingLevel = 2, label = null, strings = null, stylesheet = 'benefits-explorer.css', dist, browser } = {}) {
  const attributes = [`lang="${escapeAttribute(lang)}"`, `heading-level="${Number(headingLevel)}"`, 'src="/__prerender/claims.json"'];
  if (label) attributes.push(`label="${escapeAttribute(label)}"`);
  const page = `<!doctype html><html><head><meta charset="utf-8"><script defer src="/benefits-explorer.js"></script></head>`
    + `<body><benefits-explorer ${attributes.join(' ')}></benefits-explorer>`
    // Set before the deferred script defines the element, as a page's own script would (element.js takes it over).
    + (strings ? `<script>document.querySelector('benefits-explorer').strings = ${JSON.stringify(strings).replace(/</g, '\\u003c')};</script>` : '')
    + '</body></html>';
  const server = await startServer({
    root: dist,
    routes: {
      '/__prerender/page.html': { body: page, type: 'text/html; charset=utf-8' },
      '/__prerender/claims.json': data,
      ...Object.fromEntries(Object.entries(translations).map(([file, text]) => [`/__prerender/${file}`, { body: text, type: 'application/json' }])),
    },
  });
  const ownBrowser = !browser;
  const chromiumBrowser = browser || await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const context = await chromiumBrowser.newContext({ reducedMotion: 'reduce' });
    const tab = await context.newPage();
    await tab.addInitScript(() => {
      window.__beOutcome = new Promise((resolveOutcome) => {
        document.addEventListener('be-ready', () => resolveOutcome({ ok: true }), { once: true });
        document.addEventListener('be-error', (event) => resolveOutcome({ ok: false, problems: event.detail.problems }), { once: true });
      });
    });
    await tab.goto(new URL('__prerender/page.html', server.url).href);
    const outcome = await Promise.race([
      tab.evaluate(() => window.__beOutcome),
      new Promise((done) => { setTimeout(() => done({ ok: false, problems: [{ message: 'the element was not ready after 60 s (is dist/ built?)' }] }), 60000).unref(); }),
    ]);
    if (!outcome.ok) {
      throw new Error(`the element refused the dataset:\n${(outcome.problems || []).map((p) => `  ${p.path || '(root)'}: ${p.message}`).join('\n')}`);
    }
    const { markup, note } = await tab.evaluate((attribute) => {
      const root = document.querySelector('benefits-explorer').shadowRoot.querySelector('.be');
      const copy = root.cloneNode(true);
      copy.setAttribute(attribute, '');
      return { markup: copy.outerHTML, note: root.querySelector('.notice--translation-original')?.textContent || null };
    }, PRERENDERED);
    // Written all the same (it is what the element shows), but the person prerendering should know.
    if (note) console.warn(`prerender: the screen is not in "${lang}": ${note.trim()}`);
    await context.close();
    return `<template shadowrootmode="open"><link rel="stylesheet" href="${escapeAttribute(stylesheet)}">${markup}</template>`;
  } finally {
    if (ownBrowser) await chromiumBrowser.close();
    await server.close();
  }
}

/**
 * The translation files a dataset names (docs/format.md, "Translations"), read from beside it: file name → text.
 * A file that is not there is left out (the element then shows the dataset in its own language, and says so).
 */
function translationFiles(dataPath, data) {
  let named;
  try {
    named = JSON.parse(data).translations || {};
  } catch {
    return {}; // the element reports the dataset's own syntax error
  }
  const files = {};
  for (const file of Object.values(named)) {
    if (typeof file !== 'string') continue;
    const path = join(dirname(dataPath), file);
    if (!relative(dirname(dataPath), path).startsWith('..') && existsSync(path)) files[file] = readFileSync(path, 'utf8');
  }
  return files;
}

function parseArguments(argv) {
  const options = { data: 'data/claims.json', lang: 'en', headingLevel: 2, label: null, strings: null, stylesheet: 'benefits-explorer.css', out: null };
  const names = { '--data': 'data', '--lang': 'lang', '--heading-level': 'headingLevel', '--label': 'label', '--strings': 'strings', '--stylesheet': 'stylesheet', '--out': 'out' };
  for (let i = 0; i < argv.length; i += 1) {
    const name = names[argv[i]];
    if (!name || i + 1 >= argv.length) throw new Error(`unknown or incomplete option "${argv[i]}" (see the head of scripts/prerender.mjs)`);
    options[name] = argv[(i += 1)];
  }
  return options;
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] || '')).href) {
  try {
    const options = parseArguments(process.argv.slice(2));
    const data = readFileSync(options.data, 'utf8');
    const strings = options.strings ? JSON.parse(readFileSync(options.strings, 'utf8')) : null;
    const fragment = await prerender({ ...options, data, translations: translationFiles(options.data, data), strings });
    if (options.out) {
      writeFileSync(options.out, `${fragment}\n`);
      console.error(`prerender: ${options.out} (${fragment.length} bytes) from ${options.data}`);
    } else {
      process.stdout.write(`${fragment}\n`);
    }
  } catch (error) {
    console.error(`prerender: ${error.message}`);
    process.exit(1);
  }
}
