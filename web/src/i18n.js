// Message lookup: whole messages from the strings table, {placeholders} filled in,
// plural forms chosen with Intl.PluralRules. No sentence is ever built by concatenation.
import en from './strings/en.js';

export function createI18n(locale, table = en) {
  const lang = locale || table.lang || 'en';
  let plural;
  let number;
  try {
    plural = new Intl.PluralRules(lang);
    number = new Intl.NumberFormat(lang);
  } catch {
    plural = new Intl.PluralRules('en');
    number = new Intl.NumberFormat('en');
  }

  const lookup = (key) => key.split('.').reduce((node, part) => (node == null ? node : node[part]), table);

  const fill = (message, params) =>
    message.replace(/\{(\w+)\}/g, (whole, name) => {
      if (!(name in params)) return whole;
      const value = params[name];
      return typeof value === 'number' ? number.format(value) : String(value);
    });

  /** t('studies', {n: 3}) → "3 studies". Unknown keys return the key (visible, never a crash). */
  function t(key, params = {}) {
    let message = lookup(key);
    if (message && typeof message === 'object') {
      const n = typeof params.n === 'number' ? params.n : 0;
      message = message[plural.select(n)] ?? message.other;
    }
    if (typeof message !== 'string') return key;
    return fill(message, params);
  }

  /** Like t, but returns undefined when the key is missing (for labels with a data fallback). */
  function maybe(key, params = {}) {
    const message = lookup(key);
    return message == null ? undefined : t(key, params);
  }

  return { t, maybe, lang, formatNumber: (n) => number.format(n) };
}
