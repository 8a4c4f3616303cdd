// Static checks of web/src (no browser): data can reach the page only as text nodes and as attribute
// values set through dom.js, never as markup, code, inline style or a request. Also checks the shipped
// bundle and the stylesheet. These complement the hostile-data tests, which only see what ran.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, DIST } from './helpers.mjs';

const SRC = join(ROOT, 'web', 'src');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Source without comments (block comments, whole-line // comments, and " // …" after code). */
function code(path) {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => (/^\s*\/\//.test(line) ? '' : line.replace(/\s\/\/\s.*$/, '')))
    .join('\n');
}

const sources = walk(SRC).filter((path) => path.endsWith('.js')).map((path) => ({ path, name: relative(ROOT, path), text: code(path) }));

/** Every place a pattern occurs, as "file:line: text". */
function find(pattern, files = sources) {
  const hits = [];
  for (const { name, text } of files) {
    text.split('\n').forEach((line, index) => {
      if (pattern.test(line)) hits.push(`${name}:${index + 1}: ${line.trim().slice(0, 120)}`);
    });
  }
  return hits;
}

test('web/src has the files this check expects', () => {
  assert.ok(sources.length >= 10, `${sources.length} source files`);
  // The files the checks below name: a move must update them here, not silently pass.
  for (const name of ['web/src/ui/dom.js', 'web/src/engine/loader.js', 'web/src/engine/dataset-source.js']) {
    assert.ok(sources.some((s) => s.name === name), `${name} exists`);
  }
});

test('no markup sinks: innerHTML, outerHTML, insertAdjacentHTML, document.write, DOMParser, srcdoc…', () => {
  const hits = find(/\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|DOMParser|parseFromString|setHTML|srcdoc)\b|document\.write(ln)?\s*\(/);
  assert.deepEqual(hits, []);
});

test('no code from strings: eval, Function, string timers, javascript: URLs, dynamic import', () => {
  assert.deepEqual(find(/\beval\s*\(|\bnew\s+Function\b|(^|[^.\w])Function\s*\(/), []);
  assert.deepEqual(find(/\bset(Timeout|Interval)\s*\(\s*['"`]/), []);
  assert.deepEqual(find(/javascript:/i), []);
  assert.deepEqual(find(/\bimport\s*\(/), []);
});

test('no inline style: no style attribute, no element.style, no cssText; two stylesheets from styles/*.css', () => {
  assert.deepEqual(find(/setAttribute(NS)?\s*\([^)]*['"`]style['"`]/), []);
  assert.deepEqual(find(/\.style\b(?!Sheet)/), [], 'element.style is not used (adoptedStyleSheets are)');
  assert.deepEqual(find(/\bcssText\b|\binsertRule\b/), []);
  // The constructable stylesheets are filled from the styles/*.css text only: the first screen's imported, the
  // on-use one imported too or (classic script) downloaded and checked against the hash of that same text.
  const fills = find(/\.replace(Sync)?\s*\(/).filter((line) => /replaceSync|\.replace\(\s*\w+\s*\)/.test(line));
  assert.deepEqual(fills.map((line) => line.replace(/:\d+:/, ':')), ['web/src/features/on-use-styles.js: made.replaceSync(text);', 'web/src/views/shell.js: sharedSheet.replaceSync(css);']);
  assert.match(sources.find((s) => s.name === 'web/src/views/shell.js').text, /^import css from '\.\.\/styles\/first-screen\.js';$/m);
  const onUse = sources.find((s) => s.name === 'web/src/features/on-use-styles.js').text;
  assert.match(onUse, /^import builtIn from '\.\.\/styles\/on-use\.js';$/m);
  assert.match(onUse, /let text = builtIn;\s*if \(typeof text !== 'string'\) \{\s*const url = [^;]+;\s*text = await fetchCheckedText\(/);
});

test('attributes: names are literals, except in dom.js, which refuses style and on* names', () => {
  const dynamic = find(/setAttribute\s*\(\s*[^'"`\s]/).filter((line) => !line.startsWith('web/src/ui/dom.js:'));
  assert.deepEqual(dynamic, [], 'setAttribute with a computed name outside dom.js');
  const dom = sources.find((s) => s.name === 'web/src/ui/dom.js').text;
  assert.match(dom, /name === 'style' \|\| name\.startsWith\('on'\)\) throw/, 'el()/svg() refuse style and event-handler attributes');
  // Event handlers are functions, never strings of code.
  assert.deepEqual(find(/\.on[a-z]+\s*=\s*['"`]/), []);
});

test('links: only dom.js safeLink (https: only, rel noopener noreferrer) and same-document #claim= links', () => {
  const hrefs = find(/\bhref\s*:/);
  for (const line of hrefs) {
    assert.ok(line.startsWith('web/src/ui/dom.js:') || /href:\s*`#claim=\$\{encodeURIComponent\(/.test(line), line);
  }
  const dom = sources.find((s) => s.name === 'web/src/ui/dom.js').text;
  assert.match(dom, /url\.protocol !== 'https:'\) return el\('span'/, 'anything but https: becomes plain text');
  assert.match(dom, /rel: 'noopener noreferrer'/);
  // One exception, checked below: the editor-mode linter script (a fixed file next to ours).
  assert.deepEqual(find(/\.(href|src|action)\s*=[^=]/).filter((line) => !line.startsWith('web/src/engine/loader.js:')), [], 'no address is assigned to a property');
});

test('the only script the element adds is the editor-mode linter, a fixed file next to its own script', () => {
  const created = find(/createElement(NS)?\s*\(\s*(['"`])script\2/);
  assert.ok(created.length <= 1, created.join('\n'));
  const assigned = find(/\.src\s*=[^=]/);
  assert.equal(assigned.length, created.length, assigned.join('\n'));
  if (!created.length) return;
  assert.ok(created[0].startsWith('web/src/engine/loader.js:') && assigned[0].startsWith('web/src/engine/loader.js:'), `${created[0]}\n${assigned[0]}`);
  const core = sources.find((s) => s.name === 'web/src/engine/loader.js').text;
  // The address, or the Trusted Types policy's TrustedScriptURL for that same address.
  const variable = assigned[0].match(/\.src\s*=\s*(?:linterScriptURL\()?(\w+)\)?\s*;/);
  assert.ok(variable, assigned[0]);
  // (The second argument is the folder the page chose for the engine's files: base-path, docs/embedding.md.)
  assert.match(core, new RegExp(`const ${variable[1]} = assetURL\\('[\\w.-]+\\.js'(?:, engineBase)?\\);`), 'its address is assetURL() of a literal file name');
});

test('no request but the dataset fetch (only after the same-origin check) and the engine files checked against their hashes', () => {
  assert.deepEqual(find(/XMLHttpRequest|sendBeacon|WebSocket|EventSource|new\s+(Image|Audio|Worker|SharedWorker)\b|importScripts|window\.open\s*\(|\.open\s*\(\s*['"`]http/), []);
  // The download and, after a failure, the same address again without following redirects (to tell a
  // redirect to another site from a network failure): both in dataset-source.js, both same-origin only.
  // Besides: the engine's .wasm files, which loader.js downloads itself to check them against their hashes before
  // they run (instantiateChecked), and the on-use stylesheet, checked the same way before it is adopted
  // (fetchCheckedText), from the addresses assetURL() gives (next to the script or base-path).
  const fetches = find(/\bfetch\s*\(/);
  const data = fetches.filter((f) => f.startsWith('web/src/engine/dataset-source.js:'));
  const engine = fetches.filter((f) => f.startsWith('web/src/engine/loader.js:'));
  assert.ok(data.length >= 1 && engine.length === 2 && data.length + engine.length === fetches.length, fetches.join('\n'));
  const textFetches = find(/fetchCheckedText\(/).filter((f) => !/function fetchCheckedText|import \{/.test(f));
  assert.equal(textFetches.length, 1, textFetches.join('\n'));
  assert.match(textFetches[0], /^web\/src\/features\/on-use-styles\.js:.*fetchCheckedText\(ON_USE_STYLES_FILE, url, element\.timeout\)/);
  const onUse = sources.find((s) => s.name === 'web/src/features/on-use-styles.js').text;
  assert.match(onUse, /export const ON_USE_STYLES_FILE = 'benefits-explorer\.cards\.css';/);
  assert.match(onUse, /const url = assetURL\(ON_USE_STYLES_FILE, element\.getAttribute\('base-path'\)\);/);
  // Same-origin mode, or CORS mode for an address the page itself preloads (the browser fetched it in that mode
  // already), and then only a 'basic' answer (same-origin, after any redirects) is read.
  assert.ok(data.every((f) => /mode: 'same-origin'|\{ mode,/.test(f)), `every dataset fetch refuses to leave the site, redirects included:\n${fetches.join('\n')}`);
  const loader = sources.find((s) => s.name === 'web/src/engine/loader.js').text;
  const starts = [...loader.matchAll(/checkedStart\(('[^)]*\))/g)].map((m) => m[1]);
  assert.deepEqual(starts.sort(), ["'benefits-core.wasm', assetURL('benefits-core.wasm', engineBase)", "'benefits-lint.wasm', assetURL('benefits-lint.wasm', engineBase)"].sort());
  const source = sources.find((s) => s.name === 'web/src/engine/dataset-source.js').text;
  const check = source.indexOf('url.origin !== window.location.origin');
  assert.ok(check > 0 && check < source.indexOf('await fetch('), 'the origin is checked before the fetch');
  const modes = [...source.matchAll(/const mode = (.*);/g)].map((m) => m[1]);
  assert.deepEqual(modes, ["preloadedByPage(url) ? 'cors' : 'same-origin'"]);
  const afterFetch = source.slice(source.indexOf('{ mode,'));
  assert.match(afterFetch.slice(0, 900), /if \(response\.type !== 'basic' \|\|/, 'a CORS answer (another site) is refused before it is read');
  assert.deepEqual(find(/navigator\.(sendBeacon|serviceWorker)|postMessage\s*\(/), []);
});

test('the stylesheets load nothing and run nothing: no url(), @import, expression(), behaviours', () => {
  const sheets = walk(join(SRC, 'styles')).filter((path) => path.endsWith('.css'));
  assert.ok(sheets.length > 1);
  const css = sheets.map((path) => readFileSync(path, 'utf8')).join('\n').replace(/\/\*[\s\S]*?\*\//g, '');
  assert.doesNotMatch(css, /url\s*\(|@import|expression\s*\(|-moz-binding|(^|[^-\w])behavior\s*:|image-set\s*\(/i);
});

test('the shipped bundle has no markup sink and no eval', { skip: !existsSync(join(DIST, 'benefits-explorer.js')) && 'dist/ not built' }, () => {
  for (const name of ['benefits-explorer.js', 'benefits-explorer.mjs', 'benefits-explorer.single.js', 'benefits-lint.js']) {
    const path = join(DIST, name);
    if (!existsSync(path)) continue;
    const bundle = readFileSync(path, 'utf8');
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'setAttribute("style"', 'cssText']) {
      assert.equal(bundle.includes(sink), false, `${name} contains ${sink}`);
    }
  }
});
