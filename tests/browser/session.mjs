// The browser and the server of one test file (node --test runs each file in a process of its own). A file
// calls startSession() at its top level, which starts both before its first test and closes them after its
// last, and imports `browser` and `server` (live bindings) instead of keeping its own. `routes`: pages beside
// dist/, or a function that returns them (called when the server starts, so it may use what the file defines
// further down).
import { before, after } from 'node:test';
import { launch, serve, requireDist } from './helpers.mjs';

export let browser = null;
export let server = null;

/** @param {object|(() => object)} [routes]  path → body or {body, type, status, headers} (scripts/serve.mjs) */
export function startSession(routes = {}) {
  before(async () => {
    requireDist();
    server = await serve(typeof routes === 'function' ? routes() : routes);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}
