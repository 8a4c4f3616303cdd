// The loading path under attack (docs/security.md, attack table; ../shared/reviews/security-review.md
// findings 1, 2, 3, 8, 9, 10, 11, 12 and 13): a page that clobbers document.currentScript, a src that
// redirects to another site, editor mode under Trusted Types, invalid UTF-8 in a downloaded dataset, huge
// bodies and a gzip bomb, servers that hang, a burst of reload() calls, a slow second dataset, and reload()
// on elements that are not in the document. Each test fails on bd9fc90 and passes now.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, normalize, extname, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, requireDist, dataset, DIST } from './helpers.mjs';
import { MIME } from '../../scripts/serve.mjs';
import { HOST_CSP, page, record, ownErrors, FALLBACK } from './hostile/harness.mjs';

const LIMIT = 16 * 1024 * 1024; // the core's size limit (benefits::Limits::max_bytes)
const MB = 1024 * 1024;

let browser;
const servers = [];

before(async () => {
  requireDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

/**
 * A server for dist/ plus `routes`: a path maps to a string or Buffer (served with its type), {body, type,
 * headers}, or a function (req, res) that answers itself. `csp` is sent on every answer (null: none).
 */
async function serve(routes, csp = HOST_CSP) {
  const sockets = new Set();
  const server = createServer((req, res) => {
    const pathname = new URL(req.url, 'http://localhost').pathname;
    const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...(csp ? { 'Content-Security-Policy': csp } : {}) };
    const route = Object.prototype.hasOwnProperty.call(routes, pathname) ? routes[pathname] : undefined;
    if (typeof route === 'function') return route(req, res, headers);
    if (route !== undefined) {
      const r = typeof route === 'string' || Buffer.isBuffer(route) ? { body: route } : route;
      res.writeHead(r.status || 200, { ...headers, 'Content-Type': r.type || MIME[extname(pathname)] || 'application/octet-stream', ...(r.headers || {}) });
      return res.end(r.body);
    }
    const file = normalize(join(DIST, pathname));
    if (!file.startsWith(DIST + sep) || !existsSync(file)) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      return res.end('Not found\n');
    }
    res.writeHead(200, { ...headers, 'Content-Type': MIME[extname(file)] || 'application/octet-stream' });
    return res.end(readFileSync(file));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const handle = {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
  servers.push(handle);
  return handle;
}

/** The default dataset with another title, as JSON text. */
function titled(title) {
  return JSON.stringify({ ...dataset(), title });
}

const shadow = (tab, selector = 'benefits-explorer') => ({
  title: () => tab.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('.title')?.textContent ?? null, selector),
  problems: () => tab.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('[part="problems"]').textContent, selector),
});

function lastEvent(tab) {
  return tab.evaluate(() => window.__beEvents[window.__beEvents.length - 1]);
}

/** Writes `total` bytes of spaces in 64 KiB chunks, with backpressure; resolves how many were written. */
function writeSpaces(res, total) {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let sent = 0;
  return new Promise((resolve) => {
    res.on('close', () => resolve(sent));
    const pump = () => {
      while (sent < total && !res.destroyed) {
        const n = Math.min(chunk.length, total - sent);
        sent += n;
        if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return res.once('drain', pump);
      }
      if (sent >= total) res.end();
      return undefined;
    };
    pump();
  });
}

// ---------- finding 1: document.currentScript clobbered by a named element ----------

test('an <img name="currentScript"> from an uploads folder does not move the engine, the dataset or the linter there', async () => {
  const planted = dataset();
  const server = await serve({
    '/clobber/page.html': page({ body: `<img name="currentScript" src="/uploads/u1/x.png" alt=""><main><benefits-explorer editor>${FALLBACK}</benefits-explorer></main>` }),
    '/uploads/u1/x.png': { body: Buffer.from('89504e470d0a1a0a', 'hex'), type: 'image/png' },
    // What a user could have uploaded: a script, a working engine and a dataset of their own.
    '/uploads/u1/benefits-lint.js': "window.__pwned = 'the uploaded benefits-lint.js ran';",
    '/uploads/u1/benefits-core.wasm': readFileSync(join(DIST, 'benefits-core.wasm')),
    '/uploads/u1/claims.json': JSON.stringify({ ...planted, title: 'DATASET FROM THE UPLOADS FOLDER' }),
  }, `${HOST_CSP}; img-src 'self'`);
  const { context, page: tab, log } = await record(browser, `${server.url}clobber/page.html`, { waitFor: null });
  try {
    await tab.waitForFunction(() => window.__beEvents.length > 0, null, { timeout: 20000 });
    assert.equal(await tab.evaluate(() => document.currentScript instanceof HTMLImageElement), true, 'the page really clobbers document.currentScript');
    await tab.locator('benefits-explorer [part="lint"] .lint-title').waitFor({ timeout: 15000 });
    await tab.waitForTimeout(300);
    const fromUploads = log.requests.map((u) => new URL(u).pathname).filter((p) => p.startsWith('/uploads/') && p !== '/uploads/u1/x.png');
    assert.deepEqual(fromUploads, [], 'nothing but the image is fetched from /uploads/');
    assert.equal(await tab.evaluate(() => typeof window.__pwned), 'undefined', 'the uploaded script never ran');
    assert.deepEqual((await tab.evaluate(() => window.__beEvents)).map((e) => e.type), ['be-ready']);
    assert.equal(await shadow(tab).title(), planted.title, 'the dataset next to the real script');
    for (const name of ['benefits-core.wasm', 'claims.json', 'benefits-lint.js', 'benefits-lint.wasm']) {
      assert.ok(log.requests.includes(`${server.url}${name}`), `${name} from the script's own folder`);
    }
    const lint = await tab.locator('benefits-explorer [part="lint"]').textContent();
    assert.doesNotMatch(lint, /could not run|not part of this build/, 'the editor check ran');
    assert.deepEqual(log.violations, []);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('the shipped scripts never read document.currentScript (the Emscripten glue included)', () => {
  for (const name of ['benefits-explorer.js', 'benefits-explorer.single.js', 'benefits-lint.js']) {
    const code = readFileSync(join(DIST, name), 'utf8');
    assert.equal(code.includes('document.currentScript'), false, `${name} reads document.currentScript`);
  }
});

// ---------- finding 2: a same-origin src that redirects to another origin ----------

test('a src that redirects to another site is refused (data-cross-origin); a redirect within the site still works', async () => {
  let reached = 0; // requests the other site received
  const other = await serve({
    '/evil.json': (req, res, headers) => {
      reached += 1;
      res.writeHead(200, { ...headers, 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
      res.end(titled('EVIL DATASET FROM ANOTHER ORIGIN'));
    },
  }, null);
  const redirect = (location) => (req, res, headers) => {
    res.writeHead(302, { ...headers, Location: location });
    res.end();
  };
  // No CSP: the element's own rule is all that stands between the page and the other site.
  const server = await serve({
    '/redir/other.html': page({ body: `<benefits-explorer src="/redir/other.json">${FALLBACK}</benefits-explorer>` }),
    '/redir/other.json': redirect(`${other.url}evil.json`),
    // The page preloads the address: the element fetches it in CORS mode so as to take the preload over, and the
    // browser follows the redirect; the other site's answer must be refused all the same.
    '/redir/preloaded.html': page({ head: '<link rel="preload" href="/redir/other.json" as="fetch" crossorigin>', body: `<benefits-explorer src="/redir/other.json">${FALLBACK}</benefits-explorer>` }),
    '/redir/same.html': page({ body: `<benefits-explorer src="/redir/same.json">${FALLBACK}</benefits-explorer>` }),
    '/redir/same.json': redirect('/data/moved.json'),
    '/data/moved.json': titled('Moved within the site'),
  }, null);

  let context, tab, log;
  for (const [name, followed] of [['other.html', false], ['preloaded.html', true]]) {
    reached = 0;
    ({ context, page: tab, log } = await record(browser, `${server.url}redir/${name}`, { waitFor: 'be-error' }));
    try {
      const event = await lastEvent(tab);
      assert.equal(event.detail.code, 'data-cross-origin', name);
      assert.match(event.detail.problems[0].message, /redir\/other\.json redirects to another site; only datasets from this site are allowed/);
      assert.match(await shadow(tab).problems(), /redirects to another site/);
      assert.equal(await tab.locator('#fallback').isVisible(), true, 'the fallback stays');
      assert.equal(await shadow(tab).title(), null, 'nothing of the other site is shown');
      assert.equal(ownErrors(log).length, 1);
      assert.deepEqual(log.pageErrors, []);
      // Without a preload the redirect is not followed at all; with one, the page's own preload followed it.
      assert.equal(reached > 0, followed, name);
    } finally {
      await context.close();
    }
  }

  ({ context, page: tab, log } = await record(browser, `${server.url}redir/same.html`));
  try {
    assert.equal(await shadow(tab).title(), 'Moved within the site');
    assert.deepEqual(ownErrors(log), []);
  } finally {
    await context.close();
  }
});

// ---------- finding 3: editor mode under Trusted Types ----------

test("editor mode under Trusted Types with the documented policy (trusted-types benefits-explorer): the report, 0 violations", async () => {
  const server = await serve({
    '/tt/editor.html': page({ body: `<main><benefits-explorer editor>${FALLBACK}</benefits-explorer></main>` }),
  }, `${HOST_CSP}; require-trusted-types-for 'script'; trusted-types benefits-explorer`);
  const { context, page: tab, log } = await record(browser, `${server.url}tt/editor.html`);
  try {
    const lint = tab.locator('benefits-explorer [part="lint"]');
    await lint.locator('.lint-summary, .lint-none').first().waitFor({ timeout: 15000 });
    assert.doesNotMatch(await lint.textContent(), /could not run/);
    assert.ok(await lint.locator('.lint-list > li').count() > 0, 'the findings are listed');
    assert.deepEqual(log.violations, []);
    assert.deepEqual(log.console, []);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.rejections, []);
  } finally {
    await context.close();
  }
});

test("editor mode under trusted-types 'none': the explorer works and the lint box says what to allow", async () => {
  const server = await serve({
    '/tt/editor.html': page({ body: `<main><benefits-explorer editor>${FALLBACK}</benefits-explorer></main>` }),
  }, `${HOST_CSP}; require-trusted-types-for 'script'; trusted-types 'none'`);
  const { context, page: tab, log } = await record(browser, `${server.url}tt/editor.html`);
  try {
    const message = tab.locator('benefits-explorer [part="lint"] .lint-none');
    await message.waitFor({ timeout: 15000 });
    assert.match(await message.textContent(), /The editor check could not run: this page enforces Trusted Types and its trusted-types directive does not allow the policy "benefits-explorer"/);
    assert.equal(await tab.locator('benefits-explorer .claims > li').count(), dataset().claims.length, 'the explorer itself works');
    assert.ok(!log.requests.some((u) => u.endsWith('/benefits-lint.js')), 'the script was never requested');
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.rejections, []);
  } finally {
    await context.close();
  }
});

test('a server that sends the engine with another content type than application/wasm: it is checked and runs all the same', async () => {
  // Streaming compilation needs application/wasm; many hosts send application/octet-stream for an unknown extension.
  const server = await serve({
    '/type/page.html': page({ body: `<main><benefits-explorer>${FALLBACK}</benefits-explorer></main>` }),
    '/benefits-core.wasm': { body: readFileSync(join(DIST, 'benefits-core.wasm')), type: 'application/octet-stream' },
  });
  const { context, page: tab, log } = await record(browser, `${server.url}type/page.html`);
  try {
    await tab.locator('benefits-explorer .claims > li').first().waitFor({ timeout: 15000 });
    assert.equal(await tab.locator('benefits-explorer .claims > li').count(), dataset().claims.length);
    assert.deepEqual(ownErrors(log), []);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('editor mode: an altered benefits-lint.js or benefits-lint.wasm never runs (both are checked against the hashes built into the element script)', async () => {
  const script = readFileSync(join(DIST, 'benefits-lint.js'), 'utf8');
  for (const [name, body] of [
    ['benefits-lint.js', `${script}\nwindow.__pwned = 'the altered benefits-lint.js ran';`],
    ['benefits-lint.wasm', readFileSync(join(DIST, 'benefits-core.wasm'))],
  ]) {
    const server = await serve({
      '/alt/editor.html': page({ body: `<main><benefits-explorer editor>${FALLBACK}</benefits-explorer></main>` }),
      [`/${name}`]: body,
    });
    const { context, page: tab } = await record(browser, `${server.url}alt/editor.html`);
    try {
      const message = tab.locator('benefits-explorer [part="lint"] .lint-none');
      await message.waitFor({ timeout: 15000 });
      assert.match(await message.textContent(), new RegExp(`The editor check could not run: .*${name.replace('.', '\\.')} .*not the file this script was built with`), name);
      assert.equal(await tab.evaluate(() => window.__pwned), undefined, `${name}: nothing of it ran`);
      assert.equal(await tab.locator('benefits-explorer .claims > li').count(), dataset().claims.length, `${name}: the explorer itself works`);
    } finally {
      await context.close();
    }
  }
});

// ---------- finding 8: invalid UTF-8 in a downloaded dataset ----------

test('invalid UTF-8 in a src dataset is refused with the core\'s message and place (as the command line does); a BOM is accepted', async () => {
  const [head, tail] = titled('TITLE_MARK').split('TITLE_MARK');
  const withTitleBytes = (bytes) => Buffer.concat([Buffer.from(head), Buffer.from('Test '), Buffer.from(bytes), Buffer.from(' dataset'), Buffer.from(tail)]);
  const cases = {
    'ff-fe': [0xff, 0xfe],
    overlong: [0xc0, 0xaf],
    surrogate: [0xed, 0xa0, 0x80],
  };
  const routes = {
    '/utf8/bom.html': page({ body: `<benefits-explorer src="/utf8/bom.json">${FALLBACK}</benefits-explorer>` }),
    '/utf8/bom.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(titled('Dataset with a BOM'))]),
  };
  for (const [name, bytes] of Object.entries(cases)) {
    routes[`/utf8/${name}.html`] = page({ body: `<benefits-explorer src="/utf8/${name}.json">${FALLBACK}</benefits-explorer>` });
    routes[`/utf8/${name}.json`] = withTitleBytes(bytes);
  }
  const server = await serve(routes);
  const column = head.length + 'Test '.length + 1;
  for (const name of Object.keys(cases)) {
    const { context, page: tab } = await record(browser, `${server.url}utf8/${name}.html`, { waitFor: 'be-error' });
    try {
      const event = await lastEvent(tab);
      assert.deepEqual((await tab.evaluate(() => window.__beEvents)).map((e) => e.type), ['be-error'], name);
      assert.equal(event.detail.code, 'data-invalid', name);
      const message = event.detail.problems.map((p) => p.message).join('\n');
      assert.match(message, /invalid JSON at line 1, column \d+: .*ill-formed UTF-8 byte/, name);
      const at = Number(message.match(/column (\d+)/)[1]);
      assert.ok(Math.abs(at - column) <= 1, `${name}: the place is the title's bad byte (column ${at}, expected about ${column})`);
      assert.equal(await shadow(tab).title(), null, `${name}: nothing rendered`);
      assert.match(await shadow(tab).problems(), /ill-formed UTF-8/);
    } finally {
      await context.close();
    }
  }
  const { context, page: tab } = await record(browser, `${server.url}utf8/bom.html`);
  try {
    assert.equal(await shadow(tab).title(), 'Dataset with a BOM');
  } finally {
    await context.close();
  }
});

// ---------- finding 9: bodies larger than the limit ----------

/**
 * Open `url` and wait for be-error while sampling the page's memory (the JS heap plus array buffers, over
 * CDP) every 25 ms; resolves {tab, context, seconds, peak}.
 */
async function openSampling(url) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    window.__beEvents = [];
    for (const type of ['be-ready', 'be-error']) document.addEventListener(type, (event) => window.__beEvents.push({ type, detail: event.detail }));
  });
  const cdp = await context.newCDPSession(tab);
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const usage = await cdp.send('Runtime.getHeapUsage').catch(() => null);
      if (usage) peak = Math.max(peak, usage.usedSize + (usage.backingStorageSize || 0));
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  const started = Date.now();
  await tab.goto(url);
  await tab.waitForFunction(() => window.__beEvents.length > 0, null, { timeout: 30000 });
  const seconds = (Date.now() - started) / 1000;
  await tab.waitForTimeout(100);
  sampling = false;
  await sampler;
  return { context, tab, seconds, peak };
}

test('a 100 MB body (declared or chunked) and a 300 MB gzip bomb end in be-error at once, with the size limit, and little memory', async (t) => {
  const bomb = gzipSync(Buffer.alloc(300 * MB, 0x20), { level: 9 });
  const sent = {};
  const big = (name, declared) => async (req, res, headers) => {
    res.writeHead(200, { ...headers, 'Content-Type': 'application/json', ...(declared ? { 'Content-Length': String(100 * MB) } : {}) });
    sent[name] = await writeSpaces(res, 100 * MB);
  };
  const server = await serve({
    '/big/declared.html': page({ body: `<benefits-explorer src="/big/declared.json">${FALLBACK}</benefits-explorer>` }),
    '/big/declared.json': big('declared', true),
    '/big/chunked.html': page({ body: `<benefits-explorer src="/big/chunked.json">${FALLBACK}</benefits-explorer>` }),
    '/big/chunked.json': big('chunked', false),
    '/big/bomb.html': page({ body: `<benefits-explorer src="/big/bomb.json">${FALLBACK}</benefits-explorer>` }),
    '/big/bomb.json': { body: bomb, type: 'application/json', headers: { 'Content-Encoding': 'gzip' } },
  });
  for (const name of ['declared', 'chunked', 'bomb']) {
    const { context, tab, seconds, peak } = await openSampling(`${server.url}big/${name}.html`);
    try {
      const event = await lastEvent(tab);
      assert.equal(event.type, 'be-error', name);
      assert.equal(event.detail.code, 'data-invalid', name);
      assert.match(event.detail.problems[0].message, /big\/\w+\.json is larger than the size limit of 16,777,216 bytes; its download was stopped there/, name);
      assert.ok(peak < 64 * MB, `${name}: the page's memory peaked at ${(peak / MB).toFixed(1)} MB`);
      assert.ok(seconds < 8, `${name}: be-error after ${seconds} s`);
      if (name !== 'bomb') {
        // The server learns the download was stopped: it never gets to send the whole body.
        await tab.waitForTimeout(300);
        assert.ok(sent[name] !== undefined && sent[name] < 100 * MB, `${name}: ${sent[name]} bytes sent of ${100 * MB}`);
        if (name === 'declared') assert.ok(sent[name] < LIMIT, `declared: refused at the Content-Length (${sent[name]} bytes sent)`);
      }
      t.diagnostic(`${name}: be-error after ${seconds.toFixed(1)} s, memory peak ${(peak / MB).toFixed(1)} MB${sent[name] !== undefined ? `, ${(sent[name] / MB).toFixed(1)} MB sent` : ''}`);
    } finally {
      await context.close();
    }
  }
});

// ---------- finding 10: a server that hangs ----------

test('a server that hangs (after the headers, or before) ends in data-unavailable after the timeout attribute; the default is 30 s', async () => {
  const server = await serve({
    '/hang/headers.html': page({ body: `<benefits-explorer timeout="1" src="/hang/headers.json">${FALLBACK}</benefits-explorer>` }),
    '/hang/headers.json': (req, res, headers) => {
      res.writeHead(200, { ...headers, 'Content-Type': 'application/json' });
      res.write('{"format": 1, ');
    },
    '/hang/silent.html': page({ body: `<benefits-explorer timeout="1.5" src="/hang/silent.json">${FALLBACK}</benefits-explorer>` }),
    '/hang/silent.json': () => { /* never answers */ },
  });
  for (const [name, seconds, words] of [['headers', 1, '1 second'], ['silent', 1.5, '1.5 seconds']]) {
    const started = Date.now();
    const { context, page: tab } = await record(browser, `${server.url}hang/${name}.html`, { waitFor: 'be-error' });
    try {
      const elapsed = (Date.now() - started) / 1000;
      assert.ok(elapsed < seconds + 6, `${name}: be-error after ${elapsed} s (opening the page included)`);
      const event = await lastEvent(tab);
      assert.equal(event.detail.code, 'data-unavailable');
      assert.equal(event.detail.problems[0].message, `Could not load the dataset ${server.url}hang/${name}.json: it did not arrive within ${words}.`);
      assert.equal(await tab.locator('#fallback').isVisible(), true);
      assert.equal(await tab.evaluate(() => document.querySelector('benefits-explorer').state), 'error');
      assert.equal(await tab.evaluate(() => document.querySelector('benefits-explorer').openClaim('aura')), false, 'openClaim() does not wait forever');
    } finally {
      await context.close();
    }
  }
  const { context, page: tab } = await record(browser, `${server.url}hang/headers.html`, { waitFor: null });
  try {
    await tab.waitForFunction(() => customElements.get('benefits-explorer'));
    assert.deepEqual(await tab.evaluate(() => {
      const element = document.createElement('benefits-explorer');
      const values = [element.timeout];
      element.timeout = 5;
      values.push(element.getAttribute('timeout'), element.timeout);
      element.setAttribute('timeout', 'soon');
      values.push(element.timeout);
      return values;
    }), [30, '5', 5, 30]);
  } finally {
    await context.close();
  }
});

// ---------- finding 11: superseded loads are aborted ----------

test('20 quick reload() calls: the superseded downloads are aborted and the dataset is back in about one delay', async (t) => {
  const DELAY = 1000;
  const counts = { started: 0, completed: 0 };
  const server = await serve({
    '/slow/page.html': page({ body: `<benefits-explorer src="/slow/data.json">${FALLBACK}</benefits-explorer>` }),
    '/slow/data.json': (req, res, headers) => {
      counts.started += 1;
      const timer = setTimeout(() => {
        res.writeHead(200, { ...headers, 'Content-Type': 'application/json' });
        res.end(titled('Slow dataset'), () => { counts.completed += 1; });
      }, DELAY);
      res.on('close', () => clearTimeout(timer));
    },
  });
  const { context, page: tab } = await record(browser, `${server.url}slow/page.html`);
  try {
    counts.started = 0;
    counts.completed = 0;
    const elapsed = await tab.evaluate(async () => {
      const element = document.querySelector('benefits-explorer');
      const started = performance.now();
      const ready = new Promise((resolve) => element.addEventListener('be-ready', resolve, { once: true }));
      for (let i = 0; i < 20; i += 1) element.reload();
      await ready;
      return performance.now() - started;
    });
    await tab.waitForTimeout(DELAY + 300);
    t.diagnostic(`ready again after ${Math.round(elapsed)} ms; ${counts.started} requests, ${counts.completed} completed`);
    // Without the aborts the 20 identical requests queue one behind the other (about 20 delays).
    assert.ok(elapsed < DELAY * 4, `ready again after ${Math.round(elapsed)} ms (one download takes ${DELAY} ms)`);
    assert.equal(counts.completed, 1, `only the last download completed (${counts.started} started)`);
    assert.equal((await tab.evaluate(() => window.__beEvents)).filter((e) => e.type === 'be-ready').length, 2);
  } finally {
    await context.close();
  }
});

// ---------- finding 13: the old dataset while another loads ----------

test('while another src loads, the old list is out of use (inert, aria-busy, "Updating…"); then the new one is shown', async () => {
  let release = null;
  const server = await serve({
    '/stale/page.html': page({ body: `<benefits-explorer src="/stale/a.json">${FALLBACK}</benefits-explorer>` }),
    '/stale/a.json': titled('Dataset A'),
    '/stale/b.json': (req, res, headers) => {
      release = () => {
        res.writeHead(200, { ...headers, 'Content-Type': 'application/json' });
        res.end(titled('Dataset B'));
      };
    },
  });
  const { context, page: tab } = await record(browser, `${server.url}stale/page.html`);
  try {
    assert.equal(await shadow(tab).title(), 'Dataset A');
    await tab.evaluate(() => { document.querySelector('benefits-explorer').src = '/stale/b.json'; });
    await tab.waitForFunction(() => document.querySelector('benefits-explorer').state === 'loading');
    await tab.waitForTimeout(200);
    const during = await tab.evaluate(() => {
      const root = document.querySelector('benefits-explorer').shadowRoot;
      const search = root.querySelector('input[type="search"]');
      search.focus();
      const toggle = root.querySelector('.row-toggle');
      const box = toggle.getBoundingClientRect();
      return {
        searchFocused: root.activeElement === search,
        hit: root.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === toggle,
        busy: root.querySelector('[part="root"]').getAttribute('aria-busy'),
        status: root.querySelector('[part="status"]').hidden ? null : root.querySelector('[part="status"]').textContent,
      };
    });
    assert.deepEqual(during, { searchFocused: false, hit: false, busy: 'true', status: 'Updating the evidence…' });
    assert.equal(await tab.locator('benefits-explorer .app').evaluate((app) => Number(getComputedStyle(app).opacity)), 0.5, 'dimmed');
    release();
    await tab.waitForFunction(() => window.__beEvents.filter((e) => e.type === 'be-ready').length === 2);
    assert.equal(await shadow(tab).title(), 'Dataset B');
    const after = await tab.evaluate(() => {
      const root = document.querySelector('benefits-explorer').shadowRoot;
      const search = root.querySelector('input[type="search"]');
      search.focus();
      return { searchFocused: root.activeElement === search, busy: root.querySelector('[part="root"]').getAttribute('aria-busy') };
    });
    assert.deepEqual(after, { searchFocused: true, busy: null });
  } finally {
    await context.close();
  }
});

// ---------- finding 20: a sandboxed page (opaque origin) ----------

test('a page sandboxed without allow-same-origin: the message says why nothing can be downloaded', async () => {
  const server = await serve({
    '/sandbox/default.html': page({ body: `<benefits-explorer>${FALLBACK}</benefits-explorer>` }),
    '/sandbox/inline.html': page({ body: `<benefits-explorer>${FALLBACK}<script type="application/json">${titled('Inline')}</script></benefits-explorer>` }),
  }, 'sandbox allow-scripts');
  for (const [name, code, pattern] of [
    ['default', 'data-unavailable', /^Could not load the dataset \S*claims\.json: this page has no origin of its own \(a frame sandboxed without allow-same-origin, or a file opened from disk\)/],
    ['inline', 'wasm-unreachable', /benefits-core\.wasm cannot be downloaded: this page has no origin of its own/],
  ]) {
    const { context, page: tab } = await record(browser, `${server.url}sandbox/${name}.html`, { waitFor: 'be-error' });
    try {
      assert.equal(await tab.evaluate(() => window.origin), 'null', 'the page has an opaque origin');
      const event = await lastEvent(tab);
      assert.equal(event.detail.code, code, name);
      assert.match(event.detail.problems[0].message, pattern, name);
      assert.equal(await tab.locator('#fallback').isVisible(), true);
    } finally {
      await context.close();
    }
  }
});

// ---------- finding 12: reload() on elements that are not in the document ----------

test('reload() on 200 never-connected and 50 removed elements loads nothing: the module\'s memory does not grow', async (t) => {
  const server = await serve({
    '/detached/page.html': page({ body: `<benefits-explorer>${FALLBACK}</benefits-explorer>` }),
  });
  // The module's memory, seen from outside: every WebAssembly.Memory an instance of this page exports.
  const watchMemory = (context) => context.addInitScript(() => {
    window.__memories = [];
    const keep = (result) => {
      const instance = result instanceof WebAssembly.Instance ? result : result.instance;
      for (const value of Object.values(instance.exports)) if (value instanceof WebAssembly.Memory) window.__memories.push(value);
      return result;
    };
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = function instantiate(...args) { return original.apply(this, args).then(keep); };
    }
  });
  const { context, page: tab } = await record(browser, `${server.url}detached/page.html`, { setup: watchMemory });
  try {
    const result = await tab.evaluate(async () => {
      const memory = () => window.__memories.reduce((sum, m) => sum + m.buffer.byteLength, 0);
      const before = memory();
      const Explorer = customElements.get('benefits-explorer');
      const never = Array.from({ length: 200 }, () => new Explorer());
      await Promise.all(never.map((element) => element.reload()));
      const removed = [];
      for (let i = 0; i < 50; i += 1) {
        const element = document.createElement('benefits-explorer');
        document.body.append(element);
        await new Promise((resolve) => element.addEventListener('be-ready', resolve, { once: true }));
        element.remove();
        removed.push(element);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      const afterRemoved = memory();
      await Promise.all(removed.map((element) => element.reload()));
      await new Promise((resolve) => setTimeout(resolve, 500));
      return {
        memories: window.__memories.length,
        before,
        afterRemoved,
        after: memory(),
        states: [...new Set([...never, ...removed].map((element) => element.state))],
      };
    });
    t.diagnostic(`module memory ${(result.before / 1048576).toFixed(1)} MB → ${(result.afterRemoved / 1048576).toFixed(1)} MB (50 ready-then-removed) → ${(result.after / 1048576).toFixed(1)} MB after 250 detached reload()s`);
    assert.ok(result.memories >= 1, 'the module\'s memory was found');
    assert.deepEqual(result.states, ['idle'], 'no detached element loaded');
    assert.ok(result.after - result.afterRemoved < 2 * MB, `the module grew by ${((result.after - result.afterRemoved) / MB).toFixed(1)} MB`);
    assert.ok(result.after - result.before < 4 * MB, `the module grew by ${((result.after - result.before) / MB).toFixed(1)} MB in all`);
  } finally {
    await context.close();
  }
});
