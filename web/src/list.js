// Layer 1: one row per claim. Title (the disclosure button), what the brief says, the verdict,
// the certainty, how many sources support and contradict it, the participants, and an oral / indirect flag.
import { el, heading } from './dom.js';
import { verdictBadge, certaintyOrWords, headlineKind, indirectFlag } from './badges.js';
import { renderCard } from './card.js';
import { icon } from './icons.js';

// Datasets often word the brief as "The brief says …": then the label would only repeat it.
function briefStartsWithLabel(brief, label) {
  return typeof brief === 'string' && brief.trim().toLowerCase().startsWith(label.toLowerCase());
}

/**
 * @returns {{item: HTMLLIElement, toggle: HTMLButtonElement, setOpen(open:boolean, opts?:object):void, build():void, isOpen():boolean}}
 */
export function createRow(claim, ctx, { onToggle }) {
  const { i18n, headingLevel, topicsById } = ctx;
  const { t } = i18n;
  const rowId = ctx.id('claim');
  const cardId = ctx.id('card');
  const titleId = ctx.id('claim-title');
  const topic = topicsById.get(claim.topic);

  const toggle = el('button', {
    class: 'row-toggle',
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': cardId, id: titleId },
  }, [
    el('span', { class: 'row-title', attrs: { lang: ctx.dataLang }, text: claim.title }),
    el('span', { class: 'row-hint', attrs: { 'aria-hidden': 'true' } }, [
      el('span', { class: 'row-hint-text when-closed', text: t('toggleHint') }),
      el('span', { class: 'row-hint-text when-open', text: t('toggleHintOpen') }),
      icon('chevron', 'chevron'),
    ]),
  ]);

  // The same distinct-source counts as the card's verdict box and studies table (claim.counts, from the core).
  const counts = claim.counts && typeof claim.counts === 'object' ? claim.counts : {};
  const sourceCounts = t('rowCounts', {
    supports: t('countSupports', { n: counts.supports || 0 }),
    contradicts: t('countContradicts', { n: counts.contradicts || 0 }),
  });
  const people = typeof claim.participants === 'number' && claim.participants > 0
    ? t(claim.participantsFromReview ? 'participantsLargestReview' : 'participants', { n: claim.participants })
    : t('participantsUnknown');

  const meta = el('ul', { class: 'row-meta', attrs: { 'aria-label': claim.title } }, [
    el('li', {}, [verdictBadge(claim.verdict, i18n)]),
    el('li', {}, [certaintyOrWords(claim.certainty, headlineKind(claim), i18n)]),
    el('li', { class: ['stat', 'stat-counts'], text: sourceCounts }),
    el('li', { class: 'stat', text: people }),
    claim.indirect ? el('li', {}, [indirectFlag(claim, i18n)]) : null,
  ]);

  const card = el('div', { class: 'card', attrs: { id: cardId, role: 'region', 'aria-labelledby': ctx.labelledBy(titleId), part: 'card' } });
  card.hidden = true;
  let built = false;

  const item = el('li', { class: ['row', `row--${claim.verdict}`], attrs: { id: rowId, 'data-claim': claim.id, part: 'claim' } }, [
    el('div', { class: 'row-head' }, [
      topic ? el('p', { class: 'row-topic', attrs: { lang: ctx.dataLang }, text: topic.label }) : null,
      heading(headingLevel, 1, { class: 'row-heading' }, [toggle]),
      el('p', { class: 'row-brief' }, briefStartsWithLabel(claim.brief, t('rowBrief'))
        ? [el('span', { class: 'brief-text', attrs: { lang: ctx.dataLang }, text: claim.brief })]
        : [el('span', { class: 'label', text: t('rowBrief') }), ' ', el('span', { class: 'brief-text', attrs: { lang: ctx.dataLang }, text: claim.brief })]),
      claim.plainLanguage
        ? el('p', { class: 'row-shows' }, [el('span', { class: 'label', text: t('rowShows') }), ' ', el('span', { attrs: { lang: ctx.dataLang }, text: claim.plainLanguage })])
        : null,
      meta,
    ]),
    card,
  ]);

  // The card is built when first opened (or before printing).
  function build() {
    if (built) return;
    card.append(renderCard(claim, ctx, { onClose: () => { setOpen(false, { focusToggle: true }); onToggle(claim, false); } }));
    built = true;
  }

  function setOpen(open, { focusToggle = false } = {}) {
    if (open) build();
    card.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    item.classList.toggle('is-open', open);
    if (focusToggle) toggle.focus();
  }

  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
    onToggle(claim, open);
  });

  return { item, toggle, setOpen, build, isOpen: () => toggle.getAttribute('aria-expanded') === 'true' };
}
