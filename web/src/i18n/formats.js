// Plural categories, whole numbers, long dates, short lists and language names for the page's two languages,
// written out by hand: creating a page's first Intl object makes Chromium load its locale data (40–50 ms at 1×
// CPU), on the way to the first screen. Only the tags below, whose output equals Intl's exactly
// (tests/browser/formats.test.mjs compares them with Intl, in node and in Chromium), are formatted here;
// every other tag, and values outside the cases written out, go to Intl, made on first use, once per locale.

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** Digits of a non-negative integer in groups of three, joined by `separator`. */
const grouped = (digits, separator) => digits.replace(/\B(?=(\d{3})+$)/g, separator);

const COMMA = ', ';

// Spanish joins with "y", or "e" before an i sound ("Choi e Ibáñez"; "Hielo" keeps "y"), as ICU does.
const conjunction = (next) => (/^(?:[iI]|[hH][iI](?![aAeE]))/.test(next) ? ' e ' : ' y ');

// list(items, i): the words between items[i - 1] and items[i].
const ENGLISH = {
  list: () => COMMA,
  plural: (n) => (n === 1 ? 'one' : 'other'), // n: a non-negative safe integer, as for all `plural`s here
  integer: (digits) => grouped(digits, ','),
  longDate: (year, month, day) => `${EN_MONTHS[month]} ${day}, ${year}`,
  languages: { en: 'English', es: 'Spanish' },
};

const SPANISH = {
  // Two items take the conjunction; longer lists only commas (the short unit style).
  list: (items, i) => (items.length === 2 ? conjunction(items[i]) : COMMA),
  // CLDR: "many" for the whole millions (1 000 000, 2 000 000…), as Intl.PluralRules('es') says.
  plural: (n) => {
    if (n === 1) return 'one';
    return n !== 0 && n % 1000000 === 0 ? 'many' : 'other';
  },
  // CLDR's minimum grouping digits for es is 2: "1234", but "12.345".
  integer: (digits) => (digits.length > 4 ? grouped(digits, '.') : digits),
  longDate: (year, month, day) => `${day} de ${ES_MONTHS[month]} de ${year}`,
  languages: { en: 'inglés', es: 'español' },
};

const BRITISH = { ...ENGLISH, longDate: (year, month, day) => `${day} ${EN_MONTHS[month]} ${year}` };
// Mexico and Latin America group every thousand with a comma ("1,234").
const LATIN_AMERICAN = { ...SPANISH, integer: (digits) => grouped(digits, ',') };
// The United States: the same, and a conjunction before the last item of any list ("a, b y c").
const US_SPANISH = { ...LATIN_AMERICAN, list: (items, i) => (i === items.length - 1 ? conjunction(items[i]) : COMMA) };

// Exact canonical tags (language.js canonicalizes): others differ in a detail ("es-AR" writes 1.234 where
// Spain writes 1234, "en-IN" groups 12,34,567), so they go to Intl.
export const WRITTEN_OUT = {
  en: ENGLISH, 'en-US': ENGLISH, 'en-GB': BRITISH,
  es: SPANISH, 'es-ES': SPANISH, 'es-MX': LATIN_AMERICAN, 'es-419': LATIN_AMERICAN, 'es-US': US_SPANISH,
};

const written = (lang) => (Object.prototype.hasOwnProperty.call(WRITTEN_OUT, lang) ? WRITTEN_OUT[lang] : null);

const intlCache = new Map();
/** One Intl object of a kind per locale, made on first use; an invalid locale falls back to English. */
function intl(kind, lang, make) {
  const key = `${kind} ${lang}`;
  if (!intlCache.has(key)) {
    let made;
    try {
      made = make(lang);
    } catch {
      made = make('en');
    }
    intlCache.set(key, made);
  }
  return intlCache.get(key);
}

/**
 * The plural category of `n` ("one", "other"…) as Intl.PluralRules(lang) gives it. Written out for whole
 * numbers only: Intl rounds a fraction to 3 digits first (1.0001 is "one").
 */
export function pluralCategory(lang, n) {
  const rules = written(lang);
  if (rules && Number.isSafeInteger(n)) return rules.plural(Math.abs(n));
  return intl('plural', lang, (l) => new Intl.PluralRules(l)).select(n);
}

/** `n` as Intl.NumberFormat(lang) writes it ("12,345"; in Spanish "12.345"). */
export function formatNumber(lang, n) {
  const rules = written(lang);
  if (rules && Number.isSafeInteger(n) && !Object.is(n, -0)) return (n < 0 ? '-' : '') + rules.integer(String(Math.abs(n)));
  return intl('number', lang, (l) => new Intl.NumberFormat(l)).format(n);
}

/** An ISO date (YYYY-MM-DD) as a long date in UTC ("November 24, 2026"), or the value as given when it is no date. */
export function longDate(lang, iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  const rules = written(lang);
  const year = date.getUTCFullYear();
  if (rules && year >= 1000 && year <= 9999) return rules.longDate(year, date.getUTCMonth(), date.getUTCDate());
  try {
    return intl('date', lang, (l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
  } catch {
    return String(iso);
  }
}

/** The name of a language in the page's language ("inglés"), or its tag when the browser cannot name it. */
export function languageName(lang, tag) {
  const rules = written(lang);
  if (rules && Object.prototype.hasOwnProperty.call(rules.languages, tag)) return rules.languages[tag];
  try {
    return intl('language', lang, (l) => new Intl.DisplayNames([l], { type: 'language' })).of(tag) || tag;
  } catch {
    return tag;
  }
}

/**
 * Compares two strings in `lang`'s alphabetical order (Intl.Collator, one per language: the safety section
 * sorts a list for every harm and warning sign, and the constructor costs far more than the sorting); null where
 * the browser has no collator (the order given is then kept).
 */
export function textOrder(lang) {
  if (typeof Intl !== 'object' || typeof Intl.Collator !== 'function') return null;
  const collator = intl('collator', lang, (l) => new Intl.Collator(l));
  return (a, b) => collator.compare(a, b);
}

/** formatToParts of Intl.ListFormat(lang, {style: 'short', type: 'unit'}) for `items` (strings). */
export function listParts(lang, items) {
  const rules = written(lang);
  if (!rules) return intl('list', lang, (l) => new Intl.ListFormat(l, { style: 'short', type: 'unit' })).formatToParts(items);
  return items.flatMap((value, i) => (i ? [{ type: 'literal', value: rules.list(items, i) }] : []).concat({ type: 'element', value }));
}
