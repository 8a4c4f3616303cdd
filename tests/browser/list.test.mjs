// Layer 1, the list row (issue 14, item 2): the verdict's label and reason visible without opening the card,
// the headline certainty or words for none, the core's counts in words, the people studied worded as the
// core counted them, and a warning-signs marker on the rows whose claim has red flags. The numbers are
// compared with the view the core itself gives for the same file (build/wasm, run here in node).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openPage, requireDist, screenshot, DIST } from './helpers.mjs';
import { instantiateCore } from '../wasm/module.mjs';

let browser;
let server;
let view;
before(async () => {
  requireDist();
  const core = await instantiateCore();
  const loaded = JSON.parse(core.load(readFileSync(join(DIST, 'claims.json'), 'utf8')));
  assert.equal(loaded.ok, true);
  view = loaded.view;
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const row = (page, id) => page.locator(`benefits-explorer li[data-claim="${id}"]`);
const claimOf = (id) => view.claims.find((c) => c.id === id);

test('meta-analysis-948: the row says "Quoted correctly, but disputed" and why, without opening the card', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  try {
    const claim = claimOf('meta-analysis-948');
    assert.equal(claim.verdict, 'contested');
    const r = row(page, claim.id);
    const badge = r.locator('.row-verdict .verdict');
    assert.equal((await badge.textContent()).trim(), 'Quoted correctly, but disputed');
    assert.equal(await badge.evaluate((e) => e.classList.contains('verdict--contested')), true);
    // Its own icon (not the tick of "Supported"), so colour is not the only sign.
    assert.equal(await badge.locator('svg.icon--disputed').count(), 1);
    assert.equal(await badge.locator('svg.icon--check').count(), 0);
    const reason = r.locator('.row-reason');
    assert.equal(await reason.isVisible(), true);
    assert.equal(await reason.textContent(), claim.verdictReason);
    assert.match(claim.verdictReason, /stricter review of double-blind trials found no benefit/);
    // Visible while the card is still closed.
    assert.equal(await r.locator('.row-toggle').getAttribute('aria-expanded'), 'false');
    assert.equal(await r.locator('.card').isHidden(), true);
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('every row shows its verdict label and reason; the advert is labelled as an advert', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const labels = {
      'supported': 'Supported',
      'partly-supported': 'Partly supported',
      'contested': 'Quoted correctly, but disputed',
      'oral-only': 'Not shown for infusions (some evidence for tablets)',
      'not-supported': 'Not supported by the sources found',
      'contradicted': 'Contradicted',
    };
    for (const claim of view.claims) {
      const r = row(page, claim.id);
      assert.equal((await r.locator('.row-verdict .verdict').textContent()).trim(), labels[claim.verdict], claim.id);
      assert.equal(await r.locator('.row-reason').textContent(), claim.verdictReason, claim.id);
      assert.equal(await r.locator('.row-brief .label').textContent(), 'The advert says', claim.id);
    }
    // Each verdict has its own icon.
    const icons = await page.locator('benefits-explorer .row-verdict .verdict').evaluateAll((badges) => {
      const byVerdict = {};
      for (const b of badges) byVerdict[[...b.classList].find((c) => c.startsWith('verdict--'))] = b.querySelector('svg').getAttribute('class');
      return byVerdict;
    });
    assert.equal(new Set(Object.values(icons)).size, Object.keys(icons).length, JSON.stringify(icons));
  } finally {
    await context.close();
  }
});

test('F22: no at-a-glance pill reads as support for infusions when the evidence is about tablets or disputed', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const pills = await page.locator('benefits-explorer .glance-item').evaluateAll((items) => items.map((b) => [b.dataset.verdict, b.querySelector('.glance-count').textContent, b.querySelector('.glance-label').textContent]));
    const expected = view.vocabulary.verdicts
      .map((v) => [v, String(view.claims.filter((c) => c.verdict === v).length)])
      .filter(([, n]) => n !== '0');
    assert.deepEqual(pills.map(([v, n]) => [v, n]), expected);
    const label = Object.fromEntries(pills.map(([v, , text]) => [v, text]));
    assert.equal(label['oral-only'], 'Not shown for infusions (some evidence for tablets)');
    assert.equal(label.contested, 'Quoted correctly, but disputed');
    for (const [verdict, , text] of pills) {
      if (verdict !== 'supported' && verdict !== 'partly-supported') assert.doesNotMatch(text, /^Supported/, verdict);
    }
  } finally {
    await context.close();
  }
});

// "3 sources support · 2 go against · 1 report without a comparison group" back into numbers.
function parseCounts(text) {
  const out = { supports: 0, contradicts: 0, context: 0, observations: 0 };
  if (text === 'No sources cited') return out;
  for (const part of text.split(' · ')) {
    const n = Number(part.match(/^\d+/)?.[0]);
    if (/^\d+ (sources? )?supports?$/.test(part)) out.supports = n;
    else if (/^\d+ (sources? )?goe?s? against$/.test(part)) out.contradicts = n;
    else if (/^\d+ (sources? )?gives? background only$/.test(part)) out.context = n;
    else if (/^\d+ reports? without a comparison group$/.test(part)) out.observations = n;
    else assert.fail(`unexpected count group "${part}" in "${text}"`);
  }
  return out;
}

test('the counts in every row are the core\'s claim.counts, in words, with groups of zero left out', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    let observed = 0;
    for (const claim of view.claims) {
      const stat = row(page, claim.id).locator('.row-meta .stat-counts');
      const text = await stat.textContent();
      assert.deepEqual(parseCounts(text), claim.counts, `${claim.id}: "${text}"`);
      assert.doesNotMatch(text, /(^|· )0 /, claim.id);
      const data = await stat.evaluate((e) => ({ ...e.dataset }));
      assert.deepEqual(Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Number(v)])), claim.counts, claim.id);
      observed += claim.counts.observations;
    }
    // The default dataset has reports without a comparison group: the words for them are checked above.
    assert.ok(observed > 0);
  } finally {
    await context.close();
  }
});

test('F17: the people in a row are worded as the core counted them, and a row without a graded study shows none', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const kinds = new Set();
    for (const claim of view.claims) {
      const people = row(page, claim.id).locator('.row-meta .stat-people');
      if (!claim.studyCount) {
        assert.equal(await people.count(), 0, claim.id);
        continue;
      }
      // A graded source that does not say how many took part adds nothing: then the row says so.
      const expected = !claim.participants ? 'Number of people not stated'
        : claim.participantsFromReview
          ? `${claim.participants.toLocaleString('en')} people in the largest review`
          : `${claim.participants.toLocaleString('en')} people in the studies`;
      assert.equal(await people.textContent(), expected, claim.id);
      kinds.add(claim.participantsFromReview);
    }
    assert.deepEqual(kinds, new Set([true, false]), 'the default dataset has both kinds');
  } finally {
    await context.close();
  }
});

test('the headline certainty, or words for none, and the oral / indirect flag are in the row', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    for (const claim of view.claims) {
      const meta = row(page, claim.id).locator('.row-meta');
      if (claim.certainty) {
        assert.equal(await meta.locator('.certainty').count(), 1, claim.id);
        assert.equal(await meta.locator('.no-certainty').count(), 0, claim.id);
      } else {
        assert.equal(await meta.locator('.certainty').count(), 0, claim.id);
        assert.match(await meta.locator('.no-certainty').textContent(), /^(No studies found|Only reports without a comparison group)$/, claim.id);
      }
      assert.equal(await meta.locator('.flag--oral, .flag--indirect').count(), claim.indirect ? 1 : 0, claim.id);
    }
  } finally {
    await context.close();
  }
});

test('rows whose claim has red flags carry a marker that names the warning signs; the others do not', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const flagged = view.claims.filter((c) => c.redFlags);
    assert.ok(flagged.length > 0 && flagged.length < view.claims.length);
    const redTopics = new Set(view.topics.filter((t) => t.redFlags).map((t) => t.id));
    for (const claim of view.claims) {
      assert.equal(claim.redFlags, redTopics.has(claim.topic), claim.id);
      const marker = row(page, claim.id).locator('.row-meta .flag--red-flags');
      if (claim.redFlags) {
        assert.equal(await marker.textContent(), 'Includes warning signs that need a doctor', claim.id);
        assert.equal(await marker.isVisible(), true, claim.id);
      } else {
        assert.equal(await marker.count(), 0, claim.id);
      }
    }
  } finally {
    await context.close();
  }
});

test('the list at 320, 390 and 1280 px: nothing wider than the row, the verdict and reason on screen', async () => {
  for (const width of [320, 390, 1280]) {
    const { context, page } = await openPage(browser, server.url, { viewport: { width, height: 900 } });
    try {
      const overflow = await page.locator('benefits-explorer').evaluate((host) => {
        const out = [];
        for (const r of host.shadowRoot.querySelectorAll('.claims > li.row')) {
          const box = r.getBoundingClientRect();
          for (const e of r.querySelectorAll('.row-head *')) {
            const b = e.getBoundingClientRect();
            if (b.width && (b.left < box.left - 0.5 || b.right > box.right + 0.5)) out.push(`${r.dataset.claim} ${e.className?.baseVal ?? e.className}`);
          }
        }
        return out;
      });
      assert.deepEqual(overflow, [], `at ${width} px`);
      await screenshot(page, `list-${width}`);
      await row(page, 'prevention').scrollIntoViewIfNeeded();
      await screenshot(row(page, 'prevention'), `list-row-oral-only-${width}`);
      await screenshot(row(page, 'meta-analysis-948'), `list-row-contested-${width}`);
    } finally {
      await context.close();
    }
  }
});
