// The evidence engine as the element uses it (docs/architecture.md, "The JS ↔ wasm contract"):
//   openDataset(data, {translation}) → Dataset {view, query(q) → Uint32Array, release()}
//   lint(data) → the editor check's report
//   EngineError {code, problems}: the one error type (errors.js)
// Every answer of the module is JSON-parsed here; {ok:false} becomes an EngineError with the core's errors.
import { getModule, getLinter } from './loader.js';
import { EngineError } from './errors.js';

export { EngineError, reasonOf, isEngineFailure, asEngineError } from './errors.js';
export { getModule as startEngine, assetURL, embeddedDataset } from './loader.js';

function unwrap(text) {
  let result;
  try {
    result = JSON.parse(text);
  } catch (cause) {
    throw new EngineError('internal', [{ path: '', message: `The evidence engine returned unreadable output (${cause && cause.message}).` }]);
  }
  if (!result || result.ok !== true) {
    const problems = Array.isArray(result && result.errors) ? result.errors : [];
    throw new EngineError('data-invalid', problems.length ? problems : [{ path: '', message: 'The evidence engine reported a failure.' }]);
  }
  return result;
}

// A dataset as the core takes it: a string, or the downloaded bytes as they are (a Uint8Array), so that the
// core checks their UTF-8 itself, as the command line does, rather than the browser replacing bad bytes.
function datasetInput(data) {
  return data instanceof Uint8Array ? data : String(data);
}

/**
 * A dataset the core holds: its view, the query over it, and release() to free its memory.
 * The view lists what the list shows of each claim; a claim's details (the fields named in the view's
 * `claimDetails`: its outcome rows, links, effects, grades) are asked of the core the first time one of them is
 * read, for all of them at once, and kept on the claim from then on (docs/architecture.md, "View"). Until then
 * they are not the claim's own properties: `Object.keys` and `JSON.stringify` of a claim leave them out.
 */
class Dataset {
  #module;
  #handle;

  constructor(module, handle, view) {
    this.#module = module;
    this.#handle = handle;
    /** The view (docs/architecture.md, "View"). */
    this.view = view;
    this.#attachDetails();
  }

  // One prototype for every claim of the view, with a getter and a setter per detail: the first read (or write)
  // of any detail of a claim puts all of them on the claim itself, where they then hide the prototype's. (Ten
  // times cheaper than accessors on each claim: 3.5 against 38 ms at 10,000 claims, the same memory.)
  #attachDetails() {
    const names = Array.isArray(this.view.claimDetails) ? this.view.claimDetails : [];
    const claims = Array.isArray(this.view.claims) ? this.view.claims : [];
    // A claim's position is looked up when its details are first read (a card opening), not kept for every
    // claim: a Map of 10,000 claims costs 1.2 MiB and 9 ms of the load.
    const fill = (claim) => {
      const details = this.#details(claims.indexOf(claim));
      for (const name of names) Object.defineProperty(claim, name, { value: details[name], writable: true, enumerable: true, configurable: true });
    };
    const details = Object.fromEntries(names.map((name) => [name, {
      get() {
        fill(this);
        return this[name];
      },
      set(value) {
        fill(this);
        this[name] = value;
      },
      configurable: true,
    }]));
    const prototype = Object.create(Object.prototype, details);
    for (const claim of claims) Object.setPrototypeOf(claim, prototype);
  }

  #details(position) {
    if (this.#handle == null) throw new EngineError('internal', [{ path: '', message: 'the dataset was released' }]);
    return unwrap(this.#module.claimDetails(this.#handle, position)).claim;
  }

  /**
   * Filter/search/sort. The matching claims in order, as their positions in the view's claims (a Uint32Array:
   * a keystroke can match thousands, and numbers cross from wasm without JSON). Throws an EngineError.
   */
  query(q) {
    if (this.#handle == null) throw new EngineError('internal', [{ path: '', message: 'the dataset was released' }]);
    const answer = this.#module.queryPositions(this.#handle, JSON.stringify(q));
    if (typeof answer !== 'string') return answer;
    unwrap(answer); // a failure: throws
    return new Uint32Array(0);
  }

  /** Forget the dataset in the core. Never throws; a second call does nothing. */
  release() {
    if (this.#handle == null) return;
    const handle = this.#handle;
    this.#handle = null;
    try {
      this.#module.release(handle);
    } catch {
      /* releasing is best effort */
    }
  }
}

/**
 * Parse and validate a dataset (text or UTF-8 bytes), with a translation applied when one is given:
 * `options.translation` is the translation document's text (or bytes), the tag of a translation the dataset
 * holds inline ("es"), or null for none (docs/format.md, "Translations"). The view is then in the
 * translation's language (view.language; view.source_language is the dataset's). A translation with problems
 * rejects like a dataset with problems, with paths such as texts["claims.x.summary"]. `engine` is the caller's
 * startEngine() promise, so that an engine that failed to start is reported, not started (and downloaded) again;
 * openDataset(data, engine) (no options) is still accepted.
 * @returns {Promise<Dataset>}  rejects with an EngineError (an engine code, or data-invalid)
 */
export async function openDataset(data, options = {}, engine = undefined) {
  if (options && typeof options.then === 'function') {
    engine = options;
    options = {};
  }
  const module = await (engine || getModule());
  const translation = options && options.translation != null ? datasetInput(options.translation) : null;
  const answer = translation == null ? module.load(datasetInput(data)) : module.loadTranslated(datasetInput(data), translation);
  const result = unwrap(answer);
  return new Dataset(module, result.handle, result.view);
}

/** The size limit of a dataset in bytes: the core's own (benefits::Limits::max_bytes). */
export async function maxBytes(engine = getModule()) {
  const module = await engine;
  return module.maxBytes();
}

/**
 * The editor check (docs/linter.md): {lang, errors, warnings, findings:[{rule, severity, path, claim?,
 * claim_title?, message, fix}]}, under the profile 'strict' (the default) or 'lenient', its messages and fixes
 * in `lang` (the page's: Spanish for "es…", English otherwise; the answer's `lang` says which).
 * Rejects with .reason 'unavailable' when this build has no linter.
 */
export async function lint(data, profile = 'strict', lang = 'en') {
  const linter = await getLinter();
  return unwrap(linter.lint_with_profile(datasetInput(data), profile, String(lang || 'en')));
}

