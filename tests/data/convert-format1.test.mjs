// scripts/convert-format1.py: a format-1 file (tests/fixtures/format1/mini.json, the mini fixture as it was)
// becomes a format-2 file the schema accepts, with what needs an editor's eye listed on stderr.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(read('data/claims.schema.json'));
const OLD = 'tests/fixtures/format1/mini.json';

function convert(doc) {
  const dir = mkdtempSync(join(tmpdir(), 'convert-'));
  const file = join(dir, 'old.json');
  writeFileSync(file, JSON.stringify(doc));
  const run = spawnSync('python3', [`${root}scripts/convert-format1.py`, file], { encoding: 'utf8' });
  return { status: run.status, out: run.status === 0 ? JSON.parse(run.stdout) : null, notes: run.stderr };
}

test('a format-1 file becomes a format-2 file the schema accepts, one row "main" per claim', () => {
  const { status, out, notes } = convert(read(OLD));
  assert.equal(status, 0, notes);
  assert.equal(out.format, 2);
  assert.deepEqual(validate(out) ? [] : validate.errors, []);
  assert.deepEqual(out.claims.map((c) => c.outcomes.map((r) => r.id)), [['main'], ['main'], ['main'], ['main']]);
  for (const claim of out.claims) {
    for (const moved of ['population', 'timeframe', 'certainty', 'effect', 'grading', 'evidence', 'absolute']) {
      assert.equal(moved in claim, false, `${claim.id}.${moved}`);
    }
  }

  const fast = out.claims[0].outcomes[0];
  assert.equal(fast.intervention, 'IV magnesium');
  assert.equal(fast.route, 'IV');
  assert.equal(fast.outcome, 'migraine pain at 30 minutes');
  assert.equal(fast.timepoint, '30 to 60 minutes');
  assert.equal(fast.population, 'adults with migraine in the emergency department');
  assert.equal(fast.direction, 'no-difference');
  assert.equal(fast.evidence.length, 3);
  assert.equal('comparator' in fast, false);  // format 1 had none: listed for the editor, never guessed
  assert.deepEqual(fast.absolute[0], { kind: 'rates', event: 'felt better', ref: 'trial-iv-a', finding: 0, magnesium: { events: 12, total: 15 }, control: { events: 3, total: 17 } });
  assert.equal(fast.grading.risk_of_bias.level, 'serious');

  assert.equal(out.claims[1].outcomes[0].route, 'oral');  // "oral magnesium taken daily"

  // A claim whose effect was not measured: its links are observations, it has no direction and no grading.
  const sleep = out.claims[2].outcomes[0];
  assert.equal(sleep.evidence, undefined);
  assert.deepEqual(sleep.observations.map((l) => l.ref), ['series']);
  assert.equal(sleep.direction, undefined);
  assert.equal(sleep.grading, undefined);

  assert.equal(out.red_flags[0].urgency, 'emergency');
  assert.match(notes, /red_flags\[0\]\.urgency: set to "emergency"/);
  for (let i = 0; i < 4; i++) assert.match(notes, new RegExp(`claims\\[${i}\\]\\.outcomes\\[0\\]\\.comparator: `));
  assert.match(notes, /claims\[2\]\.outcomes\[0\]\.observations: the effect was "not-measured"/);
  assert.match(notes, /items to check/);
});

test('an uncontrolled source moves to observations; judgements of none without a reason are dropped', () => {
  const doc = read(OLD);
  doc.claims[3].evidence.push({ ref: 'series', role: 'supports', note: 'An uncontrolled series.' });
  doc.claims[3].grading = {
    publication_bias: { level: 'none' },
    inconsistency: { level: 'none', reason: 'one trial' },
    large_effect: { applies: false },
  };
  doc.claims[3].certainty = 'moderate';
  const { status, out, notes } = convert(doc);
  assert.equal(status, 0, notes);
  const row = out.claims[3].outcomes[0];
  assert.deepEqual(row.evidence.map((l) => l.ref), ['large-iv']);
  assert.deepEqual(row.observations.map((l) => l.ref), ['series']);
  assert.deepEqual(row.grading, { inconsistency: { level: 'none', reason: 'one trial' } });
  assert.match(notes, /claims\[3\]\.evidence\[1\]: "series" is uncontrolled \(open-label\): moved to claims\[3\]\.outcomes\[0\]\.observations\[0\]/);
  assert.match(notes, /claims\[3\]\.certainty: "moderate" dropped/);
  assert.deepEqual(validate(out) ? [] : validate.errors, []);
});

test('a row left with no controlled evidence loses its direction; a figure it no longer cites is listed', () => {
  const doc = read(OLD);
  doc.claims[0].evidence = [{ ref: 'series', role: 'supports', note: 'An uncontrolled series.' }];
  const { status, out, notes } = convert(doc);
  assert.equal(status, 0, notes);
  const row = out.claims[0].outcomes[0];
  assert.equal(row.direction, undefined);
  assert.equal(row.evidence, undefined);
  assert.match(notes, /claims\[0\]\.outcomes\[0\]\.direction: "no-difference" dropped/);
  assert.match(notes, /claims\[0\]\.outcomes\[0\]\.absolute\[0\]: finding 0 of "trial-iv-a" is not cited by the row/);
});

test('a file that is not format 1 is refused with a message, and nothing is written', () => {
  const { status, notes } = convert(read('tests/fixtures/mini.json'));
  assert.equal(status, 1);
  assert.match(notes, /expected "format": 1, got 2/);
  assert.equal(convert([1, 2]).status, 1);
});
