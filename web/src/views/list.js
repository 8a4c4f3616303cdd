// Layer 1: one row per claim, telling the truth at a glance. Title (the disclosure button), what the advert
// says, the verdict with its reason, what the studies show, then the headline certainty (or words for none),
// the counted sources, the people studied, an oral / indirect flag and, on topics with warning signs, a marker
// that names them. Every number is the core's (claim.counts, claim.participants): the card and its studies
// table show the same.
import { el, find, heading } from '../ui/dom.js';
import { verdictBadge, certaintyOrWords, headlineKind, indirectFlag } from '../ui/badges.js';
import { renderCard } from './card.js';
import { withCardBar } from './card-bar.js';
import { icon } from '../ui/icons.js';
import { wireDisclosure } from '../ui/disclosure.js';
import { countGroups } from './count-words.js';
import { fieldLang } from './text-language.js';

// Datasets often word the brief as "The advert says …": then the label would only repeat it.
function briefStartsWithLabel(brief, label) {
  return typeof brief === 'string' && brief.trim().toLowerCase().startsWith(label.toLowerCase());
}

const count = (value) => (Number.isInteger(value) && value > 0 ? value : 0);

/** The groups as one line that breaks between groups, not inside one: "3 sources support · 2 go against". */
function countsLine(counts, t) {
  const groups = countGroups(counts, t);
  return groups.flatMap((text, i) => [i ? t('rowCountsSeparator') : null, el('span', { class: 'count-group', text })]).filter(Boolean);
}

/** The people in the claim's graded studies, worded as the core counted them; null when no study is graded. */
function peopleText(claim, t) {
  if (!count(claim.studyCount)) return null;
  const n = count(claim.participants);
  if (!n) return t('rowPeopleUnknown');
  return t(claim.participantsFromReview ? 'rowPeopleReview' : 'rowPeopleStudies', { n });
}

function redFlagMarker(t) {
  return el('span', { class: 'flag flag--red-flags' }, [icon('alert'), el('span', { text: t('rowRedFlags') })]);
}

/** The row's nodes: the head, and the card's empty region (filled on first open). */
function buildRow(claim, ctx) {
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
    el('span', { class: 'row-title', attrs: { lang: fieldLang(ctx, claim, 'title') }, text: claim.title }),
    el('span', { class: 'row-hint', attrs: { 'aria-hidden': 'true' } }, [
      el('span', { class: 'row-hint-text when-closed', text: t('toggleHint') }),
      el('span', { class: 'row-hint-text when-open', text: t('toggleHintOpen') }),
      icon('chevron', 'chevron'),
    ]),
  ]);

  // The same distinct-source counts as the card and its studies table (claim.counts, from the core); the
  // numbers are also on the element, for the card and the tests to compare.
  const counts = claim.counts && typeof claim.counts === 'object' ? claim.counts : {};
  const people = peopleText(claim, t);

  const meta = el('ul', { class: 'row-meta', attrs: { 'aria-label': claim.title } }, [
    el('li', {}, [certaintyOrWords(claim.certainty, headlineKind(claim), i18n)]),
    el('li', {
      class: ['stat', 'stat-counts'],
      attrs: Object.fromEntries(['supports', 'contradicts', 'context', 'observations'].map((k) => [`data-${k}`, String(count(counts[k]))])),
    }, countsLine(counts, t)),
    people ? el('li', { class: ['stat', 'stat-people'], text: people }) : null,
    claim.indirect ? el('li', {}, [indirectFlag(claim, i18n)]) : null,
    claim.redFlags === true ? el('li', { class: 'row-red-flags' }, [redFlagMarker(t)]) : null,
  ]);

  // The verdict and, beside it, the reason in the dataset's words: what a patient needs even without opening.
  const reason = typeof claim.verdictReason === 'string' ? claim.verdictReason.trim() : '';
  const verdictLine = el('div', { class: 'row-verdict' }, [
    verdictBadge(claim.verdict, i18n),
    reason ? el('p', { class: 'row-reason', attrs: { lang: fieldLang(ctx, claim, 'verdictReason') }, text: reason }) : null,
  ]);

  const card = el('div', { class: 'card', attrs: { id: cardId, role: 'region', 'aria-labelledby': ctx.labelledBy(titleId), part: 'card' } });
  card.hidden = true;

  return el('li', { class: ['row', `row--${claim.verdict}`], attrs: { id: rowId, 'data-claim': claim.id, part: 'claim' } }, [
    el('div', { class: 'row-head' }, [
      topic ? el('p', { class: 'row-topic', attrs: { lang: fieldLang(ctx, topic, 'label') }, text: topic.label }) : null,
      heading(headingLevel, 1, { class: 'row-heading' }, [toggle]),
      el('p', { class: 'row-brief' }, briefStartsWithLabel(claim.brief, t('rowBrief'))
        ? [el('span', { class: 'brief-text', attrs: { lang: fieldLang(ctx, claim, 'brief') }, text: claim.brief })]
        : [el('span', { class: 'label', text: t('rowBrief') }), ' ', el('span', { class: 'brief-text', attrs: { lang: fieldLang(ctx, claim, 'brief') }, text: claim.brief })]),
      verdictLine,
      claim.plainLanguage
        ? el('p', { class: 'row-shows' }, [el('span', { class: 'label', text: t('rowShows') }), ' ', el('span', { attrs: { lang: ctx.coreLang }, text: claim.plainLanguage })])
        : null,
      meta,
    ]),
    card,
  ]);
}

/**
 * A claim's row: built, or `adopted` (the same row of a prerendered screen), then wired.
 * @returns {{item: HTMLLIElement, toggle: HTMLButtonElement, setOpen(open:boolean, opts?:object):void, build():void, isOpen():boolean}}
 */
export function createRow(claim, ctx, { onToggle }, adopted = null) {
  const item = adopted || buildRow(claim, ctx);
  const toggle = find(item, '.row-toggle');
  const card = find(item, '.card');
  // The card is built when first opened (or before printing: features/print.js calls build()).
  const close = () => {
    setOpen(false, { focusToggle: true });
    onToggle(claim, false);
  };
  const disclosure = wireDisclosure(toggle, card, {
    build: () => card.replaceChildren(withCardBar(renderCard(claim, ctx, { onClose: close }), claim, ctx, { head: find(item, '.row-head'), onClose: close })),
    onSet: (open) => item.classList.toggle('is-open', open),
    onClick: (open) => onToggle(claim, open),
  });

  function setOpen(open, { focusToggle = false } = {}) {
    disclosure.setOpen(open);
    if (focusToggle) toggle.focus();
  }

  return { item, toggle, setOpen, build: disclosure.build, isOpen: disclosure.isOpen };
}
