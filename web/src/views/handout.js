// The patient handout printed by default (print="handout"): at most two A4 or Letter pages for the default
// dataset. It holds what a patient takes home from the front desk: what this is and when the sources were
// checked; each claim's verdict and its reason; the safety block once (the cautions before any infusion, then
// the most serious harms); the warning signs in their two tiers with the emergency line, once; short
// citations; and where the full evidence lives. Every word of data comes from the view, as the page shows it:
// no figure is typed here. The element builds it when the page is about to print (print.js) and print.css
// shows it instead of the interactive explorer; on screen it is never shown.
import { el, heading } from '../ui/dom.js';
import { verdictBadge } from '../ui/badges.js';
import { renderRedFlags } from './safety.js';
import { citeListNodes } from './sources.js';
import { orderOf } from './vocabulary.js';
import { fieldLang, dataSpan } from './text-language.js';
import { translationSentences } from './translation-note.js';
import { longDate } from '../i18n/formats.js';

/** "Sources: Choi and Parmar 2014, Miller et al. 2019", each source once, in alphabetical order. */
function citations(refIds, ctx) {
  const { i18n, refsById } = ctx;
  const refs = [...new Set(refIds)].map((id) => refsById.get(id)).filter(Boolean);
  if (!refs.length) return null;
  return el('p', { class: 'ho-cites' }, i18n.tNodes('handoutSources', {}, { list: el('span', {}, citeListNodes(refs, ctx, { sort: true })) }));
}

const reviewedDate = (view, i18n) => longDate(i18n.lang, view.reviewed);

/** The page's address without its fragment, when it is one a reader can type (http or https). */
function pageAddress() {
  try {
    const url = new URL(window.location.href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/** One claim in a row of the table: the claim's title, then its verdict and the reason for it. */
function claimItem(claim, ctx) {
  return el('li', { class: 'ho-claim', attrs: { 'data-claim': claim.id } }, [
    el('strong', { class: 'ho-claim-title', attrs: { lang: fieldLang(ctx, claim, 'title') }, text: claim.title }),
    el('p', { class: 'ho-reason' }, [
      verdictBadge(claim.verdict, ctx.i18n),
      claim.verdictReason ? ' ' : null,
      claim.verdictReason ? el('span', { attrs: { lang: fieldLang(ctx, claim, 'verdictReason') }, text: claim.verdictReason }) : null,
    ]),
  ]);
}

/** The claims, grouped by topic in the view's order (claims of a topic the view does not list come last). */
function claimsSection(view, ctx) {
  const { i18n, headingLevel } = ctx;
  const claims = Array.isArray(view.claims) ? view.claims : [];
  const topics = (Array.isArray(view.topics) ? view.topics : []).filter((tp) => claims.some((c) => c.topic === tp.id));
  const known = new Set(topics.map((tp) => tp.id));
  const groups = topics.map((tp) => [tp, claims.filter((c) => c.topic === tp.id)]);
  const rest = claims.filter((c) => !known.has(c.topic));
  if (rest.length) groups.push([null, rest]);
  const titled = groups.length > 1;
  return el('section', { class: 'ho-section ho-claims' }, [
    heading(headingLevel, 1, { class: 'ho-title', text: i18n.t('handoutClaimsTitle') }),
    ...groups.map(([topic, items]) => el('div', { class: 'ho-topic' }, [
      titled && topic && topic.label ? heading(headingLevel, 2, { class: 'ho-topic-title', attrs: { lang: fieldLang(ctx, topic, 'label') }, text: topic.label }) : null,
      el('ul', { class: 'ho-claim-list' }, items.map((claim) => claimItem(claim, ctx))),
    ])),
  ]);
}

/**
 * The harms the handout shows: the cautions for every infusion (view.infusionCautions, in the order of
 * seriousness), then the contraindications and the serious harms that are not among them.
 */
function shownHarms(view, ctx) {
  const harms = Array.isArray(view.harms) ? view.harms : [];
  const cautionIds = [...new Set(Array.isArray(view.infusionCautions) ? view.infusionCautions : [])];
  const cautions = cautionIds.map((id) => ctx.harmsById.get(id)).filter(Boolean);
  const order = orderOf(view, 'seriousness', cautions.map((h) => h.seriousness));
  const rank = (h) => order.indexOf(h.seriousness);
  const inCautions = new Set(cautions.map((h) => h.id));
  const worst = (level) => harms.filter((h) => h.seriousness === level && !inCautions.has(h.id));
  return {
    cautions: cautions.map((h, i) => [h, i]).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j).map(([h]) => h),
    contraindications: worst('contraindication'),
    serious: worst('serious'),
  };
}

/** Every source behind what the handout shows: the claims' rows, the warning signs, the harms shown. */
function handoutSources(view, ctx) {
  const claims = Array.isArray(view.claims) ? view.claims : [];
  const flags = Array.isArray(view.redFlags) ? view.redFlags : [];
  const { cautions, contraindications, serious } = shownHarms(view, ctx);
  return [
    ...claims.flatMap((c) => (Array.isArray(c.evidence) ? c.evidence : []).map((link) => link.ref)),
    ...flags.flatMap((f) => f.sources || []),
    ...[...cautions, ...contraindications, ...serious].flatMap((h) => h.sources || []),
  ];
}

/**
 * The safety block, once: the warning signs in two tiers with the emergency line (the block the page shows),
 * then the harms of shownHarms(), each statement as the dataset words it.
 */
function safetySection(view, ctx) {
  const { i18n, headingLevel } = ctx;
  const { t } = i18n;
  const harms = Array.isArray(view.harms) ? view.harms : [];
  const { cautions: sortedCautions, contraindications, serious } = shownHarms(view, ctx);
  const shown = sortedCautions.length + contraindications.length + serious.length;
  const group = (className, title, items) => (items.length
    ? el('div', { class: ['ho-harms', className] }, [
      heading(headingLevel, 2, { class: 'ho-subtitle', text: title }),
      el('ul', { class: 'ho-harm-list' }, items.map((h) => el('li', { attrs: { lang: fieldLang(ctx, h, 'statement') }, text: h.statement }))),
    ])
    : null);
  return el('section', { class: 'ho-section ho-safety' }, [
    heading(headingLevel, 1, { class: 'ho-title' }, i18n.tNodes('safetyTitle', {}, { intervention: dataSpan(ctx, view, 'intervention') })),
    renderRedFlags(view, ctx, { headingOffset: 2, titleKey: 'redFlagsSectionTitle', leadKey: 'redFlagsSectionLead' }),
    el('div', { class: 'ho-harm-columns' }, [
      el('div', {}, [group('ho-harms--cautions', t('handoutCautionsTitle'), sortedCautions)]),
      el('div', {}, [
        group('ho-harms--contraindication', i18n.maybe('seriousness.contraindication') || 'contraindication', contraindications),
        group('ho-harms--serious', i18n.maybe('seriousness.serious') || 'serious', serious),
      ]),
    ]),
    harms.length > shown ? el('p', { class: 'ho-more', text: t('handoutMoreHarms') }) : null,
  ]);
}

/** The handout for `view`, built when the page is about to print. */
export function renderHandout(view, ctx) {
  const { i18n, headingLevel } = ctx;
  const { t } = i18n;
  const address = pageAddress();
  // What language the handout's content is in, and whether its translation was reviewed (translation-note.js).
  const translation = translationSentences(view, ctx);
  return el('article', { class: 'handout-body' }, [
    el('header', { class: 'ho-head' }, [
      heading(headingLevel, 0, { class: 'ho-main-title', attrs: { lang: fieldLang(ctx, view, 'title') }, text: view.title }),
      el('p', { class: 'ho-lede' }, [
        ...i18n.tNodes('handoutLead', {}, { intervention: dataSpan(ctx, view, 'intervention') }), ' ',
        el('time', { class: 'ho-meta', attrs: { datetime: view.reviewed }, text: t('handoutReviewed', { date: reviewedDate(view, i18n) }) }),
      ]),
      el('p', { class: 'ho-meta' }, address
        ? i18n.tNodes('handoutFullAt', {}, { address: el('span', { class: 'ho-address', text: address }) })
        : [t('handoutFullHere')]),
      translation ? el('p', { class: ['ho-translation', `ho-translation--${translation.kind}`] }, [el('strong', { text: t('translationNoteTitle') }), ' ', translation.sentences.join(' ')]) : null,
      el('p', { class: 'ho-disclaimer' }, [el('strong', { text: t('disclaimerTitle') }), ' ', t('disclaimer')]),
    ]),
    claimsSection(view, ctx),
    safetySection(view, ctx),
    citations(handoutSources(view, ctx), ctx),
  ]);
}
