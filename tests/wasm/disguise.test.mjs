// Disguised text in the WebAssembly module (security review, finding 5): search and lint read text as a
// reader sees it, whatever invisible characters, full-width or look-alike letters and non-ASCII digits hide.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { read, instantiateCore } from './module.mjs';


let core;
before(async () => {
  core = await instantiateCore();
});

const plain = 'A guaranteed cure for migraine, clinically proven, no side effects';
const insideWords = (mark) => plain.replace(/\b([A-Za-z]{2})/g, `$1${mark}`);
const spellings = {
  'soft hyphens': insideWords('\u00AD'),
  'zero-width spaces': insideWords('\u200B'),
  'zero-width joiners': insideWords('\u200D'),
  'word joiners': insideWords('\u2060'),
  'full-width letters': plain.replace(/[!-~]/g, (c) => String.fromCodePoint(c.codePointAt(0) + 0xFEE0)),
  'Cyrillic look-alikes': plain.replace(/[aceop]/g, (c) => ({ a: '\u0430', c: '\u0441', e: '\u0435', o: '\u043E', p: '\u0440' })[c]),
  'reversed under U+202E': `\u202E${[...plain].reverse().join('')}\u202C`,
};

function withClaim3(text) {
  const doc = JSON.parse(read('tests/fixtures/mini.json'));
  doc.claims[3].title = text;
  doc.claims[3].brief = text;  // big-trial is supported: its brief is the clinic's own claim
  return JSON.stringify(doc);
}

test('search for "cure" finds the claim however its title is disguised', () => {
  for (const [name, text] of Object.entries(spellings)) {
    const { ok, handle } = JSON.parse(core.load(withClaim3(text)));
    assert.equal(ok, true, name);
    for (const query of ['cure', 'clinically proven', '\uFF43\uFF55\uFF52\uFF45']) {
      const out = JSON.parse(core.query(handle, JSON.stringify({ text: query })));
      assert.deepEqual(out.ids, ['big-trial'], `${name}: ${query}`);
    }
    core.release(handle);
  }
});

test('lint finds the banned words however they are disguised, and says they were (L14)', () => {
  for (const [name, text] of Object.entries(spellings)) {
    const out = JSON.parse(core.lint(withClaim3(text)));
    const at = (rule, path) => out.findings.filter((f) => f.rule === rule && f.path === path && f.severity === 'error');
    assert.equal(at('L1', 'claims[3].brief').length, 4, name);
    // guaranteed, cure, clinically proven, no side effects (L1) and "cure for migraine" (L11)
    assert.equal(at('L12', 'claims[3].title').length, 5, name);
    if (name !== 'full-width letters') assert.ok(at('L14', 'claims[3].title').length > 0, name);
  }
});

test('L13 reads 87% in full-width and Arabic-Indic digits', () => {
  for (const figure of ['\uFF18\uFF17%', '\u0668\u0667%']) {
    const doc = JSON.parse(read('tests/fixtures/mini.json'));
    doc.claims[0].summary = `${figure} felt better.`;
    const l13 = JSON.parse(core.lint(JSON.stringify(doc))).findings.find((f) => f.rule === 'L13');
    assert.match(l13?.message ?? '(none)', /^"87%": /, figure);
  }
});

test('an empty or invisible caution is refused with its place', () => {
  for (const caution of ['', '\u200B']) {
    const doc = JSON.parse(read('tests/fixtures/mini.json'));
    doc.claims[2].cautions = [caution];
    const out = JSON.parse(core.load(JSON.stringify(doc)));
    assert.equal(out.ok, false);
    assert.match(out.errors.map((e) => `${e.path}: ${e.message}`).join('\n'), /^claims\[2\]\.cautions\[0\]: must not be empty/m);
  }
});
