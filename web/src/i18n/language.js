// Which language the explorer speaks: the nearest lang (the element's own lang attribute, else the
// closest ancestor with one, crossing shadow roots, else the document's), matched to a strings table
// by its primary subtag. Unknown languages get English, formatted as English (a Spanish number inside
// an English sentence would be wrong), so the Intl locale follows the table that was chosen.
import en from './strings/en.js';
import es from './strings/es.js';
import { createI18n } from './i18n.js';
import { applyOverrides } from './overrides.js';

export const TABLES = { en, es };

/** The nearest lang attribute value for an element, or '' when no ancestor has one. */
export function nearestLang(element) {
  let node = element;
  while (node) {
    const found = node.closest ? node.closest('[lang]') : null;
    if (found) return found.getAttribute('lang') || '';
    const root = node.getRootNode ? node.getRootNode() : null;
    node = root && root.host ? root.host : null;
  }
  return (typeof document !== 'undefined' && document.documentElement && document.documentElement.lang) || '';
}

function canonical(tag) {
  try {
    return Intl.getCanonicalLocales(tag)[0] || '';
  } catch {
    return '';
  }
}

/**
 * The message functions (t, maybe, lang, formatNumber) for a BCP 47 tag; `strings` holds the page's own
 * words per language (overrides.js checkStrings).
 */
export function i18nFor(tag, strings = null) {
  const locale = canonical(String(tag || '').trim());
  const primary = locale.split('-')[0].toLowerCase();
  const table = Object.prototype.hasOwnProperty.call(TABLES, primary) ? TABLES[primary] : en;
  const words = strings && Object.prototype.hasOwnProperty.call(strings, table.lang) ? applyOverrides(table, strings[table.lang]) : table;
  return createI18n(table === en && primary !== 'en' ? 'en' : locale || table.lang, words);
}
