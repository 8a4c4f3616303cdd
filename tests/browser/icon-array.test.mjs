// The "out of 100 people" icon arrays on the cards: a neutral heading, both groups named, whole people only,
// one scale for both groups, no overflow at 320 px, and the "indirect" mark when the row's route is not the
// dataset's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, dataset, claimRates, screenshot } from './helpers.mjs';
import { browser, server, startSession } from './session.mjs';

startSession();

const row = (page, id) => page.locator(`benefits-explorer li[data-claim="${id}"]`);

async function open(page, id) {
  const toggle = row(page, id).locator('.row-toggle');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  return row(page, id).locator('.card');
}

const data = dataset();
const withRates = data.claims.filter((c) => claimRates(c).length);
const rowOf = (claim, a) => claim.outcomes.find((o) => (o.absolute || []).includes(a));

test('every icon array is headed neutrally, names both groups and shows whole people only', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    assert.ok(withRates.length > 0);
    for (const claim of withRates) {
      const card = await open(page, claim.id);
      const figures = card.locator('figure.absolute');
      const rates = claimRates(claim);
      assert.equal(await figures.count(), rates.length, claim.id);
      for (let i = 0; i < rates.length; i += 1) {
        const figure = figures.nth(i);
        const r = rowOf(claim, rates[i]);
        assert.equal((await figure.locator('.absolute-title').textContent()).trim(), 'Out of 100 people');
        assert.ok(!/possible benefit/i.test(await figure.locator('figcaption').textContent()));
        const names = await figure.locator('.group-name').allTextContents();
        assert.deepEqual(names, [r.intervention, r.comparator], claim.id);
        // No fraction of a person anywhere on the figure's face (the big numbers, the labels).
        const text = await figure.evaluate((f) => [f.textContent, ...[...f.querySelectorAll('svg')].map((s) => s.getAttribute('aria-label'))].join(' '));
        assert.doesNotMatch(text, /\d[.,]\d/, `${claim.id}: ${text}`);
        for (const rate of await figure.locator('.group-rate').allTextContents()) assert.match(rate, /^(about )?\d+ of 100$/);
        // The trial size, when both group totals are given.
        // The trial size: the group totals when given, else the single trial's own count.
        const [m, c] = [rates[i].magnesium, rates[i].control];
        const ref = data.references.find((x) => x.id === rates[i].ref);
        const n = Number.isInteger(m.total) && Number.isInteger(c.total) ? m.total + c.total : /^rct/.test(ref.design || '') ? ref.n_total : null;
        if (n) {
          assert.equal((await figure.locator('.absolute-trial').textContent()).trim(), `Trial of ${n} people`);
        } else {
          assert.equal(await figure.locator('.absolute-trial').count(), 0);
        }
      }
    }
  } finally {
    await context.close();
  }
});

test('the indirect mark is on the energy card (injections into the muscle) and not on a headache card', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const energy = await open(page, 'energy');
    const mark = energy.locator('figure.absolute .absolute-indirect');
    assert.equal(await mark.count(), 1);
    assert.equal(await mark.isVisible(), true);
    assert.equal((await mark.textContent()).trim(), 'Indirect: different route or population');
    const headache = withRates.find((c) => c.topic === 'headache' && claimRates(c).every((a) => rowOf(c, a).route === data.route));
    assert.ok(headache);
    const card = await open(page, headache.id);
    assert.ok(await card.locator('figure.absolute').count() > 0);
    assert.equal(await card.locator('.absolute-indirect').count(), 0);
  } finally {
    await context.close();
  }
});

test('at 320 px both arrays have one scale and nothing in a figure overflows it', async () => {
  const { context, page } = await openPage(browser, server.url, { viewport: { width: 320, height: 800 } });
  try {
    for (const claim of withRates) {
      const card = await open(page, claim.id);
      const figures = card.locator('figure.absolute');
      for (let i = 0; i < await figures.count(); i += 1) {
        const result = await figures.nth(i).evaluate((f) => {
          const box = f.getBoundingClientRect();
          const cardBox = f.closest('.card').getBoundingClientRect();
          const out = [];
          for (const child of f.querySelectorAll('*')) {
            const b = child.getBoundingClientRect();
            if (!b.width && !b.height) continue;
            if (b.left < box.left - 0.5 || b.right > box.right + 0.5) out.push(`${child.className.baseVal ?? child.className} ${b.left}-${b.right} in ${box.left}-${box.right}`);
          }
          const sizes = [...f.querySelectorAll('svg.icon-array')].map((s) => Math.round(s.getBoundingClientRect().width * 10) / 10);
          return { out, sizes, fits: box.right <= cardBox.right + 0.5 && box.left >= cardBox.left - 0.5, scrolls: f.scrollWidth > f.clientWidth + 1 };
        });
        assert.deepEqual(result.out, [], claim.id);
        assert.equal(result.fits, true, claim.id);
        assert.equal(result.scrolls, false, claim.id);
        assert.equal(result.sizes.length, 2);
        assert.equal(result.sizes[0], result.sizes[1], `${claim.id}: one scale`);
        assert.ok(result.sizes[0] > 100, `${claim.id}: arrays readable (${result.sizes[0]} px)`);
      }
      if (claim.id === 'energy') await screenshot(card.locator('figure.absolute').first(), 'icon-array-energy-320');
      await row(page, claim.id).locator('.row-toggle').click();
    }
  } finally {
    await context.close();
  }
});
