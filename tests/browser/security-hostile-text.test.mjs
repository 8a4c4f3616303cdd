// Hostile text: every string of tests/browser/hostile/strings.json (script tags, event handlers,
// javascript: URLs, SVG payloads, broken HTML, entities, bidi overrides, zero-width characters, a
// 5,000-letter word, CSS injection, template literals, JSON-breaking quotes…) in every text field the
// explorer renders. Nothing may run (no dialog, the window.__pwned canary stays undefined), nothing may
// be injected (no script/iframe/object/embed/style…, no on* or style attribute, only https: links and
// #claim= links), every string shows literally, and the layout stays inside the element.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, requireDist, screenshot } from './helpers.mjs';
import { hostileStrings, buildHostileDataset, ids, inlineJson, FIELDS, fieldCount } from './hostile/dataset.mjs';
import { page, serveWith, record, openEverything, auditShadow, ownErrors, FALLBACK } from './hostile/harness.mjs';

const strings = hostileStrings();
const data = buildHostileDataset(strings);
let browser;
let server;

before(async () => {
  requireDist();
  const small = buildHostileDataset(strings.slice(0, 1));
  server = await serveWith({
    '/hostile/src.html': page({ body: `<main><benefits-explorer deep-link src="/hostile/data.json">${FALLBACK}</benefits-explorer></main>` }),
    '/hostile/data.json': JSON.stringify(data),
    '/hostile/inline.html': page({ body: `<main><benefits-explorer>${FALLBACK}<script type="application/json">${inlineJson(data)}</script></benefits-explorer></main>` }),
    // A page whose CMS pasted the JSON without escaping "</": the HTML parser ends the <script> early and
    // the rest of the "data" becomes markup of the host page. Not the explorer's doing, but the CSP must
    // stop what follows from running, and the explorer must fail calmly on the cut-off JSON.
    '/hostile/raw-inline.html': page({ body: `<main><benefits-explorer>${FALLBACK}<script type="application/json">${JSON.stringify(buildHostileDataset(strings.slice(0, 3)))}</script></benefits-explorer></main>` }),
    '/hostile/top.html': page({ body: `<main><benefits-explorer deep-link>${FALLBACK}<script type="application/json">${inlineJson(small)}</script></benefits-explorer></main>` }),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

function assertClean(audit, log, what) {
  assert.deepEqual(log.dialogs, [], `${what}: no dialog opened`);
  assert.equal(audit.pwned, null, `${what}: no payload ran (window.__pwned is undefined)`);
  assert.equal(audit.frames, 0, `${what}: no frame was created`);
  assert.deepEqual(audit.forbidden, [], `${what}: no element that runs or loads anything`);
  assert.deepEqual(audit.handlers, [], `${what}: no event-handler attribute`);
  assert.deepEqual(audit.styles, [], `${what}: no style attribute`);
  assert.deepEqual(audit.badLinks, [], `${what}: every link is https: or #claim=`);
  assert.deepEqual(audit.badUrls, [], `${what}: no other address attribute`);
  assert.deepEqual(log.violations, [], `${what}: no CSP violation`);
  assert.deepEqual(log.pageErrors, [], `${what}: no uncaught exception`);
  assert.deepEqual(log.rejections, [], `${what}: no unhandled rejection`);
}

/**
 * For every string i: where each field of claim i, topic i, reference i, harm i and red flag i is
 * shown, the text is exactly the string (or contains it, where a message surrounds it).
 * Returns a list of mismatches "field of string-id".
 */
function literalMismatches(tab) {
  return tab.evaluate(({ list, refIds }) => {
    const root = document.querySelector('benefits-explorer').shadowRoot;
    const misses = [];
    const text = (node) => (node ? node.textContent : null);
    const check = (id, field, actual, expected, mode = 'eq') => {
      const ok = actual != null && (mode === 'eq' ? actual === expected : mode === 'ends' ? actual.endsWith(expected) : actual.includes(expected));
      if (!ok) misses.push(`${field} of ${id}: ${actual == null ? 'not shown' : JSON.stringify(actual.slice(0, 80))}`);
    };
    const byAttr = (scope, selector, name, value) => [...scope.querySelectorAll(selector)].find((n) => n.getAttribute(name) === value) || null;
    const safetyFlags = [...root.querySelectorAll('.safety .red-flag-list > li > span')];
    const safetyHarms = [...root.querySelectorAll('.safety .harm')];
    list.forEach(({ id, text: s }, i) => {
      const row = root.querySelector(`li[data-claim="c${i}"]`);
      if (!row) {
        misses.push(`row of ${id}: missing`);
        return;
      }
      const card = row.querySelector('.card');
      check(id, 'topic.label (row)', text(row.querySelector('.row-topic')), s);
      check(id, 'topic.label (filter option)', text(root.querySelector(`option[value="t${i}"]`)), s);
      check(id, 'claim.title', text(row.querySelector('.row-title')), s);
      check(id, 'claim.brief (row)', text(row.querySelector('.brief-text')), s);
      check(id, 'claim.summary', text(card.querySelector('.summary')), s);
      check(id, 'claim.verdict_reason', text(row.querySelector('.row-reason')), s.trim());
      const down = [...card.querySelectorAll('.grade-step--down')].map(text).filter((line) => line.includes(s));
      check(id, 'claim.grading reasons', down.length >= 2 ? s : `${down.length} of 2 reasons`, s);
      check(id, 'claim.absolute.outcome', text(card.querySelector('.absolute-outcome')), s, 'includes');
      check(id, 'claim.cautions', text(card.querySelector('.harm--caution .harm-statement')), s);
      const figure = text(card.querySelector('.unsupported li'));
      check(id, 'claim.unsupported_figures.figure', figure, s, 'includes');
      check(id, 'claim.unsupported_figures.note', figure, s.trim(), 'includes');
      const cardHarms = [...card.querySelectorAll('.harm:not(.harm--caution) .harm-statement')].map(text);
      check(id, 'harm.statement (card)', cardHarms.find((h) => h === s) ?? cardHarms.join(' | '), s);
      check(id, 'harm.statement (safety)', text(safetyHarms.find((h) => text(h.querySelector('.harm-statement')) === s)?.querySelector('.harm-statement')), s);
      check(id, 'harm.frequency', text(safetyHarms.find((h) => text(h.querySelector('.harm-statement')) === s)?.querySelector('.harm-frequency')), s, 'includes');
      // Grouped by urgency, so not in dataset order.
      check(id, 'red_flags.statement', text(safetyFlags.find((f) => text(f) === s)), s);
      if (i === 0) check(id, 'emergency_line', text(root.querySelector('.safety .emergency-line')), s);
      // The outcome rows (the summary-of-findings table): the question, its outcome, time point and population,
      // the sentence, the uncontrolled reports, the absolute effects in words.
      const rows = [...card.querySelectorAll('tbody.sof-row')];
      const main = rows.find((r) => r.dataset.row === 'main');
      const seen = rows.find((r) => r.dataset.row === 'seen');
      const question = main ? [...main.querySelectorAll('.outcome-question bdi')].map(text) : [];
      check(id, 'outcomes[].intervention', question[0], s);
      check(id, 'outcomes[].comparator', question[1], s);
      const rowFacts = main ? [...main.querySelectorAll('.sof-outcome bdi, .sof-who bdi')].map(text) : [];
      check(id, 'outcomes[].outcome', rowFacts[0], s);
      check(id, 'outcomes[].timepoint', rowFacts[1], s);
      check(id, 'outcomes[].population', rowFacts[2], s);
      check(id, 'outcomes[].statement (the sentence)', text(main && main.querySelector('.outcome-statement')), s, 'includes');
      check(id, 'outcomes[].observations[].note', text(seen && seen.querySelector('.observation .note')), s);
      const words = main ? [...main.querySelectorAll('.outcome-absolute li')].map(text) : [];
      check(id, 'outcomes[].absolute[].event', words[0], s, 'includes');
      check(id, 'outcomes[].absolute[].scale', words[2], s, 'includes');
      // The studies table row of reference i (the evidence link with its finding).
      const tr = byAttr(card, 'tr[data-ref]', 'data-ref', refIds[i]);
      check(id, 'reference.id (data-ref attribute)', tr ? tr.getAttribute('data-ref') : null, refIds[i]);
      if (tr) {
        check(id, 'reference.dose (table)', text(tr.querySelector('.c-dose')), s);
        check(id, 'reference.setting (table)', text(tr.querySelector('.c-setting')), s);
        check(id, 'reference.comparator (table)', text(tr.querySelector('.c-comparator')), s);
        check(id, 'evidence.note', text(tr.querySelector('.c-result .note')), s);
        check(id, 'finding.outcome (table)', text(tr.querySelector('.finding-outcome')), s);
        check(id, 'finding.timepoint (table)', text(tr.querySelector('.finding-time')), s);
        const figures = [...tr.querySelectorAll('.finding-figures li')].map(text);
        check(id, 'finding.magnesium/control/effect/p (table)', figures.filter((f) => f.includes(s)).length === 4 ? s : figures.join(' | '), s);
      }
      // The full source entry.
      const ref = byAttr(card, '.ref', 'data-ref', refIds[i]);
      if (!ref) {
        misses.push(`source entry of ${id}: missing`);
        return;
      }
      check(id, 'reference.title', text(ref.querySelector('.ref-title')), s);
      const fields = new Map([...ref.querySelectorAll('.ref-biblio .ref-field')].map((f) => [text(f.querySelector('dt')), f.querySelector('dd')]));
      for (const [label, field] of [['Authors', 'authors'], ['Journal', 'journal'], ['Volume and pages', 'volume_pages'],
        ['Dose', 'dose'], ['Setting', 'setting'], ['People', 'population'], ['Compared with', 'comparator']]) {
        check(id, `reference.${field}`, text(fields.get(label)), s);
      }
      check(id, 'reference.pmid (digits only)', text(fields.get('PMID')), String(10000000 + i));
      const doi = fields.get('DOI');
      // The DOI carries the string in its suffix where the loader takes it as a bare DOI (hostile/dataset.mjs).
      const bareDoi = /^10\.[0-9]{4,9}\/\S+$/.test(`10.1234/${s}`) ? `10.1234/${s}` : '10.1234/hostile';
      check(id, 'reference.doi', text(doi), bareDoi);
      const doiLink = doi && doi.querySelector('a');
      check(id, 'reference.doi (link target)', doiLink ? doiLink.getAttribute('href') : null, 'https://doi.org/', 'includes');
      check(id, 'reference.conclusion', text(ref.querySelector('.ref-conclusion')), s, 'ends');
      check(id, 'reference.harms', text(ref.querySelector('.ref-harms li')), s);
      const cells = [...ref.querySelectorAll('table.findings tbody tr > *')].map(text);
      check(id, 'reference.findings (6 text columns)', cells.filter((c) => c === s).length === 6 ? s : cells.join(' | ').slice(0, 80), s);
    });
    return misses;
  }, { list: strings, refIds: strings.map((s, i) => ids.ref(i, s.text)) });
}

/** Text that sticks out of the element, ignoring text inside scroll regions and visually hidden text. */
function layoutOverflow(tab) {
  return tab.evaluate(() => {
    const host = document.querySelector('benefits-explorer');
    const root = host.shadowRoot;
    const box = host.getBoundingClientRect();
    const outside = [];
    const range = document.createRange();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.data.trim() || !parent || parent.closest('.scroll, .sr-only')) continue;
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (!r.width) continue;
      if (r.left < box.left - 2 || r.right > box.right + 2) outside.push(`${parent.className || parent.localName}: ${Math.round(r.left)}…${Math.round(r.right)} (element ${Math.round(box.left)}…${Math.round(box.right)})`);
    }
    const regions = [...root.querySelectorAll('.scroll')].filter((s) => s.offsetParent);
    const regionsOutside = regions.filter((s) => { const r = s.getBoundingClientRect(); return r.left < box.left - 2 || r.right > box.right + 2; }).length;
    // A table may scroll sideways, but no word may make it absurdly wide: at most 26em per column.
    const tooWide = regions.filter((s) => {
      const table = s.querySelector('table');
      const columns = table ? table.querySelectorAll('thead th').length : 1;
      return s.scrollWidth > columns * 26 * parseFloat(getComputedStyle(table || s).fontSize);
    }).length;
    return {
      hostOverflow: host.scrollWidth - host.clientWidth,
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      outside: outside.slice(0, 10),
      outsideCount: outside.length,
      regions: regions.length,
      regionsOutside,
      tooWide,
    };
  });
}

test(`${strings.length} hostile strings × ${fieldCount()} fields (src): nothing runs, nothing is injected, all text is literal`, async (t) => {
  const { context, page: tab, log } = await record(browser, `${server.url}hostile/src.html`);
  try {
    const events = await tab.evaluate(() => window.__beEvents);
    assert.deepEqual(events.map((e) => e.type), ['be-ready'], JSON.stringify(events.map((e) => e.detail)).slice(0, 400));
    assert.equal(events[0].detail.claims, strings.length);
    const clicks = await openEverything(tab);
    assert.ok(clicks >= strings.length * 2, `opened every card and source list (${clicks} clicks)`);
    // Let anything that might fire late (onload, onerror, autofocus, a lazy image) have its chance.
    await tab.locator('benefits-explorer .summary').first().focus().catch(() => {});
    await tab.waitForTimeout(500);
    const audit = await auditShadow(tab);
    assertClean(audit, log, 'hostile src dataset');
    assert.ok(audit.elements > 10000, `the whole dataset is rendered (${audit.elements} elements)`);
    assert.ok(audit.links > 0, 'PubMed/DOI links exist and were checked');
    assert.equal(audit.lightDom, 3, 'the host page gained no element (main, the explorer, the fallback <p>)');
    const misses = await literalMismatches(tab);
    assert.deepEqual(misses, [], `strings not shown literally:\n${misses.slice(0, 40).join('\n')}`);
    assert.deepEqual(ownErrors(log), [], 'the explorer logged no error');
    t.diagnostic(`${strings.length} strings × ${fieldCount()} fields; ${clicks} clicks; ${audit.elements} elements and ${audit.links} links audited; ${log.requests.length} requests; ${log.violations.length} CSP violations; ${log.dialogs.length} dialogs`);
  } finally {
    await context.close();
  }
});

test('the same dataset inline (<script type="application/json">, "<" escaped): nothing runs, nothing is injected', async () => {
  const { context, page: tab, log } = await record(browser, `${server.url}hostile/inline.html`);
  try {
    await openEverything(tab);
    await tab.waitForTimeout(300);
    const audit = await auditShadow(tab);
    assertClean(audit, log, 'hostile inline dataset');
    assert.equal(await tab.locator('benefits-explorer .claims > li').count(), strings.length);
    assert.deepEqual(await literalMismatches(tab), []);
  } finally {
    await context.close();
  }
});

test('raw JSON pasted inline with "</script>" in it: the page CSP stops the break-out, the explorer fails calmly', async () => {
  const { context, page: tab, log } = await record(browser, `${server.url}hostile/raw-inline.html`, { waitFor: 'be-error' });
  try {
    await tab.waitForTimeout(300);
    const events = await tab.evaluate(() => window.__beEvents);
    assert.equal(events.length, 1);
    assert.equal(events[0].detail.code, 'data-invalid', 'the cut-off JSON is reported as invalid data');
    assert.deepEqual(log.dialogs, []);
    assert.equal(await tab.evaluate(() => typeof window.__pwned), 'undefined', 'the host-page <script> the break-out created did not run');
    assert.ok(log.violations.some((v) => v.startsWith('script-src')), `the CSP blocked the inline script (${log.violations.join('; ')})`);
    assert.equal(await tab.locator('#fallback').isVisible(), true, 'the fallback stays visible');
    assert.equal(ownErrors(log).length, 1);
  } finally {
    await context.close();
  }
});

test(`dataset title and intervention: each of the ${strings.length} strings, through reload() (a language that is not a BCP 47 tag is refused by the loader)`, async () => {
  const { context, page: tab, log } = await record(browser, `${server.url}hostile/top.html`);
  try {
    const misses = [];
    for (const [index, { id, text }] of strings.entries()) {
      const json = inlineJson(buildHostileDataset(strings.slice(index, index + 1), { title: text, intervention: text }));
      const result = await tab.evaluate(async ({ json: body, expected }) => {
        const host = document.querySelector('benefits-explorer');
        host.querySelector('script[type="application/json"]').textContent = body;
        const before = window.__beEvents.length;
        await host.reload();
        const events = window.__beEvents.slice(before);
        const root = host.shadowRoot;
        const out = [];
        if (events.length !== 1 || events[0].type !== 'be-ready') return [`reload gave ${JSON.stringify(events).slice(0, 200)}`];
        if (root.querySelector('.title').textContent !== expected) out.push('title');
        if (!root.querySelector('.lede').textContent.includes(expected)) out.push('intervention (intro)');
        if (!root.querySelector('.notice--safety').textContent.includes(expected)) out.push('intervention (safety banner)');
        if (!root.querySelector('.safety h2, .safety h3, .safety h4, .safety h5').textContent.includes(expected)) out.push('intervention (safety title)');
        if (root.querySelector('.claims').getAttribute('aria-label') !== expected) out.push('title (list label)');
        return out;
      }, { json, expected: text });
      for (const field of result) misses.push(`${field} of ${id}`);
    }
    const audit = await auditShadow(tab);
    assertClean(audit, log, 'hostile title/intervention');
    assert.deepEqual(misses, []);
  } finally {
    await context.close();
  }
});

for (const width of [1100, 360]) {
  test(`very long words wrap: nothing sticks out of the element at ${width}px`, async () => {
    const { context, page: tab } = await record(browser, `${server.url}hostile/src.html`, { viewport: { width, height: 900 } });
    try {
      await openEverything(tab);
      const layout = await layoutOverflow(tab);
      assert.ok(layout.hostOverflow <= 4, `element scrollWidth exceeds clientWidth by ${layout.hostOverflow}px`);
      assert.ok(layout.pageOverflow <= 4, `page scrolls sideways by ${layout.pageOverflow}px`);
      assert.equal(layout.outsideCount, 0, `text outside the element:\n${layout.outside.join('\n')}`);
      assert.equal(layout.regionsOutside, 0, 'every table scroll region is inside the element');
      assert.equal(layout.tooWide, 0, `no table is widened by a long word beyond 26em per column (${layout.regions} regions)`);
      // What a visitor would see: payloads shown as text, wrapped inside the card.
      await tab.evaluate(() => document.querySelector('benefits-explorer').shadowRoot.querySelector('li[data-claim="c3"]').scrollIntoView());
      await screenshot(tab, `hostile-text-${width}`);
    } finally {
      await context.close();
    }
  });
}

test('a right-to-left override in the data does not reverse the explorer\'s own words around it', async () => {
  const { context, page: tab } = await record(browser, `${server.url}hostile/top.html`);
  try {
    const rtl = strings.find((s) => s.id === 'rtl-override').text;
    const json = inlineJson(buildHostileDataset(strings.slice(0, 1), { intervention: rtl }));
    const order = await tab.evaluate(async (body) => {
      const host = document.querySelector('benefits-explorer');
      host.querySelector('script[type="application/json"]').textContent = body;
      await host.reload();
      // "{intervention} can cause harm and is not suitable for everyone": with the override leaking,
      // "can cause harm" would be drawn right to left ("mrah esuac nac").
      const p = [...host.shadowRoot.querySelectorAll('.notice--safety p')][0];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf('can cause harm');
        if (at < 0) continue;
        const x = (offset) => {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          return range.getBoundingClientRect().left;
        };
        return { c: x(at), h: x(at + 'can cause '.length) };
      }
      return null;
    }, json);
    assert.ok(order, 'the safety banner sentence is there');
    assert.ok(order.c < order.h, `"can" is drawn before "harm" (x ${order.c} < ${order.h})`);
  } finally {
    await context.close();
  }
});

test('hostile deep links (#claim=…) and hostile attributes on the element: nothing runs, nothing breaks', async () => {
  const hashes = [
    '#claim=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%3Balert(1)%22%3E',
    '#claim=%E0%A4%A', // malformed percent-encoding
    '#claim=__proto__',
    '#claim=constructor',
    `#claim=${'x'.repeat(100000)}`,
    '#claim=c1%22%5D%2C%20*%20%7B',
    '#claim=c2', // a real claim, after all that
  ];
  const { context, page: tab, log } = await record(browser, `${server.url}hostile/top.html${hashes[0]}`);
  try {
    for (const hash of hashes.slice(1)) {
      await tab.evaluate((h) => { window.location.hash = h; }, hash);
      await tab.waitForTimeout(50);
    }
    // Attributes a careless page might set.
    await tab.evaluate(async () => {
      const host = document.querySelector('benefits-explorer');
      host.setAttribute('heading-level', '<script>window.__pwned=1</script>');
      host.setAttribute('topic', '<img src=x onerror=window.__pwned=2>');
      host.setAttribute('theme', '"><svg onload=window.__pwned=3>');
      host.setAttribute('lang', '<img src=x onerror=window.__pwned=4>');
      host.setAttribute('loading', 'javascript:window.__pwned=5');
      await host.reload();
    });
    await tab.waitForTimeout(200);
    const audit = await auditShadow(tab);
    assertClean(audit, log, 'hostile hashes and attributes');
    assert.deepEqual(ownErrors(log), []);
    assert.equal(await tab.evaluate(() => document.querySelector('benefits-explorer').state), 'ready');
    // src pointing at script or inline data is refused without a request.
    for (const src of ['javascript:window.__pwned=6', 'data:application/json,{}', '//evil.example/claims.json', 'https://evil.example/claims.json']) {
      const before = log.requests.length;
      const detail = await tab.evaluate(async (value) => {
        const host = document.querySelector('benefits-explorer');
        host.querySelector('script[type="application/json"]')?.remove();
        const failed = new Promise((resolve) => host.addEventListener('be-error', (e) => resolve(e.detail), { once: true }));
        host.setAttribute('src', value);
        return failed;
      }, src);
      assert.equal(detail.code, 'data-cross-origin', src);
      assert.deepEqual(log.requests.slice(before), [], `no request for src=${src}`);
    }
    assert.equal(await tab.evaluate(() => typeof window.__pwned), 'undefined');
    assert.deepEqual(log.dialogs, []);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.rejections, []);
  } finally {
    await context.close();
  }
});

test('a reference kind named like an Object.prototype member is not looked up as a label', async () => {
  const { context, page: tab, log } = await record(browser, `${server.url}hostile/top.html`);
  try {
    const small = buildHostileDataset(strings.slice(0, 1));
    const kinds = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
    small.references = kinds.map((kind, i) => ({ id: `k${i}`, title: `Source ${i}`, kind }));
    small.claims[0].outcomes = [{
      id: 'main', intervention: 'IV magnesium', route: 'IV', outcome: 'pain', population: 'adults', direction: 'decrease',
      evidence: kinds.map((_, i) => ({ ref: `k${i}`, role: 'context', note: 'n' })),
    }];
    small.harms[0].source_ids = ['k0'];
    small.red_flags[0].source_ids = ['k0'];
    const labels = await tab.evaluate(async (body) => {
      const host = document.querySelector('benefits-explorer');
      host.querySelector('script[type="application/json"]').textContent = body;
      await host.reload();
      host.shadowRoot.querySelector('.row-toggle').click();
      host.shadowRoot.querySelector('.card .sources-toggle').click();
      return [...host.shadowRoot.querySelectorAll('.card .ref')].map((r) => r.querySelector('.ref-kind')?.textContent ?? null);
    }, inlineJson(small));
    assert.deepEqual(labels, kinds.map(() => null), `no label such as "kind.constructor": ${JSON.stringify(labels)}`);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await context.close();
  }
});

// The plain-language sentence is composed by the core (core/src/wording.cpp), which isolates a value that
// carries bidi controls between FSI and PDI.
test('a right-to-left override in outcomes[0].intervention does not reverse the rest of the core\'s sentence', async () => {
  const { context, page: tab } = await record(browser, `${server.url}hostile/top.html`);
  try {
    const rtl = strings.find((s) => s.id === 'rtl-override').text;
    const small = buildHostileDataset(strings.slice(0, 1));
    Object.assign(small.claims[0].outcomes[0], { intervention: rtl, outcome: 'pain at one hour', direction: 'decrease' });
    delete small.claims[0].outcomes[0].timepoint;
    const order = await tab.evaluate(async (body) => {
      const host = document.querySelector('benefits-explorer');
      host.querySelector('script[type="application/json"]').textContent = body;
      await host.reload();
      host.shadowRoot.querySelector('.row-toggle').click();
      const p = host.shadowRoot.querySelector('.card .outcome-statement');
      const node = [...p.childNodes].find((n) => n.nodeType === 3 && n.data.includes('pain at one hour'));
      const at = node.data.indexOf('pain at one hour');
      // The sentence may wrap: compare line first (top), then position on the line (left).
      const box = (offset) => { const r = document.createRange(); r.setStart(node, offset); r.setEnd(node, offset + 1); const b = r.getBoundingClientRect(); return { top: Math.round(b.top), left: b.left }; };
      return { p: box(at), h: box(at + 'pain at one '.length) };
    }, inlineJson(small));
    const before = order.p.top < order.h.top || (order.p.top === order.h.top && order.p.left < order.h.left);
    assert.ok(before, `"pain" is drawn before "hour" (${JSON.stringify(order)})`);
  } finally {
    await context.close();
  }
});

test('docs figures: the corpus and the field list', () => {
  // Keeps docs/security.md ("Browser") honest: it quotes these numbers.
  assert.equal(strings.length, new Set(strings.map((s) => s.id)).size, 'string ids are unique');
  assert.ok(strings.length >= 50, `${strings.length} strings`);
  assert.ok(strings.some((s) => s.text.length >= 5000 && !/\s/.test(s.text)), 'a 5,000-character word');
  assert.equal(fieldCount(), Object.values(FIELDS).flat().length);
});
