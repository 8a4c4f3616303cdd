// Message lookup: whole messages from the strings table, {placeholders} filled in,
// plural forms chosen as Intl.PluralRules does (formats.js). No sentence is ever built by concatenation.
import en from './strings/en.js';
import { formatNumber as formatNumberIn, pluralCategory } from './formats.js';

// Bidi controls that open or close an embedding, override or isolate (U+202A–U+202E, U+2066–U+2069).
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * A value put into a message is isolated when it carries bidi controls, so that a right-to-left override
 * pasted into the data (U+202E) cannot run on into the words around it ("… can cause harm" shown
 * reversed). An unmatched PDI in the value would close our isolate early: one extra FSI per such PDI
 * absorbs them, and a PDI per isolate the value leaves open closes those. Values without bidi controls
 * are returned unchanged.
 */
export function isolateBidi(value) {
  const text = String(value);
  if (!BIDI_CONTROL.test(text)) return text;
  let open = 0; // isolates the value opened and has not closed
  let stray = 0; // PDIs with no isolate of the value to close
  for (const ch of text) {
    if (ch === '\u2066' || ch === '\u2067' || ch === FSI) open += 1;
    else if (ch === PDI) {
      if (open > 0) open -= 1;
      else stray += 1;
    }
  }
  return FSI.repeat(stray + 1) + text + PDI.repeat(open + 1);
}

export function createI18n(locale, table = en) {
  const lang = locale || table.lang || 'en';
  const plural = (n) => pluralCategory(lang, n);
  const formatNumber = (n) => formatNumberIn(lang, n);

  // Own properties only: a key built from data ("kind.constructor") must not find Object.prototype's.
  const lookup = (key) => key.split('.').reduce(
    (node, part) => (node != null && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, part) ? node[part] : undefined),
    table,
  );

  const fill = (message, params) =>
    message.replace(/\{(\w+)\}/g, (whole, name) => {
      if (!(name in params)) return whole;
      const value = params[name];
      return typeof value === 'number' ? formatNumber(value) : isolateBidi(value);
    });

  /** t('studies', {n: 3}) → "3 studies". Unknown keys return the key (visible, never a crash). */
  function t(key, params = {}) {
    let message = lookup(key);
    if (message && typeof message === 'object') {
      const n = typeof params.n === 'number' ? params.n : 0;
      message = message[plural(n)] ?? message.other;
    }
    if (typeof message !== 'string') return key;
    return fill(message, params);
  }

  /** Like t, but returns undefined when the key is missing (for labels with a data fallback). */
  function maybe(key, params = {}) {
    const message = lookup(key);
    return message == null ? undefined : t(key, params);
  }

  /**
   * Like t, but some values are DOM nodes (a span marked with the language of the text it holds): returns
   * the message as a list of strings and those nodes, in the message's own order, for el()'s children.
   */
  function tNodes(key, params = {}, nodes = {}) {
    const marks = {};
    const filled = { ...params };
    Object.keys(nodes).forEach((name, i) => {
      marks[name] = `\u0000${i}\u0000`;
      filled[name] = marks[name];
    });
    const text = t(key, filled);
    const names = Object.keys(nodes);
    // eslint-disable-next-line no-control-regex -- NUL marks the places of the nodes (set just above)
    return text.split(/\u0000(\d+)\u0000/).map((part, i) => (i % 2 ? nodes[names[Number(part)]] : part)).filter((part) => part !== '');
  }

  return { t, tNodes, maybe, lang, formatNumber };
}
