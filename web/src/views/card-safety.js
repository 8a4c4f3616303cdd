// The safety block on every card, one full-width section under one heading, in this order:
//   1. "Before any infusion": the dataset's infusion cautions (view.infusionCautions), the same on every card;
//   2. the claim's own harms and cautions (the infusion cautions are not repeated here), seriousness in words;
//   3. on claims of a topic with red flags (headache): the warning signs in two tiers, "call an emergency
//      number now" (with view.emergencyLine) and "see a doctor before any infusion".
// Harms are never collapsed by default and are set at the same size as the benefits above them; a link goes
// to the page's full safety section (safety.js), which uses the same tier and seriousness words.
import { el, heading } from '../ui/dom.js';
import { longList } from '../ui/long-list.js';
import { renderHarm, renderRedFlags } from './safety.js';
import { icon } from '../ui/icons.js';
import { sortByVocabulary } from './vocabulary.js';
import { fieldLang, dataSpan } from './text-language.js';

// A card shows this many harms and cautions in each part at first, then a button adds HARMS_STEP more at a
// time (a hostile dataset linked 20,000 harms to every claim). Real claims have a dozen at most.
const HARMS_SHOWN = 50;
const HARMS_STEP = 500;

/** Each harm once, in the order given: ids that are unknown or repeated are dropped. */
function harmsOf(ids, harmsById, skip = new Set()) {
  const seen = new Set();
  const out = [];
  for (const id of Array.isArray(ids) ? ids : []) {
    if (typeof id !== 'string' || seen.has(id) || skip.has(id)) continue;
    seen.add(id);
    const harm = harmsById.get(id);
    if (harm) out.push(harm);
  }
  return out;
}

/** A message of the page with the intervention's name in it, the name marked with its language. */
function withIntervention(key, ctx) {
  return ctx.i18n.tNodes(key, {}, { intervention: dataSpan(ctx, ctx.view, 'intervention') });
}

function part(kind, title, lead, children, ctx, offset) {
  return el('div', { class: ['card-safety-part', `card-safety-part--${kind}`], attrs: { 'data-safety-part': kind } }, [
    heading(ctx.headingLevel, offset, { class: 'card-safety-part-title', text: title }),
    lead ? el('p', { class: 'card-safety-part-lead' }, lead) : null,
    ...children,
  ]);
}

function infusionPart(ctx, offset) {
  const { i18n, harmsById, view } = ctx;
  const { t } = i18n;
  const harms = sortByVocabulary(view, 'seriousness', harmsOf(view.infusionCautions, harmsById), (h) => h.seriousness);
  if (!harms.length) return null;
  return part('infusion', t('cardSafetyInfusionTitle'), withIntervention('cardSafetyInfusionLead', ctx), [
    ...longList(el('ul', { class: 'harm-list harm-list--card harm-list--infusion' }), harms, (h) => renderHarm(h, ctx, { withSources: false }), { first: HARMS_SHOWN, step: HARMS_STEP, i18n, printHooks: ctx.printHooks }),
  ], ctx, offset);
}

function claimPart(claim, ctx, offset) {
  const { i18n, harmsById, view } = ctx;
  const { t } = i18n;
  const infusion = new Set(Array.isArray(view.infusionCautions) ? view.infusionCautions : []);
  const harms = sortByVocabulary(view, 'seriousness', harmsOf(claim.harms, harmsById, infusion), (h) => h.seriousness);
  const all = Array.isArray(claim.cautions) ? claim.cautions : [];
  const cautions = [...new Set(all.filter((c) => typeof c === 'string' && c.trim()))];
  const items = [...harms, ...cautions.map((text) => ({ caution: text, lang: fieldLang(ctx, claim, `cautions[${all.indexOf(text)}]`) }))];
  const render = (item) => (item.caution !== undefined
    ? el('li', { class: 'harm harm--caution' }, [
      el('span', { class: 'tag tag--caution' }, [icon('exclaim'), el('span', { text: t('cautionTag') })]),
      el('p', { class: 'harm-statement', attrs: { lang: item.lang }, text: item.caution }),
    ])
    : renderHarm(item, ctx, { withSources: false }));
  return part('claim', t('cardSafetyClaimTitle'), null, items.length
    ? longList(el('ul', { class: 'harm-list harm-list--card harm-list--claim' }), items, render, { first: HARMS_SHOWN, step: HARMS_STEP, i18n, printHooks: ctx.printHooks })
    : [el('p', { class: 'muted' }, withIntervention('harmsNone', ctx))], ctx, offset);
}

/** The card's safety block for `claim`: always present, whatever the claim. */
export function renderCardSafety(claim, ctx) {
  const { i18n, view } = ctx;
  const { t } = i18n;
  const redFlags = claim.redFlags
    ? renderRedFlags(view, ctx, { headingOffset: 3 })
    : null;
  // "box harms" and the part "harms" keep the names hosts and tests know for the card's harms. No accessible
  // name on the section: every open card has one, and named sections would be landmarks of the same name.
  return el('section', { class: ['box', 'harms', 'card-safety'], attrs: { part: 'harms' } }, [
    heading(ctx.headingLevel, 2, { class: ['box-title', 'card-safety-title'] }, [
      icon('shield'),
      el('span', { text: t('harmsTitle') }),
    ]),
    infusionPart(ctx, 3),
    claimPart(claim, ctx, 3),
    redFlags,
    el('p', { class: 'see-safety' }, [
      el('button', { class: 'link-button', attrs: { type: 'button' }, on: { click: () => ctx.gotoSafety() } }, withIntervention('seeAllHarms', ctx)),
    ]),
  ]);
}
