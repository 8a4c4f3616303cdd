// What a render shows is decided by the build, the dataset's text (and the translation file it is shown in) and
// the element's settings that reach the DOM (language, heading level, label, the page's own words). The element writes their key on its frame's root
// (`data-be-key`), so a prerendered screen (scripts/prerender.mjs serialises that root) carries the key it was
// written with: the element adopts a prerendered screen only when its own key is the same
// (features/prerendered.js); otherwise the dataset or the build changed since, and it renders afresh.
/* global BENEFITS_BUILD */

// scripts/bundle-web.mjs defines it from the element's sources and the engine; unbundled code has none.
const BUILD = typeof BENEFITS_BUILD === 'string' ? BENEFITS_BUILD : 'unbundled';
const utf8 = new TextEncoder();

/**
 * Two 32-bit multiplicative hashes of `bytes` side by side (53 bits in all): not for security, only identity.
 * Four bytes a step (read little-endian, whatever the platform): it runs on a first render, before the
 * JIT has optimised anything.
 */
function hashBytes(bytes) {
  let h1 = 0xdeadbeef ^ bytes.length;
  let h2 = 0x41c6ce57 ^ bytes.length;
  const words = bytes.length >>> 2;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < words; i += 1) {
    const w = view.getUint32(i * 4, true);
    h1 = Math.imul(h1 ^ w, 2654435761);
    h2 = Math.imul(h2 ^ w, 1597334677);
    h1 = (h1 << 13) | (h1 >>> 19); // the high bits reach the low ones (a product alone only carries upwards)
    h2 = (h2 << 17) | (h2 >>> 15);
  }
  for (let i = words * 4; i < bytes.length; i += 1) {
    h1 = Math.imul(h1 ^ bytes[i], 2654435761);
    h2 = Math.imul(h2 ^ bytes[i], 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The dataset's digest: the same for its text as a string and as UTF-8 bytes (a download gives bytes, an
 * inline dataset a string).
 * @param {string|Uint8Array} text
 */
export function textDigest(text) {
  return hashBytes(typeof text === 'string' ? utf8.encode(text) : text);
}

/**
 * @param {string} digest  textDigest() of the dataset as read
 * @param {{lang: string, headingLevel: number, label: string|null, strings: object}} settings
 */
export function renderKey(digest, { lang, headingLevel, label, strings }) {
  const settings = utf8.encode(JSON.stringify([lang, headingLevel, label, strings]));
  return `${BUILD}.${digest}.${hashBytes(settings)}`;
}

/** The key on a frame's root (`data-be-key`). */
export function writeRenderKey(root, key) {
  root.setAttribute('data-be-key', key);
}

/** The key a frame's root carries (a prerendered one's: the render it was written by), or null. */
export function readRenderKey(root) {
  return root.getAttribute('data-be-key');
}
