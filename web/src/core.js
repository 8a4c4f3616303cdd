// The facade over the wasm core (see docs/architecture.md, "The JS ↔ wasm contract").
// One module promise per page, created lazily on first use; every result is JSON-parsed here;
// {ok:false} becomes an Error whose .problems is the core's errors array.
/* global BenefitsCore */

// Captured while this script is being evaluated: later, document.currentScript is null.
const scriptElement = typeof document !== 'undefined' ? document.currentScript : null;
const scriptURL = scriptElement && scriptElement.src ? scriptElement.src : null;

/** Where files that ship next to the element script (the .wasm, claims.json) live. */
export function assetURL(name) {
  return new URL(name, scriptURL || document.baseURI).href;
}

let modulePromise = null;

function factory() {
  // In the built file the Emscripten glue shares a function scope with this bundle.
  if (typeof BenefitsCore === 'function') return BenefitsCore;
  return null;
}

/** The shared module promise. Rejects (once, and is then retried on the next call) if the core cannot start. */
export function getCore() {
  if (!modulePromise) {
    const create = factory();
    if (!create) {
      const error = new Error('missing');
      error.reason = 'core';
      return Promise.reject(error);
    }
    modulePromise = Promise.resolve()
      .then(() => create({ locateFile: (path) => assetURL(path) }))
      .catch((cause) => {
        modulePromise = null; // allow a later retry (for example after going back online)
        const error = new Error(cause && cause.message ? cause.message : String(cause));
        error.reason = 'core';
        throw error;
      });
  }
  return modulePromise;
}

function unwrap(text) {
  let result;
  try {
    result = JSON.parse(text);
  } catch (cause) {
    const error = new Error('The evidence engine returned unreadable output.');
    error.problems = [{ path: '', message: String(cause && cause.message) }];
    throw error;
  }
  if (!result || result.ok !== true) {
    const problems = Array.isArray(result && result.errors) ? result.errors : [];
    const error = new Error(problems.length ? problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n') : 'The evidence engine reported a failure.');
    error.problems = problems;
    throw error;
  }
  return result;
}

/** Parse and validate a dataset. Resolves {handle, view}; rejects with .problems on invalid data. */
export async function load(text) {
  const core = await getCore();
  const result = unwrap(core.load(String(text)));
  return { handle: result.handle, view: result.view };
}

/** Filter/search/sort. Resolves the ordered list of claim ids. */
export async function query(handle, q) {
  const core = await getCore();
  return unwrap(core.query(handle, JSON.stringify(q))).ids;
}

/** Forget a dataset. Never throws. */
export async function release(handle) {
  if (handle == null || !modulePromise) return;
  try {
    const core = await modulePromise;
    core.release(handle);
  } catch {
    /* releasing is best effort */
  }
}

/** The written grading rule, one step per string. */
export async function gradingRule() {
  const core = await getCore();
  return unwrap(core.gradingRule()).steps;
}
