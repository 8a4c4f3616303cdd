// The one error type of loading: EngineError {code, problems}. `code` is be-error's detail.code
// (docs/embedding.md); `problems` is a list of {path, message} (path: a JSON path into the dataset, or '').
//   wasm-blocked, wasm-missing, wasm-unreachable, wasm-unsupported, wasm-failed, engine-missing:
//     the evidence engine could not start (loader.js diagnose());
//   data-unavailable: the dataset could not be downloaded; data-cross-origin: src is on another site;
//   data-invalid: the dataset is empty, not valid JSON, too large or breaks the format;
//   internal: a bug in the explorer.

export class EngineError extends Error {
  /**
   * @param {string} code
   * @param {Array<{path: string, message: string}>} problems
   */
  constructor(code, problems) {
    super(problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n') || code);
    this.code = code;
    this.problems = problems;
  }
}

// be-error's older, coarser field, derived from the code here only.
const REASONS = {
  'wasm-blocked': 'core',
  'wasm-missing': 'core',
  'wasm-unreachable': 'core',
  'wasm-unsupported': 'core',
  'wasm-failed': 'core',
  'engine-missing': 'core',
  'data-unavailable': 'fetch',
  'data-cross-origin': 'fetch',
  'data-invalid': 'dataset',
  internal: 'internal',
};

/** be-error's `reason` for a code. */
export function reasonOf(code) {
  return REASONS[code] || 'internal';
}

/** Whether the code says the engine itself could not start. */
export function isEngineFailure(code) {
  return reasonOf(code) === 'core';
}

/** Any thrown value as an EngineError: a bug in the explorer becomes 'internal'. */
export function asEngineError(error) {
  if (error instanceof EngineError) return error;
  return new EngineError('internal', [{ path: '', message: String(error && error.message ? error.message : error) }]);
}
