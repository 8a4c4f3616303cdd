// Layer 2: one claim's card, under its row's head, top to bottom: the advert's figures that no source supports
// beside the verdict told in full (the studies' summary, the indirect-evidence note); the Summary-of-Findings
// table, question by question, with the "out of 100 people" icon arrays in its rows (views/sof-table.js) and
// the words it uses explained (views/glossary.js); the safety block, full width (views/card-safety.js); the
// studies table grouped by role plus the reports without a comparison group (views/studies-table.js); layer 3
// (the sources in full) behind one disclosure; the card's actions.
import { el, heading, pageLink } from '../ui/dom.js';
import { renderCardSafety } from './card-safety.js';
import { renderSofSection } from './sof-table.js';
import { renderStudiesSection } from './studies-table.js';
import { renderGlossary } from './glossary.js';
import { createSourcesDisclosure } from './sources.js';
import { isOralOnly } from '../ui/badges.js';
import { icon } from '../ui/icons.js';
import { fieldLang, dataSpan } from './text-language.js';

function box(className, title, ctx, children, { part = null } = {}) {
  return el('section', { class: ['box', className], attrs: { part } }, [heading(ctx.headingLevel, 2, { class: 'box-title', text: title }), ...children]);
}

// The row's head stays above its open card and gives the advert's words, the verdict with its reason, the
// certainty and the counts: the card adds what the head does not say (said twice, they took a phone's first
// screen and a half of every card).

/** The advert's figures that no source supports, each with what the sources do say. */
function figuresBox(claim, ctx) {
  const { t, tNodes } = ctx.i18n;
  const figures = Array.isArray(claim.unsupportedFigures) ? claim.unsupportedFigures : [];
  if (!figures.length) return null;
  return box('figures', t('briefFigures'), ctx, [
    el('ul', { class: 'unsupported' }, figures.map((f, i) => el('li', {}, [
      icon('cross'),
      el('span', {}, tNodes(f.note ? 'unsupportedFigure' : 'unsupportedFigureAlone', {}, {
        figure: dataSpan(ctx, claim, `unsupportedFigures[${i}].figure`, f.figure),
        note: dataSpan(ctx, claim, `unsupportedFigures[${i}].note`, f.note || ''),
      })),
    ]))),
  ]);
}

/** The verdict told in full: the studies' summary and, when the evidence is indirect, why. */
function verdictBox(claim, ctx) {
  const { t } = ctx.i18n;
  const oral = isOralOnly(claim);
  if (!claim.summary && !claim.indirect) return null;
  return box('verdict-box', t('verdictExplained'), ctx, [
    claim.summary ? el('p', { class: 'summary', attrs: { lang: fieldLang(ctx, claim, 'summary') }, text: claim.summary }) : null,
    claim.indirect
      ? el('div', { class: 'indirect-note', attrs: { role: 'note' } }, [
        el('p', { class: 'indirect-title' }, [icon(oral ? 'pill' : 'scale'), el('strong', { text: t(oral ? 'indirectTitleOral' : 'indirectTitle') })]),
        claim.indirectReason ? el('p', { attrs: { lang: ctx.coreLang }, text: claim.indirectReason }) : null,
      ])
      : null,
  ]);
}

/** The sources a claim's card lists: each source its questions cite, once. */
export function cardSourceIds(claim) {
  return [...new Set((claim.evidence || []).map((e) => e.ref))];
}

/** Build the card for a claim. `onClose` collapses it (and returns focus to the toggle). */
export function renderCard(claim, ctx, { onClose }) {
  const { i18n, headingLevel } = ctx;
  const { t } = i18n;
  const sources = createSourcesDisclosure(cardSourceIds(claim), ctx);
  const sof = renderSofSection(claim, ctx, sources);
  const safety = renderCardSafety(claim, ctx);
  const pair = [figuresBox(claim, ctx), verdictBox(claim, ctx)].filter(Boolean);
  const card = el('div', { class: 'card-body' }, [
    pair.length ? el('div', { class: 'pair' }, pair) : null,
    sof,
    safety,
    renderStudiesSection(claim, ctx, sources, heading(headingLevel, 2, { class: 'section-title', text: t('studiesTitle') })),
    el('section', { class: 'sources-section' }, [
      heading(headingLevel, 2, { class: 'section-title', text: t('sourcesTitle') }),
      sources.root,
    ]),
    el('div', { class: 'card-actions' }, [
      ctx.claimLink(claim.id) && pageLink(ctx.claimLink(claim.id), t('linkToClaim'), { class: 'permalink' }),
      el('button', { class: 'button-quiet', attrs: { type: 'button' }, text: t('closeCard'), on: { click: onClose } }),
    ]),
  ]);
  // The words the card uses, explained under the table (only those it shows).
  const glossary = renderGlossary(card, ctx);
  if (glossary) (sof || card.firstChild).after(glossary);
  return card;
}
