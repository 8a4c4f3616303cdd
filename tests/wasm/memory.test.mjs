// Many large datasets held at once: load refuses the one too many with a clear answer instead of letting the
// module run out of memory and abort (security review, finding 17: 84 live 15 MB datasets ended in
// "RuntimeError: Aborted()"). Together the loaded datasets may hold 8 x 16 MiB of text (wasm/bindings.cpp);
// wasm/heap_room.hpp also refuses any text the memory left cannot take.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { root, instantiateCore } from './module.mjs';


let core;
before(async () => {
  core = await instantiateCore();
});

// A valid dataset of about 15 MB: the test fixture with 730 cautions of about 20 KB on one claim.
function largeDataset() {
  const doc = JSON.parse(readFileSync(`${root}tests/fixtures/mini.json`, 'utf8'));
  const words = 'Magnesium can lower blood pressure during an infusion; tell the nurse if you feel faint. '.repeat(225);
  doc.claims[2].cautions = Array.from({ length: 730 }, (_, i) => `${i}. ${words.slice(0, 19900)}`);
  return JSON.stringify(doc);
}

test('loading 15 MB datasets until too many are held: a clean refusal, and every earlier dataset still answers', () => {
  const text = largeDataset();
  const bytes = Buffer.byteLength(text);
  assert.ok(bytes > 14_000_000 && bytes < 16 * 2 ** 20, `${bytes} bytes`);
  const limit = 8 * 16 * 2 ** 20;
  const handles = [];
  let refused;
  for (let i = 0; i < 20 && !refused; i++) {
    let answer;
    assert.doesNotThrow(() => { answer = JSON.parse(core.load(text)); }, `load ${i + 1} threw`);
    if (answer.ok) handles.push(answer.handle);
    else refused = answer;
  }
  assert.ok(refused, `all ${handles.length} loads were taken`);
  assert.equal(handles.length, Math.floor(limit / bytes));
  assert.deepEqual(refused.errors, [{
    path: '(root)',
    message: `too many datasets are loaded: ${handles.length} hold ${handles.length * bytes} bytes of text, and ` +
      `with this one (${bytes} bytes) they would pass the limit of ${limit} bytes together; release a dataset ` +
      '(release(handle)) before loading another',
  }]);

  for (const handle of handles) {
    const answer = JSON.parse(core.query(handle, '{"text":"profundo"}'));
    assert.deepEqual(answer, { ok: true, ids: ['cafeina-sleep'] }, `handle ${handle}`);
  }
  // Releasing one makes room for one.
  assert.deepEqual(JSON.parse(core.release(handles.pop())), { ok: true });
  const again = JSON.parse(core.load(text));
  assert.equal(again.ok, true, JSON.stringify(again.errors));
  handles.push(again.handle);
  assert.equal(JSON.parse(core.load(text)).ok, false);
  // A released handle counts for nothing more, even when released twice.
  for (const handle of handles) assert.deepEqual(JSON.parse(core.release(handle)), { ok: true });
  assert.equal(JSON.parse(core.release(handles[0])).ok, false);
  const small = JSON.parse(core.load(readFileSync(`${root}tests/fixtures/mini.json`, 'utf8')));
  assert.equal(small.ok, true);
  core.release(small.handle);
});
