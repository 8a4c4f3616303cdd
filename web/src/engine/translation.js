// The dataset in the explorer's language (issue 16, docs/format.md "Translations"): the dataset names its
// translations (view.translations: BCP 47 tag → a file beside it, or true for one held inline); the one whose
// primary subtag is the explorer's is read (engine/dataset-source.js: same site, same limits) and handed to the
// core with the dataset, which validates and applies it. A translation that cannot be read or that the core
// refuses never blanks the page: the dataset is shown in its own language and `translationProblem` says why
// (the page then says so, in its own language). Translations once read are kept for the element, so a
// language switched back and forth works offline, as the dataset does.
import { openDataset } from './engine.js';
import { readTranslation, DownloadAborted } from './dataset-source.js';
import { EngineError } from './errors.js';

const primary = (tag) => String(tag || '').trim().split(/[-_]/)[0].toLowerCase();

// The translations read for each element: file name → the bytes or text as read (see the header).
const kept = new WeakMap();

/**
 * The translation of `view`'s dataset for language `lang`: {tag, file} (file: null when it is inline), or
 * null when the dataset is already in that language or names no translation for it. An exact tag wins over
 * one that only shares the primary subtag.
 */
export function translationFor(view, lang) {
  const wanted = primary(lang);
  if (!view || !wanted) return null;
  const own = view.source_language || view.sourceLanguage || view.language;
  if (primary(own) === wanted) return null;
  const list = view.translations && typeof view.translations === 'object' ? view.translations : {};
  const tags = Object.keys(list).filter((tag) => primary(tag) === wanted && (typeof list[tag] === 'string' || list[tag] === true));
  if (!tags.length) return null;
  const tag = tags.find((x) => x.toLowerCase() === String(lang).toLowerCase()) || tags[0];
  return { tag, file: typeof list[tag] === 'string' ? list[tag] : null };
}

/** The language of the translation `view` shows (its primary subtag), or null for the dataset as it is. */
function shownTranslation(view) {
  return view && view.translation && typeof view.translation === 'object' ? primary(view.translation.language) : null;
}

/** Whether the explorer, now in language `lang`, must open its dataset again (another translation, or none). */
export function needsReopen(view, lang) {
  const choice = translationFor(view, lang);
  return (choice ? primary(choice.tag) : null) !== shownTranslation(view);
}

// The one call of the core with a translation (engine.js: openDataset(data, {translation}, engine)).
function openWith(text, engine, translation) {
  return openDataset(text, { translation }, engine);
}

function explain(error) {
  if (error instanceof EngineError && Array.isArray(error.problems)) return error.problems.map((p) => `${p.path ? `${p.path}: ` : ''}${p.message}`).join('; ');
  return String(error && error.message ? error.message : error);
}

/**
 * Open `text` (the dataset as read) in language `lang`: with its translation for that language when it names
 * one, else as it is. Resolves to an engine Dataset; when a translation was wanted but could not be used, the
 * Dataset (the original) has `translationProblem` = {language, kind: 'unavailable' | 'refused'}; a Dataset
 * opened with a translation file has that file as read in `translationText`.
 * @param {string|Uint8Array} text
 * @param {object} options
 * @param {HTMLElement} options.element   whose dataset this is (where its translations are read from)
 * @param {string} options.lang           the explorer's language (a BCP 47 tag)
 * @param {Promise} options.engine        the startEngine() promise
 * @param {boolean} options.fresh         a new read of the dataset: translations kept from before are read again
 * @param {AbortSignal} options.signal
 * @param {number} options.timeoutSeconds
 * @param {() => Promise<number>} options.maxBytes
 * @param {(key: string, params?: object) => string} options.t
 */
export async function openTranslated(text, { element, lang, engine, fresh, signal, timeoutSeconds, maxBytes, t }) {
  if (fresh || !kept.has(element)) kept.set(element, new Map());
  const original = await openDataset(text, engine);
  const choice = translationFor(original.view, lang);
  if (!choice) return original;
  const cache = kept.get(element);
  let translation;
  try {
    if (choice.file === null) translation = choice.tag;
    else {
      if (!cache.has(choice.file)) cache.set(choice.file, await readTranslation(element, choice.file, { signal, timeoutSeconds, maxBytes, t }));
      translation = cache.get(choice.file);
    }
  } catch (error) {
    if (error instanceof DownloadAborted) {
      original.release();
      throw error;
    }
    console.warn(`benefits-explorer: the "${choice.tag}" translation could not be read; the dataset is shown in its own language (${explain(error)})`);
    original.translationProblem = { language: choice.tag, kind: 'unavailable' };
    return original;
  }
  let translated = null;
  try {
    translated = await openWith(text, engine, translation);
    if (!shownTranslation(translated.view)) throw new EngineError('internal', [{ path: '(translation)', message: 'this evidence engine does not apply translations' }]);
    // What the page shows comes from this file too (features/render-key.js). An inline one is part of `text`.
    if (choice.file !== null) translated.translationText = translation;
    original.release();
    return translated;
  } catch (error) {
    if (translated) translated.release();
    console.warn(`benefits-explorer: the "${choice.tag}" translation was refused; the dataset is shown in its own language (${explain(error)})`);
    original.translationProblem = { language: choice.tag, kind: 'refused' };
    return original;
  }
}
