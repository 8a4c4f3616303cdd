// Layer 2 (the card) and layer 3 (the sources): what a patient sees after opening a claim.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openPage, requireDist, dataset, ROOT, claimEvidence, claimObservations, claimLinks, claimRates, cardHarms } from './helpers.mjs';

let browser;
let server;
before(async () => {
  requireDist();
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const row = (page, id) => page.locator(`benefits-explorer li[data-claim="${id}"]`);

async function open(page, id) {
  const toggle = row(page, id).locator('.row-toggle');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  return row(page, id).locator('.card');
}

test('a claim expands into a card with the studies table, harms without another click, and red flags on headache claims', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const data = dataset();
    const redTopics = new Set(data.topics.filter((t) => t.red_flags).map((t) => t.id));
    const headache = data.claims.find((c) => redTopics.has(c.topic));
    const other = data.claims.find((c) => !redTopics.has(c.topic));

    const card = await open(page, headache.id);
    assert.equal(await card.isVisible(), true);
    // "The brief says" beside "The studies show", with the plain-language sentence.
    assert.equal(await card.locator('.box.brief').isVisible(), true);
    assert.equal(await card.locator('.box.shows .plain').isVisible(), true);
    assert.ok((await card.locator('.box.shows .plain').textContent()).length > 20);
    // Every source is a row of the studies table, once for each role it is cited for (uncontrolled reports too,
    // marked as not graded).
    const sourceRows = new Set(claimLinks(headache).map((e) => `${e.role} ${e.ref}`)).size;
    assert.equal(await card.locator('table.studies tr.row-observation').count(), new Set(claimObservations(headache).map((e) => `${e.role} ${e.ref}`)).size);
    assert.equal(await card.locator('table.studies tbody tr:not(.group-row)').count(), sourceRows);
    // Harms and cautions are visible at once: the claim's own and the infusion cautions every card has.
    const harms = card.locator('.box.harms .harm');
    assert.equal(await harms.count(), cardHarms(data, headache).length + (headache.cautions || []).length);
    assert.equal(await harms.first().isVisible(), true);
    // The same box style and heading for benefit and harms.
    const [benefitTitle, harmsTitle] = await Promise.all([
      card.locator('.box.benefit .box-title').evaluate((e) => [e.tagName, getComputedStyle(e).fontSize]),
      card.locator('.box.harms .box-title').evaluate((e) => [e.tagName, getComputedStyle(e).fontSize]),
    ]);
    assert.deepEqual(benefitTitle, harmsTitle);
    // Red flags on a headache claim…
    assert.equal(await card.locator('.red-flags').isVisible(), true);
    assert.equal(await card.locator('.red-flags li').count(), data.red_flags.length);
    // …and not on a claim whose topic has none.
    const otherCard = await open(page, other.id);
    assert.equal(await otherCard.locator('.red-flags').count(), 0);
    // Each graded question's steps name where the rating started and ended.
    const steps = card.locator('.outcome-grading .grade-steps');
    assert.ok(await steps.count() > 0);
    for (const text of await steps.allTextContents()) {
      assert.match(text, /Starts (high|moderate|low|very low)/);
      assert.match(text, /Result: /);
    }
  } finally {
    await context.close();
  }
});

test('a card with contradicting studies counts and groups them', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const data = dataset();
    const claim = data.claims.find((c) => claimEvidence(c).some((e) => e.role === 'contradicts') && claimEvidence(c).some((e) => e.role === 'supports'));
    assert.ok(claim, 'the dataset has a claim with both supporting and contradicting studies');
    const card = await open(page, claim.id);
    // Counted as the core counts: evidence and uncontrolled reports, each source once per role.
    const sourcesOf = (role) => new Set(claimLinks(claim).filter((e) => e.role === role).map((e) => e.ref)).size;
    const supports = sourcesOf('supports');
    const contradicts = sourcesOf('contradicts');
    assert.equal(await card.locator('tbody.group-contradicts tr:not(.group-row)').count(), contradicts);
    assert.equal(await card.locator('tbody.group-supports tr:not(.group-row)').count(), supports);
    const counts = await card.locator('.counts').textContent();
    assert.match(counts, new RegExp(`\\b${supports} sources? supports?\\b`));
    assert.match(counts, new RegExp(`\\b${contradicts} contradicts?\\b`));
  } finally {
    await context.close();
  }
});

// Evidence review F3: chiu2016, cited for three findings, was shown as three supporting studies. In format 2
// it is cited by several outcome rows of the claim: still one source, one row of the studies table.
test('meta-analysis-948: a source cited for several findings and rows is counted once, in the list row, the verdict box and the studies table', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const claim = dataset().claims.find((c) => c.id === 'meta-analysis-948');
    const links = claimLinks(claim);
    const distinct = (role) => new Set(links.filter((e) => e.role === role).map((e) => e.ref)).size;
    const [supports, contradicts] = [distinct('supports'), distinct('contradicts')];
    const chiuLinks = links.filter((e) => e.ref === 'chiu2016' && e.role === 'supports').length;
    assert.ok(chiuLinks >= 2, `chiu2016 is cited ${chiuLinks} times`);
    const sentence = `${supports === 1 ? '1 source supports' : `${supports} sources support`}, ${contradicts === 1 ? '1 contradicts' : `${contradicts} contradict`}`;
    const card = await open(page, claim.id);
    assert.equal(await card.locator('tbody.group-supports tr:not(.group-row)').count(), supports);
    assert.equal(await card.locator('tbody.group-contradicts tr:not(.group-row)').count(), contradicts);
    assert.equal(await card.locator('.verdict-box .counts-sentence').textContent(), `${sentence}.`);
    assert.ok((await card.locator('.studies-section .counts').textContent()).startsWith(sentence.replace(', ', ' · ')));
    assert.equal(await row(page, claim.id).locator('.row-meta .stat-counts').textContent({ timeout: 5000 }), sentence);
    // The one row of chiu2016 lists every finding it is cited for inside it.
    const chiu = card.locator('tbody.group-supports tr[data-ref="chiu2016"]');
    assert.equal(await chiu.count(), 1);
    assert.equal(await chiu.locator('.row-findings > li').count(), chiuLinks);
    assert.equal(await chiu.locator('.findings-count').textContent(), `${chiuLinks} findings cited`);
  } finally {
    await context.close();
  }
});

test('on every card the list row, the verdict box and the studies table show the same numbers', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    for (const claim of dataset().claims) {
      const rowCounts = await row(page, claim.id).locator('.row-meta .stat-counts').textContent();
      const card = await open(page, claim.id);
      assert.equal(await card.locator('.verdict-box .counts-sentence').textContent(), `${rowCounts}.`, claim.id);
      const [supports, contradicts] = rowCounts.match(/\d+/g).map(Number);
      assert.ok((await card.locator('.studies-section .counts').textContent()).startsWith(rowCounts.replace(', ', ' · ')), claim.id);
      assert.equal(await card.locator('tbody.group-supports tr:not(.group-row)').count(), supports, claim.id);
      assert.equal(await card.locator('tbody.group-contradicts tr:not(.group-row)').count(), contradicts, claim.id);
    }
  } finally {
    await context.close();
  }
});

test('icon arrays show exactly the rates in the data, for magnesium and control', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const data = dataset();
    const withAbsolute = data.claims.filter((c) => claimRates(c).length);
    assert.ok(withAbsolute.length > 0);
    const per100 = (g) => (typeof g.percent === 'number' ? g.percent : (100 * g.events) / g.total);
    for (const claim of withAbsolute) {
      const card = await open(page, claim.id);
      const figures = card.locator('figure.absolute');
      const rates = claimRates(claim);
      assert.equal(await figures.count(), rates.length, claim.id);
      for (let i = 0; i < rates.length; i += 1) {
        const a = rates[i];
        const arrays = figures.nth(i).locator('svg.icon-array');
        assert.equal(await arrays.count(), 2);
        for (const [index, group] of [[0, a.magnesium], [1, a.control]]) {
          const svg = arrays.nth(index);
          const expected = Math.round(per100(group));
          assert.equal(Number(await svg.getAttribute('data-filled')), expected, `${claim.id} group ${index}`);
          assert.equal(await svg.locator('.person.on').count(), expected);
          assert.equal(await svg.locator('.person').count(), 100);
          assert.equal(await svg.getAttribute('role'), 'img');
          assert.ok((await svg.getAttribute('aria-label')).includes('of 100'));
          if (typeof group.events === 'number') {
            assert.match(await figures.nth(i).locator('.group-exact').nth(index).textContent(), new RegExp(`${group.events} of ${group.total}`));
          }
        }
      }
    }
  } finally {
    await context.close();
  }
});

test('a deep link #claim=<id> opens that card and scrolls to it; opening a card updates the hash', async () => {
  const data = dataset();
  const target = data.claims[data.claims.length - 2];
  const { context, page } = await openPage(browser, `${server.url}#claim=${target.id}`);
  try {
    const toggle = row(page, target.id).locator('.row-toggle');
    await page.waitForFunction((id) => {
      const li = document.querySelector('benefits-explorer').shadowRoot.querySelector(`li[data-claim="${id}"]`);
      if (!li) return false;
      const r = li.getBoundingClientRect();
      return r.top < window.innerHeight && r.bottom > 0;
    }, target.id);
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await row(page, target.id).locator('.card').isVisible(), true);
    // Only that card is open.
    assert.equal(await page.locator('benefits-explorer .row-toggle[aria-expanded="true"]').count(), 1);
    // Opening another card rewrites the hash without adding history entries.
    const length = await page.evaluate(() => history.length);
    await row(page, data.claims[0].id).locator('.row-toggle').click();
    assert.equal(await page.evaluate(() => location.hash), `#claim=${data.claims[0].id}`);
    assert.equal(await page.evaluate(() => history.length), length);
    // Changing the hash by hand opens the matching card too.
    await page.evaluate((id) => { location.hash = `claim=${id}`; }, data.claims[2].id);
    await page.waitForFunction((id) => document.querySelector('benefits-explorer').shadowRoot
      .querySelector(`li[data-claim="${id}"] .row-toggle`).getAttribute('aria-expanded') === 'true', data.claims[2].id);
  } finally {
    await context.close();
  }
});

test('layer 3 shows each source in full with PMID and DOI links only when present, never the verification addresses', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const data = dataset();
    const refs = new Map(data.references.map((r) => [r.id, r]));
    const claim = data.claims[0];
    const card = await open(page, claim.id);
    await card.locator('.sources-toggle').click();
    const ids = [...new Set(claimLinks(claim).map((e) => e.ref))];
    const entries = card.locator('.refs > li');
    assert.equal(await entries.count(), ids.length);
    for (const id of ids) {
      const ref = refs.get(id);
      const entry = card.locator(`.refs > li[data-ref="${id}"]`);
      const text = await entry.textContent();
      assert.ok(text.includes(ref.title), `${id} title`);
      const pubmed = entry.locator('a[href^="https://pubmed.ncbi.nlm.nih.gov/"]');
      const doi = entry.locator('a[href^="https://doi.org/"]');
      if (ref.pmid) assert.equal(await pubmed.getAttribute('href'), `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/`);
      else assert.equal(await pubmed.count(), 0);
      if (ref.doi) assert.equal(await doi.textContent(), ref.doi);
      else assert.equal(await doi.count(), 0);
      if (!ref.pmid || !ref.doi) assert.match(text, /not available/);
      // Findings with their figures.
      assert.equal(await entry.locator('table.findings tbody tr').count(), (ref.findings || []).length);
    }
    // A click on a citation in the studies table jumps to its full entry.
    await card.locator('table.studies .cite-link').first().click();
    const focused = await page.evaluate(() => document.querySelector('benefits-explorer').shadowRoot.activeElement?.dataset.ref);
    const firstRow = ['supports', 'contradicts', 'context'].map((role) => claimEvidence(claim).find((e) => e.role === role)).find(Boolean)
      || claimObservations(claim)[0];
    assert.equal(focused, firstRow.ref);

    // Open every card and every source list: no link other than PubMed / doi.org / this page,
    // and none of the addresses the evidence was verified from.
    for (const c of data.claims.slice(1)) await open(page, c.id);
    const closed = page.locator('benefits-explorer .sources-toggle[aria-expanded="false"]');
    while (await closed.count()) await closed.first().click();
    const hrefs = await page.locator('benefits-explorer a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const here = await page.evaluate(() => location.href.replace(/#.*$/, ''));
    for (const href of hrefs) {
      assert.ok(/^(https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\d+\/|https:\/\/doi\.org\/)/.test(href) || href.startsWith(`${here}#claim=`), href);
    }
    const evidence = JSON.parse(readFileSync(join(ROOT, '..', 'shared', 'evidence', 'references.json'), 'utf8'));
    const shadowText = await page.evaluate(() => document.querySelector('benefits-explorer').shadowRoot.textContent);
    for (const source of evidence.sources) {
      for (const address of source.verified_from || []) assert.ok(!shadowText.includes(address), `verified_from shown: ${address}`);
    }
  } finally {
    await context.close();
  }
});
