// Outcome rows (issue 13, format 2) as a patient sees them on a card: one row per question with its own
// certainty, no certainty badge where no study exists, uncontrolled reports apart, red flags by urgency with
// the emergency line, and harms whose type and severity are not reported never labelled "common, mild".
// The dataset is a small made-up fixture written here (its words are test text, not medical facts), so that
// every kind of row is present whatever the default dataset holds; the default dataset is checked too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, dataset, axe } from './helpers.mjs';
import { browser, server, startSession } from './session.mjs';

const PAGE = (body, lang = 'en') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; img-src 'self'">
<title>test</title><script defer src="/benefits-explorer.js"></script></head>
<body><main>${body}</main></body></html>`;
const inline = (json) => `<script type="application/json">${json.replace(/<\//g, '<\\/')}</script>`;

const ref = (id, design, route, n, findings = []) => ({ id, title: `Test source ${id}`, authors: 'Test A, Test B', journal: 'Test Journal', year: 2001, design, route, ...(n ? { n_total: n } : {}), pmid: null, doi: null, findings });
const finding = (direction) => ({ outcome: 'Test outcome', timepoint: '1 hour', magnesium: null, control: null, effect: null, p: null, direction });

export const FIXTURE = {
  format: 2,
  title: 'Outcome rows test',
  language: 'en',
  reviewed: '2026-11-24',
  intervention: 'IV magnesium',
  route: 'IV',
  emergency_line: 'Test emergency line: call your local emergency number.',
  infusion_cautions: ['caution-kidneys'],
  topics: [{ id: 'headache', label: 'Headache', red_flags: true }, { id: 'beyond', label: 'Beyond headache' }],
  claims: [
    {
      id: 'fast-relief',
      topic: 'headache',
      title: 'Fast relief',
      brief: 'Most people feel better within an hour.',
      summary: 'The trials disagree.',
      verdict: 'contradicted',
      verdict_reason: 'The larger trials found no benefit.',
      outcomes: [
        {
          id: 'pain-30',
          intervention: 'IV magnesium (test dose)',
          route: 'IV',
          comparator: 'placebo',
          outcome: 'test pain',
          timepoint: '30 minutes after the infusion',
          population: 'adults in the test',
          direction: 'no-difference',
          evidence: [
            { ref: 'trial-a', finding: 0, role: 'supports', note: 'Test note A.' },
            { ref: 'trial-b', finding: 0, role: 'contradicts', note: 'Test note B.' },
            { ref: 'trial-c', finding: 0, role: 'contradicts', note: 'Test note C.' },
          ],
          observations: [{ ref: 'series', role: 'supports', note: 'Test series note.' }],
          absolute: [{ kind: 'risk-difference', ref: 'trial-b', finding: 0, event: 'had test relief', per100: -7, low: -23, high: 9 }],
          grading: {
            risk_of_bias: { level: 'serious', reason: 'Test reason: unclear allocation.' },
            inconsistency: { level: 'none', reason: 'Test reason: the smallest trial explains it.' },
          },
        },
        {
          id: 'sleep',
          intervention: 'IV magnesium',
          route: 'IV',
          comparator: 'placebo',
          outcome: 'test sleep',
          population: 'adults in the test',
        },
        {
          id: 'series-only',
          intervention: 'IV magnesium',
          route: 'IV',
          outcome: 'test headaches coming back',
          population: 'adults in the test',
          observations: [{ ref: 'series', role: 'supports', note: 'Test series note.' }],
        },
      ],
      harms: ['flushing', 'unreported'],
      cautions: [],
    },
    {
      id: 'deep-sleep',
      topic: 'beyond',
      title: 'Deep sleep',
      brief: 'Deeper sleep after an infusion.',
      summary: 'Nothing measured it.',
      verdict: 'not-supported',
      verdict_reason: 'No study measured it.',
      outcomes: [{ id: 'sleep', intervention: 'IV magnesium', route: 'IV', comparator: 'placebo', outcome: 'test deep sleep', population: 'adults in the test' }],
      harms: [],
      cautions: [],
    },
  ],
  references: [
    ref('trial-a', 'rct-double-blind', 'IV', 30, [finding('favours-magnesium')]),
    ref('trial-b', 'rct-double-blind', 'IV', 120, [finding('no-difference')]),
    ref('trial-c', 'rct-double-blind', 'IV', 90, [finding('no-difference')]),
    ref('series', 'open-label', 'IV', 7),
    ref('label', 'guideline', 'IV', null),
  ],
  harms: [
    { id: 'flushing', statement: 'Test harm: flushing.', frequency: 'common', seriousness: 'common-mild', source_ids: ['trial-a'] },
    { id: 'unreported', statement: 'Test harm: side effects of some kind.', seriousness: 'not-reported', source_ids: ['trial-b'] },
    { id: 'caution-kidneys', statement: 'Test caution: kidney disease.', seriousness: 'contraindication', source_ids: ['label'] },
  ],
  red_flags: [
    { statement: 'Test flag: see a doctor first.', urgency: 'see-doctor', source_ids: ['label'] },
    { statement: 'Test flag: the worst headache.', urgency: 'emergency', source_ids: ['label'] },
    { statement: 'Test flag: weakness on one side.', urgency: 'emergency', source_ids: ['label'] },
  ],
};

startSession(() => ({
  '/test/outcomes.html': PAGE(`<benefits-explorer>${inline(JSON.stringify(FIXTURE))}</benefits-explorer>`),
  '/test/outcomes-es.html': PAGE(`<benefits-explorer>${inline(JSON.stringify(FIXTURE))}</benefits-explorer>`, 'es'),
}));

const row = (page, id) => page.locator(`benefits-explorer li[data-claim="${id}"]`);

async function open(page, id) {
  const toggle = row(page, id).locator('.row-toggle');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  return row(page, id).locator('.card');
}

async function fixturePage(path = 'test/outcomes.html') {
  const opened = await openPage(browser, `${server.url}${path}`);
  const events = await opened.page.evaluate(() => window.__beEvents.map((e) => `${e.type} ${JSON.stringify(e.detail.problems || '')}`));
  assert.deepEqual(events.filter((e) => e.startsWith('be-error')), [], 'the fixture loads');
  return opened;
}

test('a card shows its questions as a Summary-of-Findings table: question, what happened, people and sources, certainty, sentence', async () => {
  const { context, page, problems } = await fixturePage();
  try {
    const card = await open(page, 'fast-relief');
    const section = card.locator('.outcomes-section');
    assert.equal(await section.locator('.section-title').textContent(), 'Question by question');
    // A real table with a caption and column headers.
    const table = section.locator('table.sof');
    assert.equal(await table.locator('caption').textContent(), 'Summary of findings for “Fast relief”');
    assert.deepEqual(await table.locator('thead th').allTextContents(), ['Question', 'What happened', 'People and sources', 'How sure we can be', 'What it means']);
    const rows = table.locator('tbody.sof-row');
    assert.equal(await rows.count(), 3);
    assert.deepEqual(await rows.evaluateAll((items) => items.map((b) => b.dataset.row)), ['pain-30', 'sleep', 'series-only']);
    // The question: the outcome and when, intervention against comparator, who; a row header.
    const first = rows.nth(0);
    assert.equal(await first.locator('th[scope="row"] .sof-outcome').textContent(), 'test pain, 30 minutes after the infusion');
    assert.equal(await first.locator('.outcome-question').textContent(), 'IV magnesium (test dose) compared with placebo');
    assert.equal(await first.locator('.sof-who').textContent(), 'Who: adults in the test');
    assert.equal(await rows.nth(2).locator('.outcome-question').textContent(), 'IV magnesium, with no comparison group');
    // What happened: the core's words for the risk difference.
    assert.match(await first.locator('.sof-absolute').textContent(), /7 fewer people in every 100 had test relief \(between 23 fewer and 9 more\)/);
    // People and sources: the trials' participants added up, and the distinct graded sources.
    assert.equal(await first.locator('.sof-people .outcome-participants').textContent(), '240 people, 3 sources');
    // Certainty: the badge and its reasons in short words, the full steps behind a button.
    assert.match(await first.locator('.sof-certainty .certainty').getAttribute('class'), /certainty--(high|moderate|low|very-low)/);
    assert.match(await first.locator('.sof-reasons').textContent(), /Less sure: weaknesses in how the studies were done/);
    assert.equal(await first.locator('.grade-steps').isVisible(), false);
    await first.locator('.sof-steps-toggle').click();
    const steps = await first.locator('.grade-steps').textContent();
    assert.match(steps, /Starts high/);
    assert.match(steps, /Down 1: risk of bias \(Test reason: unclear allocation\.\)/);
    assert.match(await first.locator('.grade-step--lifted').textContent(), /Not marked down for inconsistency, by the editors’ judgement \(Test reason: the smallest trial explains it\.\)/);
    // The row's GRADE-26 sentence.
    assert.match(await first.locator('.sof-statement .outcome-statement').textContent(), /^Compared with placebo, IV magnesium \(test dose\)/);
    // The uncontrolled series is listed apart under its row, labelled, never among the graded sources.
    assert.equal(await first.locator('.outcome-observations .outcome-subtitle').textContent(), 'Report without a comparison group: not graded (1)');
    assert.equal(await first.locator('.observation-list > li').getAttribute('data-ref'), 'series');
    assert.equal(await card.locator('tbody.group-supports tr[data-ref="series"]').count(), 0);
    assert.equal(await card.locator('tbody.group-observations tr[data-ref="series"]').count(), 1);
    assert.match(await card.locator('tbody.group-observations .group-row').textContent(), /Report without a comparison group: not graded \(1 source\)/);
    // Only the graded row has grading steps.
    assert.equal(await rows.nth(1).locator('.grade-steps, .sof-steps-toggle').count(), 0);
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('a question with no studies shows no certainty badge and says so, in the card, the verdict box and the list', async () => {
  const { context, page } = await fixturePage();
  try {
    const card = await open(page, 'fast-relief');
    const rows = card.locator('tbody.sof-row');
    const sleep = rows.nth(1);
    assert.equal(await sleep.getAttribute('data-kind'), 'no-studies');
    assert.equal(await sleep.locator('.certainty, .certainty-symbols, .sof-reasons').count(), 0);
    assert.equal(await sleep.locator('.no-certainty').textContent(), 'No studies found');
    assert.equal(await sleep.locator('.sof-people').textContent(), 'No studies');
    assert.equal(await sleep.locator('.sof-absolute').textContent(), 'Not measured');
    assert.match(await sleep.locator('.outcome-statement').textContent(), /no studies/i);
    const seriesOnly = rows.nth(2);
    assert.equal(await seriesOnly.getAttribute('data-kind'), 'observations-only');
    assert.equal(await seriesOnly.locator('.certainty, .certainty-symbols').count(), 0);
    assert.equal(await seriesOnly.locator('.no-certainty').textContent(), 'Only reports without a comparison group');
    assert.equal(await seriesOnly.locator('.sof-people').textContent(), '1 report without a comparison group');
    // A claim whose headline question has no studies: no badge in its list row (the card does not repeat it).
    const listRow = row(page, 'deep-sleep');
    assert.equal(await listRow.locator('.row-meta .certainty').count(), 0);
    assert.equal(await listRow.locator('.row-meta .no-certainty').textContent(), 'No studies found');
    const other = await open(page, 'deep-sleep');
    assert.equal(await other.locator('.verdict-box .certainty, .verdict-box .no-certainty').count(), 0);
    // The certainty filter offers "None" for it, and that lists only the claim without a certainty.
    const select = page.locator('benefits-explorer select[name^="be-certainty"]');
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
    assert.deepEqual(options.at(-1), ['none', 'None (no controlled studies)']);
    assert.ok(!options.some(([v]) => v === 'null' || v === 'undefined'), options.join());
    await select.selectOption('none');
    await page.waitForFunction(() => [...document.querySelector('benefits-explorer').shadowRoot.querySelectorAll('.claims > li')]
      .map((li) => li.dataset.claim).join() === 'deep-sleep', null, { timeout: 5000 });
  } finally {
    await context.close();
  }
});

test('words used on the card are explained under the table, only those the card shows', async () => {
  const { context, page } = await fixturePage();
  try {
    const card = await open(page, 'fast-relief');
    const terms = await card.locator('.glossary .glossary-item').evaluateAll((items) => items.map((i) => i.dataset.term));
    // The fixture's card shows placebo, double-blind trials, a range and certainty; no odds ratio, no VAS.
    for (const term of ['certainty', 'placebo', 'blinding', 'range']) assert.ok(terms.includes(term), `${term} in ${terms}`);
    for (const term of ['or', 'vas', 'iqr', 'nnt']) assert.ok(!terms.includes(term), `${term} not in ${terms}`);
    assert.match(await card.locator('.glossary [data-term="placebo"] dd').textContent(), /dummy treatment/);
    // Right under the findings table.
    assert.equal(await card.locator('.outcomes-section + .glossary').count(), 1);
  } finally {
    await context.close();
  }
});

test('red flags come in two groups, emergency first with the emergency line, then see a doctor before any infusion', async () => {
  const { context, page } = await fixturePage();
  try {
    for (const flags of [(await open(page, 'fast-relief')).locator('.red-flags'), page.locator('benefits-explorer .safety .red-flags')]) {
      const groups = flags.locator('.red-flag-group');
      assert.deepEqual(await groups.evaluateAll((gs) => gs.map((g) => g.dataset.urgency)), ['emergency', 'see-doctor']);
      assert.equal(await groups.nth(0).locator('.red-flag-group-title').textContent(), 'Call an emergency number now');
      assert.equal(await groups.nth(0).locator('.emergency-line').textContent(), 'Test emergency line: call your local emergency number.');
      assert.equal(await groups.nth(0).locator('.red-flag-list > li').count(), 2);
      assert.equal(await groups.nth(1).locator('.red-flag-group-title').textContent(), 'See a doctor before any infusion');
      assert.equal(await groups.nth(1).locator('.emergency-line').count(), 0);
      assert.equal(await groups.nth(1).locator('.red-flag-list > li > span').textContent(), 'Test flag: see a doctor first.');
      // The group titles are headings below the red-flags title.
      const [outer, inner] = await Promise.all([
        flags.locator('.red-flags-title').evaluate((h) => Number(h.tagName.slice(1))),
        groups.nth(0).locator('.red-flag-group-title').evaluate((h) => Number(h.tagName.slice(1))),
      ]);
      assert.equal(inner, Math.min(6, outer + 1));
    }
  } finally {
    await context.close();
  }
});

test('a harm whose type and severity are not reported is labelled so, never "common, mild"; infusion cautions are on every card', async () => {
  const { context, page } = await fixturePage();
  try {
    const card = await open(page, 'fast-relief');
    const unreported = card.locator('.box.harms .harm--not-reported');
    assert.equal(await unreported.count(), 1);
    const tag = await unreported.locator('.tag').first().textContent();
    assert.equal(tag, 'Type and severity not reported');
    assert.doesNotMatch(await unreported.textContent(), /mild/i);
    const group = page.locator('benefits-explorer .safety .harm-group--not-reported');
    assert.equal(await group.locator('.harm-group-title').textContent(), 'Side effects whose type and severity are not reported');
    assert.doesNotMatch(await group.textContent(), /mild/i);
    // The infusion caution is on a card that lists no harm of its own, under "Before any infusion".
    for (const id of ['fast-relief', 'deep-sleep']) {
      const c = id === 'fast-relief' ? card : await open(page, id);
      const part = c.locator('.box.harms [data-safety-part="infusion"]');
      assert.equal(await part.locator('.harm').count(), 1, id);
      assert.match(await part.locator('.card-safety-part-title').textContent(), /Before any infusion/);
      assert.match(await part.locator('.harm').textContent(), /Test caution: kidney disease\./);
    }
  } finally {
    await context.close();
  }
});

test('in Spanish the new words are Spanish, and the core’s sentences stay marked as English', async () => {
  const { context, page } = await fixturePage('test/outcomes-es.html');
  try {
    const card = await open(page, 'fast-relief');
    assert.equal(await card.locator('.outcomes-section .section-title').textContent(), 'Pregunta por pregunta');
    assert.equal(await card.locator('.verdict-box .box-title').textContent(), 'Nuestro veredicto, explicado');
    assert.deepEqual(await card.locator('table.sof thead th').allTextContents(), ['Pregunta', 'Qué pasó', 'Personas y fuentes', 'Qué seguridad tenemos', 'Qué significa']);
    const rows = card.locator('tbody.sof-row');
    assert.equal(await rows.nth(1).locator('.no-certainty').textContent(), 'No se encontraron estudios');
    assert.equal(await rows.nth(0).locator('.outcome-question').textContent(), 'IV magnesium (test dose) comparado con placebo');
    assert.equal(await rows.nth(0).locator('.outcome-participants').textContent(), '240 personas, 3 fuentes');
    assert.equal(await card.locator('.glossary .section-title').textContent(), 'Palabras usadas en esta ficha');
    // The statement and the absolute effect are the core's English: marked lang="en", never "es".
    assert.equal(await rows.nth(0).locator('.outcome-statement').getAttribute('lang'), 'en');
    assert.equal(await rows.nth(0).locator('.outcome-absolute li').getAttribute('lang'), 'en');
    assert.equal(await rows.nth(0).locator('.outcome-question bdi').first().getAttribute('lang'), 'en');
    assert.equal(await card.locator('.red-flag-group-title').first().textContent(), 'Llame ahora a un número de emergencias');
    assert.equal(await card.locator('.harm--not-reported .tag').first().textContent(), 'Tipo y gravedad no informados');
  } finally {
    await context.close();
  }
});

test('an open card with outcome rows passes axe', async () => {
  const { context, page } = await fixturePage();
  try {
    await open(page, 'fast-relief');
    await open(page, 'deep-sleep');
    const violations = await axe(page, 'benefits-explorer');
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  } finally {
    await context.close();
  }
});

test('the default dataset: every card has one table row per question in the data, each with its five parts, and no row without a certainty shows a badge', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    for (const claim of dataset().claims) {
      const card = await open(page, claim.id);
      const rows = card.locator('tbody.sof-row');
      assert.deepEqual(await rows.evaluateAll((items) => items.map((b) => b.dataset.row)), claim.outcomes.map((o) => o.id), claim.id);
      const parts = await rows.evaluateAll((items) => items.map((b) => ({
        kind: b.dataset.kind,
        badges: b.querySelectorAll('.sof-certainty .certainty').length,
        words: b.querySelectorAll('.sof-certainty .no-certainty').length,
        filled: ['.sof-question', '.sof-absolute', '.sof-people', '.sof-certainty', '.sof-statement'].map((s) => (b.querySelector(`.sof-main > ${s}`)?.textContent || '').trim().length > 0),
      })));
      for (const [i, p] of parts.entries()) {
        const where = `${claim.id} ${claim.outcomes[i].id}`;
        assert.deepEqual(p.filled, [true, true, true, true, true], where);
        if (p.kind === 'graded') assert.deepEqual([p.badges, p.words], [1, 0], where);
        else assert.deepEqual([p.badges, p.words], [0, 1], `${where} ${p.kind}`);
      }
      await row(page, claim.id).locator('.row-toggle').click();
    }
  } finally {
    await context.close();
  }
});
