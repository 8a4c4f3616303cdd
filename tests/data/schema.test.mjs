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
  future.format = 2;
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
