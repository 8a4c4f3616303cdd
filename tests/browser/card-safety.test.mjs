// The safety block every card carries (issue 14, item 4): the cautions every infusion patient needs first,
// then the claim's own harms and cautions, then on headache topics the warning signs in two tiers with the
// emergency line; each harm once, at the same weight as the rest of the card, never wider than a 320 px phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, dataset, screenshot, cardHarms, ROOT } from './helpers.mjs';
import { browser, server, startSession } from './session.mjs';
import en from '../../web/src/i18n/strings/en.js';
import es from '../../web/src/i18n/strings/es.js';

// A small made-up dataset (test words, not medical facts) whose first claim lists a harm twice, lists the
// dataset's infusion caution among its own harms, and repeats a caution: the card must still show each once.
const REPEATS = JSON.parse(readFileSync(join(ROOT, 'tests/fuzz/corpus/valid-mini-compact.json'), 'utf8'));
REPEATS.claims[0].harms = ['flushing', 'low-pressure', 'flushing'];
REPEATS.claims[0].cautions = ['Test caution said twice.', 'Test caution said twice.'];
const REPEATS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title>
<script defer src="/benefits-explorer.js"></script></head><body><main><benefits-explorer>
<script type="application/json">${JSON.stringify(REPEATS).replace(/<\//g, '<\\/')}</script></benefits-explorer></main></body></html>`;

startSession(() => ({ '/test/repeats.html': REPEATS_PAGE }));

const data = dataset();
const redTopics = new Set(data.topics.filter((t) => t.red_flags).map((t) => t.id));
const harmsById = new Map(data.harms.map((h) => [h.id, h]));
const headache = data.claims.filter((c) => redTopics.has(c.topic));
const others = data.claims.filter((c) => !redTopics.has(c.topic));

const row = (page, id) => page.locator(`benefits-explorer li[data-claim="${id}"]`);
async function open(page, id) {
  const toggle = row(page, id).locator('.row-toggle');
  if (await toggle.getAttribute('aria-expanded') !== 'true') await toggle.click();
  return row(page, id).locator('.card');
}

/** What a card's safety block shows, read from the page. */
function readBlock(card) {
  return card.locator('.card-safety').evaluate((block) => {
    const text = (node) => (node ? node.textContent.trim() : null);
    const partOf = (kind) => block.querySelector(`[data-safety-part="${kind}"]`);
    return {
      children: [...block.children].map((c) => c.dataset.safetyPart
        || ['red-flags', 'see-safety', 'card-safety-title'].find((name) => c.classList.contains(name)) || c.className),
      title: text(block.querySelector('.card-safety-title')),
      infusion: [...(partOf('infusion')?.querySelectorAll('.harm-statement') || [])].map(text),
      infusionTitle: text(partOf('infusion')?.querySelector('.card-safety-part-title')),
      claim: [...(partOf('claim')?.querySelectorAll('.harm') || [])].map((li) => ({
        statement: text(li.querySelector('.harm-statement')),
        tags: [...li.querySelectorAll(':scope > .tag')].map(text),
      })),
      allStatements: [...block.querySelectorAll('.harm-statement')].map(text),
      tiers: [...block.querySelectorAll('.red-flag-group')].map((g) => ({
        urgency: g.dataset.urgency,
        title: text(g.querySelector('.red-flag-group-title')),
        line: text(g.querySelector('.emergency-line')),
        flags: [...g.querySelectorAll('.red-flag-list > li')].map(text),
      })),
      // Anything that hides harms until a click: a closed <details>, or an element not rendered.
      hidden: [...block.querySelectorAll('.harm, .red-flag-list > li')].filter((e) => !e.checkVisibility()).length,
    };
  });
}

test('every card has one safety block, the cautions for any infusion first, then the claim\'s own harms, each harm once', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  try {
    const infusionIds = data.infusion_cautions;
    assert.ok(infusionIds.length > 0, 'the default dataset has infusion cautions');
    for (const claim of data.claims) {
      const card = await open(page, claim.id);
      assert.equal(await card.locator('.card-safety').count(), 1, `${claim.id}: one safety block`);
      const block = await readBlock(card);
      assert.equal(block.title, en.harmsTitle, claim.id);
      // Order: "Before any infusion", the claim's part, then (headache only) the warning signs, then the link.
      const expected = ['card-safety-title', 'infusion', 'claim', ...(redTopics.has(claim.topic) ? ['red-flags'] : []), 'see-safety'];
      assert.deepEqual(block.children, expected, claim.id);
      assert.equal(block.infusionTitle, en.cardSafetyInfusionTitle);
      assert.deepEqual(new Set(block.infusion), new Set(infusionIds.map((id) => harmsById.get(id).statement)), `${claim.id}: the infusion cautions`);
      // The claim's part: its own harms (not the infusion cautions again) and its cautions.
      const own = [...new Set(claim.harms)].filter((id) => !infusionIds.includes(id)).map((id) => harmsById.get(id).statement);
      assert.deepEqual(new Set(block.claim.map((h) => h.statement)), new Set([...own, ...(claim.cautions || [])]), claim.id);
      // No harm or caution twice anywhere in the block, and every harm of the claim is there.
      assert.equal(new Set(block.allStatements).size, block.allStatements.length, `${claim.id} repeats a harm`);
      assert.equal(block.allStatements.length, cardHarms(data, claim).length + (claim.cautions || []).length, claim.id);
      // Nothing behind a click.
      assert.equal(block.hidden, 0, `${claim.id}: hidden harms`);
      // One box each: the warning signs and the block are not repeated elsewhere in the card.
      assert.equal(await card.locator('.red-flags').count(), redTopics.has(claim.topic) ? 1 : 0, claim.id);
      assert.equal(await card.locator('.harm').count(), block.allStatements.length, `${claim.id}: harms outside the safety block`);
    }
    assert.deepEqual(problems, { console: [], pageErrors: [], csp: [] });
  } finally {
    await context.close();
  }
});

test('a harm listed twice, or listed by the claim and as an infusion caution, is shown once', async () => {
  const { context, page, problems } = await openPage(browser, `${server.url}test/repeats.html`);
  try {
    const claim = REPEATS.claims[0];
    const statement = (id) => REPEATS.harms.find((h) => h.id === id).statement;
    const block = await readBlock(await open(page, claim.id));
    assert.deepEqual(block.infusion, [statement('low-pressure')]);
    assert.deepEqual(new Set(block.claim.map((h) => h.statement)), new Set([statement('flushing'), 'Test caution said twice.']));
    assert.equal(block.claim.length, 2);
    assert.equal(block.allStatements.length, 3);
    assert.deepEqual(problems, { console: [], pageErrors: [], csp: [] });
  } finally {
    await context.close();
  }
});

test('seriousness is said in words on every harm, "Type and severity not reported" where the sources do not say', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const words = new Set(Object.values(en.seriousnessTag));
    const claim = data.claims.find((c) => c.harms.some((id) => harmsById.get(id).seriousness === 'not-reported'));
    assert.ok(claim, 'a claim with a harm whose type and severity are not reported');
    const block = await readBlock(await open(page, claim.id));
    for (const harm of block.claim) {
      if (claim.cautions?.includes(harm.statement)) {
        assert.deepEqual(harm.tags, [en.cautionTag]);
        continue;
      }
      const source = data.harms.find((h) => h.statement === harm.statement);
      assert.equal(harm.tags.length, 1, harm.statement);
      assert.ok(words.has(harm.tags[0]), harm.tags[0]);
      assert.equal(harm.tags[0], en.seriousnessTag[source.seriousness], harm.statement);
    }
    assert.ok(block.claim.some((h) => h.tags[0] === 'Type and severity not reported'));
  } finally {
    await context.close();
  }
});

test('headache cards show the warning signs in two tiers with the emergency line; other cards show none', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    assert.ok(headache.length && others.length);
    const byUrgency = (u) => data.red_flags.filter((f) => f.urgency === u).map((f) => f.statement);
    for (const claim of headache) {
      const card = await open(page, claim.id);
      const { tiers } = await readBlock(card);
      assert.deepEqual(tiers.map((t) => t.urgency), ['emergency', 'see-doctor'], claim.id);
      assert.deepEqual(tiers.map((t) => t.title), ['Call an emergency number now', 'See a doctor before any infusion']);
      assert.equal(tiers[0].line, data.emergency_line);
      assert.equal(tiers[1].line, null, 'the emergency line only in the emergency tier');
      assert.deepEqual(tiers[0].flags, byUrgency('emergency'));
      assert.deepEqual(tiers[1].flags, byUrgency('see-doctor'));
      assert.equal(await card.locator('.card-safety .red-flags-title').textContent(), en.redFlagsTitle);
    }
    for (const claim of others) {
      const card = await open(page, claim.id);
      assert.equal(await card.locator('.red-flag-group, .emergency-line, .red-flags').count(), 0, claim.id);
    }
    // The page's own safety section uses the same title, tier words and marks the same infusion cautions.
    const section = page.locator('benefits-explorer .safety');
    assert.equal(await section.locator('.red-flags-title').textContent(), en.redFlagsTitle);
    assert.deepEqual(await section.locator('.red-flag-group-title').allTextContents(), ['Call an emergency number now', 'See a doctor before any infusion']);
    const marked = await section.locator('.harm--infusion-caution .harm-statement').allTextContents();
    assert.deepEqual(new Set(marked), new Set(data.infusion_cautions.map((id) => harmsById.get(id).statement)));
    assert.deepEqual(new Set(await section.locator('.harm--infusion-caution .tag--infusion').allTextContents()), new Set([en.cardSafetyInfusionTitle]));
  } finally {
    await context.close();
  }
});

test('harms are set at the same size as the findings, and the link leads to the page\'s safety section', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    const card = await open(page, headache[0].id);
    const size = (selector) => card.locator(selector).first().evaluate((e) => getComputedStyle(e).fontSize);
    const harm = await size('.card-safety .harm-statement');
    assert.equal(harm, await size('.summary, .outcome p'));
    assert.equal(await size('.card-safety .red-flag-list > li'), harm);
    // The block's title is a heading at the level of the card's other section titles.
    const [blockLevel, sectionLevel] = await Promise.all([
      card.locator('.card-safety-title').evaluate((h) => h.tagName),
      card.locator('.section-title').first().evaluate((h) => h.tagName),
    ]);
    assert.equal(blockLevel, sectionLevel);
    await card.locator('.card-safety .see-safety button').click();
    await page.waitForFunction(() => document.querySelector('benefits-explorer').shadowRoot.activeElement?.classList.contains('safety'), null, { timeout: 5000 });
  } finally {
    await context.close();
  }
});

for (const width of [320, 390, 1280]) {
  test(`the safety block fits a ${width} px wide page (no sideways overflow), headache and other cards`, async () => {
    const { context, page } = await openPage(browser, server.url, { viewport: { width, height: 900 } });
    try {
      for (const claim of [headache[0], others[0]]) {
        const card = await open(page, claim.id);
        const block = card.locator('.card-safety');
        const overflow = await block.evaluate((b) => {
          const box = b.getBoundingClientRect();
          const out = [...b.querySelectorAll('*')].filter((e) => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5);
          }).map((e) => `${e.tagName}.${e.className?.baseVal ?? e.className}`);
          return { scroll: b.scrollWidth - b.clientWidth, out, page: document.documentElement.scrollWidth - window.innerWidth };
        });
        assert.deepEqual(overflow, { scroll: 0, out: [], page: 0 }, `${claim.id} at ${width} px`);
        await screenshot(block, `card-safety-${claim.topic}-${width}`);
      }
    } finally {
      await context.close();
    }
  });
}

test('Spanish: the block and its tiers are headed in Spanish', async () => {
  const { context, page } = await openPage(browser, server.url);
  try {
    await page.evaluate(() => document.querySelector('benefits-explorer').setAttribute('lang', 'es'));
    await page.waitForFunction(() => document.querySelector('benefits-explorer').shadowRoot.querySelector('.row-toggle'), null, { timeout: 5000 });
    const card = await open(page, headache[0].id);
    assert.equal(await card.locator('.card-safety-title').textContent(), es.harmsTitle);
    assert.equal(await card.locator('[data-safety-part="infusion"] .card-safety-part-title').textContent(), es.cardSafetyInfusionTitle);
    assert.deepEqual(await card.locator('.card-safety .red-flag-group-title').allTextContents(), [es.urgency.emergency, es.urgency['see-doctor']]);
  } finally {
    await context.close();
  }
});
