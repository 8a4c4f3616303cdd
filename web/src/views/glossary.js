// "Words used on this card": the few terms that must stay (placebo, blinding, ranges, certainty…) and the
// abbreviations the sources' own figures use, each explained in a sentence, listed only when the card shows
// them (evidence review F21). The explanations are the strings table's (glossary.<id>); which terms a card
// shows is read from the card's own text, in the page's words and the dataset's and core's (English) words.
import { el, heading } from '../ui/dom.js';

// [id, pattern]: in display order. Abbreviations are matched as whole words, case-sensitively.
const TERMS = [
  ['certainty', /certainty|certeza/i],
  ['placebo', /placebo/i],
  ['comparison-group', /comparison group|grupo de comparaci[oó]n/i],
  ['randomised', /randomi[sz]|aleatori/i],
  ['blinding', /blind|ciego/i],
  ['range', /\(between |\brange\b|\binterval\b|\(entre |\brango\b|\bintervalo\b/i],
  ['review', /\breview\b|meta-analys|revisi[oó]n|metaan[aá]lisis/i],
  ['p-value', /\bp value|\bvalor p\b|\bp ?[<=>≤≥]/i],
  ['ci', /\bCI\b|\bIC\b/],
  ['or', /\bOR\b/],
  ['rd', /\bRD\b/],
  ['md', /\bMD\b/],
  ['sd', /\bSD\b|±/],
  ['iqr', /\bIQR\b/],
  ['vas', /\bVAS\b/],
  ['nrs', /\bNRS\b/],
  ['i2', /\bI2\b|I²/],
  ['nnt', /\bNNT\b/],
  ['fiq', /\bFIQ\b/],
  ['dass', /\bDASS/],
  ['phq', /\bPHQ-9\b/],
];

/** The glossary ids whose terms occur in `text`, in display order. */
export function termsIn(text) {
  const s = String(text || '');
  return TERMS.filter(([, pattern]) => pattern.test(s)).map(([id]) => id);
}

/** The section for the terms found in `root`'s text (null when none). */
export function renderGlossary(root, ctx) {
  const { i18n, headingLevel } = ctx;
  const { t, maybe } = i18n;
  const ids = termsIn(root.textContent).filter((id) => maybe(`glossary.${id}.term`));
  if (!ids.length) return null;
  return el('section', { class: 'glossary' }, [
    heading(headingLevel, 2, { class: 'section-title', text: t('glossaryTitle') }),
    el('dl', { class: 'glossary-list' }, ids.map((id) => el('div', { class: 'glossary-item', attrs: { 'data-term': id } }, [
      el('dt', { text: t(`glossary.${id}.term`) }),
      el('dd', { text: t(`glossary.${id}.text`) }),
    ]))),
  ]);
}
