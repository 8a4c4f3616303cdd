// At a glance: how many of the brief's claims got each verdict. Each count is a button that shows
// only those claims (through the same filter as the Verdict control).
import { el, heading } from '../ui/dom.js';
import { orderOf } from './vocabulary.js';
import { icon, VERDICT_ICON } from '../ui/icons.js';

/** The summary's nodes. */
export function buildGlance(view, ctx) {
  const { i18n, headingLevel } = ctx;
  const { t } = i18n;
  const claims = view.claims || [];
  const titleId = ctx.id('glance-title');
  const counts = orderOf(view, 'verdicts', claims.map((c) => c.verdict)).map((v) => [v, claims.filter((c) => c.verdict === v).length]).filter(([, n]) => n > 0);
  // Not a landmark (a heading and a list): several explorers on one page would otherwise repeat it.
  return el('div', { class: 'glance', attrs: { part: 'glance' } }, [
    heading(headingLevel, 1, { class: 'glance-title', attrs: { id: titleId }, text: t('glanceTitle', { n: claims.length }) }),
    el('ul', { class: 'glance-list', attrs: { 'aria-labelledby': titleId } }, counts.map(([verdict, n]) => el('li', {}, [
      el('button', {
        class: ['glance-item', `verdict--${verdict}`],
        attrs: { type: 'button', 'data-verdict': verdict },
      }, [
        icon(VERDICT_ICON[verdict] || 'info'),
        el('span', { class: 'glance-count', text: t('glanceCount', { n }) }),
        el('span', { class: 'glance-label', text: i18n.maybe(`verdict.${verdict}`) || verdict }),
      ]),
    ]))),
    el('p', { class: 'glance-hint', text: t('glanceHint') }),
  ]);
}

/** Each count's button shows only the claims of its verdict (`root`: buildGlance's, or a prerendered one). */
export function wireGlance(root, onChoose) {
  for (const button of root.querySelectorAll('button.glance-item')) {
    button.addEventListener('click', () => onChoose(button.getAttribute('data-verdict')));
  }
}
