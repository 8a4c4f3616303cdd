// The page's two languages are formatted without Intl on the way to the first screen (web/src/i18n/formats.js):
// plural categories, whole numbers, long dates, short lists and language names must be exactly what Intl
// gives, in node and in the Chromium the page runs in (its ICU may be another version than node's). Other
// tags, fractions and odd dates still go to Intl, so they too must come out as Intl's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { WRITTEN_OUT, formatNumber, languageName, listParts, longDate, pluralCategory } from '../../web/src/i18n/formats.js';
import { createI18n } from '../../web/src/i18n/i18n.js';
import { launch } from './helpers.mjs';

const TAGS = Object.keys(WRITTEN_OUT);
// A few tags formatted by Intl (they differ from the written-out rules: "12,34,567" in en-IN).
const OTHER_TAGS = ['en-IN', 'es-AR', 'es-CO', 'fr'];

/** 0..100000 sampled (every number to 2000, then a stride that hits every digit count), large and odd ones. */
function numbers() {
  const list = [];
  for (let n = 0; n <= 2000; n += 1) list.push(n);
  for (let n = 2001; n <= 100000; n += 97) list.push(n);
  for (let p = 3; p <= 15; p += 1) {
    const base = 10 ** p;
    list.push(base - 1, base, base + 1, 2 * base, 1234567 * 10 ** Math.max(0, p - 7));
  }
  list.push(999999, 1000000, 2000000, 1000001, 1500000, 3000000000, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, 1e21, 1e300);
  list.push(...list.slice(0, 50).map((n) => -n), -1234, -12345, -1000000, -0);
  list.push(0.5, 1.5, 1.0001, 0.9999, 2.25, 1234.5, 12345.678, 1000000.5, NaN, Infinity, -Infinity);
  return list;
}

/** Every month, both ends of each month, leap days, and dates a Date turns into another (30 February). */
function dates() {
  const list = [];
  for (const year of [1000, 1999, 2000, 2024, 2026, 9999]) {
    for (let month = 1; month <= 12; month += 1) {
      for (const day of [1, 9, 10, 28, 31]) list.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    }
  }
  list.push('2024-02-29', '2023-02-29', '2024-02-30', '0999-06-15', '0001-01-01');
  return list;
}
const INVALID_DATES = ['', 'not a date', '2024-13-01', '2024-00-10', '2024-01-32', '24-01-01', undefined];
const LANGUAGES = ['en', 'es', 'fr', 'en-US', 'es-MX', 'de', 'zz'];
// Spanish joins two items with "e" before an i sound: second items on both sides of that rule, and longer lists.
const SECOND = ['Ibáñez 2001', 'ia', 'I', 'hi', 'Hi', 'HI', 'Hielo', 'Hiato', 'hIA', 'Hoyos', 'hío', 'Hiu', 'Í', 'İnan', 'ılık', 'h', 'Yang 2019', '8', ' i', 'Miller et al. 2019'];
const LISTS = [[], ['Choi and Parmar 2014'], ...SECOND.map((second) => ['Choi 2014', second]), ['a', 'Ib', 'c'], ['a', 'b', 'Ic', 'd', 'e']];

/** The same figures as Intl gives them, written so that node and the page compute them alike. */
function intlFigures({ tags, numbers: values, dates: isoDates, languages, lists }) {
  const out = {};
  for (const tag of tags) {
    const plural = new Intl.PluralRules(tag);
    const number = new Intl.NumberFormat(tag);
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
    const names = new Intl.DisplayNames([tag], { type: 'language' });
    const list = new Intl.ListFormat(tag, { style: 'short', type: 'unit' });
    out[tag] = {
      plural: values.map((n) => plural.select(n)),
      number: values.map((n) => number.format(n)),
      date: isoDates.map((iso) => date.format(new Date(`${iso}T00:00:00Z`))),
      name: languages.map((code) => names.of(code)),
      list: lists.map((items) => JSON.stringify(list.formatToParts(items))),
    };
  }
  return out;
}

const ours = ({ tags, numbers: values, dates: isoDates, languages, lists }) => Object.fromEntries(tags.map((tag) => [tag, {
  plural: values.map((n) => pluralCategory(tag, n)),
  number: values.map((n) => formatNumber(tag, n)),
  date: isoDates.map((iso) => longDate(tag, iso)),
  name: languages.map((code) => languageName(tag, code)),
  list: lists.map((items) => JSON.stringify(listParts(tag, items))),
}]));

const SAMPLE = { tags: [...TAGS, ...OTHER_TAGS], numbers: numbers(), dates: dates(), languages: LANGUAGES, lists: LISTS };
const INPUTS = { plural: SAMPLE.numbers, number: SAMPLE.numbers, date: SAMPLE.dates, name: SAMPLE.languages, list: SAMPLE.lists };

function assertSame(actual, expected, where) {
  for (const tag of SAMPLE.tags) {
    for (const [kind, inputs] of Object.entries(INPUTS)) {
      const differ = inputs.map((input, i) => [input, actual[tag][kind][i], expected[tag][kind][i]]).filter(([, a, e]) => a !== e);
      assert.deepEqual(differ, [], `${where}: ${kind} in ${tag} differs from Intl for ${differ.slice(0, 5).map(([input, a, e]) => `${JSON.stringify(input) ?? String(input)} (ours ${JSON.stringify(a)}, Intl ${JSON.stringify(e)})`).join(', ')}`);
    }
  }
}

test('plural categories, numbers, long dates, lists and language names equal node\'s Intl for en and es (and other tags)', () => {
  assertSame(ours(SAMPLE), intlFigures(SAMPLE), 'node');
});

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the same figures equal the Intl of the Chromium the page runs in', async () => {
  const page = await browser.newPage();
  const expected = await page.evaluate(intlFigures, SAMPLE); // Playwright carries NaN, Infinity and -0 across
  await page.close();
  assertSame(ours(SAMPLE), expected, 'Chromium');
});

test('a date that is no date is shown as given, in every language', () => {
  for (const tag of [...TAGS, ...OTHER_TAGS]) {
    for (const iso of INVALID_DATES) {
      if (!Number.isNaN(new Date(`${iso}T00:00:00Z`).getTime())) continue;
      assert.equal(longDate(tag, iso), String(iso), `${tag}: ${JSON.stringify(iso)}`);
    }
  }
});

test('messages count with the written-out rules: "1 study", "2 studies", Spanish "12.345" and "1234"', () => {
  const english = createI18n('en');
  const spanish = createI18n('es', { lang: 'es', n: { one: '{n} estudio', other: '{n} estudios', many: '{n} de estudios' } });
  assert.equal(english.formatNumber(12345), '12,345');
  assert.equal(spanish.t('n', { n: 1 }), '1 estudio');
  assert.equal(spanish.t('n', { n: 1234 }), '1234 estudios');
  assert.equal(spanish.t('n', { n: 12345 }), '12.345 estudios');
  assert.equal(spanish.t('n', { n: 2000000 }), '2.000.000 de estudios');
  assert.equal(spanish.t('n', { n: 1.5 }), '1,5 estudios');
});
