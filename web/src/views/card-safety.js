// The safety block on every card: the cautions every infusion patient needs, the claim's own harms, and
// (on headache topics) the warning signs in two tiers with the emergency line.
import { el, heading } from '../dom.js';
import { longList } from '../long-list.js';
import { renderHarm, renderRedFlags } from '../safety.js';
import { icon } from '../icons.js';
import { sortByVocabulary } from '../vocabulary.js';

// A card shows this many harms and cautions at first, then a button adds HARMS_STEP more at a time
// (a hostile dataset linked 20,000 harms to every claim). Real claims have a dozen at most.
const HARMS_SHOWN = 50;
const HARMS_STEP = 500;

function box(className, title, ctx, children, { part = null } = {}) {
  return el('section', { class: ['box', className], attrs: { part } }, [heading(ctx.headingLevel, 2, { class: 'box-title', text: title }), ...children]);
}

function harmsBox(claim, ctx) {
  const { i18n, harmsById, view } = ctx;
  const { t } = i18n;
  const harms = (Array.isArray(claim.harms) ? claim.harms : []).map((id) => harmsById.get(id)).filter(Boolean);
  const cautions = Array.isArray(claim.cautions) ? claim.cautions : [];
  const sorted = sortByVocabulary(view, 'seriousness', harms, (h) => h.seriousness);
  const items = [...cautions.map((text) => ({ caution: text })), ...sorted];
  // The dataset's infusion cautions are on every card (the core adds them to claim.harms).
  const infusion = new Set(Array.isArray(view.infusionCautions) ? view.infusionCautions : []);
  const render = (item) => (item.caution !== undefined
    ? el('li', { class: 'harm harm--caution' }, [
      el('span', { class: 'tag tag--caution' }, [icon('exclaim'), el('span', { text: t('cautionTag') })]),
      el('p', { class: 'harm-statement', attrs: { lang: ctx.dataLang }, text: item.caution }),
    ])
    : renderHarm(item, ctx, { withSources: false, infusionCaution: infusion.has(item.id) }));
  return box('harms', t('harmsTitle'), ctx, [
    ...(items.length
      ? longList(el('ul', { class: 'harm-list harm-list--card' }), items, render, { first: HARMS_SHOWN, step: HARMS_STEP, i18n, printHooks: ctx.printHooks })
      : [el('p', { class: 'muted', text: t('harmsNone', { intervention: view.intervention }) })]),
    el('p', { class: 'see-safety' }, [
      el('button', { class: 'link-button', attrs: { type: 'button' }, text: t('seeAllHarms', { intervention: view.intervention }), on: { click: () => ctx.gotoSafety() } }),
    ]),
  ], { part: 'harms' });
}

/** The card's safety block for `claim`. */
export function renderCardSafety(claim, ctx) {
  const harms = harmsBox(claim, ctx);
  if (!claim.redFlags) return harms;
  return el('div', { class: 'card-safety' }, [harms, renderRedFlags(ctx.view, ctx, { headingOffset: 2 })]);
}
