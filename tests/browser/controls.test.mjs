// Search, filters, sort and reset: every change goes through the core's query() and the list and
// the polite live region follow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, dataset } from './helpers.mjs';
import { browser, server, startSession } from './session.mjs';
import { page as testPage } from './embedding-helpers.mjs';

startSession({ '/test/es.html': testPage('<benefits-explorer></benefits-explorer>', { lang: 'es' }) });

const shownIds = (page) => page.locator('benefits-explorer .claims > li').evaluateAll((items) => items.map((li) => li.dataset.claim));

async function waitForLive(page, predicate) {
  await page.waitForFunction((source) => {
    const live = document.querySelector('benefits-explorer').shadowRoot.querySelector('[role="status"][aria-live="polite"]');
    return live && new RegExp(source).test(live.textContent);
  }, predicate.source, { timeout: 5000 });
}

test('search as you type narrows the list and the live region announces the count', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    await waitForLive(page, /Showing all 12 claims/);
    const before = await shownIds(page);
    assert.equal(before.length, 12);
    await page.locator('benefits-explorer input[type="search"]').pressSequentially('aura', { delay: 30 });
    await page.waitForFunction(() => document.querySelector('benefits-explorer').shadowRoot.querySelectorAll('.claims > li').length < 12);
    const after = await shownIds(page);
    assert.ok(after.length > 0 && after.length < 12, `search shows ${after.length} claims`);
    assert.ok(after.includes('aura'));
    await waitForLive(page, new RegExp(`Showing ${after.length} of 12 claims`));
    // Case and accents do not matter (the core normalises).
    await page.locator('benefits-explorer input[type="search"]').fill('AURÁ');
    await page.waitForTimeout(150);
    assert.deepEqual(await shownIds(page), after);
    // A word found nowhere: an empty state with a way back.
    await page.locator('benefits-explorer input[type="search"]').fill('zzzqqq');
    await waitForLive(page, /No claims match/);
    assert.equal((await shownIds(page)).length, 0);
    await page.locator('benefits-explorer .empty button').click();
    await waitForLive(page, /Showing all 12 claims/);
    assert.equal((await shownIds(page)).length, 12);
  } finally {
    await context.close();
  }
});

test('filters by topic, verdict, certainty and route change the list', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const data = dataset();
    const select = (label) => page.locator('benefits-explorer').getByLabel(label, { exact: true });

    await select('Topic').selectOption('beyond');
    await page.waitForFunction(() => document.querySelector('benefits-explorer').shadowRoot.querySelectorAll('.claims > li').length < 12);
    let ids = await shownIds(page);
    assert.deepEqual(new Set(ids), new Set(data.claims.filter((c) => c.topic === 'beyond').map((c) => c.id)));

    await select('Topic').selectOption('');
    await select('Verdict').selectOption('contradicted');
    await page.waitForTimeout(150);
    ids = await shownIds(page);
    const contradicted = data.claims.filter((c) => c.verdict === 'contradicted').map((c) => c.id);
    assert.ok(contradicted.length > 0);
    assert.deepEqual(new Set(ids), new Set(contradicted));
    for (const cls of await page.locator('benefits-explorer .claims > li .verdict').evaluateAll((els) => els.map((e) => e.className))) {
      assert.match(cls, /verdict--contradicted/);
    }

    await select('Verdict').selectOption('');
    await select('Route').selectOption('oral');
    await page.waitForTimeout(150);
    ids = await shownIds(page);
    assert.ok(ids.length > 0 && ids.length < 12, `route oral shows ${ids.length}`);
    assert.ok(ids.includes('prevention'));

    // Certainty: every row shown has the chosen certainty.
    await page.locator('benefits-explorer button.reset').click();
    const options = await select('Certainty').locator('option').evaluateAll((o) => o.map((x) => x.value).filter(Boolean));
    const chosen = options.filter((v) => v !== 'none').at(-1);
    await select('Certainty').selectOption(chosen);
    await page.waitForTimeout(150);
    const classes = await page.locator('benefits-explorer .claims > li .certainty').evaluateAll((els) => els.map((e) => e.className));
    assert.ok(classes.length > 0);
    for (const cls of classes) assert.ok(cls.includes(`certainty--${chosen}`), cls);
    assert.equal(await page.locator('benefits-explorer .claims > li .no-certainty').count(), 0);
    // "None": the claims whose headline question has no controlled study, each saying so in words.
    if (options.includes('none')) {
      await select('Certainty').selectOption('none');
      await page.waitForTimeout(150);
      const shown = (await shownIds(page)).length;
      assert.ok(shown > 0);
      assert.equal(await page.locator('benefits-explorer .claims > li .row-meta .no-certainty').count(), shown);
      assert.equal(await page.locator('benefits-explorer .claims > li .row-meta .certainty').count(), 0);
    }

    // Reset brings everything back and clears the controls.
    await page.locator('benefits-explorer button.reset').click();
    await page.waitForTimeout(150);
    assert.equal((await shownIds(page)).length, 12);
    assert.equal(await select('Certainty').inputValue(), '');
    assert.equal(await page.locator('benefits-explorer input[type="search"]').inputValue(), '');
  } finally {
    await context.close();
  }
});

test('sort by certainty and by verdict reorders the list', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const byTopic = await shownIds(page);
    const sort = page.locator('benefits-explorer').getByLabel('Sort by', { exact: true });

    await sort.selectOption('certainty');
    await page.waitForFunction((first) => {
      const items = document.querySelector('benefits-explorer').shadowRoot.querySelectorAll('.claims > li');
      return [...items].map((li) => li.dataset.claim).join() !== first;
    }, byTopic.join());
    // A claim without a certainty (no controlled study of its headline question) sorts as the lowest.
    const rank = { 'high': 0, 'moderate': 1, 'low': 2, 'very-low': 3, 'none': 4 };
    const certainties = await page.locator('benefits-explorer .claims > li .row-meta').evaluateAll((els) => els.map((e) => {
      const badge = e.querySelector('.certainty');
      return badge ? badge.className.match(/certainty--([a-z-]+)/)[1] : 'none';
    }));
    const ranks = certainties.map((c) => rank[c]);
    const ascending = ranks.every((r, i) => i === 0 || r >= ranks[i - 1]);
    const descending = ranks.every((r, i) => i === 0 || r <= ranks[i - 1]);
    assert.ok(ascending || descending, `certainty order ${certainties.join(', ')}`);
    assert.equal((await shownIds(page)).length, 12);

    await sort.selectOption('verdict');
    await page.waitForTimeout(150);
    const order = ['supported', 'partly-supported', 'contested', 'oral-only', 'not-supported', 'contradicted'];
    const verdicts = await page.locator('benefits-explorer .claims > li .verdict').evaluateAll((els) => els.map((e) => e.className.match(/verdict--([a-z-]+)/)[1]));
    const vr = verdicts.map((v) => order.indexOf(v));
    assert.ok(vr.every((r, i) => i === 0 || r >= vr[i - 1]) || vr.every((r, i) => i === 0 || r <= vr[i - 1]), `verdict order ${verdicts.join(', ')}`);
    assert.notDeepEqual(await shownIds(page), byTopic);
  } finally {
    await context.close();
  }
});

// A select shows its choice whole from a 320 px phone to a desktop, in both languages: equal columns of 9em cut
// "Todos los veredictos" to "Todos los vered" on a phone.
test('every select shows the choice it starts with whole, at every width from 320 to 1280 px, in English and Spanish', async () => {
  for (const path of ['', 'test/es.html']) {
    const { context, page } = await openPage(browser, `${server.url}${path}`);
    try {
      for (let width = 320; width <= 1280; width += 40) {
        await page.setViewportSize({ width, height: 900 });
        const cut = await page.evaluate(() => {
          const canvas = document.createElement('canvas').getContext('2d');
          return [...document.querySelector('benefits-explorer').shadowRoot.querySelectorAll('.selects select')].flatMap((select) => {
            const style = getComputedStyle(select);
            canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const text = select.selectedOptions[0].textContent;
            // The room for the text: the select's inner width less its padding and the arrow (1.5em allowed).
            const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.5 * parseFloat(style.fontSize);
            const needed = canvas.measureText(text).width;
            return needed > room ? [`"${text}" needs ${Math.ceil(needed)} px, has ${Math.floor(room)}`] : [];
          });
        });
        assert.deepEqual(cut, [], `${path || 'English'} at ${width} px`);
      }
    } finally {
      await context.close();
    }
  }
});
