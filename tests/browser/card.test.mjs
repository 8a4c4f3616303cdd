// Layer 2 (the card) and layer 3 (the sources): what a patient sees after opening a claim.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, dataset, ROOT, claimEvidence, claimObservations, claimLinks, claimRates, cardHarms } from './helpers.mjs';
import { browser, server, startSession } from './session.mjs';
import { instantiateCore } from '../wasm/module.mjs';

startSession();

const row = (page, id) => page.locator(`benefits-explorer li[data-claim="${id}"]`);

async function open(page, id) {
  const toggle = row(page, id).locator('.row-toggle');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  return row(page, id).locator('.card');
}

// The view as the core builds it (the same module the page runs): its counts are what the card must show.
const view = JSON.parse((await instantiateCore()).load(readFileSync(join(ROOT, 'data', 'claims.json'), 'utf8'))).view;
const viewClaim = (id) => view.claims.find((c) => c.id === id);

/** The counting rule (docs/architecture.md, issue 14): distinct sources per role in the rows' evidence, and
 *  the sources cited only as observations. */
function countsFromData(claim) {
  const evidence = claimEvidence(claim);
  const inEvidence = new Set(evidence.map((e) => e.ref));
  const of = (role) => new Set(evidence.filter((e) => e.role === role).map((e) => e.ref)).size;
  return {
    supports: of('supports'),
    contradicts: of('contradicts'),
    context: of('context'),
    observations: new Set(claimObservations(claim).map((e) => e.ref).filter((ref) => !inEvidence.has(ref))).size,
  };
}

// The list row's words (views/count-words.js): groups with none left out; the first group of sources names them.
const countLine = (c) => {
  const parts = [];
  const group = (n, first, next) => { if (n) parts.push((parts.length ? next : first)(n)); };
  group(c.supports, (n) => (n === 1 ? '1 source supports' : `${n} sources support`), (n) => (n === 1 ? '1 source supports' : `${n} sources support`));
  group(c.contradicts, (n) => (n === 1 ? '1 source goes against' : `${n} sources go against`), (n) => (n === 1 ? '1 goes against' : `${n} go against`));
  group(c.context, (n) => (n === 1 ? '1 source gives background only' : `${n} sources give background only`), (n) => (n === 1 ? '1 gives background only' : `${n} give background only`));
  if (c.observations) parts.push(c.observations === 1 ? '1 report without a comparison group' : `${c.observations} reports without a comparison group`);
  return parts.length ? parts.join(' · ') : 'No sources cited';
};

test('a card reads top to bottom: the advert\'s unsupported figures beside our verdict explained (nothing the row\'s head says again), the findings table, the words used, the safety block full width, the studies, the sources', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const data = dataset();
    const redTopics = new Set(data.topics.filter((t) => t.red_flags).map((t) => t.id));
    const headache = data.claims.find((c) => redTopics.has(c.topic));
    const other = data.claims.find((c) => !redTopics.has(c.topic));

    const card = await open(page, headache.id);
    assert.equal(await card.isVisible(), true);
    assert.equal(await card.locator('.box.figures .box-title').textContent(), 'The advert’s figures');
    assert.equal(await card.locator('.box.figures .unsupported li').count(), headache.unsupported_figures.length);
    assert.equal(await card.locator('.verdict-box .box-title').textContent(), 'Our verdict, explained');
    assert.equal(await card.locator('.verdict-box .summary').textContent(), headache.summary);
    // The row's head stays above the open card with the advert's words, the verdict and its reason: the card
    // does not say them again (the counts head its studies table, further down).
    const head = row(page, headache.id).locator('.row-head');
    assert.equal(await head.isVisible(), true);
    const cardText = await card.locator('.card-body').textContent();
    for (const said of [headache.brief, headache.verdict_reason]) {
      assert.ok(said.length > 20, said);
      assert.ok(!cardText.includes(said), `the card repeats "${said.slice(0, 40)}…"`);
    }
    assert.equal(await card.locator('.card-body .verdict').count(), 0, 'no second verdict badge');
    // The old benefit box is gone: the absolute figures live in the table's rows.
    assert.equal(await card.locator('.box.benefit, .weigh').count(), 0);
    const order = await card.locator('.card-body').evaluate((body) => [...body.children].map((child) => (
      child.matches('.pair') ? 'pair'
        : child.matches('.outcomes-section') ? 'findings'
          : child.matches('.glossary') ? 'words'
            : child.querySelector('.box.harms') || child.matches('.box.harms') ? 'safety'
              : child.matches('.studies-section') ? 'studies'
                : child.matches('.sources-section') ? 'sources'
                  : child.matches('.card-actions') ? 'actions' : child.className)));
    assert.deepEqual(order, ['pair', 'findings', 'words', 'safety', 'studies', 'sources', 'actions']);
    // The figures and the verdict side by side on a wide card; the safety block as wide as the card.
    const [brief, verdict, safety, body] = await Promise.all(['.box.figures', '.verdict-box', '.card-body > :nth-child(4)', '.card-body']
      .map((s) => card.locator(s).first().boundingBox()));
    assert.ok(Math.abs(brief.y - verdict.y) < 1 && verdict.x > brief.x + brief.width - 1, 'side by side');
    assert.ok(Math.abs(safety.width - body.width) < 1, `safety ${safety.width} of ${body.width}`);
    // Harms and cautions are visible at once: the claim's own and the infusion cautions every card has.
    const harms = card.locator('.box.harms .harm');
    assert.equal(await harms.count(), cardHarms(data, headache).length + (headache.cautions || []).length);
    assert.equal(await harms.first().isVisible(), true);
    // Red flags on a headache claim, and not on a claim whose topic has none.
    assert.equal(await card.locator('.red-flags').isVisible(), true);
    assert.equal(await card.locator('.red-flags li').count(), data.red_flags.length);
    const otherCard = await open(page, other.id);
    assert.equal(await otherCard.locator('.red-flags').count(), 0);
    // Each graded question's full grading steps are behind a button, and name where the rating started and ended.
    const graded = card.locator('.sof-row[data-kind="graded"]').first();
    const steps = graded.locator('.sof-steps');
    assert.equal(await steps.isVisible(), false);
    await graded.locator('.sof-steps-toggle').click();
    assert.equal(await graded.locator('.sof-steps-toggle').getAttribute('aria-expanded'), 'true');
    assert.equal(await steps.isVisible(), true);
    assert.match(await steps.textContent(), /Starts (high|moderate|low|very low)/);
    assert.match(await steps.textContent(), /Result: /);
  } finally {
    await context.close();
  }
});

// With the next test (the core's claim.counts follow the same rule), the count line and the table agree.
test('on every card the count line shows claim.counts, and the studies table has one group per role and one of reports without a comparison group, a row per source', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    for (const claim of dataset().claims) {
      const counts = countsFromData(claim);
      const card = await open(page, claim.id);
      const line = countLine(viewClaim(claim.id).counts);
      assert.equal(await row(page, claim.id).locator('.row-head .stat-counts').textContent(), line, claim.id);
      assert.equal(await card.locator('.studies-section .counts').textContent(), line, claim.id);
      const groups = { supports: 'supports', contradicts: 'contradicts', context: 'context', observations: 'observations' };
      for (const [key, group] of Object.entries(groups)) {
        assert.equal(await card.locator(`tbody.group-${group} tr:not(.group-row)`).count(), counts[key], `${claim.id} ${group}`);
      }
      // The group of reports without a comparison group is labelled as such, and its sources are not graded.
      if (counts.observations) {
        assert.match(await card.locator('tbody.group-observations .group-row').textContent(), /^Reports? without a comparison group: not graded/);
      }
      await row(page, claim.id).locator('.row-toggle').click();
    }
  } finally {
    await context.close();
  }
});

test('the core counts the way the card groups: distinct sources per role of the evidence, and sources cited only as observations', () => {
  for (const claim of dataset().claims) assert.deepEqual(viewClaim(claim.id).counts, countsFromData(claim), claim.id);
});

// Evidence review F3: chiu2016, cited for three findings, was shown as three supporting studies. In format 2
// it is cited by several outcome rows of the claim: still one source, one row of the studies table.
test('meta-analysis-948: a source cited for several findings and rows is one row of the studies table, listing its findings', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const claim = dataset().claims.find((c) => c.id === 'meta-analysis-948');
    const chiuLinks = claimEvidence(claim).filter((e) => e.ref === 'chiu2016' && e.role === 'supports').length;
    assert.ok(chiuLinks >= 2, `chiu2016 is cited ${chiuLinks} times`);
    const card = await open(page, claim.id);
    const chiu = card.locator('tbody.group-supports tr[data-ref="chiu2016"]');
    assert.equal(await chiu.count(), 1);
    assert.equal(await chiu.locator('.row-findings > li').count(), chiuLinks);
    assert.equal(await chiu.locator('.findings-count').textContent(), `${chiuLinks} findings cited`);
  } finally {
    await context.close();
  }
});

// Evidence review F16: labels derived from each source's own fields, never "no comparison group" for a study
// that had one.
test('design and direction labels cannot contradict each other', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const data = dataset();
    const refs = new Map(data.references.map((r) => [r.id, r]));
    const compared = (r) => /^rct/.test(r.design || '') || r.design === 'quasi-experimental' || r.n_control > 0;
    let checked = 0;
    for (const claim of data.claims) {
      const card = await open(page, claim.id);
      for (const tr of await card.locator('table.studies tbody tr[data-ref]').all()) {
        const ref = refs.get(await tr.getAttribute('data-ref'));
        const design = (await tr.locator('.c-design').textContent()).trim();
        const direction = (await tr.locator('.c-direction').textContent()).trim();
        if (compared(ref)) {
          // A study with a comparison group never reads "No comparison group".
          assert.ok(!/No comparison group/.test(design + direction), `${ref.id}: ${design} / ${direction}`);
          checked += 1;
        }
        if (ref.design === 'rct-open') assert.equal(design, 'Randomised, no blinding reported', ref.id);
        if (ref.design === 'open-label') assert.equal(design, compared(ref) ? 'Groups compared, not shown to be randomised' : 'No comparison group', ref.id);
        // A placebo-controlled trial cited for a finding whose placebo figures are not reported says so.
        const uncontrolled = (ref.findings || []).filter((f) => f.direction === 'uncontrolled' && f.control == null);
        if (compared(ref) && /placebo/i.test(ref.comparator || '') && uncontrolled.length
          && claimLinks(claim).some((l) => l.ref === ref.id && uncontrolled.includes(ref.findings[l.finding]))) {
          assert.match(direction, /Placebo results not available/, ref.id);
        }
      }
      await row(page, claim.id).locator('.row-toggle').click();
    }
    assert.ok(checked > 10, `${checked} rows of studies with a comparison group`);
    // The case the evidence review found: a single-blind placebo trial whose placebo figures were cut off.
    const card = await open(page, 'rapid-relief');
    assert.equal((await card.locator('tr[data-ref="demirkaya2001"] .c-direction').textContent()).trim(), 'Placebo results not available');
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
