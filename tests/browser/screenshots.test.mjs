// Screenshots for people to look at (build/screenshots/*.png): the list, an open card, the sources,
// the safety section, a narrow phone-sized widget, dark mode, and the failure state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { openPage, screenshot, dataset, claimRates } from './helpers.mjs';
import { browser, server, startSession } from './session.mjs';

startSession(() => ({
  '/test/broken.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>broken</title>
<script defer src="/benefits-explorer.js"></script></head><body><main><benefits-explorer>
<p>IV magnesium: what the studies show. (Plain-text fallback shown when the explorer cannot run.)</p>
<script type="application/json">{"format": 1, "title": "x", "claims": [</script></benefits-explorer></main></body></html>`,
}));

function pickClaim() {
  const data = dataset();
  return data.claims.find((c) => claimRates(c).some((a) => a.magnesium && typeof a.magnesium.events === 'number')) || data.claims[0];
}

for (const [name, options] of [
  ['', { colorScheme: 'light', viewport: { width: 1100, height: 1000 } }],
  ['-dark', { colorScheme: 'dark', viewport: { width: 1100, height: 1000 } }],
  ['-narrow', { colorScheme: 'light', viewport: { width: 390, height: 844 } }],
]) {
  test(`screenshots of the list, an open card and the sources${name || ' (light)'}`, async () => {
    const { context, page } = await openPage(browser, server.url, options);
    try {
      const shots = [];
      shots.push(await screenshot(page, `list${name}`));
      const claim = pickClaim();
      const item = page.locator(`benefits-explorer li[data-claim="${claim.id}"]`);
      await item.locator('.row-toggle').click();
      shots.push(await screenshot(item, `card${name}`));
      await item.locator('.sources-toggle').click();
      shots.push(await screenshot(item.locator('.sources-section'), `sources${name}`));
      shots.push(await screenshot(page.locator('benefits-explorer section.safety'), `safety${name}`));
      for (const path of shots) assert.ok(statSync(path).size > 10000, path);
    } finally {
      await context.close();
    }
  });
}

test('screenshot of the failure state', async () => {
  const { context, page } = await openPage(browser, `${server.url}test/broken.html`, { waitFor: 'be-error', viewport: { width: 900, height: 500 } });
  try {
    const path = await screenshot(page, 'error');
    assert.ok(statSync(path).size > 5000);
  } finally {
    await context.close();
  }
});
