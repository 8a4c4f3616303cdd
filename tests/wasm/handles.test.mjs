// The module's functions take only what load() gives as a handle, an integer from 1 to 2**31 - 1, and answer
// anything else with {"ok":false} naming the argument: no coercion (2**32 + h used to answer as h, true as 1,
// "5" as 5, 5.9 as 5) and no thrown TypeError (BigInt, Symbol, a detached ArrayBuffer). Security review,
// finding 17.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { root, instantiateCore } from './module.mjs';

const mini = readFileSync(`${root}tests/fixtures/mini.json`, 'utf8');

let core;
let handle;
before(async () => {
  core = await instantiateCore();
  handle = JSON.parse(core.load(mini)).handle;
});
after(() => core.release(handle));

// Calls core[fn](…args) and gives its answer, parsed; a throw fails the test with what was thrown.
const answer = (fn, ...args) => {
  let out;
  assert.doesNotThrow(() => { out = core[fn](...args); }, `${fn} threw`);
  assert.equal(typeof out, 'string', `${fn} answered with ${out}`);
  return JSON.parse(out);
};
const describe = (value) => (typeof value === 'bigint' ? `${value}n` : typeof value === 'symbol' ? 'Symbol' : JSON.stringify(value) ?? String(value));

test('a handle that is not an integer from 1 to 2**31 - 1 is refused by query, queryPositions and release', () => {
  const refused = [
    [2 ** 32 + handle, `${2 ** 32 + handle}`],
    [-(2 ** 32) + handle, `${-(2 ** 32) + handle}`],
    [2 ** 31, `${2 ** 31}`],
    [0, '0'],
    [-1, '-1'],
    [handle + 0.9, `${handle + 0.9}`],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [true, 'a boolean'],
    [String(handle), 'a string'],
    [BigInt(handle), 'a bigint'],
    [Symbol('h'), 'a symbol'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{ valueOf: () => handle }, 'an object'],
    [[handle], 'an object'],
  ];
  for (const fn of ['query', 'queryPositions', 'release']) {
    for (const [value, got] of refused) {
      const args = fn === 'release' ? [value] : [value, '{}'];
      const out = answer(fn, ...args);
      assert.equal(out.ok, false, `${fn}(${describe(value)})`);
      assert.deepEqual(out.errors, [{
        path: '(handle)',
        message: `expected a handle from load(), an integer from 1 to 2147483647, got ${got}`,
      }], `${fn}(${describe(value)})`);
    }
  }
  // Nothing was released by any of these: the dataset still answers under its own handle.
  assert.equal(answer('query', handle, '{}').ok, true);
  assert.ok(core.queryPositions(handle, '{}') instanceof Uint32Array);
});

test('a detached ArrayBuffer, a BigInt or a Symbol as the text is refused, not thrown', () => {
  const detached = new TextEncoder().encode(mini).buffer;
  structuredClone(detached, { transfer: [detached] });
  assert.equal(detached.byteLength, 0);
  for (const [fn, what] of [['load', 'the dataset'], ['lint', 'the dataset']]) {
    for (const value of [detached, new ArrayBuffer(0), 10n, Symbol('text'), true, 5]) {
      const out = answer(fn, value);
      assert.equal(out.ok, false, `${fn}(${describe(value)})`);
      assert.equal(out.errors[0].path, '(root)');
      assert.match(out.errors[0].message, new RegExp(`^expected ${what} as a string`), `${fn}(${describe(value)})`);
    }
  }
  for (const value of [detached, 10n, Symbol('query')]) {
    const out = answer('query', handle, value);
    assert.equal(out.ok, false);
    assert.match(out.errors[0].message, /^expected the query as a string/);
  }
  // The bytes of an ArrayBuffer that is still attached load as before.
  const loaded = answer('load', new TextEncoder().encode(mini).buffer);
  assert.equal(loaded.ok, true);
  answer('release', loaded.handle);
});
