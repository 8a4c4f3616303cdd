// The npm package (issue 17, item 1): `npm pack` gives a tarball a web developer can install: the built files,
// an "exports" map whose every path exists, types, a Custom Elements Manifest pointing at shipped files, the
// licences, and none of the repository's sources, tests or tools.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { pack, ROOT } from './pack.mjs';

let packed;
before(() => { packed = pack(); });
after(() => { if (packed) rmSync(packed.dir, { recursive: true, force: true }); });

/** Every file an "exports" target names (a "*" target: the files it matches). */
function exportTargets(exports) {
  const targets = [];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(exports);
  return targets;
}

test('the package is public, versioned 0.2.0 and licensed', () => {
  const { pkg, files } = packed;
  assert.equal(pkg.name, 'benefits-explorer');
  assert.equal(pkg.version, '0.2.0');
  assert.equal(pkg.private, undefined, 'not private');
  assert.equal(pkg.license, 'Apache-2.0 AND CC-BY-4.0');
  for (const name of ['LICENSE', 'LICENSE-data', 'THIRD-PARTY-NOTICES', 'README.md']) assert.ok(files.includes(name), name);
  const licence = readFileSync(join(packed.unpacked, 'LICENSE'), 'utf8');
  assert.match(licence, /Apache License\s+Version 2\.0, January 2004/);
  const data = readFileSync(join(packed.unpacked, 'LICENSE-data'), 'utf8');
  assert.match(data, /Attribution 4\.0 International/);
  assert.match(data, /keep their own copyright/);
  const notices = readFileSync(join(packed.unpacked, 'THIRD-PARTY-NOTICES'), 'utf8');
  for (const name of ['nlohmann/json', 'Emscripten', 'musl', 'libc++', 'LLVM-exception']) assert.ok(notices.includes(name), name);
});

test('the tarball holds the built files and nothing of the sources, tests or tools', () => {
  const { files } = packed;
  for (const name of ['dist/benefits-explorer.mjs', 'dist/benefits-explorer.js', 'dist/benefits-explorer.single.js', 'dist/benefits-core.wasm',
    'dist/claims.json', 'dist/benefits-lint.js', 'dist/benefits-lint.wasm', 'dist/integrity.json', 'dist/custom-elements.package.json',
    'types/benefits-explorer.d.ts', 'types/react.d.ts']) {
    assert.ok(files.includes(name), `${name} is in the tarball`);
  }
  // Whatever else the build puts in dist/ (a split bundle's chunks, a translation) is packed too.
  const built = readdirSync(join(ROOT, 'dist'), { recursive: true }).map(String).filter((f) => statSync(join(ROOT, 'dist', f)).isFile());
  assert.deepEqual(built.map((f) => `dist/${f.split(sep).join('/')}`).filter((f) => !files.includes(f)), []);
  const stray = files.filter((f) => /^(core|wasm|web|tests|bench|scripts|data|build|examples)\//.test(f) || /\.(cpp|hpp|py)$/.test(f));
  assert.deepEqual(stray, []);
});

test('every path in "exports", "main", "types" and "customElements" exists in the unpacked tarball', () => {
  const { pkg, unpacked } = packed;
  const targets = [...exportTargets(pkg.exports), pkg.main, pkg.module, pkg.types, pkg.customElements];
  for (const target of targets) {
    if (target.includes('*')) {
      const folder = join(unpacked, target.slice(0, target.indexOf('*')));
      assert.ok(readdirSync(folder).length > 0, `${target} matches files`);
      continue;
    }
    assert.ok(existsSync(join(unpacked, target)), `${target} exists`);
  }
  assert.equal(pkg.exports['.'].default, './dist/benefits-explorer.mjs');
  assert.equal(pkg.exports['./single-file'].default, './dist/benefits-explorer.single.js');
  assert.ok(pkg.exports['./types']);
  // The type files' references resolve inside the package.
  for (const file of readdirSync(join(unpacked, 'types'))) {
    for (const [, ref] of readFileSync(join(unpacked, 'types', file), 'utf8').matchAll(/reference path="([^"]+)"/g)) {
      assert.ok(existsSync(join(unpacked, 'types', ref)), `types/${file} → ${ref}`);
    }
  }
  assert.ok(Array.isArray(pkg.sideEffects) && pkg.sideEffects.includes('./dist/*.mjs'), 'the element\'s files keep their side effect (defining the tag)');
});

test('the manifest points at shipped files and lists attributes, properties, events, parts, slots and custom states', () => {
  const { pkg, unpacked } = packed;
  const manifest = JSON.parse(readFileSync(join(unpacked, pkg.customElements), 'utf8'));
  assert.equal(manifest.schemaVersion, '2.1.0');
  for (const module of manifest.modules) {
    assert.ok(existsSync(join(unpacked, module.path)), `module ${module.path} is shipped`);
    for (const exported of module.exports) {
      if (exported.declaration.module) assert.ok(existsSync(join(unpacked, exported.declaration.module)), exported.declaration.module);
    }
  }
  const element = manifest.modules[0].declarations.find((d) => d.customElement);
  assert.equal(element.tagName, 'benefits-explorer');
  assert.ok(element.attributes.some((a) => a.name === 'base-path'), 'the base-path attribute');
  assert.ok(element.members.some((m) => m.name === 'basePath'), 'the basePath property');
  assert.ok(element.events.length >= 4 && element.cssParts.length >= 20 && element.slots.length >= 1);
  assert.deepEqual(element.cssStates.map((s) => s.name), ['idle', 'loading', 'ready', 'error']);
  assert.deepEqual(manifest.modules[0].exports.filter((e) => e.kind === 'js').map((e) => e.name).sort(), ['getBasePath', 'setBasePath']);
});

test('integrity.json holds the sha384 of every other packed file of dist/', () => {
  const { unpacked, files } = packed;
  const integrity = JSON.parse(readFileSync(join(unpacked, 'dist', 'integrity.json'), 'utf8'));
  assert.equal(integrity.version, '0.2.0');
  const packedDist = files.filter((f) => f.startsWith('dist/') && f !== 'dist/integrity.json').map((f) => f.slice('dist/'.length));
  assert.deepEqual(Object.keys(integrity.files).sort(), packedDist.sort());
  for (const [name, hash] of Object.entries(integrity.files)) {
    const actual = `sha384-${createHash('sha384').update(readFileSync(join(unpacked, 'dist', name))).digest('base64')}`;
    assert.equal(hash, actual, name);
  }
});
