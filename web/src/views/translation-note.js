// Honest about the language of the content (issue 16), in the page's words, on the page and on the handout:
// - a translation is shown: what it is translated from and when, whether a health professional reviewed it
//   (view.translation.clinician_reviewed), and how many texts are still in the original language;
// - a translation was wanted but could not be read or was refused (engine/translation.js): the content is in
//   its original language, and the patient is told so;
// - the page speaks another language than the content and there is no translation: the same, plainly.
import { el } from '../ui/dom.js';
import { icon } from '../ui/icons.js';
import { longDate } from '../i18n/formats.js';
import { languageName, otherThanPage } from './text-language.js';

const isDate = (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The note's sentences (strings in the page's language), or null when the content is in the page's language. */
export function translationSentences(view, ctx) {
  const { i18n } = ctx;
  const { t } = i18n;
  const source = languageName(ctx.sourceLang, i18n);
  const tr = view.translation && typeof view.translation === 'object' ? view.translation : null;
  if (tr) {
    const sentences = [t(isDate(tr.translated) ? 'translationNote' : 'translationNoteUndated', { language: source, reviewed: longDate(i18n.lang, view.reviewed), translated: longDate(i18n.lang, tr.translated) })];
    sentences.push(isDate(tr.clinician_reviewed) ? t('translationReviewed', { date: longDate(i18n.lang, tr.clinician_reviewed) }) : t('translationNotReviewed'));
    const missing = Number(tr.untranslated) || 0;
    if (missing > 0) sentences.push(t('translationPartial', { n: missing, total: Number(tr.total) || missing, language: source }));
    return { kind: 'translated', sentences };
  }
  const problem = ctx.translationProblem;
  if (problem) {
    const key = problem.kind === 'refused' ? 'translationRefused' : 'translationUnavailable';
    return { kind: 'original', sentences: [t(key, { language: languageName(problem.language, i18n), source }), t('translationAskClinic')] };
  }
  if (otherThanPage(ctx, ctx.dataLang)) return { kind: 'original', sentences: [t('translationNone', { source }), t('translationAskClinic')] };
  return null;
}

/** The note as the page shows it (a notice in the header), or null. */
export function renderTranslationNote(view, ctx) {
  const note = translationSentences(view, ctx);
  if (!note) return null;
  return el('div', { class: ['notice', 'notice--translation', `notice--translation-${note.kind}`], attrs: { role: 'note' } }, [
    icon(note.kind === 'translated' ? 'info' : 'alert'),
    el('p', {}, [el('strong', { text: ctx.i18n.t('translationNoteTitle') }), ' ', note.sentences.join(' ')]),
  ]);
}
