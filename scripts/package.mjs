#!/usr/bin/env node
// The npm package's pack-time steps (package.json "prepack", so `npm pack` and `npm publish` run it), over
// whatever the build wrote to dist/ (a split bundle's extra files included):
//   dist/custom-elements.package.json  the Custom Elements Manifest (schema 2.1.0) the package names in
//                                      "customElements": web/custom-elements.json with its modules pointing at
//                                      the shipped files, the custom states (:state(ready)…) and setBasePath;
//   dist/integrity.json                sha384 Subresource Integrity hashes of every file in dist/;
//   build/cdn/<version>/               the versioned folder a site or CDN serves with a one-year immutable cache
//                                      (docs/embedding.md, "Versioned files and integrity").
// With --readme it also writes README.md's script snippet (version + integrity of benefits-explorer.js);
// tests/package/sri.test.mjs fails when the README's hash is not the built file's.
// Usage: node scripts/package.mjs [--readme]
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const MANIFEST_OUT = 'custom-elements.package.json';
const INTEGRITY_OUT = 'integrity.json';
// The files a page loads; the others in dist/ (demo pages, types, manifests) are hashed too.
const REQUIRED = ['benefits-explorer.js', 'benefits-explorer.mjs', 'benefits-explorer.single.js', 'benefits-core.wasm', 'claims.json', 'custom-elements.json'];

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

/** Every file under dir, as '/'-separated paths relative to it, sorted. */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => String(name))
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

/** The Subresource Integrity value of some bytes: "sha384-<base64>". */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The README snippet for a version and the script's integrity (written between the sri markers). */
export function readmeSnippet(version, integrity) {
  return [
    '```html',
    `<script defer src="/explorer/${version}/benefits-explorer.js"`,
    `        integrity="${integrity}" crossorigin="anonymous"></script>`,
    '<benefits-explorer>',
    '  <p>What the studies say about IV magnesium (this needs JavaScript).</p>',
    '</benefits-explorer>',
    '```',
  ].join('\n');
}
export const README_MARKERS = ['<!-- script-snippet: written by node scripts/package.mjs --readme -->', '<!-- /script-snippet -->'];

/** The package's manifest from the element's own (web/custom-elements.json, which describes the sources). */
function packageManifest(source, version) {
  const [classModule] = source.modules;
  const declaration = structuredClone(classModule.declarations[0]);
  // The custom states, from the documented `state` property's values ('idle' | 'loading' | …): one list.
  const state = declaration.members.find((m) => m.name === 'state');
  const states = state ? [...state.type.text.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]) : [];
  if (!states.length) fail('web/custom-elements.json: the `state` field lists no states (its type should read \'idle\' | \'loading\' | …).');
  declaration.cssStates = states.map((name) => ({ name, description: `The explorer's state is \`${name}\` (the read-only \`state\` property): \`benefits-explorer:state(${name})\`.` }));
  const definition = (module) => ({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module } });
  const basePath = [
    {
      kind: 'function',
      name: 'setBasePath',
      description: 'Where the engine (benefits-core.wasm), the default dataset (claims.json) and the editor check are, for every explorer of the page: a folder, relative to the page or absolute. null or \'\' goes back to the default (next to the module file; bundlers copy the files). An element\'s `base-path` attribute wins.',
      parameters: [{ name: 'path', type: { text: 'string | URL | null' } }],
      return: { type: { text: 'void' } },
    },
    {
      kind: 'function',
      name: 'getBasePath',
      description: 'The folder setBasePath() set (an absolute URL ending in "/"), or null.',
      return: { type: { text: 'string | null' } },
    },
  ];
  const main = 'dist/benefits-explorer.mjs';
  return {
    schemaVersion: '2.1.0',
    readme: 'README.md',
    modules: [
      {
        kind: 'javascript-module',
        path: main,
        description: `The element as an ES module (package entry "."), version ${version}: defines <benefits-explorer> and exports setBasePath and getBasePath. Its engine and data files are found next to it (import.meta.url), so bundlers copy them.`,
        declarations: [declaration, ...basePath],
        exports: [definition(main), ...basePath.map((f) => ({ kind: 'js', name: f.name, declaration: { name: f.name, module: main } }))],
      },
      {
        kind: 'javascript-module',
        path: 'dist/benefits-explorer.js',
        description: 'The same element as one classic script (<script defer src>): defines <benefits-explorer>, exports nothing; its files are found next to the script.',
        declarations: [],
        exports: [definition(main)],
      },
      {
        kind: 'javascript-module',
        path: 'dist/benefits-explorer.single.js',
        description: 'The single-file build (package entry "./single-file"): the engine and the default dataset inside; no .wasm to serve; works from file://.',
        declarations: [],
        exports: [definition(main)],
      },
    ],
  };
}

function main() {
  const missing = REQUIRED.filter((name) => !existsSync(join(dist, name)));
  if (missing.length) fail(`dist/ lacks ${missing.join(', ')}: build first (bash scripts/build.sh).`);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const version = pkg.version;

  const source = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
  writeFileSync(join(dist, MANIFEST_OUT), `${JSON.stringify(packageManifest(source, version), null, 2)}\n`);

  const files = {};
  for (const name of filesUnder(dist)) {
    if (name === INTEGRITY_OUT) continue;
    files[name] = sri(readFileSync(join(dist, name)));
  }
  writeFileSync(join(dist, INTEGRITY_OUT), `${JSON.stringify({ name: pkg.name, version, algorithm: 'sha384', files }, null, 2)}\n`);

  // The versioned folder: the same files under build/cdn/<version>/ (a new version is a new folder, so every
  // address can be cached forever).
  const cdn = join(root, 'build', 'cdn', version);
  rmSync(cdn, { recursive: true, force: true });
  mkdirSync(cdn, { recursive: true });
  cpSync(dist, cdn, { recursive: true });

  if (process.argv.includes('--readme')) {
    const readmePath = join(root, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const [open, close] = README_MARKERS;
    const from = readme.indexOf(open);
    const to = readme.indexOf(close);
    if (from < 0 || to < from) fail(`README.md has no "${open}" … "${close}" block for the script snippet.`);
    const next = `${readme.slice(0, from + open.length)}\n${readmeSnippet(version, files['benefits-explorer.js'])}\n${readme.slice(to)}`;
    if (next !== readme) writeFileSync(readmePath, next);
  }
  process.stderr.write(`package: ${pkg.name}@${version}: dist/${MANIFEST_OUT}, dist/${INTEGRITY_OUT} (${Object.keys(files).length} files), `
    + `${relative(root, cdn)}/${process.argv.includes('--readme') ? ', README.md snippet' : ''}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
