// Printing. By default (print="handout") paper gets a patient handout of at most two A4 or Letter pages:
// each claim's verdict and reason, the safety block and the two tiers of warning signs once, the review date,
// short citations and where the full evidence is; always dark text on white. print="full" prints the dossier:
// every listed card open, the grading rule, no controls, the warning signs once, and each source once at the end.
// The PDFs come from Chromium (page.pdf) and are read with poppler-utils (pdfinfo, pdftotext, pdftoppm); the
// pages are also written as PNG to build/screenshots/ (print-handout-*.png, print-full-*.png) to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openPage, requireDist, screenshot, claimLinks, SCREENSHOTS, ROOT, DIST } from './helpers.mjs';
import { page as testPage, recordEvents, waitForEvent, dataset, COLOUR_FUNCTIONS } from './embedding-helpers.mjs';
import en from '../../web/src/i18n/strings/en.js';

const OUT = join(ROOT, 'build', 'print');
const MARGIN = { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' }; // about Chromium's default
let browser;
let server;
let data;

before(async () => {
  requireDist();
  for (const tool of ['pdfinfo', 'pdftotext', 'pdftoppm']) {
    try {
      execFileSync(tool, ['-v'], { stdio: 'ignore' });
    } catch {
      throw new Error(`${tool} is missing: install poppler-utils (bash scripts/install-deps.sh)`);
    }
  }
  data = dataset();
  const explorer = (attrs) => testPage(`<h1>Print test</h1><benefits-explorer id="x" heading-level="2" ${attrs}><p>Fallback</p></benefits-explorer>`);
  server = await serve({
    '/test/print.html': explorer(''),
    '/test/print-dark.html': explorer('theme="dark"'),
    '/test/print-es.html': explorer('lang="es"'),
    '/test/print-full.html': explorer('print="full"'),
  });
  browser = await launch();
  mkdirSync(OUT, { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, options = {}) {
  const opened = await openPage(browser, null, { waitFor: null, viewport: { width: 900, height: 1200 }, ...options });
  await recordEvents(opened.page);
  await opened.page.goto(`${server.url}${path}`);
  await waitForEvent(opened.page, 'be-ready');
  return opened;
}

/** Print the page to a PDF file; returns its path. */
async function printPdf(page, name, format) {
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format, margin: MARGIN }));
  return file;
}

const pageCount = (file) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
/** The text of each page in the order it was drawn, which is the page's own order (pdftotext separates pages with a form feed). */
const pageTexts = (file) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  .split('\f').slice(0, pageCount(file));
// pdftotext joins a word broken after its hyphen ("948-\nparticipant" becomes "948participant"): hyphens are
// left out on both sides of a comparison.
const squash = (text) => text.replace(/-\s*/g, '').replace(/\s+/g, ' ').trim();
const occurrences = (text, part) => squash(text).split(squash(part)).length - 1;

/** Write pages first..last of the PDF as PNG (60 dpi) to build/screenshots/<name>-<page>.png. */
function pagesAsPng(file, name, first = 1, last = 2) {
  for (const f of readdirSync(SCREENSHOTS)) if (f.startsWith(`${name}-`) && f.endsWith('.png')) rmSync(join(SCREENSHOTS, f));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(first), '-l', String(last), file, join(SCREENSHOTS, name)]);
}

/** The visible headings of the explorer under print media, lower-cased, whitespace squashed. */
async function printedHeadings(page) {
  await page.emulateMedia({ media: 'print' });
  const texts = await page.evaluate(() => [...document.querySelector('benefits-explorer').shadowRoot.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .filter((h) => h.getClientRects().length > 0)
    .map((h) => h.textContent));
  await page.emulateMedia({ media: null });
  return new Set(texts.map((t) => squash(t).toLowerCase()).filter(Boolean));
}

/** Pages whose last lines (one, two or three of them) are a heading's text: a heading alone at a page's foot. */
function headingsAtFoot(texts, headings) {
  const found = [];
  texts.slice(0, -1).forEach((text, i) => {
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    for (let k = 1; k <= 3 && k <= lines.length; k += 1) {
      const tail = squash(lines.slice(-k).join(' ')).toLowerCase();
      if (headings.has(tail)) found.push(`page ${i + 1}: "${tail}"`);
    }
  });
  return found;
}

/** The sources the dossier prints at its end for these claims: their cards' and the safety section's, sorted ids. */
const sourcesOf = (claims) => [...new Set([
  ...claims.flatMap((claim) => claimLinks(claim).map((link) => link.ref)),
  ...[...data.harms, ...data.red_flags].flatMap((item) => item.source_ids || []),
])].sort();

const firstFlag = () => data.red_flags[0].statement;
/** A text of the Spanish translation the dataset names (its key), or the original when it has none. */
const spanish = (key, original) => {
  const texts = JSON.parse(readFileSync(join(DIST, data.translations.es), 'utf8')).texts;
  return texts[key] ? texts[key].text : original;
};
const lastFlag = () => data.red_flags[data.red_flags.length - 1].statement;

test('handout: the default page prints on at most 2 pages, A4 and Letter, in English, in Spanish and in the dark theme', async () => {
  const runs = [
    // The demo page as it ships (dist/index.html: heading-level 1), then an explorer under a page's own heading.
    { path: 'index.html', name: 'print-handout-demo-a4', format: 'A4' },
    { path: 'index.html', name: 'print-handout-demo-letter', format: 'Letter' },
    { path: 'test/print.html', name: 'print-handout-a4', format: 'A4' },
    { path: 'test/print.html', name: 'print-handout-letter', format: 'Letter' },
    { path: 'test/print-dark.html', name: 'print-handout-dark', format: 'A4', colorScheme: 'dark' },
    { path: 'test/print-dark.html', name: 'print-handout-dark-letter', format: 'Letter', colorScheme: 'dark' },
    { path: 'test/print-es.html', name: 'print-handout-es', format: 'A4' },
    { path: 'test/print-es.html', name: 'print-handout-es-letter', format: 'Letter' },
  ];
  for (const run of runs) {
    const { context, page, problems } = await open(run.path, { colorScheme: run.colorScheme || 'light' });
    try {
      const headings = await printedHeadings(page);
      const file = await printPdf(page, run.name, run.format);
      const pages = pageCount(file);
      assert.ok(pages >= 1 && pages <= 2, `${run.name}: ${pages} pages`);
      const texts = pageTexts(file);
      const all = texts.join('\n');
      // The Spanish handout shows the dataset's Spanish translation (data/claims.es.json).
      const words = run.name.includes('-es') ? spanish : (key, original) => original;
      for (const claim of data.claims) assert.ok(occurrences(all, words(`claims.${claim.id}.title`, claim.title)) >= 1, `${run.name}: ${claim.title}`);
      // The warning signs once, with the emergency line once.
      assert.equal(occurrences(all, words('red_flags.0.statement', firstFlag())), 1, `${run.name}: the first warning sign once`);
      assert.equal(occurrences(all, words(`red_flags.${data.red_flags.length - 1}.statement`, lastFlag())), 1, `${run.name}: the last warning sign once`);
      assert.equal(occurrences(all, words('emergency_line', data.emergency_line)), 1, `${run.name}: the emergency line once`);
      assert.deepEqual(headingsAtFoot(texts, headings), [], `${run.name}: no heading alone at a page's foot`);
      assert.deepEqual(problems.console, []);
      assert.deepEqual(problems.pageErrors, []);
      if (!run.name.includes('es') && !run.name.includes('demo')) pagesAsPng(file, run.name);
    } finally {
      await context.close();
    }
  }
});

test('handout: each claim with its verdict and reason, the safety block and both tiers once, the review date, sources and the address; the explorer is not printed, and on screen the handout never shows', async () => {
  const { context, page } = await open('test/print.html');
  try {
    const state = () => page.evaluate(() => {
      const root = document.getElementById('x').shadowRoot;
      const shown = (node) => Boolean(node) && node.getClientRects().length > 0;
      const handout = root.querySelector('[part~="handout"]');
      return {
        handoutShown: shown(handout),
        text: handout.textContent.replace(/\s+/g, ' '),
        claims: [...root.querySelectorAll('.ho-claim')].map((li) => ({ id: li.dataset.claim, verdict: li.querySelector('.verdict-text')?.textContent, text: li.textContent.replace(/\s+/g, ' ') })),
        explorerShown: ['.intro', '.controls', '.claims', '.safety', '.grading-panel', '.foot'].filter((s) => shown(root.querySelector(s))),
        tiers: [...handout.querySelectorAll('[data-urgency]')].map((g) => g.dataset.urgency),
      };
    });
    assert.equal((await state()).handoutShown, false, 'not on screen');
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => document.getElementById('x').shadowRoot.querySelectorAll('.ho-claim').length > 0);
    const printed = await state();
    assert.equal(printed.handoutShown, true);
    assert.deepEqual(printed.explorerShown, [], 'the interactive explorer is not printed');
    assert.deepEqual(printed.claims.map((c) => c.id), data.claims.map((c) => c.id));
    for (const claim of data.claims) {
      const row = printed.claims.find((c) => c.id === claim.id);
      assert.ok(row.verdict && row.verdict.length > 3, `${claim.id}: a verdict label`);
      assert.ok(row.text.includes(claim.verdict_reason.replace(/\s+/g, ' ')), `${claim.id}: its reason`);
    }
    assert.deepEqual(printed.tiers, ['emergency', 'see-doctor'], 'both tiers, emergency first');
    assert.equal(occurrences(printed.text, data.emergency_line), 1);
    for (const id of data.infusion_cautions) {
      const harm = data.harms.find((h) => h.id === id);
      assert.equal(occurrences(printed.text, harm.statement), 1, `infusion caution ${id} once`);
    }
    for (const harm of data.harms.filter((h) => h.seriousness === 'contraindication' || h.seriousness === 'serious')) {
      assert.equal(occurrences(printed.text, harm.statement), 1, `${harm.id} once`);
    }
    assert.match(printed.text, /Sources last checked on November 24, 2026/);
    assert.match(printed.text, /Sources: .*Choi and Parmar 2014/, 'short citations');
    assert.ok(printed.text.includes(`${server.url}test/print.html`), 'the page address, where the full evidence is');
    // Back on screen: the handout is hidden again, the explorer is back.
    await page.emulateMedia({ media: 'screen' });
    const back = await state();
    assert.equal(back.handoutShown, false);
    assert.ok(back.explorerShown.includes('.claims'));
  } finally {
    await context.close();
  }
});

/** Luminance counts of a page rendered by pdftoppm as PPM: ink (not white) pixels, and how many are dark. */
function inkOf(file, pageNumber) {
  const base = join(OUT, `ink-${pageNumber}`);
  execFileSync('pdftoppm', ['-r', '72', '-f', String(pageNumber), '-l', String(pageNumber), '-singlefile', file, base]);
  const ppm = readFileSync(`${base}.ppm`);
  // Header: P6\n<w> <h>\n<max>\n
  let pos = 0;
  const fields = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[pos]))) pos += 1;
    let start = pos;
    while (!/\s/.test(String.fromCharCode(ppm[pos]))) pos += 1;
    fields.push(ppm.subarray(start, pos).toString('latin1'));
  }
  pos += 1;
  let ink = 0;
  let dark = 0;
  let white = 0;
  for (let i = pos; i + 2 < ppm.length; i += 3) {
    const y = 0.2126 * ppm[i] + 0.7152 * ppm[i + 1] + 0.0722 * ppm[i + 2];
    if (y > 245) white += 1;
    else ink += 1;
    if (y < 90) dark += 1;
  }
  return { ink, dark, white };
}

test('print is dark text on white whatever the theme: theme="dark", a dark system setting, handout and full', async () => {
  for (const [path, scheme] of [['test/print-dark.html', 'dark'], ['test/print.html', 'dark'], ['test/print-full.html', 'dark']]) {
    const { context, page } = await open(path, { colorScheme: scheme });
    try {
      await page.evaluate(COLOUR_FUNCTIONS);
      await page.emulateMedia({ media: 'print' });
      await page.waitForFunction(() => {
        const root = document.getElementById('x').shadowRoot;
        return root.querySelector('.ho-claim') || root.querySelector('.card .card-body');
      });
      const colours = await page.evaluate(() => {
        const root = document.getElementById('x').shadowRoot;
        const nodes = [...root.querySelectorAll('.ho-claim-title, .ho-reason > span[lang], .red-flag-list li, .ho-harm-list li, .summary, .title, .ref-title, .harm-statement')]
          .filter((n) => n.getClientRects().length > 0).slice(0, 40);
        return nodes.map((n) => {
          const fg = window.__rgb(getComputedStyle(n).color);
          return { cls: n.className, fg, contrast: window.__contrast(fg, [255, 255, 255]), bg: window.__background(n) };
        });
      });
      assert.ok(colours.length > 5, `${path}: text found`);
      for (const c of colours) {
        assert.ok(c.contrast >= 7, `${path} (${scheme}): ${c.cls} prints ${c.fg} (contrast ${c.contrast.toFixed(1)} on white)`);
        assert.ok(c.bg.every((v) => v >= 240), `${path} (${scheme}): ${c.cls} on ${c.bg}`);
      }
      if (!path.includes('full')) {
        const file = await printPdf(page, 'print-ink', 'A4');
        const { ink, dark, white } = inkOf(file, 1);
        assert.ok(white > ink * 3, `${path}: the page is white (${white} white, ${ink} ink pixels)`);
        // Pale grey text (the dark theme's colours) leaves no pixel this dark; dark text leaves many.
        assert.ok(dark > ink * 0.1, `${path}: the text is dark (${dark} of ${ink} ink pixels)`);
      }
    } finally {
      await context.close();
    }
  }
});

const visibility = (page) => page.evaluate(() => {
  const root = document.getElementById('x').shadowRoot;
  const shown = (node) => Boolean(node) && node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden';
  const all = (selector) => [...root.querySelectorAll(selector)];
  return {
    rows: all('.claims > li').length,
    cardsShown: all('.claims > li .card').filter(shown).length,
    cardsWithBody: all('.claims > li .card .card-body').length,
    cardSourceLists: all('.card .sources').length,
    cardPointersShown: all('.card .sources > .sources-print').filter(shown).length,
    safetyPointerShown: all('.safety > .sources > .sources-print').filter(shown).length,
    // Source entries printed anywhere but at the dossier's end.
    listEntriesShown: all('.ref').filter((ref) => shown(ref) && !ref.closest('.dossier-sources')).length,
    dossierRefs: all('.dossier-sources .ref').filter(shown).map((ref) => ref.getAttribute('data-ref')),
    dossierShown: shown(root.querySelector('.dossier-sources')),
    gradingRuleShown: shown(root.querySelector('.grading-body')),
    controlsShown: ['.search', 'select', '.reset', '.glance-hint'].filter((s) => all(s).some(shown)),
    countShown: shown(root.querySelector('.controls .count')),
    togglesShown: all('.sources-toggle, .card-actions, .sof-steps-toggle').filter(shown).length,
    gradingSteps: all('.card .sof-steps').length,
    // Each question's grading steps printed open, across the table (not in its narrow certainty column).
    gradingStepsAcross: all('.card .sof-steps').filter((steps) => shown(steps)
      && steps.getBoundingClientRect().width > 0.8 * steps.closest('table').getBoundingClientRect().width).length,
    expanded: all('.row-toggle[aria-expanded="true"]').length,
    redFlagBoxesShown: all('.red-flags').filter(shown).length,
    handoutShown: shown(root.querySelector('[part~="handout"]')),
  };
});

test('print="full": every card open, each source once at the end with the cards pointing to it, the grading rule shown, controls hidden, the warning signs once', async () => {
  const { context, page, problems } = await open('test/print-full.html');
  try {
    const screen = await visibility(page);
    assert.equal(screen.cardsShown, 0, 'on screen the cards start closed');
    assert.equal(screen.cardsWithBody, 0, 'and are not built yet');

    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction((n) => document.getElementById('x').shadowRoot.querySelectorAll('.card .card-body').length === n, data.claims.length);
    const printed = await visibility(page);
    assert.equal(printed.rows, data.claims.length);
    assert.equal(printed.cardsShown, data.claims.length, 'every card is printed open');
    // Each source once, at the end: the cards and the safety section print short citations pointing there.
    assert.equal(printed.cardPointersShown, printed.cardSourceLists, 'every card\'s sources as short citations');
    assert.equal(printed.safetyPointerShown, 1, 'and the safety section\'s');
    assert.equal(printed.listEntriesShown, 0, 'no source printed in full before the end');
    assert.deepEqual(printed.dossierRefs, [...new Set(printed.dossierRefs)], 'each source once');
    assert.deepEqual([...printed.dossierRefs].sort(), sourcesOf(data.claims), 'the sources of every card and of the safety section');
    assert.equal(printed.gradingRuleShown, true);
    assert.deepEqual(printed.controlsShown, [], 'no search, selects, reset or hints on paper');
    assert.equal(printed.countShown, true, 'the count says how many claims are printed');
    assert.equal(printed.togglesShown, 0, 'no buttons that open or close things on paper');
    assert.ok(printed.gradingSteps > 0);
    assert.equal(printed.gradingStepsAcross, printed.gradingSteps, 'every question\'s grading steps printed open, across the table');
    assert.equal(printed.expanded, 0, 'printing does not change what is open on screen');
    assert.equal(printed.redFlagBoxesShown, 1, 'the warning signs print once, in the safety section');
    assert.equal(printed.handoutShown, false, 'no handout in the dossier');
    assert.ok(await page.locator('#x .dossier-sources .ref-biblio').count() > 0, 'PMIDs and DOIs on paper');
    assert.match(await page.locator('#x .claims > li .sources-print').first().textContent(), /^Cited: .+\. Each is given in full under “Sources in full” at the end\.$/);
    await screenshot(page.locator('#x .claims > li').nth(1), 'print-card');
    await page.emulateMedia({ media: null });

    const headings = await printedHeadings(page);
    const file = await printPdf(page, 'print-full-a4', 'A4');
    const pages = pageCount(file);
    assert.ok(pages > 10, `the dossier is long: ${pages} pages`);
    const texts = pageTexts(file);
    const all = texts.join('\n');
    // The warning signs once (their list runs in two columns, which pdftotext interleaves: count the block's
    // emergency line and its tier heading instead).
    assert.equal(occurrences(all, data.emergency_line), 1, 'the emergency line once');
    assert.equal(occurrences(all, en.urgency.emergency), 1, 'the emergency tier once');
    assert.deepEqual(headingsAtFoot(texts, headings), [], 'no heading alone at a page\'s foot');
    // Page 1 is not half empty: its text reaches the lower part of the page.
    const firstLines = texts[0].split('\n').filter((l) => l.trim()).length;
    assert.ok(firstLines > 30, `page 1 holds ${firstLines} lines`);
    // No page left mostly blank by a box too tall to break (a question with its steps in a narrow column, a
    // source's entry kept whole: 41-word pages before).
    const sparse = texts.slice(0, -1).map((text, i) => [i + 1, text.split(/\s+/).filter(Boolean).length]).filter(([, words]) => words < 120);
    assert.deepEqual(sparse, [], 'pages with fewer than 120 words: [page, words]');
    pagesAsPng(file, 'print-full', 1, 3);

    // Back on screen: the cards are closed again (they were only revealed for print).
    await page.emulateMedia({ media: 'screen' });
    assert.equal((await visibility(page)).cardsShown, 0);
    assert.deepEqual(problems.console, []);
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('print="full" after filtering: the listed claims are printed with the count; the print property switches the mode', async () => {
  const { context, page } = await open('test/print.html', { colorScheme: 'dark' });
  try {
    assert.equal(await page.evaluate(() => document.getElementById('x').print), 'handout', 'handout by default');
    await page.evaluate(() => { document.getElementById('x').print = 'full'; });
    assert.equal(await page.evaluate(() => document.getElementById('x').getAttribute('print')), 'full');
    await page.locator('#x input[type="search"]').fill('sleep');
    await page.waitForFunction(() => document.getElementById('x').shadowRoot.querySelectorAll('.claims > li').length < 12);
    const shown = await page.locator('#x .claims > li').count();
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction((n) => document.getElementById('x').shadowRoot.querySelectorAll('.claims > li .card-body').length >= n, shown);
    const printed = await visibility(page);
    assert.equal(printed.cardsShown, shown);
    assert.equal(printed.handoutShown, false);
    const listed = await page.locator('#x .claims > li').evaluateAll((items) => items.map((li) => li.dataset.claim));
    assert.deepEqual([...printed.dossierRefs].sort(), sourcesOf(data.claims.filter((c) => listed.includes(c.id))), 'only the printed cards\' sources (and the safety section\'s)');
    assert.match(await page.locator('#x .controls .count').textContent(), new RegExp(`Showing ${shown} of 12`));
  } finally {
    await context.close();
  }
});
