// The host page's own words (docs/embedding.md, "Changing the words"): the `strings` property takes partial
// overrides per language, {en: {intro: '…'}, es: {intro: '…'}}, for the words that frame the explorer on a
// clinic's site (what it is, what the claims come from, the disclaimer). The words that state the evidence
// (verdicts, certainty, what the studies found, harms, warning signs) are not overridable: a page cannot make
// the explorer say the evidence is other than it is. A wrong entry is left out with a warning naming its path.

/** The keys a page may override (dotted: a member of a group). Each is a whole message of en.js/en-card.js. */
export const OVERRIDABLE = Object.freeze([
  'intro', // the paragraph under the title (also replaceable as a whole by <span slot="intro">)
  'howToRead', // the line above the list
  'explorerRegion', // the first words of the explorer's landmark name ("Evidence explorer")
  'disclaimerTitle', // "Information, not medical advice."
  'disclaimer', // the sentence after it (header and footer)
  'footerPrivacy', // the footer's privacy note
  'glanceTitle', // "The advert's 12 claims at a glance" ({one, other}, {n})
  'rowBrief', // the label before a claim's own words in its row ("The advert says")
  'briefFigures', // the title of a card's box of the advert's figures ("The advert's figures")
  'outcomesLead', // the lead of a card's summary of findings
  'unsupportedFigure', // "Not supported: the advert's figure …"
  'roleGroup.supports', // "Supports the advert (3 sources)" ({one, other}, {n})
  'roleGroup.contradicts', // "Goes against the advert (1 source)" ({one, other}, {n})
  'linkToClaim', // the card's "Link to this claim" (only with deep links on)
  'handoutLead', // the printed handout's first paragraph
  'handoutClaimsTitle', // the printed handout's heading of the claims
]);

const PLACEHOLDER = /\{(\w+)\}/g;
const placeholders = (message) => new Set(
  (typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) => [...String(text).matchAll(PLACEHOLDER)].map((m) => m[1])),
);
const lookup = (table, key) => key.split('.').reduce((node, part) => (node && Object.prototype.hasOwnProperty.call(node, part) ? node[part] : undefined), table);
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Check a `strings` value against the tables: returns {strings: {lang: {key: message}}, problems: [text]}
 * with only the entries that can be used. A message is a string, or for a counted message ({one, other})
 * an object of plural forms with at least `other` (a string counts for every form). It may use only the
 * placeholders of the message it replaces.
 * @param {unknown} value  what the page assigned
 * @param {object} tables  {lang: table} (i18n/language.js TABLES)
 */
export function checkStrings(value, tables) {
  const strings = {};
  const problems = [];
  if (value === null || value === undefined) return { strings, problems };
  if (!isObject(value)) return { strings, problems: [`strings: expected an object of languages, e.g. {en: {intro: '…'}}, got ${Array.isArray(value) ? 'an array' : typeof value}`] };
  for (const [lang, entries] of Object.entries(value)) {
    const at = `strings.${lang}`;
    if (!Object.prototype.hasOwnProperty.call(tables, lang)) {
      problems.push(`${at}: no such language (the explorer speaks ${Object.keys(tables).join(', ')}; use the primary subtag)`);
      continue;
    }
    if (!isObject(entries)) {
      problems.push(`${at}: expected an object of messages, e.g. {intro: '…'}`);
      continue;
    }
    for (const [key, message] of Object.entries(entries)) {
      const path = `${at}.${key}`;
      if (!OVERRIDABLE.includes(key)) {
        problems.push(`${path}: not one of the words a page may change (${OVERRIDABLE.join(', ')})`);
        continue;
      }
      const original = lookup(tables[lang], key);
      const counted = isObject(original);
      if (typeof message !== 'string' && !(counted && isObject(message) && typeof message.other === 'string' && Object.values(message).every((m) => typeof m === 'string'))) {
        problems.push(`${path}: expected ${counted ? 'a string, or {one, other} strings' : 'a string'}`);
        continue;
      }
      const known = placeholders(original);
      const unknown = [...placeholders(message)].filter((name) => !known.has(name));
      if (unknown.length) {
        const has = known.size ? `this message has ${[...known].map((n) => `{${n}}`).join(', ')}` : 'this message has none';
        problems.push(`${path}: unknown placeholder ${unknown.map((n) => `{${n}}`).join(', ')} (${has})`);
        continue;
      }
      (strings[lang] ||= {})[key] = counted && typeof message === 'string' ? { other: message } : message;
    }
  }
  return { strings, problems };
}

/** A strings table with a language's overrides put in (the table itself is never changed). */
export function applyOverrides(table, overrides) {
  if (!overrides) return table;
  const out = { ...table };
  for (const [key, message] of Object.entries(overrides)) {
    const parts = key.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) {
      node[part] = { ...node[part] };
      node = node[part];
    }
    node[parts[parts.length - 1]] = message;
  }
  return out;
}
