// The widget's DOM and addresses under hostile pages and data (docs/security.md, findings 4, 15, 16, 18
// and 19 of the outside review): a <base href> on the page, reference ids that used to collide as element
// ids, a search over the engine's length limit, thousands of harms and lint findings, several explorers
// on one page with a #claim= address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, requireDist, dataset } from './helpers.mjs';
import { page, serveWith, record, openEverything, auditShadow, ownErrors, FALLBACK, HOST_CSP } from './hostile/harness.mjs';
import { inlineJson } from './hostile/dataset.mjs';

// Reference ids are free text: these collided once mangled into element ids ("a.b" and "a_b" → "a_b";
// "list" → the list's own id; "trial-iv-a--findings" → the findings caption of "trial-iv-a").
const COLLIDING_REFS = ['a.b', 'a_b', 'list', 'trial-iv-a', 'trial-iv-a--findings', 'title', 'src', 'fast-relief'];

/** A small valid dataset whose references carry the colliding ids; two claims cite all of them. */
function collidingDataset() {
  const references = COLLIDING_REFS.map((id, i) => ({
    id,
    kind: 'trial',
    title: `Study ${i + 1}`,
    authors: `Author${i + 1} A, Other B, Third C`,
    journal: 'Journal',
    year: 2010 + i,
    design: 'rct-double-blind',
    route: 'IV',
    n_total: 40,
    n_magnesium: 20,
    n_control: 20,
    findings: [{ outcome: `Outcome ${i + 1}`, timepoint: '2 h', magnesium: '50%', control: '30%', direction: 'favours-magnesium' }],
  }));
  const claim = (id, title) => ({
    id,
    topic: 'headache',
    title,
    brief: `The brief says ${title}.`,
    summary: 'Summary.',
    verdict: 'partly-supported',
    verdict_reason: 'Reason.',
    outcomes: [{
      id: 'pain',
      intervention: 'IV magnesium',
      route: 'IV',
      comparator: 'placebo',
      outcome: 'pain',
      timepoint: '2 hours',
      population: 'Adults',
      direction: 'decrease',
      grading: {
        risk_of_bias: { level: 'none', reason: 'Reason.' },
        publication_bias: { level: 'none', reason: 'Reason.' },
      },
      evidence: COLLIDING_REFS.map((ref, i) => ({ ref, finding: 0, role: i % 2 ? 'contradicts' : 'supports', note: `Note ${i + 1}.` })),
    }],
    harms: ['flushing'],
    cautions: ['Ask a doctor first.'],
  });
  return {
    format: 2,
    title: 'Colliding ids',
    language: 'en',
    reviewed: '2026-11-24',
    intervention: 'IV magnesium',
    route: 'IV',
    topics: [{ id: 'headache', label: 'Headache', red_flags: true }],
    claims: [claim('fast-relief', 'Fast relief'), claim('list', 'List')],
    references,
    harms: [{ id: 'flushing', statement: 'Flushing.', frequency: 'common', seriousness: 'common-mild', source_ids: COLLIDING_REFS }],
    red_flags: [{ statement: 'Worst headache of your life.', urgency: 'emergency', source_ids: ['a.b', 'a_b'] }],
  };
}

const HARM_COUNT = 20000;
const PRINTED_HARMS = 120;

/** The default dataset with `count` more harms (20,000 by default), every one linked from every claim. */
function manyHarmsDataset(data, count = HARM_COUNT) {
  const many = structuredClone(data);
  const source = many.references[0].id;
  for (let i = 0; i < count; i += 1) {
    many.harms.push({ id: `synthetic-${i}`, statement: `Synthetic harm ${i}.`, frequency: 'rare', seriousness: 'common-mild', source_ids: [source] });
  }
  const ids = many.harms.map((h) => h.id);
  for (const claim of many.claims) claim.harms = ids;
  return many;
}

/** The default dataset with 1,200 copies of a claim that has no harm and no caution (linter rule L6 each). */
function manyFindingsDataset(data) {
  const many = structuredClone(data);
  for (let i = 0; i < 1200; i += 1) many.claims.push({ ...structuredClone(data.claims[2]), id: `copy-${i}`, harms: [], cautions: [] });
  return many;
}

let browser;
let server;
let data;
let onlyFirst; // the default dataset with only its first claim
before(async () => {
  requireDist();
  data = dataset();
  onlyFirst = { ...structuredClone(data), claims: [structuredClone(data.claims[0])] };
  const three = (first) => page({ body: `${[first, '', ''].map((inline, i) => `<h2>Explorer ${i + 1}</h2><benefits-explorer id="e${i + 1}" label="Explorer ${i + 1}" deep-link>${FALLBACK}${inline}</benefits-explorer><div style="height: 1500px"></div>`).join('')}` });
  server = await serveWith({
    '/site/page.html': page({ head: '<base href="/elsewhere/">', body: `<benefits-explorer deep-link>${FALLBACK}</benefits-explorer>` }),
    '/test/colliding.html': page({ body: `<benefits-explorer>${FALLBACK}<script type="application/json">${inlineJson(collidingDataset())}</script></benefits-explorer>` }),
    '/test/default.html': page({ body: `<benefits-explorer>${FALLBACK}</benefits-explorer>` }),
    '/test/many-harms.json': { body: JSON.stringify(manyHarmsDataset(data)), type: 'application/json' },
    '/test/many-harms.html': page({ body: `<benefits-explorer src="/test/many-harms.json">${FALLBACK}</benefits-explorer>` }),
    '/test/some-harms.html': page({ body: `<benefits-explorer print="full">${FALLBACK}<script type="application/json">${inlineJson(manyHarmsDataset(data, PRINTED_HARMS))}</script></benefits-explorer>` }),
    '/test/many-findings.json': { body: JSON.stringify(manyFindingsDataset(data)), type: 'application/json' },
    '/test/many-findings.html': page({ body: `<benefits-explorer editor src="/test/many-findings.json">${FALLBACK}</benefits-explorer>` }),
    '/test/three.html': three(''),
    '/test/three-first-lacks.html': three(`<script type="application/json">${inlineJson(onlyFirst)}</script>`),
  }, `${HOST_CSP}; style-src 'unsafe-inline'`);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('finding 4: with <base href> on the page, opening and closing a card keeps the path and query; the permalink stays on the page', async () => {
  const { context, page: tab, log } = await record(browser, `${server.url}site/page.html?q=1`);
  try {
    const id = data.claims[0].id;
    const here = `${server.url}site/page.html?q=1`;
    await tab.locator(`benefits-explorer li[data-claim="${id}"] .row-toggle`).click();
    assert.equal(await tab.evaluate(() => location.href), `${here}#claim=${id}`, 'opening a card changes only the fragment');
    const permalink = tab.locator(`benefits-explorer li[data-claim="${id}"] .permalink`);
    assert.equal(await permalink.evaluate((a) => a.href), `${here}#claim=${id}`, 'the permalink points to this page');
    await permalink.click();
    assert.equal(await tab.evaluate(() => location.href), `${here}#claim=${id}`, 'following the permalink stays on this page');
    await tab.locator(`benefits-explorer li[data-claim="${id}"] .card-actions .button-quiet`).click();
    assert.equal(await tab.evaluate(() => location.href), here, 'closing the card removes only the fragment');
    assert.deepEqual(ownErrors(log), []);
  } finally {
    await context.close();
  }
});

test('finding 15: colliding reference ids give no duplicate element id and no ARIA reference to a wrong or missing element', async () => {
  const { context, page: tab, log } = await record(browser, `${server.url}test/colliding.html`);
  try {
    await openEverything(tab);
    const report = await tab.evaluate(() => {
      const shadowRoot = document.querySelector('benefits-explorer').shadowRoot;
      const seen = new Map();
      for (const node of shadowRoot.querySelectorAll('[id]')) seen.set(node.id, (seen.get(node.id) || 0) + 1);
      const duplicates = [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
      const dangling = [];
      const wrong = [];
      for (const name of ['aria-labelledby', 'aria-controls', 'aria-describedby', 'for']) {
        for (const node of shadowRoot.querySelectorAll(`[${name}]`)) {
          for (const id of node.getAttribute(name).split(/\s+/).filter(Boolean)) {
            if (!shadowRoot.getElementById(id)) dangling.push(`${node.localName}[${name}=${id}]`);
          }
        }
      }
      // Each table is named by its own caption; each disclosure controls the list or card beside it.
      for (const table of shadowRoot.querySelectorAll('table[aria-labelledby]')) {
        const target = shadowRoot.getElementById(table.getAttribute('aria-labelledby'));
        if (!target || target.parentElement !== table) wrong.push(`table named by ${target ? target.textContent : 'nothing'}`);
      }
      for (const region of shadowRoot.querySelectorAll('.findings-wrap [role="region"]')) {
        const target = shadowRoot.getElementById(region.getAttribute('aria-labelledby'));
        if (!target || !region.contains(target)) wrong.push(`findings region named by ${target ? target.textContent : 'nothing'}`);
      }
      for (const button of shadowRoot.querySelectorAll('.sources-toggle')) {
        if (shadowRoot.getElementById(button.getAttribute('aria-controls')) !== button.parentElement.querySelector('ol.refs')) wrong.push('a sources toggle controls another list');
      }
      for (const button of shadowRoot.querySelectorAll('.row-toggle')) {
        if (shadowRoot.getElementById(button.getAttribute('aria-controls')) !== button.closest('li').querySelector('.card')) wrong.push('a claim toggle controls another card');
      }
      const entries = shadowRoot.querySelectorAll('ol.refs > li.ref').length;
      return { ids: seen.size, duplicates, dangling, wrong, entries };
    });
    // Two claims' source lists and the safety section's: every reference in each.
    assert.equal(report.entries, 3 * COLLIDING_REFS.length, 'every source list is open and full');
    assert.deepEqual(report.duplicates, [], 'no element id is used twice');
    assert.deepEqual(report.dangling, [], 'every ARIA reference names an element');
    assert.deepEqual(report.wrong, [], 'every ARIA reference names the right element');
    const audit = await auditShadow(tab);
    assert.deepEqual(audit.badLinks, []);
    assert.deepEqual(ownErrors(log), []);
    console.log(`# ${report.ids} distinct element ids after opening every card and source list`);
  } finally {
    await context.close();
  }
});

test('finding 16: a pasted search of 25,000 characters is cut to the engine\'s limit: results and a note, never silence', async () => {
  const { context, page: tab, log } = await record(browser, `${server.url}test/default.html`);
  try {
    const search = tab.locator('benefits-explorer input[type="search"]');
    const count = tab.locator('benefits-explorer .count');
    const rows = () => tab.locator('benefits-explorer ol.claims > li').count();
    // What one word finds, for comparison.
    await search.fill('magnesium');
    await tab.waitForTimeout(300);
    const expected = await count.textContent();
    const expectedRows = await rows();
    await search.fill('xyzzy');
    await tab.waitForFunction(() => document.querySelector('benefits-explorer').shadowRoot.querySelectorAll('ol.claims > li').length === 0);

    const long = 'magnesium '.repeat(2500);
    assert.equal(long.length, 25000);
    await search.fill(long);
    const note = tab.locator('benefits-explorer .search-note');
    await note.waitFor({ state: 'visible', timeout: 5000 });
    assert.match(await note.textContent(), /only its first 20,000 characters are searched/);
    const describedBy = await search.getAttribute('aria-describedby');
    assert.ok(describedBy.split(' ').includes(await note.getAttribute('id')), 'the search field is described by the note');
    await tab.waitForFunction((n) => document.querySelector('benefits-explorer').shadowRoot.querySelectorAll('ol.claims > li').length === n, expectedRows);
    assert.equal(await count.textContent(), expected, 'the count is the one the words find');
    assert.equal(ownErrors(log).filter((line) => /search/i.test(line)).length, 0, 'the engine did not refuse the search');

    // Shorter again: the note goes.
    await search.fill('magnesium');
    await note.waitFor({ state: 'hidden', timeout: 5000 });
  } finally {
    await context.close();
  }
});

test('finding 16: a search the engine refuses shows an empty list that says why', async () => {
  const { context, page: tab } = await record(browser, `${server.url}test/default.html`);
  try {
    // 19,000 control characters: within the text limit, but six bytes each once written as JSON, so the
    // whole query is over the engine's 64 KB query limit.
    await tab.locator('benefits-explorer input[type="search"]').fill(`a${'\u0001'.repeat(19000)}b`);
    const empty = tab.locator('benefits-explorer .empty');
    await empty.waitFor({ state: 'visible', timeout: 5000 });
    assert.match(await empty.textContent(), /This search could not be run/);
    assert.equal(await tab.locator('benefits-explorer ol.claims > li').count(), 0, 'no stale results stay listed');
    assert.match(await tab.locator('benefits-explorer .count').textContent(), /No claims match/);
  } finally {
    await context.close();
  }
});

test('finding 18: a card with 20,000 linked harms opens with its first harms and a keyboard button for the rest', async () => {
  const started = Date.now();
  const { context, page: tab, log } = await record(browser, `${server.url}test/many-harms.html`, { waitFor: null });
  try {
    // 6 MB of JSON on a busy machine: the waits are long on purpose (no timing is asserted).
    await tab.waitForFunction(() => window.__beEvents.some((e) => e.type === 'be-ready'), null, { timeout: 120000 });
    const ready = Date.now() - started;
    const claim = data.claims[0];
    const row = tab.locator(`benefits-explorer li[data-claim="${claim.id}"]`);
    const opening = Date.now();
    await row.locator('.row-toggle').click({ timeout: 120000 });
    const list = row.locator('.card .harm-list--claim');
    await list.waitFor({ state: 'visible', timeout: 120000 });
    const opened = Date.now() - opening;
    console.log(`# ready ${ready} ms; card with ${HARM_COUNT} harms open in ${opened} ms`);
    // The claim's own list: every harm but the infusion cautions, which have their own list above it.
    const total = (claim.cautions || []).length + data.harms.length - (data.infusion_cautions || []).length + HARM_COUNT;
    assert.equal(await list.locator('> li').count(), 50, 'the first 50 harms and cautions are shown');
    // The most serious come first: the first item is the dataset's first caution or most serious harm.
    const more = row.locator('.card .list-more-button');
    assert.equal(await more.textContent(), `Show 500 more (${(total - 50).toLocaleString('en')} not shown yet)`);
    await more.focus();
    await tab.keyboard.press('Enter');
    assert.equal(await list.locator('> li').count(), 550, 'Enter on the button shows 500 more');
    assert.equal(await tab.evaluate(() => {
      const active = document.querySelector('benefits-explorer').shadowRoot.activeElement;
      return active ? [...active.parentElement.children].indexOf(active) : -1;
    }), 50, 'focus moves to the first harm added');
    assert.equal(await more.textContent(), `Show 500 more (${(total - 550).toLocaleString('en')} not shown yet)`);
    // The safety section is capped the same way per seriousness group.
    const safetyItems = await tab.locator('benefits-explorer [part~="safety"] .harm-group--common-mild .harm-list > li').count();
    assert.equal(safetyItems, 50);
    assert.deepEqual(ownErrors(log), []);
  } finally {
    await context.close();
  }
});

test('finding 18: a printed page (print="full", the dossier) leaves no harm behind a "show more" button', async () => {
  const { context, page: tab, log } = await record(browser, `${server.url}test/some-harms.html`);
  try {
    const claim = data.claims[0];
    const list = tab.locator(`benefits-explorer li[data-claim="${claim.id}"] .card .harm-list--claim`);
    await tab.locator(`benefits-explorer li[data-claim="${claim.id}"] .row-toggle`).click();
    assert.equal(await list.locator('> li').count(), 50, 'on screen: the first 50');
    await tab.emulateMedia({ media: 'print' });
    const total = (claim.cautions || []).length + data.harms.length - (data.infusion_cautions || []).length + PRINTED_HARMS;
    await tab.waitForFunction(([id, n]) => document.querySelector('benefits-explorer').shadowRoot
      .querySelector(`li[data-claim="${id}"] .card .harm-list--claim`)?.children.length === n, [claim.id, total], { timeout: 20000 });
    assert.equal(await tab.locator('benefits-explorer .list-more-button').count(), 0, 'no button is left to print');
    const safetyItems = await tab.locator('benefits-explorer [part~="safety"] .harm-group--common-mild .harm-list > li').count();
    assert.ok(safetyItems > 50, `the safety section prints every harm (${safetyItems})`);
    assert.deepEqual(ownErrors(log), []);
  } finally {
    await context.close();
  }
});

test('finding 18: the editor lint list shows its first 500 findings; the summary counts all of them, and every one can be shown', async () => {
  const { context, page: tab, log } = await record(browser, `${server.url}test/many-findings.html`);
  try {
    const lint = tab.locator('benefits-explorer [part~="lint"]');
    await tab.waitForFunction(() => !document.querySelector('benefits-explorer').shadowRoot.querySelector('[part~="lint"]').hidden, null, { timeout: 30000 });
    const summary = await lint.locator('.lint-summary').textContent();
    const [, errors, warnings] = summary.replace(/,/g, '').match(/Found (\d+) errors? and (\d+) warnings?/);
    const total = Number(errors) + Number(warnings);
    assert.ok(total > 1000, `${total} findings`);
    const items = lint.locator('.lint-list > li');
    assert.equal(await items.count(), 500, 'the first 500 are listed');
    const more = lint.locator('.list-more-button');
    assert.match(await more.textContent(), new RegExp(`\\(${(total - 500).toLocaleString('en')} not shown yet\\)`));
    let clicks = 0;
    while (await more.count()) {
      await more.click();
      clicks += 1;
    }
    assert.equal(await items.count(), total, 'the summary counts exactly the findings there are');
    assert.equal(clicks, Math.ceil((total - 500) / 500));
    assert.deepEqual(ownErrors(log), []);
  } finally {
    await context.close();
  }
});

/** [open card count per explorer, the explorer (id) holding focus] */
async function cardsOpen(tab, claimId) {
  return tab.evaluate((id) => ({
    open: [...document.querySelectorAll('benefits-explorer')].map((e) => e.shadowRoot.querySelector(`li[data-claim="${id}"] .row-toggle[aria-expanded="true"]`) ? 1 : 0),
    focus: document.activeElement && document.activeElement.localName === 'benefits-explorer'
      ? `${document.activeElement.id}:${document.activeElement.shadowRoot.activeElement?.closest('li')?.dataset.claim}`
      : null,
  }), claimId);
}

const allReady = (tab) => tab.waitForFunction(() => [...document.querySelectorAll('benefits-explorer')].every((e) => e.state === 'ready'), null, { timeout: 20000 });

test('finding 19: with three explorers, #claim= opens the card in the first that holds the claim, and focus goes there', async () => {
  const [a, b] = [data.claims[1].id, data.claims[0].id];
  const { context, page: tab } = await record(browser, `${server.url}test/three.html#claim=${a}`);
  try {
    await allReady(tab);
    await tab.waitForFunction((id) => document.getElementById('e1').shadowRoot.querySelector(`li[data-claim="${id}"].is-open`), a);
    await tab.waitForTimeout(200);
    assert.deepEqual(await cardsOpen(tab, a), { open: [1, 0, 0], focus: `e1:${a}` }, 'on load');

    await tab.evaluate((id) => { location.hash = `claim=${id}`; }, b);
    await tab.waitForFunction((id) => document.getElementById('e1').shadowRoot.querySelector(`li[data-claim="${id}"].is-open`), b);
    await tab.waitForTimeout(200);
    assert.deepEqual(await cardsOpen(tab, b), { open: [1, 0, 0], focus: `e1:${b}` }, 'on a hash change');

    // A card the visitor opened in the third explorer: the address names it, and following it stays there.
    const c = data.claims[3].id;
    await tab.locator(`#e3 li[data-claim="${c}"] .row-toggle`).click();
    assert.equal(await tab.evaluate(() => location.hash), `#claim=${c}`);
    await tab.evaluate(() => { location.hash = ''; });
    await tab.evaluate((id) => { location.hash = `claim=${id}`; }, c);
    await tab.waitForTimeout(300);
    assert.deepEqual(await cardsOpen(tab, c), { open: [0, 0, 1], focus: `e3:${c}` }, 'the explorer that shows it open');
  } finally {
    await context.close();
  }
});

test('finding 19: when the first explorer lacks the claim, the second opens it (and only it)', async () => {
  const id = data.claims[4].id;
  const { context, page: tab } = await record(browser, `${server.url}test/three-first-lacks.html#claim=${id}`);
  try {
    await allReady(tab);
    await tab.waitForFunction((claim) => document.getElementById('e2').shadowRoot.querySelector(`li[data-claim="${claim}"].is-open`), id);
    await tab.waitForTimeout(200);
    assert.deepEqual(await cardsOpen(tab, id), { open: [0, 1, 0], focus: `e2:${id}` });
  } finally {
    await context.close();
  }
});
