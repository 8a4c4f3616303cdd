// Tiny DOM builders. Text always goes in as text nodes; attributes through setAttribute.
// There is deliberately no way to pass HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';
const HTML_NS = 'http://www.w3.org/1999/xhtml';
// A run this long without a space is not a word (a pasted URL, 5,000 letters from an editor's slip). It
// gets a <wbr> break opportunity every RUN_PIECE characters, so it cannot widen a table column (tables
// keep ordinary words whole, styles.css), and overflow-wrap: anywhere stays fast on it (Chrome took
// seconds per 5,000-letter run without them). The text is unchanged: textContent, copying and screen
// readers see the same characters.
const LONG_RUN = /\S{30,}/;
const RUN_PIECE = 15;
const graphemes = typeof Intl === 'object' && typeof Intl.Segmenter === 'function'
  ? (text) => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment)
  : (text) => Array.from(text);

function appendText(node, value) {
  const text = String(value);
  if (!text) return;
  if (node.namespaceURI !== HTML_NS || node.localName === 'option' || !LONG_RUN.test(text)) {
    node.append(document.createTextNode(text));
    return;
  }
  let last = 0;
  for (const match of text.matchAll(new RegExp(LONG_RUN, 'g'))) {
    if (match.index > last) node.append(document.createTextNode(text.slice(last, match.index)));
    const pieces = graphemes(match[0]);
    for (let i = 0; i < pieces.length; i += RUN_PIECE) {
      if (i) node.append(document.createElement('wbr'));
      node.append(document.createTextNode(pieces.slice(i, i + RUN_PIECE).join('')));
    }
    last = match.index + match[0].length;
  }
  if (last < text.length) node.append(document.createTextNode(text.slice(last)));
}

/**
 * el('p', {class: 'x', attrs: {id: 'y'}, text: 'hello'}, [children…])
 * Children may be nodes, strings (become text nodes), or null/false (skipped).
 */
export function el(tag, options = {}, children = []) {
  const node = document.createElement(tag);
  apply(node, options, children);
  return node;
}

export function svg(tag, options = {}, children = []) {
  const node = document.createElementNS(SVG_NS, tag);
  apply(node, options, children);
  return node;
}

function apply(node, { class: className, attrs, text, on } = {}, children) {
  if (className) node.setAttribute('class', Array.isArray(className) ? className.filter(Boolean).join(' ') : className);
  if (attrs) {
    for (const name of Object.keys(attrs)) {
      const value = attrs[name];
      if (value === null || value === undefined || value === false) continue;
      if (name === 'style' || name.startsWith('on')) throw new Error(`el(): attribute ${name} is not allowed`);
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  if (text !== undefined && text !== null) appendText(node, text);
  if (on) for (const [type, handler] of Object.entries(on)) node.addEventListener(type, handler);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child === 'string') appendText(node, child);
    else node.append(child);
  }
}

/**
 * The node a view wires inside its own root (a render just built it; an adopted prerendered screen has it).
 * A missing one is an error: the element then renders afresh instead of adopting (features/prerendered.js).
 */
export function find(root, selector) {
  const node = root.querySelector(selector);
  if (!node) throw new Error(`the ${selector} of ${root.className || root.localName} is missing`);
  return node;
}

/** A heading whose level is offset from the element's base heading level (clamped to h1…h6). */
export function heading(base, offset, options, children) {
  const level = Math.min(6, Math.max(1, base + offset));
  return el(`h${level}`, options, children);
}

/** Only https links; anything else becomes plain text. */
export function safeLink(href, text, options = {}) {
  let url;
  try {
    url = new URL(href);
  } catch {
    return el('span', { text });
  }
  if (url.protocol !== 'https:') return el('span', { text });
  return el('a', {
    ...options,
    text,
    attrs: { href: url.href, rel: 'noopener noreferrer', target: '_blank', ...(options.attrs || {}) },
  });
}

/**
 * A link to a place in this page (`#claim=…`). Its address is absolute, built from the page's own address:
 * a relative "#…" resolves against <base href>, which may name another page. The address is renewed when
 * the visitor reaches the link, in case the page changed its own address since (a single-page app's router).
 */
export function pageLink(hash, text, options = {}) {
  const link = el('a', { ...options, text, attrs: { ...(options.attrs || {}), href: pageAddress(hash) } });
  const renew = () => link.setAttribute('href', pageAddress(hash));
  for (const type of ['pointerenter', 'focus', 'contextmenu']) link.addEventListener(type, renew);
  return link;
}

/** This page's address with another fragment ('' for none); the path and the query stay. */
export function pageAddress(hash) {
  const url = new URL(window.location.href);
  url.hash = hash;
  return url.href;
}

/**
 * Element ids for one explorer's shadow root: a name written in the code and a counter, never the data's
 * ids (reference ids are free text: "a.b" and "a_b" once became the same element id). `start`: the last
 * number already used in the root (an adopted prerendered screen's, lastIdNumber).
 */
export function idMaker(start = 0) {
  let count = start;
  return (name) => `be-${name}-${++count}`;
}

/** The highest counter of idMaker()'s ids in `root` (0 if none). */
export function lastIdNumber(root) {
  let last = 0;
  for (const node of root.querySelectorAll('[id^="be-"]')) {
    const match = /^be-[a-z-]*?-(\d+)(?:--|$)/.exec(node.id);
    if (match) last = Math.max(last, Number(match[1]));
  }
  return last;
}

/** Join id parts written in the code (an id from idMaker() and a suffix) into one element id. */
export function domId(...parts) {
  return parts.map((p) => String(p).replace(/[^A-Za-z0-9_-]/g, '_')).join('--');
}
