// A hostile host page: html { font-size: 62.5% }, a "* { color: red !important; font-size: 8px !important;
// line-height: 0 !important; display: inline !important; … }" rule, "benefits-explorer { all: unset }",
// a dark background and <html dir="rtl">. Page styles reach the host element and, through inheritance,
// everything inside; the explorer's root resets them (styles.css .be). Inside the shadow root the text
// must stay readable: running text at least 14px (nothing under 12px), real line height, contrast of 4.5:1 or more against its own
// background, left to right (the words are English), cards with height. Also: the explorer keeps a
// width where the page sizes it to its content (flex item, inline-block, float, absolute).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, requireDist, screenshot, axe } from './helpers.mjs';
import { HOST_CSP, page, serveWith, record, openEverything, ownErrors, FALLBACK } from './hostile/harness.mjs';

// Everything a careless or hostile stylesheet can do to inherited properties, all !important.
const HOSTILE_CSS = `
html { font-size: 62.5%; }
body { font-size: 1.6rem; margin: 0; padding: 2rem; }
* {
  color: red !important; font-size: 8px !important; line-height: 0 !important; display: inline !important;
  letter-spacing: 0.3em !important; word-spacing: 1em !important; text-transform: uppercase !important;
  font-weight: 100 !important; font-style: italic !important; text-align: right !important;
  text-indent: -20px !important; white-space: nowrap !important; background: transparent !important;
  -webkit-text-fill-color: transparent !important; text-shadow: 0 0 3px lime !important;
  font-family: "Comic Sans MS", cursive !important; cursor: none !important; user-select: none !important;
  list-style: square inside !important; border-collapse: separate !important; quotes: "!" "!" !important;
  hyphens: auto !important; word-break: break-all !important; writing-mode: horizontal-tb !important;
}
head, head * { display: none !important; }
html { background: #0d1014 !important; }
benefits-explorer { all: unset; }
`;
// The common case: a 62.5% root with no size on body (10px text), a dark page, right to left.
const SMALL_ROOT_CSS = 'html { font-size: 62.5%; background: #0d1014; color: #eee; } body { margin: 0; padding: 2rem; }';
const SHRINK_CSS = {
  'flex item': '.layout { display: flex; gap: 1em; } .side { width: 12em; }',
  'inline-block': 'benefits-explorer { display: inline-block; }',
  float: 'benefits-explorer { float: left; }',
  'absolute': 'benefits-explorer { position: absolute; }',
  'max-content grid column': '.layout { display: grid; grid-template-columns: 12em max-content; }',
};

let browser;
let server;
before(async () => {
  requireDist();
  const routes = {
    '/host/hostile.css': HOSTILE_CSS,
    '/host/hostile.html': page({ htmlAttrs: 'lang="en" dir="rtl"', head: '<link rel="stylesheet" href="/host/hostile.css">', body: `<h1>Clinic page</h1><benefits-explorer>${FALLBACK}</benefits-explorer>` }),
    '/host/small-root.css': SMALL_ROOT_CSS,
    '/host/small-root.html': page({ htmlAttrs: 'lang="en" dir="rtl"', head: '<link rel="stylesheet" href="/host/small-root.css">', body: `<main><benefits-explorer>${FALLBACK}</benefits-explorer></main>` }),
  };
  for (const [name, css] of Object.entries(SHRINK_CSS)) {
    const slug = name.replace(/\W+/g, '-');
    routes[`/host/${slug}.css`] = css;
    routes[`/host/${slug}.html`] = page({ head: `<link rel="stylesheet" href="/host/${slug}.css">`, body: `<div class="layout"><div class="side">Clinic menu</div><benefits-explorer>${FALLBACK}</benefits-explorer></div>` });
  }
  // The host page's stylesheet needs style-src 'self'; the explorer itself still needs none.
  server = await serveWith(routes, `${HOST_CSP}; style-src 'self'`);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Computed styles of body text inside the shadow root, with the contrast of each against the
 * background actually behind it (semi-transparent layers composited, canvas-converted to sRGB).
 */
function readability(tab) {
  return tab.evaluate(() => {
    const root = document.querySelector('benefits-explorer').shadowRoot;
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const g = canvas.getContext('2d', { willReadFrequently: true });
    const rgba = (css) => {
      g.clearRect(0, 0, 1, 1);
      g.fillStyle = '#000';
      g.fillStyle = css;
      g.fillRect(0, 0, 1, 1);
      const [r, gg, b, a] = g.getImageData(0, 0, 1, 1).data;
      return [r, gg, b, a / 255];
    };
    const over = (top, bottom) => top.slice(0, 3).map((c, i) => c * top[3] + bottom[i] * (1 - top[3])).concat(1);
    const background = (node) => {
      const layers = [];
      for (let n = node; n; n = n.parentElement || (n.getRootNode().host ?? null)) {
        const c = rgba(getComputedStyle(n).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      return layers.reverse().reduce((acc, layer) => over(layer, acc), [255, 255, 255, 1]);
    };
    const lum = ([r, gg, b]) => [r, gg, b].map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; })
      .reduce((acc, v, i) => acc + v * [0.2126, 0.7152, 0.0722][i], 0);
    const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const selectors = ['.lede', '.notice p', '.row-title', '.row-brief .brief-text', '.row-meta .stat', '.how-to', '.summary', '.row-reason', '.harm-statement', '.ref-title', '.ref-field dd', '.studies td', '.safety .lead', '.foot p', 'label', 'select', 'input[type="search"]'];
    const out = [];
    for (const selector of selectors) {
      const node = [...root.querySelectorAll(selector)].find((n) => n.getClientRects().length);
      if (!node) {
        out.push({ selector, missing: true });
        continue;
      }
      const s = getComputedStyle(node);
      const fg = over(rgba(s.color), background(node));
      const fill = rgba(s.webkitTextFillColor);
      out.push({
        selector,
        fontSize: parseFloat(s.fontSize),
        lineHeight: s.lineHeight === 'normal' ? parseFloat(s.fontSize) * 1.2 : parseFloat(s.lineHeight),
        contrast: contrast(fg, background(node)),
        fillVisible: fill[3] > 0.99,
        letterSpacing: s.letterSpacing,
        textTransform: s.textTransform,
        fontStyle: s.fontStyle,
        whiteSpace: s.whiteSpace,
        textIndent: s.textIndent,
        textShadow: s.textShadow,
        direction: s.direction,
        height: node.getBoundingClientRect().height,
      });
    }
    return out;
  });
}

// Running text is at the base size (≥ 14px); labels and secondary lines may be smaller, never below 12px.
const BODY_TEXT = new Set(['.lede', '.notice p', '.row-brief .brief-text', '.summary', '.row-reason', '.harm-statement', '.safety .lead']);

function assertReadable(rows) {
  for (const row of rows) {
    assert.ok(!row.missing, `${row.selector} is shown`);
    const where = `${row.selector}: ${JSON.stringify(row)}`;
    const minFont = BODY_TEXT.has(row.selector) ? 14 : 12;
    assert.ok(row.fontSize >= minFont, `font size ≥ ${minFont}px — ${where}`);
    assert.ok(row.lineHeight >= row.fontSize * 1.15, `line height — ${where}`);
    assert.ok(row.contrast >= 4.5, `contrast ${row.contrast.toFixed(2)} ≥ 4.5 — ${where}`);
    assert.ok(row.fillVisible, `text fill colour not transparent — ${where}`);
    assert.ok(['normal', '0px'].includes(row.letterSpacing), `letter spacing — ${where}`);
    assert.equal(row.textTransform, 'none', where);
    assert.equal(row.fontStyle, 'normal', where);
    assert.equal(row.textIndent, '0px', where);
    assert.equal(row.textShadow, 'none', where);
    assert.equal(row.direction, 'ltr', `English text runs left to right — ${where}`);
    assert.ok(row.height > 0, `not collapsed — ${where}`);
  }
}

test('hostile host stylesheet (* {… !important}, all: unset, 62.5% root, dark, rtl): the explorer stays readable', async () => {
  const { context, page: tab, log } = await record(browser, `${server.url}host/hostile.html`, { viewport: { width: 1000, height: 1400 } });
  try {
    const first = tab.locator('benefits-explorer .claims > li').first();
    await first.locator('.row-toggle').click();
    await first.locator('.sources-toggle').click();
    const rows = await readability(tab);
    assertReadable(rows);
    const sizes = await tab.evaluate(() => {
      const root = document.querySelector('benefits-explorer').shadowRoot;
      const h = (s) => root.querySelector(s).getBoundingClientRect();
      return { be: h('.be'), row: h('.claims > li'), card: h('.card:not([hidden])'), ref: h('.ref'), list: getComputedStyle(root.querySelector('.claims')).display };
    });
    assert.ok(sizes.be.width > 600 && sizes.be.height > 1000, `the explorer has its size (${sizes.be.width}×${sizes.be.height})`);
    assert.ok(sizes.row.height > 60, `rows are not collapsed (${sizes.row.height}px)`);
    assert.ok(sizes.card.height > 300, `an open card is not collapsed (${sizes.card.height}px)`);
    assert.ok(sizes.ref.height > 80, `a source entry is not collapsed (${sizes.ref.height}px)`);
    assert.equal(sizes.list, 'grid', 'the page\'s display: inline !important does not reach inside');
    await first.scrollIntoViewIfNeeded();
    await tab.evaluate(() => window.scrollTo(0, 0));
    await screenshot(tab, 'hostile-host');
    // Accessibility holds on such a page too.
    const violations = await axe(tab, 'benefits-explorer');
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.join(' | ')}`), []);
    assert.deepEqual(log.violations, []);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(ownErrors(log), []);
  } finally {
    await context.close();
  }
});

test('html { font-size: 62.5% } without a body size (10px page text): the explorer uses 14px, not 10px', async () => {
  const { context, page: tab } = await record(browser, `${server.url}host/small-root.html`, { viewport: { width: 1000, height: 1200 } });
  try {
    const first = tab.locator('benefits-explorer .claims > li').first();
    await first.locator('.row-toggle').click();
    await first.locator('.sources-toggle').click();
    const page10 = await tab.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    assert.equal(page10, 10, 'the page itself is at 10px');
    const rows = await readability(tab);
    assertReadable(rows);
    const base = await tab.evaluate(() => parseFloat(getComputedStyle(document.querySelector('benefits-explorer').shadowRoot.querySelector('.be')).fontSize));
    assert.equal(base, 14, 'the floor: max(1em, 14px)');
    await tab.evaluate(() => window.scrollTo(0, 0));
    await screenshot(tab, 'hostile-host-small-root');
  } finally {
    await context.close();
  }
});

for (const name of Object.keys(SHRINK_CSS)) {
  test(`sized to its content (${name}): the explorer keeps a readable width instead of collapsing to 0`, async () => {
    const slug = name.replace(/\W+/g, '-');
    const { context, page: tab } = await record(browser, `${server.url}host/${slug}.html`, { viewport: { width: 1100, height: 900 } });
    try {
      const box = await tab.evaluate(() => {
        const host = document.querySelector('benefits-explorer');
        const r = host.shadowRoot.querySelector('.be').getBoundingClientRect();
        return { width: r.width, height: r.height, rowHeight: host.shadowRoot.querySelector('.claims > li').getBoundingClientRect().height };
      });
      assert.ok(box.width >= 500, `width ${box.width}px`);
      // A row holds the advert, the verdict with its reason, the studies' sentence and the counts: about 475px at
      // this width. Stacked letter by letter it would be thousands.
      assert.ok(box.rowHeight < 800, `rows are not stacked letter by letter (${box.rowHeight}px)`);
    } finally {
      await context.close();
    }
  });
}

test('on a phone, every card and source list open: the page never scrolls sideways (real dataset)', async () => {
  const { context, page: tab } = await record(browser, `${server.url}host/small-root.html`, { viewport: { width: 360, height: 800 } });
  try {
    await openEverything(tab);
    const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow}px`);
  } finally {
    await context.close();
  }
});
