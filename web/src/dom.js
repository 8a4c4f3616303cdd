// Tiny DOM builders. Text always goes in through textContent; attributes through setAttribute.
// There is deliberately no way to pass HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

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
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'style' || name.startsWith('on')) throw new Error(`el(): attribute ${name} is not allowed`);
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (on) for (const [type, handler] of Object.entries(on)) node.addEventListener(type, handler);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
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

/** Text span hidden visually but read by screen readers. */
export function srOnly(text) {
  return el('span', { class: 'sr-only', text });
}

/** Turn an arbitrary data id into something safe for an element id. */
export function domId(...parts) {
  return parts.map((p) => String(p).replace(/[^A-Za-z0-9_-]/g, '_')).join('--');
}
