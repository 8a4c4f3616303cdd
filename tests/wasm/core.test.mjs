// The built WebAssembly module answers exactly as the native core does (tests/fixtures/queries.json).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { read, instantiateCore, withDetails } from './module.mjs';


let core;
before(async () => {
  core = await instantiateCore();
});

const call = (fn, ...args) => JSON.parse(core[fn](...args));

test('the module exports the api functions and plain strings come back', () => {
  for (const fn of ['load', 'query', 'queryPositions', 'release', 'claimDetails', 'gradingRule']) assert.equal(typeof core[fn], 'function', fn);
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

test('the default dataset loads with all 12 claims, each row graded and worded by the core', () => {
  const out = call('load', read('data/claims.json'));
  assert.equal(out.ok, true, JSON.stringify(out.errors));
  assert.equal(out.view.claims.length, 12);
  for (const [position, listed] of out.view.claims.entries()) {
    const claim = withDetails(core, out.handle, listed, position);
    assert.ok(claim.outcomes.length >= 1, claim.id);
    assert.equal(listed.kind, claim.outcomes[0].kind, claim.id);
    // The claim's certainty is its headline row's: null when that row has no body of evidence.
    assert.deepEqual(claim.certainty, claim.outcomes[0].certainty, claim.id);
    assert.equal(claim.plainLanguage, claim.outcomes[0].statement, claim.id);
    for (const row of claim.outcomes) {
      const where = `${claim.id} ${row.id}`;
      if (row.certainty === null) {
        assert.equal(row.grading, null, where);
        assert.notEqual(row.kind, 'graded', where);
      } else {
        assert.match(row.certainty, /^(high|moderate|low|very-low)$/, where);
        assert.equal(row.kind, 'graded', where);
        assert.ok(row.grading.steps.every((s) => typeof s.reason === 'string' && s.reason.length > 0), where);
      }
      assert.ok(row.statement.length > 20, where);
    }
  }
  assert.ok(Array.isArray(out.view.vocabulary.certainties));
  call('release', out.handle);
});

test('the view of a source cited for three findings counts it once, as the native core does', () => {
  const { view, handle } = call('load', read('tests/fixtures/one-source-many-findings.json'));
  const fast = withDetails(core, handle, view.claims[0], 0);
  assert.deepEqual(fast.counts, { supports: 1, contradicts: 2, context: 1, observations: 0 });
  assert.equal(fast.studyCount, 3);
  assert.equal(fast.participants, 682);
  assert.equal(fast.outcomes[2].kind, 'no-studies');
  assert.equal(fast.outcomes[2].certainty, null);
  assert.ok(!JSON.stringify(view).includes('PLANTED'), 'a checking note reached the view');
  call('release', handle);
});

test('a broken dataset returns every problem with its path, and no handle', () => {
  const doc = JSON.parse(read('tests/fixtures/mini.json'));
  doc.claims[0].outcomes[0].evidence[1].ref = 'foo2019';
  doc.claims[1].outcomes[0].route = 'nasal';
  doc.claims[1].certainty = 'strong';
  doc.claims[3].id = 'fast-relief';
  delete doc.claims[2].summary;
  const out = call('load', JSON.stringify(doc));
  assert.equal(out.ok, false);
  assert.equal(out.handle, undefined);
  const lines = out.errors.map((e) => `${e.path}: ${e.message}`);
  assert.ok(lines.includes('claims[0].outcomes[0].evidence[1].ref: unknown reference "foo2019"'), lines.join('\n'));
  assert.ok(lines.includes('claims[1].outcomes[0].route: expected one of IV|IM|oral|mixed, got "nasal"'));
  assert.ok(lines.some((l) => l.startsWith('claims[1].certainty: moved into outcomes[] in format 2')));
  assert.ok(lines.includes('claims[3].id: duplicate id "fast-relief" (first at claims[0].id)'));
  assert.ok(lines.includes('claims[2].summary: missing required field'));
});

test('invalid JSON reports line and column instead of aborting the module', () => {
  const out = call('load', '{\n  "format": 2,\n  oops\n}');
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

test('a claim\'s details are asked for by position, and a position or handle that is not one is refused', () => {
  const { view, handle } = call('load', read('tests/fixtures/mini.json'));
  for (const name of view.claimDetails) assert.ok(!(name in view.claims[0]), name);
  const details = call('claimDetails', handle, 3);
  assert.equal(details.ok, true);
  assert.equal(details.claim.id, view.claims[3].id);
  assert.deepEqual(Object.keys(details.claim).sort(), ['id', ...view.claimDetails].sort());
  for (const position of [-1, 1.5, '0', null, undefined, 2 ** 53, NaN]) {
    const out = call('claimDetails', handle, position);
    assert.equal(out.ok, false, String(position));
    assert.equal(out.errors[0].path, '(position)', String(position));
  }
  assert.deepEqual(call('claimDetails', handle, 4).errors[0], { path: '(position)', message: 'no claim at position 4: the view lists 4' });
  assert.equal(call('claimDetails', '1', 0).errors[0].path, '(handle)');
  call('release', handle);
  assert.match(call('claimDetails', handle, 0).errors[0].message, /no dataset is loaded under handle/);
});

test('the grading rule text is the one the view carries', () => {
  const rule = call('gradingRule');
  const { view, handle } = call('load', read('tests/fixtures/mini.json'));
  assert.deepEqual(rule.steps, view.gradingRule);
  call('release', handle);
});
