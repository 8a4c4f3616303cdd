#!/usr/bin/env node
// Bundle the web component into one classic script for hosts:
//   dist/benefits-explorer.js = Emscripten glue + the element bundle, inside one function scope
//   (so BenefitsCore is visible to the bundle but is not a global), minified;
//   dist/benefits-core.wasm, dist/claims.json (and the translation files it names) and the demo page(s) copied next to it;
//   dist/benefits-explorer.single.js = the same element with the SINGLE_FILE glue (the .wasm inlined as
//   base64) and the default dataset built in, for hosts that cannot serve a .wasm and pages opened from
//   file:// (docs/embedding.md, "Single-file build");
//   dist/custom-elements.json and dist/benefits-explorer.d.ts (the element's manifest and types);
//   dist/benefits-lint.js + dist/benefits-lint.wasm, the linter's own module, fetched in editor mode only;
//   dist/benefits-explorer.cards.css, the styles of what is built on use (cards, the editor's report, printing):
//   the classic script downloads it after its first paint (web/src/features/on-use-styles.js); the module and
//   single-file builds carry it;
//   dist/benefits-explorer.css, the element's whole stylesheet as a file (the first screen's and the on-use one):
//   a prerendered first screen (scripts/prerender.mjs) links it from its declarative shadow root.
// Usage: node scripts/bundle-web.mjs [--no-minify]
import { build, transform } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const minify = !process.argv.includes('--no-minify');
const inputs = {
  entry: join(root, 'web/src/benefits-explorer.js'), // defines the tag; the class is in element.js
  // The page's module: the core without the linter (wasm/CMakeLists.txt, benefits-core-page).
  glue: join(root, 'build/wasm/page/benefits-core.js'),
  wasm: join(root, 'build/wasm/page/benefits-core.wasm'),
  // The linter's module, fetched by the page in editor mode only (web/src/engine/loader.js).
  lintGlue: join(root, 'build/wasm/benefits-lint.js'),
  lintWasm: join(root, 'build/wasm/benefits-lint.wasm'),
  singleGlue: join(root, 'build/wasm/benefits-core-single.js'),
  manifest: join(root, 'web/custom-elements.json'),
  types: join(root, 'web/benefits-explorer.d.ts'),
  data: join(root, 'data/claims.json'),
  page: join(root, 'web/index.html'),
};
const dist = join(root, 'dist');
// The core's longest text (Limits::max_string): the search box cuts a longer search to it (web/src/views/filters.js).
const limitsHeader = join(root, 'core/include/benefits/load.hpp');
const maxTextBytes = (readFileSync(limitsHeader, 'utf8').match(/std::size_t max_string = (\d+);/) || [])[1];

function fail(message) {
  console.error(`bundle-web: ${message}`);
  process.exit(1);
}

if (!maxTextBytes) fail(`${limitsHeader.slice(root.length + 1)} has no "std::size_t max_string = N;" (the search limit).`);
const missing = Object.entries(inputs).filter(([, path]) => !existsSync(path));
if (missing.length) {
  fail(`missing input${missing.length > 1 ? 's' : ''}:\n${missing.map(([, p]) => `  - ${p.slice(root.length + 1)}`).join('\n')}\n`
    + 'Build the wasm module first (bash scripts/build.sh), and make sure data/claims.json exists.');
}

// The Emscripten glue reads document.currentScript.src for its own folder (_scriptDir, scriptDirectory). A named
// element of the page (<img name="currentScript" src="/uploads/…">) replaces that property; the element always
// passes locateFile (web/src/engine/loader.js), so the glue is given no DOM to read at all: every read becomes null.
function withoutCurrentScript(code, path) {
  const reads = code.split('document.currentScript').length - 1;
  if (reads === 0) return code;
  const out = code.replaceAll('document.currentScript', 'null');
  if (/currentScript/.test(out)) fail(`${path}: a currentScript read this bundler does not know how to neutralise.`);
  return out;
}

// CSS is imported as text (for a constructable stylesheet); minify it on the way in.
const minifiedCss = {
  name: 'minified-css',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.css$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = minify ? (await transform(source, { loader: 'css', minify: true, target: ['chrome111', 'firefox115', 'safari16.4'] })).code : source;
      return { contents, loader: 'text' };
    });
  },
};

// The classic script leaves the on-use styles out (features/on-use-styles.js downloads them): their module
// becomes `null` there.
const onUseStylesModule = join(root, 'web/src/styles/on-use.js');
const onUseStylesDownloaded = {
  name: 'on-use-styles-downloaded',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]styles[\\/]on-use\.js$/ }, (args) => (
      args.path === onUseStylesModule ? { contents: 'export default null;', loader: 'js' } : undefined));
  },
};

// A stylesheet module's text (web/src/styles/*.js join their .css files).
async function stylesheetText(module) {
  const built = await build({
    entryPoints: [module], bundle: true, write: false, format: 'cjs', loader: { '.css': 'text' }, plugins: [minifiedCss], logLevel: 'silent',
  });
  const holder = { exports: {} };
  new Function('module', 'exports', built.outputFiles[0].text)(holder, holder.exports);
  const text = holder.exports.default;
  if (typeof text !== 'string' || !text) fail(`${module.slice(root.length + 1)} did not give a stylesheet text.`);
  return text;
}

// A file's SHA-384 as Subresource Integrity writes it (the element checks what it downloads against these).
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const finish = async (code) => (minify
  ? (await transform(code, { minify: true, target: ['chrome111', 'firefox115', 'safari16.4'], legalComments: 'inline' })).code
  : code);

try {
  // dist/benefits-lint.js: the linter's glue, loaded by web/src/engine/loader.js with a <script> element in editor mode.
  // It defines nothing global: the factory is handed over on that script element. Built first: the element
  // carries its hash.
  const lintGlue = withoutCurrentScript(readFileSync(inputs.lintGlue, 'utf8'), inputs.lintGlue);
  if (!/\bBenefitsLint\b/.test(lintGlue)) fail(`${inputs.lintGlue} does not define BenefitsLint (expected -sEXPORT_NAME=BenefitsLint).`);
  // Its own <script> element is read through Document.prototype's getter and must be a script element: a
  // named element of the page (<img name="currentScript">) replaces document.currentScript.
  const lintOut = await finish(`/*! benefits-explorer: the editor check (loaded in editor mode only) */\n(function () {\nvar module, exports, define;\n`
    + `${lintGlue}\n;\nvar lintScript = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript').get.call(document);\n`
    + `if (lintScript instanceof HTMLScriptElement) lintScript.benefitsLint = BenefitsLint;\n})();\n`);
  const firstScreenStyles = await stylesheetText(join(root, 'web/src/styles/first-screen.js'));
  const onUseStyles = await stylesheetText(onUseStylesModule);
  // What the element checks before it uses a downloaded file (web/src/engine/loader.js, docs/security.md).
  const integrity = {
    'benefits-core.wasm': sha384(readFileSync(inputs.wasm)),
    'benefits-explorer.cards.css': sha384(Buffer.from(onUseStyles, 'utf8')),
    'benefits-lint.js': sha384(Buffer.from(lintOut, 'utf8')),
    'benefits-lint.wasm': sha384(readFileSync(inputs.lintWasm)),
  };

  // Which build wrote a prerendered screen (web/src/features/render-key.js): the element's sources and the engine.
  const buildHash = createHash('sha256');
  const sources = (dir) => readdirSync(dir).sort().flatMap((name) => (statSync(join(dir, name)).isDirectory() ? sources(join(dir, name)) : [join(dir, name)]));
  for (const file of sources(join(root, 'web/src'))) buildHash.update(`${file.slice(root.length)}\n`).update(readFileSync(file));
  buildHash.update(readFileSync(inputs.wasm));
  const buildId = buildHash.digest('base64url').slice(0, 16);

  const elementOptions = {
    entryPoints: [inputs.entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: ['chrome111', 'firefox115', 'safari16.4'],
    loader: { '.css': 'text' },
    define: { BENEFITS_MAX_TEXT_BYTES: maxTextBytes, BENEFITS_INTEGRITY: JSON.stringify(integrity), BENEFITS_BUILD: JSON.stringify(buildId) },
    plugins: [minifiedCss],
    minify,
    legalComments: 'none',
    logLevel: 'silent',
  };
  const bundle = await build({ ...elementOptions, plugins: [minifiedCss, onUseStylesDownloaded] });
  const elementCode = bundle.outputFiles[0].text;
  // The single-file build fetches nothing: the on-use styles are inside.
  const elementWithStyles = (await build(elementOptions)).outputFiles[0].text;
  // The same stylesheets the element adopts, in the same order, as one file for prerendered pages.
  const stylesheet = `${firstScreenStyles}\n${onUseStyles}`;
  // The element's own code, without the Emscripten glue, for the size budget (bench/run.sh measures the
  // parts of dist/benefits-explorer.js separately).
  mkdirSync(join(root, 'build', 'bundle'), { recursive: true });
  writeFileSync(join(root, 'build', 'bundle', 'element.js'), elementCode);
  const glue = withoutCurrentScript(readFileSync(inputs.glue, 'utf8'), inputs.glue);
  if (!/\bBenefitsCore\b/.test(glue)) fail(`${inputs.glue} does not define BenefitsCore (expected -sEXPORT_NAME=BenefitsCore).`);

  // One function scope: the glue's `var BenefitsCore` is local; `module`, `exports` and `define`
  // are shadowed so the glue's UMD tail neither leaks nor trips an AMD loader on the host page.
  // (No "use strict" here: the Emscripten glue is sloppy-mode code.)
  const wrapped = `/*! benefits-explorer: evidence explorer web component */\n(function () {\nvar module, exports, define;\n${glue}\n;\n${elementCode}\n})();\n`;
  const out = await finish(wrapped);

  // The single-file build. Its glue carries the .wasm as a data: URI and would fetch() it (a CSP
  // connect-src data: violation on hosts that do not allow data:); a local `fetch` that refuses makes the
  // glue take its own fallback, decoding the base64 in place, so no request is made at all. The default
  // dataset is embedded as a string (file:// pages cannot fetch claims.json); an inline
  // <script type="application/json"> or a src attribute still wins over it.
  const singleGlue = withoutCurrentScript(readFileSync(inputs.singleGlue, 'utf8'), inputs.singleGlue);
  if (!/\bBenefitsCore\b/.test(singleGlue) || !singleGlue.includes('data:application/octet-stream;base64,')) {
    fail(`${inputs.singleGlue} is not a SINGLE_FILE build of BenefitsCore.`);
  }
  const parsed = JSON.parse(readFileSync(inputs.data, 'utf8'));
  const dataset = JSON.stringify(parsed);
  // The default dataset's translation files (its "translations" member: tag → a file beside it), built in too.
  const translationFiles = Object.values(parsed.translations && typeof parsed.translations === 'object' ? parsed.translations : {})
    .filter((file) => typeof file === 'string' && /^[\w.-]+\.json$/.test(file));
  for (const file of translationFiles) if (!existsSync(join(root, 'data', file))) fail(`data/claims.json names the translation data/${file}, which does not exist.`);
  const translations = Object.fromEntries(translationFiles.map((file) => [file, JSON.stringify(JSON.parse(readFileSync(join(root, 'data', file), 'utf8')))]));
  const singleWrapped = `/*! benefits-explorer: evidence explorer web component (single-file build: engine and default dataset inside) */\n`
    + `(function () {\nvar module, exports, define;\nvar BENEFITS_ENGINE_INLINE = true;\nvar BENEFITS_EMBEDDED_DATASET = ${JSON.stringify(dataset)};\nvar BENEFITS_EMBEDDED_TRANSLATIONS = ${JSON.stringify(translations)};\n`
    + `var BenefitsCore = (function () {\nvar fetch = function () { return Promise.reject(new Error('the engine is inline')); };\n${singleGlue}\n;\nreturn BenefitsCore;\n})();\n`
    + `${elementWithStyles}\n})();\n`;
  const singleOut = await finish(singleWrapped);

  // dist/benefits-explorer.mjs: the same element as an ES module, for `import 'benefits-explorer'` in bundlers (the
  // npm package's main entry, scripts/package.mjs). import.meta.url locates its files (web/src/engine/loader.js);
  // it exports setBasePath/getBasePath. The glue's `module`/`exports`/`define` are shadowed as above.
  const esm = await build({ ...elementOptions, format: 'esm' });
  const esmOut = await finish(`/*! benefits-explorer: evidence explorer web component (ES module) */\nvar module, exports, define;\n${glue}\n;\n${esm.outputFiles[0].text}`);

  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'benefits-explorer.js'), out);
  writeFileSync(join(dist, 'benefits-explorer.mjs'), esmOut);
  writeFileSync(join(dist, 'benefits-lint.js'), lintOut);
  writeFileSync(join(dist, 'benefits-explorer.css'), stylesheet);
  writeFileSync(join(dist, 'benefits-explorer.cards.css'), onUseStyles);
  copyFileSync(inputs.lintWasm, join(dist, 'benefits-lint.wasm'));
  writeFileSync(join(dist, 'benefits-explorer.single.js'), singleOut);
  copyFileSync(inputs.wasm, join(dist, 'benefits-core.wasm'));
  copyFileSync(inputs.data, join(dist, 'claims.json'));
  for (const file of translationFiles) copyFileSync(join(root, 'data', file), join(dist, file));
  copyFileSync(inputs.manifest, join(dist, 'custom-elements.json'));
  copyFileSync(inputs.types, join(dist, 'benefits-explorer.d.ts'));
  // Every page, stylesheet and page script of web/ (not web/src) goes next to the script.
  for (const name of readdirSync(join(root, 'web'))) {
    const path = join(root, 'web', name);
    if (statSync(path).isFile() && /\.(html|css|js|ico|svg|png|txt)$/.test(name)) copyFileSync(path, join(dist, name));
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`bundle-web: dist/benefits-explorer.js ${kb(out.length)} (element ${kb(elementCode.length)}), `
    + `benefits-core.wasm ${kb(statSync(inputs.wasm).size)}, claims.json ${kb(statSync(inputs.data).size)}, `
    + `benefits-explorer.single.js ${kb(singleOut.length)}, benefits-lint.js + .wasm ${kb(lintOut.length)} + ${kb(statSync(inputs.lintWasm).size)} (editor mode)`);
} catch (error) {
  const details = error && error.errors ? error.errors.map((e) => `${e.location ? `${e.location.file}:${e.location.line}: ` : ''}${e.text}`).join('\n') : String(error && error.stack || error);
  fail(`build failed:\n${details}`);
}
