// web/custom-elements.json (Custom Elements Manifest, schema 1.0.0) and web/benefits-explorer.d.ts describe
// the element as it really is: its observed attributes, properties and methods (from the running element),
// the events it dispatches (at runtime and in the source), the parts in its shadow DOM, the custom
// properties styles.css reads, and its slot. dist/ carries identical copies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { openPage, ROOT, DIST, claimRates } from './helpers.mjs';
import { browser, server, startSession } from './session.mjs';
import { page as testPage, waitForEvent, recordEvents, dataset } from './embedding-helpers.mjs';

const read = (...path) => readFileSync(join(ROOT, ...path), 'utf8');
const manifest = JSON.parse(read('web', 'custom-elements.json'));
const types = read('web', 'benefits-explorer.d.ts');
const decl = manifest.modules[0].declarations[0];
const fields = decl.members.filter((m) => m.kind === 'field');
const methods = decl.members.filter((m) => m.kind === 'method');
const sourceFiles = readdirSync(join(ROOT, 'web', 'src'), { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => read('web', 'src', f));
// The stylesheet the shadow root adopts, from its files in web/src/styles/.
const stylesheet = () => readdirSync(join(ROOT, 'web', 'src', 'styles')).filter((f) => f.endsWith('.css')).map((f) => read('web', 'src', 'styles', f)).join('\n');
const sorted = (list) => [...new Set(list)].sort();

startSession(() => ({
  '/test/all.html': testPage('<h1>Manifest</h1><benefits-explorer id="x" editor><p>Fallback</p></benefits-explorer>'),
  '/test/broken.html': testPage('<benefits-explorer id="x"><p>Fallback</p><script type="application/json">{"format": 1</script></benefits-explorer>'),
}));

test('the manifest has the shape of schema 1.0.0 and names the element and its module', () => {
  assert.equal(manifest.schemaVersion, '1.0.0');
  // Two modules: the class (element.js) and the define-only entry the bundle starts from.
  assert.equal(manifest.modules.length, 2);
  const [module, entry] = manifest.modules;
  assert.equal(module.kind, 'javascript-module');
  assert.equal(module.path, 'src/element.js');
  assert.equal(entry.kind, 'javascript-module');
  assert.equal(entry.path, 'src/benefits-explorer.js');
  assert.deepEqual(entry.declarations, []);
  assert.deepEqual(entry.exports, [{ kind: 'custom-element-definition', name: 'benefits-explorer', declaration: { name: 'BenefitsExplorer', module: 'src/element.js' } }]);
  assert.match(read('web', 'src', 'benefits-explorer.js'), /import \{ BenefitsExplorer \} from '\.\/element\.js';[\s\S]*customElements\.define\(TAG, BenefitsExplorer\)/);
  assert.match(read('scripts', 'bundle-web.mjs'), /entry: join\(root, 'web\/src\/benefits-explorer\.js'\)/, 'the bundle starts from the define-only entry');
  assert.doesNotMatch(read('web', 'src', 'element.js'), /customElements\.define/, 'element.js defines nothing');
  assert.equal(decl.kind, 'class');
  assert.equal(decl.name, 'BenefitsExplorer');
  assert.equal(decl.tagName, 'benefits-explorer');
  assert.equal(decl.customElement, true);
  assert.deepEqual(decl.superclass, { name: 'HTMLElement', package: 'global:' });
  assert.ok(module.exports.some((e) => e.kind === 'js' && e.name === 'BenefitsExplorer'));
  assert.match(read('web', 'src', 'element.js'), /export class BenefitsExplorer extends HTMLElement/);
  for (const list of [decl.attributes, decl.members, decl.events, decl.cssParts, decl.cssProperties, decl.slots]) {
    for (const item of list) {
      assert.equal(typeof item.name, 'string');
      assert.ok(item.description && item.description.length > 10, `${item.name} is described`);
    }
  }
  for (const event of decl.events) assert.match(event.type.text, /^CustomEvent<\{.*\}>$/, event.name);
  for (const attribute of decl.attributes) {
    assert.match(attribute.name, /^[a-z]+(-[a-z]+)*$/, 'attributes are kebab-case');
    const camel = attribute.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    assert.equal(attribute.fieldName, camel, `${attribute.name} is mirrored by ${camel}`);
    assert.ok(fields.some((f) => f.name === camel), `field ${camel} documented`);
  }
  for (const property of decl.cssProperties) assert.match(property.name, /^--be-[a-z-]+$/);
});

test('attributes, properties and methods match the running element', async () => {
  const { context, page } = await openPage(browser, `${server.url}test/all.html`);
  try {
    const actual = await page.evaluate(() => {
      const Element = customElements.get('benefits-explorer');
      const proto = Element.prototype;
      const own = Object.getOwnPropertyNames(proto).filter((n) => n !== 'constructor');
      const lifecycle = ['connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'adoptedCallback'];
      return {
        observed: Element.observedAttributes,
        accessors: own.filter((n) => Object.getOwnPropertyDescriptor(proto, n).get).map((n) => ({ name: n, set: Boolean(Object.getOwnPropertyDescriptor(proto, n).set) })),
        methods: own.filter((n) => typeof Object.getOwnPropertyDescriptor(proto, n).value === 'function' && !lifecycle.includes(n)),
        lang: Boolean(Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'lang').set),
      };
    });
    // Every observed attribute is documented; the only documented attribute the element does not observe
    // is theme, which only the stylesheet reads.
    const documented = decl.attributes.map((a) => a.name);
    assert.deepEqual(sorted(actual.observed.filter((a) => !documented.includes(a))), []);
    assert.deepEqual(sorted(documented.filter((a) => !actual.observed.includes(a))), ['theme']);
    assert.match(stylesheet(), /:host\(\[theme="dark"\]\)/);
    // Properties: the element's own accessors plus HTMLElement's lang.
    const accessors = new Map(actual.accessors.map((a) => [a.name, a]));
    assert.deepEqual(sorted([...accessors.keys(), 'lang']), sorted(fields.map((f) => f.name)));
    for (const field of fields) {
      if (field.name === 'lang') {
        assert.equal(actual.lang, true);
        continue;
      }
      const readOnly = /^Read-only/.test(field.description);
      assert.equal(accessors.get(field.name).set, !readOnly, `${field.name} is ${readOnly ? 'read-only' : 'writable'}`);
    }
    assert.deepEqual(sorted(actual.methods), sorted(methods.map((m) => m.name)));
  } finally {
    await context.close();
  }
});

test('the events dispatched (at runtime and in the source) are exactly the documented ones', async () => {
  // Statically: every be-* event the source can dispatch.
  const inSource = sorted(sourceFiles.flatMap((code) => [...code.matchAll(/(?:\bemit|#emit|new CustomEvent)\(\s*'(be-[a-z-]+)'/g)].map((m) => m[1])));
  const documented = sorted(decl.events.map((e) => e.name));
  assert.deepEqual(inSource, documented);

  // At runtime: every event any explorer dispatches, with the keys of its detail.
  const seen = new Map();
  const collect = async (path, drive) => {
    const { context, page } = await openPage(browser, null, { waitFor: null });
    try {
      await page.addInitScript(() => {
        window.__dispatched = [];
        const original = EventTarget.prototype.dispatchEvent;
        EventTarget.prototype.dispatchEvent = function dispatch(event) {
          if (event.type.startsWith('be-')) window.__dispatched.push({ type: event.type, keys: Object.keys(event.detail || {}).sort(), bubbles: event.bubbles, composed: event.composed });
          return original.call(this, event);
        };
      });
      await recordEvents(page);
      await page.goto(`${server.url}${path}`);
      await drive(page);
      for (const e of await page.evaluate(() => window.__dispatched)) seen.set(e.type, e);
    } finally {
      await context.close();
    }
  };
  const data = dataset();
  await collect('test/all.html', async (page) => {
    await waitForEvent(page, 'be-ready');
    await page.locator(`#x li[data-claim="${data.claims[0].id}"] .row-toggle`).click();
    await page.locator('#x input[type="search"]').fill('aura');
    await waitForEvent(page, 'be-filter-change');
  });
  await collect('test/broken.html', (page) => waitForEvent(page, 'be-error'));
  assert.deepEqual(sorted([...seen.keys()]), documented);
  for (const [type, e] of seen) {
    assert.equal(e.bubbles && e.composed, true, `${type} bubbles and is composed`);
    // The documented detail type names exactly these keys.
    const text = decl.events.find((d) => d.name === type).type.text;
    const top = text.replace(/^CustomEvent<\{\s*|\s*\}>$/g, '').replace(/\{[^{}]*\}/g, '').replace(/<[^<>]*>/g, '');
    const documentedKeys = sorted([...top.matchAll(/(\w+)\??:/g)].map((m) => m[1]));
    assert.deepEqual(documentedKeys, e.keys, `${type} detail keys`);
    // And so do the TypeScript detail interfaces.
    const name = { 'be-ready': 'Ready', 'be-error': 'Error', 'be-claim-open': 'ClaimOpen', 'be-filter-change': 'FilterChange' }[type];
    const block = types.match(new RegExp(`interface BenefitsExplorer${name}Detail \\{([\\s\\S]*?)\\n  \\}`));
    assert.ok(block, `BenefitsExplorer${name}Detail in the .d.ts`);
    assert.deepEqual(sorted([...block[1].matchAll(/^\s+(\w+)\??:/gm)].map((m) => m[1])), e.keys, `${type} detail type`);
  }
});

test('the parts in the shadow DOM and in the source are exactly the documented ones', async () => {
  const inSource = sorted(sourceFiles.flatMap((code) => [...code.matchAll(/\bpart:\s*'([a-z-]+)'/g)].map((m) => m[1])));
  const documented = sorted(decl.cssParts.map((p) => p.name));
  assert.deepEqual(inSource.filter((p) => !documented.includes(p)), [], 'parts in the source but not documented');

  const found = new Set();
  const harvest = (page) => page.evaluate(() => [...document.getElementById('x').shadowRoot.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part').split(/\s+/)));
  let { context, page } = await openPage(browser, `${server.url}test/all.html`);
  try {
    const data = dataset();
    await page.waitForFunction(() => !document.getElementById('x').shadowRoot.querySelector('[part~="lint"]').hidden);
    const claim = data.claims.find((c) => claimRates(c).length && (c.harms || []).length);
    await page.locator(`#x li[data-claim="${claim.id}"] .row-toggle`).click();
    await page.locator(`#x li[data-claim="${claim.id}"] .sources-toggle`).click();
    (await harvest(page)).forEach((p) => found.add(p));
  } finally {
    await context.close();
  }
  ({ context, page } = await openPage(browser, `${server.url}test/broken.html`, { waitFor: 'be-error' }));
  try {
    (await harvest(page)).forEach((p) => found.add(p));
  } finally {
    await context.close();
  }
  assert.deepEqual(sorted([...found]), documented);
  assert.deepEqual(inSource, documented);
});

test('the custom properties the stylesheets read are exactly the documented ones', () => {
  const css = stylesheet().replace(/\/\*[\s\S]*?\*\//g, '');
  const used = sorted([...css.matchAll(/var\(\s*(--be-[a-z0-9-]+)/g)].map((m) => m[1]));
  assert.deepEqual(used, sorted(decl.cssProperties.map((p) => p.name)));
  // The element never declares a public property itself (the page's value would otherwise be needed
  // to beat it); it only reads them.
  assert.deepEqual([...css.matchAll(/(^|[;{\s])(--be-[a-z0-9-]+)\s*:/g)].map((m) => m[2]), []);
});

test('the slots: the unnamed one (the fallback content) and intro, as documented', async () => {
  const { context, page } = await openPage(browser, `${server.url}test/all.html`);
  try {
    const slots = await page.evaluate(() => [...document.getElementById('x').shadowRoot.querySelectorAll('slot')].map((s) => s.name));
    assert.deepEqual(slots, ['', 'intro']);
    assert.deepEqual(decl.slots.map((s) => s.name), ['', 'intro']);
  } finally {
    await context.close();
  }
});

test('benefits-explorer.d.ts parses and declares the tag, every property, method and event', async () => {
  await transform(types, { loader: 'ts' }); // throws on a syntax error
  assert.match(types, /interface HTMLElementTagNameMap \{\s*'benefits-explorer': BenefitsExplorer;/);
  const body = types.match(/interface BenefitsExplorer extends HTMLElement \{([\s\S]*?)\n {2}\}/)[1];
  for (const field of fields) {
    if (field.name === 'lang') continue; // HTMLElement's own
    const readOnly = /^Read-only/.test(field.description);
    assert.match(body, new RegExp(`^\\s+${readOnly ? 'readonly ' : ''}${field.name}: `, 'm'), `property ${field.name}`);
  }
  for (const method of methods) assert.match(body, new RegExp(`^\\s+${method.name}\\(`, 'm'), `method ${method.name}`);
  const eventMap = types.match(/interface BenefitsExplorerEventMap extends HTMLElementEventMap \{([\s\S]*?)\n {2}\}/)[1];
  assert.deepEqual(sorted([...eventMap.matchAll(/'(be-[a-z-]+)'/g)].map((m) => m[1])), sorted(decl.events.map((e) => e.name)));
});

test('dist/ carries the manifest and the types unchanged', () => {
  assert.equal(readFileSync(join(DIST, 'custom-elements.json'), 'utf8'), read('web', 'custom-elements.json'));
  assert.equal(readFileSync(join(DIST, 'benefits-explorer.d.ts'), 'utf8'), types);
});
