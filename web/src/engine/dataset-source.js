// Where a <benefits-explorer>'s dataset comes from (readDataset): its inline <script type="application/json">,
// its src, the dataset built into the single-file bundle, or the default claims.json (next to the script, or
// in its base path: loader.js assetURL).
// Downloads (src or claims.json) come from this page's site only, also after redirects (an address the page
// preloads is fetched in CORS mode so that the preload can be taken over; an answer from another site is refused
// all the same); never more than the core's size limit (refused at once when the Content-Length says so,
// otherwise the stream is stopped at the limit); within a time limit; abortable. They resolve the bytes as they came (a Uint8Array): the core checks
// their UTF-8, as the command line does. Failures are EngineErrors (data-unavailable, data-cross-origin,
// data-invalid) whose message is for the page's editors.
// A dataset's translation (readTranslation) is read the same way, from beside the dataset: a file name of the
// dataset's "translations" member resolved against the dataset's own address, same-site only, within the same
// limits; the single-file build has the default dataset's translations built in.
/* global BENEFITS_EMBEDDED_TRANSLATIONS */
import { EngineError } from './errors.js';
import { assetURL, embeddedDataset } from './loader.js';

// setTimeout's largest delay (about 24.8 days); a longer one would fire at once.
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

class DatasetError extends EngineError {
  constructor(code, message) {
    super(code, [{ path: '', message }]);
  }
}

/** Thrown when the caller's signal ended the download (a newer load superseded it): not a failure to show. */
export class DownloadAborted extends Error {}

/**
 * The dataset of `element`: its inline JSON (a string), the single-file build's own, or the bytes downloaded
 * from its src or the claims.json next to the script.
 * @param {HTMLElement} element
 * @param {object} options
 * @param {AbortSignal} options.signal
 * @param {number} options.timeoutSeconds
 * @param {() => Promise<number>} options.maxBytes
 * @param {(key: string, params?: object) => string} options.t
 * @returns {Promise<string|Uint8Array>}
 */
export async function readDataset(element, { signal, timeoutSeconds, maxBytes, t }) {
  const inline = [...element.children].find((child) => child.localName === 'script' && (child.type || '').toLowerCase() === 'application/json');
  if (inline) {
    const text = inline.textContent || '';
    if (!text.trim()) throw new DatasetError('data-invalid', t('inlineEmpty'));
    return text;
  }
  const src = element.getAttribute('src');
  if (!src) {
    const embedded = embeddedDataset();
    if (embedded) return embedded;
  }
  // One microtask first, as the engine's start does (loader.js getModule): a setBasePath() in the module that
  // imported the element has run by then. A newer load may have superseded this one meanwhile.
  await null;
  if (signal.aborted) throw new DownloadAborted('superseded');
  const url = datasetURL(src, assetURL('claims.json', element.getAttribute('base-path')), t);
  return downloadDataset(url, { signal, timeoutMs: Math.min(timeoutSeconds * 1000, MAX_TIMEOUT_MS), maxBytes, t });
}

/**
 * A translation of `element`'s dataset (`file`: a name from the dataset's "translations" member), read from
 * beside the dataset: its src, the claims.json next to the script, or the page for an inline dataset. The
 * single-file build's own dataset has its translations built in (no download). Same rules and errors as
 * readDataset (same site only, size and time limits, abortable).
 * @param {HTMLElement} element
 * @param {string} file
 * @param {object} options  as readDataset's
 * @returns {Promise<string|Uint8Array>}
 */
export async function readTranslation(element, file, { signal, timeoutSeconds, maxBytes, t }) {
  const inline = [...element.children].some((child) => child.localName === 'script' && (child.type || '').toLowerCase() === 'application/json');
  const src = inline ? null : element.getAttribute('src');
  if (!inline && !src && embeddedDataset()) {
    const built = typeof BENEFITS_EMBEDDED_TRANSLATIONS === 'object' && BENEFITS_EMBEDDED_TRANSLATIONS
      && Object.prototype.hasOwnProperty.call(BENEFITS_EMBEDDED_TRANSLATIONS, file) ? BENEFITS_EMBEDDED_TRANSLATIONS[file] : null;
    if (typeof built === 'string') return built;
    throw new DatasetError('data-unavailable', t('fetchNetwork', { url: String(file) }));
  }
  // Beside the dataset: the page for an inline one, its src, or the default claims.json (in the base path, or
  // where the module build's bundler put it: the bundler may rename claims.json, so the default dataset's own
  // translation file is one of the module's files too, loader.js moduleFiles).
  const own = element.getAttribute('base-path');
  let base = inline ? document.baseURI : assetURL('claims.json', own);
  try {
    if (src) base = String(new URL(src, document.baseURI));
  } catch {
    throw new DatasetError('data-cross-origin', t('crossOrigin', { url: String(src) }));
  }
  let address;
  try {
    address = !inline && !src && /^[\w.-]+$/.test(String(file)) ? assetURL(String(file), own) : new URL(String(file), base).href;
  } catch {
    throw new DatasetError('data-cross-origin', t('crossOrigin', { url: String(file) }));
  }
  const url = datasetURL(address, address, t);
  return downloadDataset(url, { signal, timeoutMs: Math.min(timeoutSeconds * 1000, MAX_TIMEOUT_MS), maxBytes, t });
}

/**
 * The address of a dataset: `src` resolved against the page, or `fallback` (claims.json next to the script).
 * Throws a DatasetError (data-cross-origin) for an address that is not on this page's site.
 * @param {string|null} src
 * @param {string} fallback
 * @param {(key: string, params?: object) => string} t
 */
function datasetURL(src, fallback, t) {
  if (hasNoOrigin()) throw new DatasetError('data-unavailable', t('fetchNoOrigin', { url: String(src || fallback) }));
  let url;
  try {
    url = src ? new URL(src, document.baseURI) : new URL(fallback);
  } catch {
    throw new DatasetError('data-cross-origin', t('crossOrigin', { url: String(src) }));
  }
  if (url.origin !== window.location.origin) throw new DatasetError('data-cross-origin', t('crossOrigin', { url: url.href }));
  return url;
}

/**
 * A document with an opaque origin (a frame sandboxed without allow-same-origin, or a file opened from disk)
 * can download nothing from the site it was served from: every request is cross-origin and refused.
 */
function hasNoOrigin() {
  return typeof window !== 'undefined' && window.origin === 'null';
}

/**
 * @param {URL} url           a same-site address (datasetURL)
 * @param {object} options
 * @param {AbortSignal} options.signal         aborts the download (then DownloadAborted is thrown)
 * @param {number} options.timeoutMs           the whole download, headers and body
 * @param {() => Promise<number>} options.maxBytes  the size limit (asked once the headers are in)
 * @param {(key: string, params?: object) => string} options.t
 * @returns {Promise<Uint8Array>}
 */
async function downloadDataset(url, { signal, timeoutMs, maxBytes, t }) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const stop = () => controller.abort();
  signal.addEventListener('abort', stop);
  // Why a failed step failed: the caller's abort, the time limit, or the error itself.
  const explain = (error) => {
    if (signal.aborted) return new DownloadAborted('superseded');
    if (timedOut) return new DatasetError('data-unavailable', t('fetchTimeout', { url: url.href, n: timeoutMs / 1000 }));
    return error;
  };
  let response = null;
  try {
    try {
      // mode 'same-origin': a redirect to another site is a network error, whatever the page's CSP allows. An
      // address the page preloads was fetched by the browser already, in CORS mode (its redirects followed): only
      // a fetch in that mode takes that download over instead of starting a second one.
      const mode = preloadedByPage(url) ? 'cors' : 'same-origin';
      response = await fetch(url.href, { mode, credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: controller.signal });
    } catch (error) {
      throw explain(await networkFailure(url, controller.signal, t, error));
    }
    // Only a same-origin answer is 'basic'; one from another site after a redirect is 'cors'.
    if (response.type !== 'basic' || (response.url && new URL(response.url).origin !== window.location.origin)) {
      throw new DatasetError('data-cross-origin', t('fetchRedirected', { url: url.href }));
    }
    if (!response.ok) throw new DatasetError('data-unavailable', t('fetchFailed', { url: url.href, status: response.status }));
    const limit = await maxBytes();
    const declared = declaredLength(response);
    if (declared !== null && declared > limit) throw tooLarge(url, limit, t);
    try {
      return await readAtMost(response, limit, () => tooLarge(url, limit, t));
    } catch (error) {
      if (error instanceof DatasetError) throw error;
      throw explain(new DatasetError('data-unavailable', t('fetchNetwork', { url: url.href })));
    }
  } catch (error) {
    if (response && response.body && !response.bodyUsed) response.body.cancel().catch(() => {});
    throw explain(error);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}

/**
 * Whether the page's own markup preloads `url` the way the download asks for it
 * (`<link rel="preload" href="…" as="fetch" crossorigin>`, docs/embedding.md "Starting the downloads early").
 * @param {URL} url
 */
function preloadedByPage(url) {
  for (const link of document.querySelectorAll('link[rel~="preload" i][as="fetch" i]')) {
    if (link.href === url.href && link.crossOrigin === 'anonymous') return true;
  }
  return false;
}

/**
 * A fetch that failed as a whole: a redirect that leaves the site (mode 'same-origin' makes it a network
 * error), or the network itself. Asking again without following redirects tells the two apart.
 */
async function networkFailure(url, signal, t, error) {
  if (signal.aborted) return error;
  try {
    const probe = await fetch(url.href, { mode: 'same-origin', credentials: 'same-origin', redirect: 'manual', signal });
    if (probe.type === 'opaqueredirect') return new DatasetError('data-cross-origin', t('fetchRedirected', { url: url.href }));
  } catch {
    /* the network failed again: say so below */
  }
  return new DatasetError('data-unavailable', t('fetchNetwork', { url: url.href }));
}

function tooLarge(url, limit, t) {
  return new DatasetError('data-invalid', t('fetchTooLarge', { url: url.href, limit }));
}

// The body's size from Content-Length, when the body is not compressed (then the header gives the
// compressed size, and the stream below counts the real one).
function declaredLength(response) {
  const encoding = (response.headers.get('Content-Encoding') || 'identity').trim().toLowerCase();
  const length = response.headers.get('Content-Length');
  if (encoding !== 'identity' || length === null || !/^\d+$/.test(length.trim())) return null;
  return Number(length);
}

/** The body, read chunk by chunk; past `limit` bytes the rest is cancelled and tooLarge() is thrown. */
async function readAtMost(response, limit, tooLargeError) {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      reader.cancel().catch(() => {});
      throw tooLargeError();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
