// The built WebAssembly module answers exactly as the native core does (tests/fixtures/queries.json).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { read, instantiateCore } from './module.mjs';


let core;
before(async () => {
  core = await instantiateCore();
});

const call = (fn, ...args) => JSON.parse(core[fn](...args));

test('the module exports the api functions and plain strings come back', () => {
  for (const fn of ['load', 'query', 'queryPositions', 'release', 'gradingRule']) assert.equal(typeof core[fn], 'function', fn);
  assert.equal(typeof core.gradingRule(), 'string');
});

test('every shared query case gives the same ids as the native core', () => {
  const { handle } = call('load', read('tests/fixtures/mini.json'));
  const { cases } = JSON.parse(read('tests/fixtures/queries.json'));
  for (const c of cases) {
    const out = call('query', handle, JSON.stringify(c.query));
    assert.equal(out.ok, true, c.name);
    assert.deepEqual(out.ids, c.ids, c.name);
  }
  call('release', handle);
});

test('queryPositions gives the same claims as Uint32Array positions in the view, and failures as query does', () => {
  const { handle, view } = call('load', read('tests/fixtures/mini.json'));
  const { cases } = JSON.parse(read('tests/fixtures/queries.json'));
  for (const c of cases) {
    const positions = core.queryPositions(handle, JSON.stringify(c.query));
    assert.ok(positions instanceof Uint32Array, c.name);
    assert.deepEqual(Array.from(positions, (i) => view.claims[i].id), c.ids, c.name);
  }
  assert.deepEqual(JSON.parse(core.queryPositions(handle, '{"sort":"x"}')), JSON.parse(core.query(handle, '{"sort":"x"}')));
  call('release', handle);
  assert.match(JSON.parse(core.queryPositions(handle, '{}')).errors[0].message, /no dataset is loaded under handle/);
});

test('the default dataset loads with all 12 claims graded and worded by the core', () => {
  const out = call('load', read('data/claims.json'));
  assert.equal(out.ok, true, JSON.stringify(out.errors));
  assert.equal(out.view.claims.length, 12);
  for (const claim of out.view.claims) {
    assert.match(claim.certainty, /^(high|moderate|low|very-low)$/);
    assert.ok(claim.plainLanguage.length > 20, claim.id);
    assert.ok(claim.grading.steps.every((s) => typeof s.reason === 'string' && s.reason.length > 0), claim.id);
  }
  call('release', out.handle);
});

test('a broken dataset returns every problem with its path, and no handle', () => {
  const doc = JSON.parse(read('tests/fixtures/mini.json'));
  doc.claims[0].evidence[1].ref = 'foo2019';
  doc.claims[1].certainty = 'strong';
  doc.claims[3].id = 'fast-relief';
  delete doc.claims[2].summary;
  const out = call('load', JSON.stringify(doc));
  assert.equal(out.ok, false);
  assert.equal(out.handle, undefined);
  const lines = out.errors.map((e) => `${e.path}: ${e.message}`);
  assert.ok(lines.includes('claims[0].evidence[1].ref: unknown reference "foo2019"'), lines.join('\n'));
  assert.ok(lines.includes('claims[1].certainty: expected one of high|moderate|low|very-low, got "strong"'));
  assert.ok(lines.includes('claims[3].id: duplicate id "fast-relief" (first at claims[0].id)'));
  assert.ok(lines.includes('claims[2].summary: missing required field'));
});

test('invalid JSON reports line and column instead of aborting the module', () => {
  const out = call('load', '{\n  "format": 1,\n  oops\n}');
  assert.equal(out.ok, false);
  assert.match(out.errors[0].message, /^invalid JSON at line 3, column 3/);
  // The module still works afterwards.
  assert.equal(call('load', read('tests/fixtures/mini.json')).ok, true);
});

test('a released or unknown handle is an error, not a crash', () => {
  const { handle } = call('load', read('tests/fixtures/mini.json'));
  assert.deepEqual(call('release', handle), { ok: true });
  const out = call('query', handle, '{}');
  assert.equal(out.ok, false);
  assert.match(out.errors[0].message, /no dataset is loaded under handle/);
});

test('the grading rule text is the one the view carries', () => {
  const rule = call('gradingRule');
  const { view, handle } = call('load', read('tests/fixtures/mini.json'));
  assert.deepEqual(rule.steps, view.gradingRule);
  call('release', handle);
});
