// Everything that knows about Emscripten: where the files next to this script are (locateFile), the one
// module promise per page (retried after a failure), why a module could not start (diagnose), and the
// editor-mode linter's own module. engine.js builds the API the element uses on top of this.
/* global BenefitsCore, BENEFITS_EMBEDDED_DATASET, BENEFITS_INTEGRITY, BENEFITS_ENGINE_INLINE */
import { EngineError } from './errors.js';

/**
 * The <script> element running this bundle, captured while it is evaluated (later there is none).
 * Not `document.currentScript`: a named element in the page (`<img name="currentScript" src="/uploads/…">`)
 * replaces that property, and every asset address would then point where the page's content chose. The
 * real getter of Document.prototype cannot be replaced that way, and a named property is never a script
 * element.
 */
function runningScript() {
  if (typeof document === 'undefined' || typeof Document === 'undefined') return null;
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript');
  const script = descriptor && descriptor.get ? descriptor.get.call(document) : null;
  return typeof HTMLScriptElement === 'function' && script instanceof HTMLScriptElement ? script : null;
}

const scriptElement = runningScript();
const scriptURL = scriptElement && scriptElement.src ? scriptElement.src : null;

/**
 * The shipped files as the ES module build (dist/benefits-explorer.mjs) finds them: next to the module file,
 * written as `new URL('./file', import.meta.url)` so that bundlers (Vite, webpack, Rollup, Parcel) see each
 * file, copy it into the app's build and rewrite the address. Null in the classic script (no import.meta).
 */
function moduleFiles() {
  if (!import.meta.url) return null;
  try {
    return {
      'benefits-core.wasm': new URL('./benefits-core.wasm', import.meta.url).href,
      'claims.json': new URL('./claims.json', import.meta.url).href,
      'claims.es.json': new URL('./claims.es.json', import.meta.url).href,
      'benefits-lint.js': new URL('./benefits-lint.js', import.meta.url).href,
      'benefits-lint.wasm': new URL('./benefits-lint.wasm', import.meta.url).href,
    };
  } catch {
    return null;
  }
}

const bundledFiles = moduleFiles();
let basePath = null; // setBasePath()

/** A folder address, resolved against the page (a missing final "/" is added: "/explorer" means "/explorer/"). */
function folderURL(path) {
  const url = new URL(String(path), document.baseURI);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

/**
 * Where the engine's .wasm, the default claims.json and the editor check are for every explorer of the page
 * (docs/embedding.md, "Where the files are"): a folder, relative to the page or absolute. `null` or '' goes
 * back to the default: next to the script or module file. An element's own `base-path` attribute wins.
 * @param {string|URL|null} path
 */
export function setBasePath(path) {
  basePath = path == null || path === '' ? null : folderURL(path);
}

/** The folder setBasePath() set, or null (the default: next to the script or module file). */
export function getBasePath() {
  return basePath;
}

/**
 * The address of a file that ships next to the element script (the .wasm, claims.json, the editor check):
 * in the folder `own` (an element's `base-path` attribute), else of setBasePath(), else where the module
 * build's bundler put it, else next to the classic script, else next to the page.
 * @param {string} name
 * @param {string|null} [own]
 */
export function assetURL(name, own) {
  if (own) return new URL(name, folderURL(own)).href;
  if (basePath) return new URL(name, basePath).href;
  if (bundledFiles && bundledFiles[name]) return bundledFiles[name];
  return new URL(name, scriptURL || document.baseURI).href;
}

// The SHA-384 of each file this script downloads and runs (scripts/bundle-web.mjs writes them in): the engine,
// and in editor mode the check's script and module. A file that differs (altered on its way or on the server,
// or from another release) is refused before it runs: a hostile module would get the page's objects through
// Embind (docs/security.md, "What the script checks"). Unbundled there is nothing to check against.
const INTEGRITY = typeof BENEFITS_INTEGRITY === 'object' && BENEFITS_INTEGRITY ? BENEFITS_INTEGRITY : {};
const ENGINE_INLINE = typeof BENEFITS_ENGINE_INLINE !== 'undefined'; // the single-file build: nothing to download

const NOT_THIS_BUILD = 'is not the file this script was built with (its SHA-384 differs: a file from another release, or one altered on the server or on its way)';

function base64(buffer) {
  let text = '';
  for (const byte of new Uint8Array(buffer)) text += String.fromCharCode(byte);
  return btoa(text);
}

/** The module compiled from `response` as it streams in, or from `bytes` where streaming cannot be used. */
async function compile(response, bytes) {
  if (typeof WebAssembly.compileStreaming === 'function') {
    try {
      return await WebAssembly.compileStreaming(response);
    } catch {
      /* a server that does not send application/wasm, or bytes that do not compile: compiled again below */
    }
  }
  try {
    return await WebAssembly.compile(await bytes);
  } catch (error) {
    throw new Error(String(error), { cause: error }); // "CompileError: …", as the glue reports it
  }
}

/**
 * Download a WebAssembly file, check it against its hash, and only then instantiate it with the glue's imports
 * (the glue's `instantiateWasm` hook). It is compiled while it streams in, as the glue would (compiling runs
 * nothing; the browser keeps its code cache) while a copy of the stream is hashed. Messages keep the words
 * diagnose() reads ("status code is not ok", "fetch"). Without Web Crypto (a page served over plain http: not a
 * secure context) nothing can be checked, and nothing would be gained by it: whoever can alter the .wasm there
 * can alter this script too.
 */
async function instantiateChecked(name, url, imports) {
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new Error(`failed to fetch ${name}: ${error && error.message ? error.message : error}`, { cause: error });
  }
  if (!response.ok) throw new Error(`failed to load wasm binary file at '${url}': status code is not ok (${response.status})`);
  const bytes = response.clone().arrayBuffer();
  bytes.catch(() => { /* reported by compile() or the check below */ });
  const module = await compile(response, bytes);
  await checkIntegrity(name, url, await bytes);
  return WebAssembly.instantiate(module, imports);
}

/** Throws (with `integrity: true`) when `bytes` are not the file `name` this script was built with. */
async function checkIntegrity(name, url, bytes) {
  const expected = INTEGRITY[name];
  const subtle = typeof crypto === 'object' && crypto && crypto.subtle;
  if (!expected || !subtle) return;
  const found = `sha384-${base64(await subtle.digest('SHA-384', bytes))}`;
  if (found !== expected) throw Object.assign(new Error(`${url} ${NOT_THIS_BUILD}`), { integrity: true });
}

/**
 * A text file this script downloads and uses (the styles of what is built on use: features/on-use-styles.js),
 * checked against its hash like the engine. Rejects with a message naming the address and what went wrong,
 * after `timeoutSeconds` at the latest.
 */
export async function fetchCheckedText(name, url, timeoutSeconds) {
  const signal = AbortSignal.timeout(timeoutSeconds * 1000);
  const failed = (error) => new Error(signal.aborted
    ? `${url} could not be downloaded in ${timeoutSeconds} s`
    : `${url} could not be downloaded (offline, or the page's connect-src does not allow it)`, { cause: error });
  let response;
  let bytes;
  try {
    response = await fetch(url, { credentials: 'same-origin', signal });
    if (response.ok) bytes = await response.arrayBuffer();
  } catch (error) {
    throw failed(error);
  }
  if (!response.ok) throw new Error(`${url} was not found on the server (status ${response.status})`);
  await checkIntegrity(name, url, bytes);
  return new TextDecoder().decode(bytes);
}

/**
 * The options that make an Emscripten factory download its .wasm through instantiateChecked(), and a promise
 * that rejects if that fails (the glue itself would wait for ever).
 */
function checkedStart(name, url) {
  let fail;
  const failed = new Promise((_, reject) => { fail = reject; });
  failed.catch(() => { /* the caller races it */ });
  const options = ENGINE_INLINE || !INTEGRITY[name] ? {} : {
    instantiateWasm(imports, receive) {
      instantiateChecked(name, url, imports).then((instance) => receive(instance)).catch(fail);
      return {};
    },
  };
  return { options, failed };
}

let modulePromise = null;
let engineBase = null; // the base-path attribute of the explorer that started the engine (one engine per page)

function factory() {
  // In the built file the Emscripten glue shares a function scope with this bundle.
  if (typeof BenefitsCore === 'function') return BenefitsCore;
  return null;
}

// The smallest valid module: if even this does not compile, the page forbids WebAssembly.
const EMPTY_MODULE = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);

function compiles() {
  try {
    return new WebAssembly.Module(EMPTY_MODULE) instanceof WebAssembly.Module;
  } catch {
    return false;
  }
}

function coreError(code, message) {
  return new EngineError(code, [{ path: '', message }]);
}

/**
 * Why the engine could not start, from the error and what the Emscripten glue said while starting:
 * 'wasm-unsupported', 'wasm-blocked' (the page's CSP has no 'wasm-unsafe-eval'), 'wasm-missing' (the
 * server answered with an error status), 'wasm-unreachable' (offline, or connect-src does not allow it),
 * or 'wasm-failed'. The message says it in words an editor can act on (it is shown and logged).
 */
function diagnose(cause, notes) {
  const text = [cause && cause.message ? cause.message : String(cause), ...notes].join('\n');
  const url = assetURL('benefits-core.wasm', engineBase);
  if (typeof WebAssembly !== 'object') return coreError('wasm-unsupported', 'this browser cannot run WebAssembly');
  if (/Content.Security|\bCSP\b|unsafe-eval/i.test(text) || !compiles()) {
    return coreError('wasm-blocked', "this page's Content-Security-Policy does not allow WebAssembly: script-src needs 'wasm-unsafe-eval'");
  }
  if (/status code is not ok|failed to load wasm binary/i.test(text)) return coreError('wasm-missing', `${url} was not found on the server`);
  if (/fetch/i.test(text)) {
    if (typeof window !== 'undefined' && window.origin === 'null') {
      return coreError('wasm-unreachable', `${url} cannot be downloaded: this page has no origin of its own (a frame sandboxed without allow-same-origin, or a file opened from disk); the single-file build works there`);
    }
    return coreError('wasm-unreachable', `${url} could not be downloaded (offline, or the page's connect-src does not allow it)`);
  }
  if (cause && cause.integrity) return coreError('wasm-failed', cause.message);
  // "Aborted(CompileError: …). Build with -s ASSERTIONS=1 for more info." → "CompileError: …"
  const detail = String(cause && cause.message ? cause.message : cause).split('\n')[0]
    .replace(/\. Build with -s ASSERTIONS=1 for more info\.$/, '').replace(/^Aborted\((.*)\)$/, '$1');
  return coreError('wasm-failed', `${url} is not a working evidence engine (${detail})`);
}

/**
 * The shared module promise. Rejects (once, and is then retried on the next call) if the core cannot
 * start, with an EngineError whose code says why (see diagnose). `element`: the explorer asking; when it
 * starts the engine, its `base-path` attribute says where the engine's files are.
 * @param {Element} [element]
 */
export function getModule(element) {
  if (!modulePromise) {
    engineBase = element && typeof element.getAttribute === 'function' ? element.getAttribute('base-path') : null;
    const create = factory();
    if (!create) return Promise.reject(coreError('engine-missing', 'this script has no evidence engine inside'));
    // Until the engine has started, the glue's own messages (console.warn by default: "wasm streaming
    // compile failed…", "Aborted(…)") are kept to explain a failure instead of being printed: the
    // failure is logged once, by the element. A module that failed stays quiet.
    let starting = true;
    const notes = [];
    const printErr = (text) => {
      if (starting) notes.push(String(text));
      else console.warn(text);
    };
    // The factory runs in the next microtask: after the rest of the module that imported the element (its
    // setBasePath() call, even for explorers already in the page), and still before the dataset's download
    // starts (readDataset waits a microtask too), so the .wasm download starts first.
    modulePromise = Promise.resolve().then(() => {
      const { options, failed } = checkedStart('benefits-core.wasm', assetURL('benefits-core.wasm', engineBase));
      return Promise.race([create({ locateFile: (path) => assetURL(path, engineBase), printErr, ...options }), failed]);
    })
      .then((module) => {
        starting = false;
        return module;
      }, (cause) => {
        modulePromise = null; // allow a later retry (for example after going back online)
        throw diagnose(cause, notes);
      });
  }
  return modulePromise;
}

let linterPromise = null;
let scriptPolicy; // the Trusted Types policy for the linter's script: undefined until asked, null if refused

/** The name of the Trusted Types policy a page that enforces Trusted Types must allow (docs/embedding.md). */
const TRUSTED_TYPES_POLICY = 'benefits-explorer';

/**
 * What to assign to the linter script's src: a TrustedScriptURL from the 'benefits-explorer' policy, which
 * passes this one address and nothing else, or the plain string when the browser has no Trusted Types or
 * the page does not allow the policy (then the assignment below says whether the page enforces them).
 */
function linterScriptURL(url) {
  if (typeof trustedTypes === 'undefined' || !trustedTypes || typeof trustedTypes.createPolicy !== 'function') return url;
  if (scriptPolicy === undefined) {
    try {
      scriptPolicy = trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL: (candidate) => {
          if (candidate === url) return candidate;
          throw new TypeError(`${TRUSTED_TYPES_POLICY}: refused the script address ${candidate}`);
        },
      });
    } catch {
      scriptPolicy = null;
    }
  }
  return scriptPolicy ? scriptPolicy.createScriptURL(url) : url;
}

function linterBlocked() {
  return new Error(`this page enforces Trusted Types and its trusted-types directive does not allow the policy "${TRUSTED_TYPES_POLICY}", `
    + `so the check's script cannot be loaded (add ${TRUSTED_TYPES_POLICY} to trusted-types; docs/embedding.md, "Content-Security-Policy")`);
}

/**
 * The module that runs the editor check: the page's own when it has lint() (the single-file build),
 * otherwise benefits-lint.js next to this script, fetched on first use only (editor mode), so the page's
 * module carries no linter. The script hands its factory over on its own <script> element (no global).
 */
export function getLinter() {
  if (!linterPromise) {
    linterPromise = getModule().then((core) => {
      if (typeof core.lint === 'function') return core;
      const url = assetURL('benefits-lint.js', engineBase);
      return new Promise((resolve, reject) => {
        const script = document.createElement('script');
        if (scriptElement && scriptElement.nonce) script.nonce = scriptElement.nonce;
        if (INTEGRITY['benefits-lint.js']) {
          script.integrity = INTEGRITY['benefits-lint.js'];
          script.crossOrigin = 'anonymous'; // integrity needs a CORS request (same-origin files pass as they are)
        }
        script.onload = () => {
          script.remove();
          if (typeof script.benefitsLint !== 'function') {
            reject(Object.assign(new Error('unavailable'), { reason: 'unavailable' }));
            return;
          }
          const { options, failed } = checkedStart('benefits-lint.wasm', assetURL('benefits-lint.wasm', engineBase));
          Promise.race([script.benefitsLint({ locateFile: (path) => assetURL(path, engineBase), ...options }), failed]).then(resolve, reject);
        };
        script.onerror = () => {
          script.remove();
          reject(new Error(`${url} could not be loaded${INTEGRITY['benefits-lint.js'] ? `: it is missing, or it ${NOT_THIS_BUILD}` : ''}`));
        };
        try {
          script.src = linterScriptURL(url);
        } catch {
          reject(linterBlocked());
          return;
        }
        document.head.append(script);
      });
    }).catch((error) => {
      linterPromise = null; // allow a later retry
      throw error;
    });
  }
  return linterPromise;
}

/**
 * The default dataset when the bundle carries it (dist/benefits-explorer.single.js, for pages opened
 * from file:// where claims.json cannot be fetched); null in the regular build.
 */
export function embeddedDataset() {
  return typeof BENEFITS_EMBEDDED_DATASET === 'string' ? BENEFITS_EMBEDDED_DATASET : null;
}
