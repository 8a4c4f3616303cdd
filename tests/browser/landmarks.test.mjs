// The element inside someone else's page: its header and footer are not a second banner or contentinfo
// landmark. The host page has its own <header>, <main> (elsewhere) and <footer>, and the element sits
// directly in <body>, outside every landmark of the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, axe, screenshot, DIST } from './helpers.mjs';
import { browser, server, startSession } from './session.mjs';
import { STRICT_META } from './embedding-helpers.mjs';

const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">${STRICT_META}
<title>A clinic's page</title><script defer src="/benefits-explorer.js"></script></head>
<body>
<header><p>Riverside Clinic</p><nav aria-label="Site"><a href="#news">News</a></nav></header>
<main><h1>Magnesium drips: what we know</h1><p id="news">Our pharmacist answers questions on Tuesdays.</p></main>
<benefits-explorer id="x"><p>The explorer needs JavaScript.</p></benefits-explorer>
<footer><p>Riverside Clinic, 1 River Road</p></footer>
</body></html>`;

startSession(() => ({ '/test/landmarks.html': HOST_PAGE }));

const report = (violations) => violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');

test('in <body> beside the page\'s own header, main and footer: one banner, one contentinfo, axe finds 0 violations', async () => {
  const { context, page, problems } = await openPage(browser, `${server.url}test/landmarks.html`);
  try {
    // The page's landmarks, counted across the shadow root as assistive technology sees them.
    const landmarks = await page.evaluate(() => {
      const all = (root) => [...root.querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? all(n.shadowRoot) : [])]);
      const nodes = all(document);
      const inShadow = (n) => n.getRootNode() !== document;
      return {
        banners: nodes.filter((n) => n.getAttribute('role') === 'banner' || (n.localName === 'header' && !n.closest('main, article, aside, nav, section'))).length,
        contentinfos: nodes.filter((n) => n.getAttribute('role') === 'contentinfo' || (n.localName === 'footer' && !n.closest('main, article, aside, nav, section'))).length,
        shadowHeaderOrFooter: nodes.filter((n) => inShadow(n) && /^(header|footer)$/.test(n.localName)).length,
        // The explorer's own landmark: a region named by its words and the dataset's title.
        region: (() => {
          const root = document.getElementById('x').shadowRoot;
          const app = root.querySelector('.app');
          const name = (app.getAttribute('aria-labelledby') || '').split(' ').map((id) => root.getElementById(id)?.textContent).join(' ');
          return `${app.getAttribute('role')}: ${name}`;
        })(),
        parts: [...document.getElementById('x').shadowRoot.querySelectorAll('[part~="header"], [part~="footer"]')].map((n) => `${n.getAttribute('part')}:${n.localName}:${n.getAttribute('role')}`),
      };
    });
    // In the shadow tree, closest() stops at the shadow root: an element header there counts as a banner.
    assert.equal(landmarks.shadowHeaderOrFooter, 0, 'no <header> or <footer> element inside the explorer');
    assert.equal(landmarks.banners, 1, 'the page\'s own header is the only banner');
    assert.equal(landmarks.contentinfos, 1, 'the page\'s own footer is the only contentinfo');
    const { title } = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8'));
    assert.equal(landmarks.region, `region: Evidence explorer: ${title}`);
    assert.deepEqual(landmarks.parts, ['header:div:null', 'footer:div:null'], 'the parts stay for styling');

    const violations = await axe(page);
    assert.equal(violations.length, 0, report(violations));
    assert.deepEqual(problems.pageErrors, []);
    for (const width of [320, 390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `landmarks-${width}`);
    }
  } finally {
    await context.close();
  }
});
