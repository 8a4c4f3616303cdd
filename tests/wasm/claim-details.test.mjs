// The page's Dataset (web/src/engine/engine.js) over the built module: the view it holds after a load carries
// what the list shows, and a claim's details are asked of the core only when one of them is first read, once per
// claim, with the core's own answer (docs/architecture.md, "View").
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { read, instantiateCore } from './module.mjs';
import { openDataset, EngineError } from '../../web/src/engine/engine.js';

let core;
let asked; // the positions claimDetails was called with
let handle; // the last handle it was called with
before(async () => {
  const module = await instantiateCore();
  core = new Proxy(module, {
    get(target, name) {
      if (name !== 'claimDetails') return target[name];
      return (h, position) => {
        asked.push(position);
        handle = h;
        return target.claimDetails(h, position);
      };
    },
  });
});

const open = (text = read('data/claims.json')) => {
  asked = [];
  return openDataset(text, {}, Promise.resolve(core));
};

test('a load answers with the list: no claim has its details until one of them is read', async () => {
  const dataset = await open();
  const { view } = dataset;
  assert.equal(view.claims.length, 12);
  for (const claim of view.claims) {
    assert.equal(typeof claim.title, 'string');
    assert.match(claim.kind, /^(graded|observations-only|no-studies)$/);
  }
  assert.deepEqual(asked, []);
  dataset.release();
});

test('reading one detail of a claim asks the core once for that claim, and gives its answer', async () => {
  const dataset = await open();
  const claim = dataset.view.claims[5];
  const rows = claim.outcomes;
  assert.deepEqual(asked, [5]);
  assert.ok(Array.isArray(rows) && rows.length > 0);
  // Every detail is now on the claim, as the core wrote it, with no second call.
  const answer = JSON.parse(core.claimDetails(handle, 5));
  asked = [];
  assert.ok(dataset.view.claimDetails.length >= 7);
  for (const name of dataset.view.claimDetails) assert.deepEqual(claim[name], answer.claim[name], name);
  assert.deepEqual(asked, []);
  assert.equal(claim.plainLanguage, rows[0].statement);
  assert.equal(claim.kind, rows[0].kind);
  assert.equal(claim.certainty, rows[0].certainty);
  // Every claim read whole (as the printed handout reads them) asks for each other claim once.
  for (const other of dataset.view.claims) for (const name of dataset.view.claimDetails) assert.ok(other[name] !== undefined, name);
  assert.deepEqual(asked.sort((a, b) => a - b), [0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11]);
  dataset.release();
});

test('a detail can be replaced like any field, and a released dataset refuses to answer for its claims', async () => {
  const dataset = await open(read('tests/fixtures/mini.json'));
  const [first, second] = dataset.view.claims;
  first.cautions = ['replaced'];
  assert.deepEqual(first.cautions, ['replaced']);
  assert.ok(Array.isArray(first.outcomes));
  dataset.release();
  assert.throws(() => second.outcomes, (error) => error instanceof EngineError && /released/.test(error.problems[0].message));
  assert.ok(Array.isArray(first.outcomes), 'details already read stay');
});
