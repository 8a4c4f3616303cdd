// The page's core journeys (journeys.mjs) in three browser engines: Chromium, Firefox ESR and WebKitGTK
// (drivers.mjs). BE_ENGINES picks some (comma-separated; default all three); tests/engines/run.mjs runs
// each engine on its own and prints its result. Every test name starts with its engine.
// The built dist/ is served on 127.0.0.1 with the strict CSP header, behind a gate that can go "offline"
// (it drops every connection and refuses new ones), which works the same in every engine.
import { describe, test, before, after } from 'node:test';
import { createServer, connect } from 'node:net';
import { startServer } from '../../scripts/serve.mjs';
import { prerender } from '../../scripts/prerender.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, CSP, SCREENSHOTS, requireDist, dataset } from '../browser/helpers.mjs';
import { DRIVERS } from './drivers.mjs';
import { JOURNEYS } from './journeys.mjs';

// Loaded first by the test pages (a file: the CSP allows no inline script): what the journeys check.
const WATCH = `
window.__watch = { errors: [], violations: [], events: [] };
const record = (list) => (text) => window.__watch[list].push(String(text));
document.addEventListener('securitypolicyviolation', (e) => record('violations')(e.violatedDirective + ' ' + e.blockedURI));
window.addEventListener('error', (e) => record('errors')(e.message));
window.addEventListener('unhandledrejection', (e) => record('errors')(e.reason && e.reason.message || e.reason));
const original = console.error;
console.error = (...args) => { record('errors')(args.join(' ')); original.apply(console, args); };
for (const type of ['be-ready', 'be-error', 'be-claim-open', 'be-filter-change']) {
  document.addEventListener(type, (e) => window.__watch.events.push({ type, detail: JSON.parse(JSON.stringify(e.detail)) }));
}
`;
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Three engines</title>
<script src="/engines/watch.js"></script><script defer src="/benefits-explorer.js"></script></head>
<body><main><benefits-explorer id="x" heading-level="1" deep-link><p>The explorer needs JavaScript.</p></benefits-explorer></main></body></html>`;
// The same explorer, its engine and dataset preloaded by the page (docs/embedding.md, "Starting the downloads early").
const PRELOADED_PAGE = PAGE.replace('<script defer', '<link rel="preload" href="/benefits-core.wasm" as="fetch" crossorigin>'
  + '<link rel="preload" href="/claims.json" as="fetch" crossorigin><script defer');
// The same explorer with its first screen prerendered (scripts/prerender.mjs) inside: the page links the shipped
// stylesheet, so its CSP adds style-src 'self'.
const PRERENDERED_PAGE = (fragment) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Three engines, prerendered</title>
<script src="/engines/watch.js"></script><script defer src="/benefits-explorer.js"></script></head>
<body><main><benefits-explorer id="x" heading-level="1">${fragment}<p>The explorer needs JavaScript.</p></benefits-explorer></main></body></html>`;
// The control: an image from elsewhere, which img-src 'self' blocks (no request leaves: .invalid).
const CONTROL = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CSP control</title>
<script src="/engines/watch.js"></script></head>
<body><img alt="" src="https://blocked.invalid/x.png"></body></html>`;

/** A TCP gate in front of the server: setOffline(true) drops every connection and refuses new ones. */
function gate(port) {
  const sockets = new Set();
  let offline = false;
  const server = createServer((client) => {
    if (offline) {
      client.destroy();
      return;
    }
    const upstream = connect(port, '127.0.0.1');
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
    };
    sockets.add(client);
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`,
    setOffline(value) {
      offline = value;
      if (value) for (const socket of sockets) socket.destroy();
    },
    close: () => new Promise((done) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => done());
    }),
  })));
}

const engines = (process.env.BE_ENGINES || 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
for (const name of engines) if (!DRIVERS[name]) throw new Error(`BE_ENGINES: no engine "${name}" (chromium, firefox, webkit)`);

let files;
let front;
const site = {};
before(async () => {
  requireDist();
  const fragment = await prerender({ data: readFileSync(join(DIST, 'claims.json'), 'utf8'), headingLevel: 1, stylesheet: '/benefits-explorer.css' });
  files = await startServer({
    root: DIST,
    headers: { 'Content-Security-Policy': CSP },
    routes: {
      '/engines/watch.js': { body: WATCH, type: 'text/javascript' },
      '/engines/page.html': PAGE,
      '/engines/preloaded.html': PRELOADED_PAGE,
      '/engines/prerendered.html': { body: PRERENDERED_PAGE(fragment), type: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': `${CSP}; style-src 'self'` } },
      '/engines/control.html': CONTROL,
    },
  });
  front = await gate(files.port);
  Object.assign(site, { url: (path) => `${front.url}${path}`, setOffline: front.setOffline, data: dataset() });
});
after(async () => {
  await front?.close();
  await files?.close();
});

for (const name of engines) {
  describe(name, () => {
    let adapter = null;
    before(async () => {
      adapter = await DRIVERS[name]({ screenshots: process.env.BE_ENGINE_SCREENSHOTS === '0' ? null : SCREENSHOTS });
      console.log(`# ${name}: ${adapter.version}`);
    });
    after(async () => {
      await adapter?.close();
    });
    for (const [title, journey] of JOURNEYS) {
      test(`${name}: ${title}`, async () => {
        if (!adapter) throw new Error(`${name}: the browser did not start`);
        await journey(adapter, site);
      });
    }
  });
}
