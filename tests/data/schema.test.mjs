// data/claims.schema.json accepts the datasets the core accepts and rejects what an editor gets wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(read('data/claims.schema.json'));
const errors = (doc) => (validate(doc) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`));

test('the default dataset and the test fixtures are valid under the schema', () => {
  assert.deepEqual(errors(read('data/claims.json')), []);
  assert.deepEqual(errors(read('tests/fixtures/mini.json')), []);
  assert.deepEqual(errors(read('tests/fixtures/one-source-many-findings.json')), []);
  assert.deepEqual(errors(read('tests/fixtures/brief.json')), []);
});

// tests/data/format2-cases.json: edits of the mini fixture that the schema here and the loader
// (tests/core/test_vocabulary.cpp) must judge alike: refused at the same place, or both accepted.
const pointerOf = (path) => `/${path.replace(/\[(\d+)\]/g, '.$1').split('.').join('/')}`;
const unescape = (token) => token.replace(/~1/g, '/').replace(/~0/g, '~');
function edited(doc, edits) {
  for (const edit of edits) {
    const pointer = edit.set ?? edit.remove ?? edit.append;
    const tokens = pointer.split('/').slice(1).map(unescape);
    const last = tokens.pop();
    const parent = tokens.reduce((node, token) => node[token], doc);
    if ('set' in edit) parent[last] = structuredClone(edit.value);
    else if ('remove' in edit) Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
    else parent[last].push(structuredClone(edit.value));
  }
  return doc;
}
// An error is at `path` when it names that value, or names it from its object (a missing, unknown or
// misnamed member).
function reportsAt(error, path) {
  const pointer = pointerOf(path);
  if (error.instancePath === pointer) return true;
  const parent = pointer.slice(0, pointer.lastIndexOf('/'));
  const member = unescape(pointer.slice(pointer.lastIndexOf('/') + 1));
  const p = error.params ?? {};
  return error.instancePath === parent && [p.missingProperty, p.additionalProperty, p.propertyName].includes(member);
}

test('the schema refuses each broken variant where the loader does, and accepts what it accepts', () => {
  const { cases } = read('tests/data/format2-cases.json');
  assert.ok(cases.length >= 40);
  for (const c of cases) {
    const doc = edited(read('tests/fixtures/mini.json'), c.edits);
    const valid = validate(doc);
    if (c.refused_at === null) {
      assert.deepEqual(errors(doc), [], c.name);
    } else if (c.loader_only) {
      assert.equal(valid, true, `${c.name}: a cross-reference the schema cannot see (${errors(doc).join('; ')})`);
    } else {
      assert.equal(valid, false, c.name);
      const at = c.schema_at ?? c.refused_at;
      assert.ok(validate.errors.some((e) => reportsAt(e, at)),
        `${c.name}: expected an error at ${at}, got ${errors(doc).join('; ')}`);
    }
  }
});

test('the enums of the schema are the vocabularies of the core (tests/core/test_vocabulary.cpp checks them there)', () => {
  const schema = read('data/claims.schema.json');
  const defs = schema.$defs;
  assert.deepEqual(defs.outcome.properties.direction.enum, ['decrease', 'increase', 'no-difference']);
  assert.deepEqual(defs.harm.properties.seriousness.enum, ['contraindication', 'serious', 'warning', 'common-mild', 'not-reported']);
  assert.deepEqual(defs.red_flag.properties.urgency.enum, ['emergency', 'see-doctor']);
  assert.deepEqual(defs.absolute.properties.kind.enum, ['rates', 'risk-difference', 'mean-difference']);
});

test('the schema rejects a wrong verdict, a missing summary, an unknown format and a misspelt field', () => {
  const doc = read('tests/fixtures/mini.json');
  doc.claims[0].verdict = 'proven';
  delete doc.claims[1].summary;
  doc.claims[2].sumary = 'typo';
  assert.equal(validate(doc), false);
  const found = errors(doc).join('\n');
  assert.match(found, /\/claims\/0\/verdict/);
  assert.match(found, /\/claims\/1 must have required property 'summary'/);
  assert.match(found, /\/claims\/2 must NOT have additional properties/);

  const future = read('tests/fixtures/mini.json');
  future.format = 3;
  assert.match(errors(future).join('\n'), /\/format must be equal to constant/);
});

test('the schema takes "reviewed" dates as the core does: real calendar days in the years 1900 to 2099', () => {
  const doc = read('tests/fixtures/mini.json');
  const accepts = (date) => { doc.reviewed = date; return validate(doc); };
  const pad = (n, width) => String(n).padStart(width, '0');
  for (const year of [0, 1, 1899, 1900, 1904, 1999, 2000, 2023, 2024, 2096, 2099, 2100, 3000]) {
    for (let month = 0; month <= 13; month++) {
      for (let day = 0; day <= 32; day++) {
        const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        const real = new Date(Date.UTC(2000, 0, 1));
        real.setUTCFullYear(year, month - 1, day);
        const isDay = month >= 1 && month <= 12 && day >= 1 && real.getUTCMonth() === month - 1 && real.getUTCDate() === day;
        assert.equal(accepts(date), isDay && year >= 1900 && year <= 2099, date);
      }
    }
  }
  for (const wrong of ['24/11/2026', '2026-1-01', '2026-01-01T00:00', ' 2026-01-01', '２０２６-01-01']) assert.equal(accepts(wrong), false, wrong);
});

test('the schema rejects an empty, blank or invisible caution or harm statement, as the loader does', () => {
  for (const blank of ['', ' \t', '\u200B\u00AD', '\u00A0\uFEFF']) {
    const doc = read('tests/fixtures/mini.json');
    doc.claims[2].cautions = [blank];
    doc.harms[0].statement = blank;
    const found = errors(doc).join('\n');
    assert.match(found, /\/claims\/2\/cautions\/0 /, JSON.stringify(blank));
    assert.match(found, /\/harms\/0\/statement /, JSON.stringify(blank));
  }
});
