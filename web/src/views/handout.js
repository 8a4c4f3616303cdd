// The patient handout printed by default (print="handout"): at most two pages for the default dataset.
import { el } from '../dom.js';

/** The handout for `view`, built when the page is about to print. */
export function renderHandout(view, ctx) {
  return el('div', { class: 'handout-body' }, [el('p', { text: ctx.i18n.t('intro', { intervention: view.intervention }) })]);
}
