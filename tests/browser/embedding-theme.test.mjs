// Theming (docs/embedding.md): every public custom property takes effect, every part can be styled
// with ::part(), sizes follow the host's font size, and hostile benefit/harm colours cannot make harms
// weaker than benefits. Also the colour-scheme, contrast, forced-colours and reduced-motion preferences.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, openPage, requireDist, screenshot, ROOT, claimRates } from './helpers.mjs';
import { page as testPage, recordEvents, waitForEvent, dataset, COLOUR_FUNCTIONS } from './embedding-helpers.mjs';

let browser;
let server;
let data;
let claim;
before(async () => {
  requireDist();
  data = dataset();
  // A claim whose card has both a benefit figure and harms (with serious/contraindication tags).
  claim = data.claims.find((c) => claimRates(c).length && (c.harms || []).length) || data.claims[0];
  server = await serve({
    '/test/plain.html': testPage('<h1>Theme test</h1><benefits-explorer id="x" deep-link><p id="fallback">Fallback</p></benefits-explorer>'),
    '/test/broken.html': testPage('<benefits-explorer id="x"><p id="fallback">Fallback</p><script type="application/json">{"format": 1</script></benefits-explorer>'),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path = '/test/plain.html', options = {}) {
  const opened = await openPage(browser, null, { waitFor: null, ...options });
  await recordEvents(opened.page);
  await opened.page.addInitScript(COLOUR_FUNCTIONS);
  await opened.page.goto(`${server.url}${path.replace(/^\//, '')}`);
  await waitForEvent(opened.page, options.waitFor || 'be-ready');
  return opened;
}

const setProps = (page, props) => page.evaluate((p) => {
  const host = document.getElementById('x');
  for (const [name, value] of Object.entries(p)) host.style.setProperty(name, value);
}, props);

/** A computed style of the first node matching `selector` in the shadow root (or the host for ':host'). */
const style = (page, selector, property, pseudo = null) => page.evaluate(([s, p, ps]) => {
  const host = document.getElementById('x');
  const node = s === ':host' ? host : host.shadowRoot.querySelector(s);
  return node ? getComputedStyle(node, ps).getPropertyValue(p) : null;
}, [selector, property, pseudo]);
const rgb = (page, value) => page.evaluate((v) => window.__rgb(v), value);

test('every public custom property takes effect (and the older names still work)', async () => {
  const { context, page } = await open();
  try {
    await page.locator(`#x li[data-claim="${claim.id}"] .row-toggle`).click();
    const cases = [
      // [property, value, selector, css property, expected rendered rgb | check function]
      ['--be-background', '#fdf6e3', '.row', 'background-color', [253, 246, 227]],
      ['--be-bg', '#fdf6e4', '.row', 'background-color', [253, 246, 228]],
      ['--be-surface', '#eee8d5', '.controls', 'background-color', [238, 232, 213]],
      ['--be-text', '#073642', '.row-toggle', 'color', [7, 54, 66]],
      ['--be-muted', '#586e75', '.hint', 'color', [88, 110, 117]],
      ['--be-border', '#93a1a1', '.row', 'border-top-color', [147, 161, 161]],
      ['--be-accent', '#5a1e8c', '.permalink', 'color', [90, 30, 140]],
      ['--be-focus', '#d33682', '.search', 'outline-color', [211, 54, 130], { focus: true }],
    ];
    for (const [name, value, selector, property, expected, opts = {}] of cases) {
      await setProps(page, { [name]: value });
      if (opts.focus) {
        await page.locator('#x input[type="search"]').focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
      }
      const actual = await rgb(page, await style(page, selector, property));
      assert.deepEqual(actual, expected, `${name} → ${selector} ${property}`);
      await page.evaluate((n) => document.getElementById('x').style.removeProperty(n), name);
    }

    await setProps(page, { '--be-radius': '0px' });
    assert.equal(await style(page, '.row', 'border-top-left-radius'), '0px');
    await setProps(page, { '--be-radius': '2em' });
    assert.equal(await style(page, '.box', 'border-top-left-radius'), `${2 * parseFloat(await style(page, '.box', 'font-size'))}px`);

    for (const name of ['--be-font-family', '--be-font']) {
      await setProps(page, { [name]: 'Georgia, serif' });
      assert.match(await style(page, ':host', 'font-family'), /^Georgia, serif$/, name);
      await page.evaluate((n) => document.getElementById('x').style.removeProperty(n), name);
    }

    await setProps(page, { '--be-font-size': '20px' });
    assert.equal(await style(page, ':host', 'font-size'), '20px');
    assert.equal(await style(page, '.title', 'font-size'), '35px', 'the title is 1.75em of the host font size');

    // Benefit and harm colours: the benefit hue shows in the icon arrays' magnesium group, the harm hue in the
    // harms box's title and stripe.
    const hue = async (selector, property) => {
      const [r, g, b] = await rgb(page, await style(page, selector, property));
      return { r, g, b };
    };
    await setProps(page, { '--be-benefit-color': '#1565c0', '--be-harm-color': '#2e7d32' });
    const benefit = await hue('.group--magnesium .group-rate', 'color');
    const harm = await hue('.harms > .box-title', 'color');
    assert.ok(benefit.b > benefit.r && benefit.b > benefit.g, `benefit is blue: ${JSON.stringify(benefit)}`);
    assert.ok(harm.g > harm.r && harm.g > harm.b, `harm is green: ${JSON.stringify(harm)}`);
    assert.deepEqual(await hue('.harms', 'border-top-color'), harm);
    assert.deepEqual(await hue('.person.on', 'fill'), benefit, 'the magnesium icon array uses the benefit colour');
  } finally {
    await context.close();
  }
});

test('sizes follow the host page\'s font size (em, never rem)', async () => {
  const { context, page } = await open();
  try {
    const measure = () => page.evaluate(() => {
      const root = document.getElementById('x').shadowRoot;
      return [root.querySelector('.row-head'), root.querySelector('.glance-item')].map((n) => parseFloat(getComputedStyle(n).paddingTop));
    });
    // (Text never goes below 14px, whatever the page says: sizes here stay above that floor.)
    await page.evaluate(() => { document.getElementById('x').style.fontSize = '16px'; });
    const small = await measure();
    await page.evaluate(() => { document.getElementById('x').style.fontSize = '32px'; });
    const large = await measure();
    for (let i = 0; i < small.length; i += 1) assert.ok(Math.abs(large[i] - 2 * small[i]) < 0.6, `${large[i]} ≈ 2 × ${small[i]}`);
    // The document's root font size does not matter (no rem).
    await page.evaluate(() => { document.documentElement.style.fontSize = '40px'; });
    assert.deepEqual(await measure(), large);
  } finally {
    await context.close();
  }
});

test('every part is exposed and can be styled from the page with ::part()', async () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'web', 'custom-elements.json'), 'utf8'));
  const parts = manifest.modules[0].declarations[0].cssParts.map((p) => p.name);
  assert.ok(parts.length >= 15);
  const { context, page } = await open();
  try {
    await page.evaluate(() => { document.getElementById('x').editor = true; });
    await page.waitForFunction(() => !document.getElementById('x').shadowRoot.querySelector('[part~="lint"]').hidden);
    await page.locator(`#x li[data-claim="${claim.id}"] .row-toggle`).click();
    const checked = await page.evaluate((names) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(names.map((n, i) => `benefits-explorer::part(${n}) { outline: 3px dotted rgb(${i + 1}, 2, 3); }`).join('\n'));
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const root = document.getElementById('x').shadowRoot;
      return names.map((n, i) => {
        const nodes = [...root.querySelectorAll(`[part~="${n}"]`)];
        return { name: n, count: nodes.length, styled: nodes.length > 0 && nodes.every((node) => getComputedStyle(node).outlineColor === `rgb(${i + 1}, 2, 3)`) };
      });
    }, parts);
    for (const c of checked) {
      assert.ok(c.count > 0, `part ${c.name} exists`);
      assert.equal(c.styled, true, `::part(${c.name}) styles it`);
    }
  } finally {
    await context.close();
  }
});

/**
 * Measure benefit vs harm in an open card: the harms box's title and stripe against the magnesium group's
 * rate in an icon array (the benefit colour's text), and the harm tags' text contrast.
 */
async function weigh(page) {
  return page.evaluate((id) => {
    const root = document.getElementById('x').shadowRoot;
    const card = root.querySelector(`li[data-claim="${id}"] .card`);
    const one = (selector) => card.querySelector(selector);
    const measure = (box) => {
      const title = box.querySelector('.box-title');
      const bg = window.__background(box);
      const cs = getComputedStyle(box);
      return {
        text: window.__contrast(window.__rgb(getComputedStyle(title).color), window.__background(title)),
        stripe: window.__contrast(window.__rgb(cs.borderTopColor), window.__background(box.parentElement)),
        stripeOnBox: window.__contrast(window.__rgb(cs.borderTopColor), bg),
        width: cs.borderTopWidth,
        weight: getComputedStyle(title).fontWeight,
        size: getComputedStyle(title).fontSize,
      };
    };
    const tags = [...card.querySelectorAll('.tag--serious, .tag--contraindication'), ...root.querySelectorAll('.safety .tag')]
      .map((tag) => window.__contrast(window.__rgb(getComputedStyle(tag).color), window.__background(tag)));
    const safety = root.querySelector('.safety');
    return {
      benefit: (() => {
        const rate = one('.group--magnesium .group-rate');
        return { text: window.__contrast(window.__rgb(getComputedStyle(rate).color), window.__background(rate)), weight: getComputedStyle(rate).fontWeight };
      })(),
      harm: measure(one('.harms')),
      tags,
      safetyStripe: window.__contrast(window.__rgb(getComputedStyle(safety).borderTopColor), window.__background(safety.parentElement)),
      notice: window.__contrast(window.__rgb(getComputedStyle(root.querySelector('.notice--safety .icon')).color), window.__background(root.querySelector('.notice--safety'))),
    };
  }, claim.id);
}

const HOSTILE = [
  // [name, color scheme, benefit colour, harm colour]
  ['pale harm, dark benefit', 'light', '#002b12', '#fff4f4'],
  ['pale harm, dark benefit (dark mode)', 'dark', '#002b12', '#fff4f4'],
  ['black harm, white benefit (dark mode)', 'dark', '#ffffff', '#000000'],
  ['yellow harm, blue benefit', 'light', '#0000ff', '#ffff00'],
  ['the same colour for both', 'light', '#3a7d44', '#3a7d44'],
  ['an invalid harm colour', 'light', '#0b6670', 'not-a-colour'],
];

for (const [name, colorScheme, benefitColour, harmColour] of HOSTILE) {
  test(`hostile theme (${name}): harms never get less contrast or weight than benefits`, async () => {
    const { context, page } = await open('/test/plain.html', { colorScheme });
    try {
      await setProps(page, { '--be-benefit-color': benefitColour, '--be-harm-color': harmColour });
      await page.locator(`#x li[data-claim="${claim.id}"] .row-toggle`).click();
      const m = await weigh(page);
      // The inputs are genuinely hostile: drawn as given, the pale harm colour would be invisible.
      if (name.startsWith('pale')) {
        const raw = await page.evaluate(([c, scheme]) => window.__contrast(window.__rgb(c), scheme === 'dark' ? [18, 23, 28] : [255, 255, 255]), [harmColour, colorScheme]);
        if (colorScheme === 'light') assert.ok(raw < 1.2, `raw harm colour contrast ${raw}`);
      }
      assert.ok(m.benefit.text >= 4.5, `benefit title contrast ${m.benefit.text.toFixed(2)}`);
      assert.ok(m.harm.text >= 4.5, `harm title contrast ${m.harm.text.toFixed(2)}`);
      assert.ok(m.harm.text >= m.benefit.text, `harm text ${m.harm.text.toFixed(3)} ≥ benefit text ${m.benefit.text.toFixed(3)}`);
      assert.ok(m.harm.stripe >= 3, `harm stripe contrast ${m.harm.stripe.toFixed(2)}`);
      assert.ok(Number(m.harm.weight) >= Number(m.benefit.weight), `harm title weight ${m.harm.weight} ≥ benefit figure weight ${m.benefit.weight}`);
      assert.ok(m.tags.length > 0);
      for (const c of m.tags) assert.ok(c >= 4.5, `harm tag contrast ${c.toFixed(2)}`);
      assert.ok(m.safetyStripe >= 3, `safety section stripe ${m.safetyStripe.toFixed(2)}`);
      assert.ok(m.notice >= 3, `safety notice icon ${m.notice.toFixed(2)}`);
      if (name.startsWith('pale')) {
        await screenshot(page.locator(`#x li[data-claim="${claim.id}"] .card`), `theme-hostile-${colorScheme}`);
      }
    } finally {
      await context.close();
    }
  });
}

test('prefers-color-scheme: dark gives the dark palette; light the light one', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await open('/test/plain.html', { colorScheme });
    try {
      const bg = await page.evaluate(() => window.__luminance(window.__background(document.getElementById('x').shadowRoot.querySelector('.row'))));
      const text = await page.evaluate(() => window.__luminance(window.__rgb(getComputedStyle(document.getElementById('x').shadowRoot.querySelector('.row-toggle')).color)));
      if (colorScheme === 'dark') assert.ok(bg < 0.05 && text > 0.6, `dark: bg ${bg}, text ${text}`);
      else assert.ok(bg > 0.9 && text < 0.05, `light: bg ${bg}, text ${text}`);
      assert.equal(await style(page, ':host', 'color-scheme'), 'light dark');
      if (colorScheme === 'dark') await screenshot(page, 'theme-dark-preference');
    } finally {
      await context.close();
    }
  }
});

test('prefers-contrast: more strengthens borders and secondary text', async () => {
  const { context, page } = await open();
  try {
    const measure = () => page.evaluate(() => {
      const root = document.getElementById('x').shadowRoot;
      const row = root.querySelector('.row');
      const hint = root.querySelector('.hint');
      return {
        border: window.__contrast(window.__rgb(getComputedStyle(row).borderTopColor), window.__background(row)),
        muted: window.__contrast(window.__rgb(getComputedStyle(hint).color), window.__background(hint)),
      };
    });
    const normal = await measure();
    await page.emulateMedia({ contrast: 'more' });
    const more = await measure();
    assert.ok(more.border > normal.border && more.border >= 3, `border ${normal.border} → ${more.border}`);
    assert.ok(more.muted > normal.muted && more.muted >= 7, `muted text ${normal.muted} → ${more.muted}`);
  } finally {
    await context.close();
  }
});

test('forced colours: system colours, benefit and harm drawn alike; reduced motion: no transitions', async () => {
  const { context, page } = await open('/test/plain.html', { reducedMotion: 'no-preference' });
  try {
    await page.locator(`#x li[data-claim="${claim.id}"] .row-toggle`).click();
    assert.equal(await style(page, '.chevron', 'transition-duration'), '0.15s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.equal(await style(page, '.chevron', 'transition-duration'), '0s');

    await page.emulateMedia({ forcedColors: 'active' });
    const [benefit, harm, text] = await Promise.all([
      style(page, '.group--magnesium .group-rate', 'color'),
      style(page, '.harms', 'border-top-color'),
      style(page, '.row-toggle', 'color'),
    ]);
    assert.equal(benefit, harm, 'the same system colour for the benefit figure and the harms stripe');
    assert.equal(benefit, text, 'CanvasText');
    await screenshot(page.locator(`#x li[data-claim="${claim.id}"] .sof-figures`).first(), 'theme-forced-colors');
  } finally {
    await context.close();
  }
});
