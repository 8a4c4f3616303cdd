// Which language each string the explorer shows is in, so that every element carries its true language (a
// screen reader switches voice by it; issue 16). The page's own words are in the page's language (the frame's
// lang). The dataset's text is in view.language, except the fields an object lists in `fallback` (its
// translation lacks them: they are shown as the original, in view.source_language). The core's sentences
// (GRADE statements, grading reasons, the rule) are in view.language; an engine older than translations wrote
// them in English. Citations (authors, titles, journals) are never translated: the dataset's own language.
import { el } from '../ui/dom.js';
import { languageName as nameOfLanguage } from '../i18n/formats.js';

// The language an engine without translations (no source_language in its view) writes its sentences in.
const OLD_CORE_LANG = 'en';

const primary = (tag) => String(tag || '').split('-')[0].toLowerCase();

/** The languages of a view: {dataLang, sourceLang, coreLang, citeLang}. */
export function textLanguages(view) {
  const dataLang = (view && view.language) || null;
  const source = view && (view.source_language || view.sourceLanguage);
  const sourceLang = source || dataLang;
  const translating = Boolean(source);
  return { dataLang, sourceLang, citeLang: sourceLang, coreLang: translating ? dataLang : OLD_CORE_LANG };
}

/**
 * The language of `object[field]` as the view gives it: the source language when the object lists the field
 * (or the list it is a member of: "cautions" for "cautions[2]") in its fallback, else the view's language.
 */
export function fieldLang(ctx, object, field) {
  const fallback = object && Array.isArray(object.fallback) ? object.fallback : null;
  if (fallback && (fallback.includes(field) || fallback.includes(field.replace(/\[\d+\].*$/, '')))) return ctx.sourceLang;
  return ctx.dataLang;
}

/**
 * A <bdi> holding `object[field]` (or `text`, when given) marked with its language; '' when there is no text.
 * <bdi>: the dataset's words inside the page's sentence are isolated, so that bidi controls in them cannot
 * run on into the words around them (as i18n.js isolates string values).
 */
export function dataSpan(ctx, object, field, text = object ? object[field] : '', tag = 'bdi') {
  if (text === null || text === undefined || text === '') return '';
  return el(tag, { attrs: { lang: fieldLang(ctx, object, field) }, text: String(text) });
}

/** Whether `lang` is another language than the page's (comparing primary subtags). */
export function otherThanPage(ctx, lang) {
  return Boolean(lang) && primary(lang) !== primary(ctx.i18n.lang);
}

/** The name of a language in the page's language ("inglés"), or its tag when the browser cannot name it. */
export function languageName(tag, i18n) {
  return nameOfLanguage(i18n.lang, tag);
}

/** A citation's words (authors, a title, a journal), never translated: marked with the dataset's language and as a citation. */
export function citation(ctx, text, { tag = 'bdi', className = null, attrs = {} } = {}) {
  return el(tag, { class: className, attrs: { ...attrs, lang: ctx.citeLang, 'data-citation': '' }, text: String(text) });
}

/** "(original title in English)" in the page's words, when the citations are in another language than the page; else null. */
export function originalLanguageNote(ctx, key = 'originalTitleNote') {
  if (!otherThanPage(ctx, ctx.citeLang)) return null;
  return el('span', { class: 'original-language', text: ctx.i18n.t(key, { language: languageName(ctx.citeLang, ctx.i18n) }) });
}
