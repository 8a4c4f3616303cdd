// The failure list: what the element shows above the page's fallback when loading failed, and the one
// console line. Engine and core texts are in English (they are marked so).
import { el } from '../ui/dom.js';
import { isEngineFailure } from '../engine/engine.js';

const MAX_PROBLEMS_SHOWN = 25;

/**
 * The problems of a failure as be-error reports them: an engine that could not start is said so in the
 * explorer's words, with the engine's explanation after it.
 * @param {{code: string, problems: Array<{path: string, message: string}>}} error  an EngineError
 * @param {(key: string, params?: object) => string} t
 */
export function failureProblems({ code, problems }, t) {
  if (code === 'engine-missing') return [{ path: '', message: t('coreMissing') }];
  if (isEngineFailure(code)) return problems.map((p) => ({ path: p.path, message: t('coreFailed', { message: p.message }) }));
  return problems;
}

/** Each problem as one line ("path: message"). */
export function problemLines(problems, t) {
  return problems.map((p) => (p.path ? t('errorProblem', { path: p.path, message: p.message }) : t('errorProblemNoPath', { message: p.message })));
}

/** The children of the problems part: a title, a lead, the first problems and how many more there are. */
export function renderProblems(problems, { t }, coreLang) {
  const lines = problemLines(problems, t);
  const shown = lines.slice(0, MAX_PROBLEMS_SHOWN);
  return [
    el('p', { class: 'problems-title', text: t('errorTitle') }),
    el('p', { text: t('errorLead') }),
    el('ul', { attrs: { lang: coreLang } }, shown.map((line) => el('li', {}, [el('code', { text: line })]))),
    ...(lines.length > shown.length ? [el('p', { text: t('errorMore', { n: lines.length - shown.length }) })] : []),
  ];
}
