// Layer 2: one claim's card, top to bottom: "The advert says" beside "Our verdict" (label, reason, the
// studies' summary, the count line); the Summary-of-Findings table, question by question, with the "out of
// 100 people" icon arrays in its rows (views/sof-table.js) and the words it uses explained
// (views/glossary.js); the safety block, full width (views/card-safety.js); the studies table grouped by
// role plus the reports without a comparison group (views/studies-table.js); layer 3 (the sources in full)
// behind one disclosure; the card's actions.
import { el, heading, pageLink } from '../ui/dom.js';
import { renderCardSafety } from './card-safety.js';
import { renderSofSection } from './sof-table.js';
import { renderStudiesSection, countsLine } from './studies-table.js';
import { renderGlossary } from './glossary.js';
import { createSourcesDisclosure } from './sources.js';
import { isOralOnly, verdictBadge, certaintyOrWords, headlineKind } from '../ui/badges.js';
import { icon } from '../ui/icons.js';
import { fieldLang, dataSpan } from './text-language.js';

function box(className, title, ctx, children, { part = null } = {}) {
  return el('section', { class: ['box', className], attrs: { part } }, [heading(ctx.headingLevel, 2, { class: 'box-title', text: title }), ...children]);
}

function briefColumn(claim, ctx) {
  const { t, tNodes } = ctx.i18n;
  const figures = Array.isArray(claim.unsupportedFigures) ? claim.unsupportedFigures : [];
  return box('brief', t('briefSays'), ctx, [
    el('blockquote', { class: 'brief-quote', attrs: { lang: fieldLang(ctx, claim, 'brief') } }, [el('p', { text: claim.brief })]),
    figures.length
      ? el('ul', { class: 'unsupported' }, figures.map((f, i) => el('li', {}, [
        icon('cross'),
        el('span', {}, tNodes(f.note ? 'unsupportedFigure' : 'unsupportedFigureAlone', {}, {
          figure: dataSpan(ctx, claim, `unsupportedFigures[${i}].figure`, f.figure),
          note: dataSpan(ctx, claim, `unsupportedFigures[${i}].note`, f.note || ''),
        })),
      ])))
      : null,
  ]);
}

function verdictBox(claim, ctx) {
  const { i18n } = ctx;
  const { t } = i18n;
  const oral = isOralOnly(claim);
  return box('verdict-box', t('ourVerdict'), ctx, [
    el('p', { class: 'verdict-line' }, [verdictBadge(claim.verdict, i18n), ' ', certaintyOrWords(claim.certainty, headlineKind(claim), i18n)]),
    claim.verdictReason ? el('p', { class: 'reason' }, [el('strong', { text: t('whyVerdict') }), ' ', el('span', { attrs: { lang: fieldLang(ctx, claim, 'verdictReason') }, text: claim.verdictReason })]) : null,
    claim.summary ? el('p', { class: 'summary', attrs: { lang: fieldLang(ctx, claim, 'summary') }, text: claim.summary }) : null,
    claim.indirect
      ? el('div', { class: 'indirect-note', attrs: { role: 'note' } }, [
        el('p', { class: 'indirect-title' }, [icon(oral ? 'pill' : 'scale'), el('strong', { text: t(oral ? 'indirectTitleOral' : 'indirectTitle') })]),
        claim.indirectReason ? el('p', { attrs: { lang: ctx.coreLang }, text: claim.indirectReason }) : null,
      ])
      : null,
    el('p', { class: 'counts-sentence', text: countsLine(claim.counts, i18n) }),
  ]);
}

/** Build the card for a claim. `onClose` collapses it (and returns focus to the toggle). */
export function renderCard(claim, ctx, { onClose }) {
  const { i18n, headingLevel } = ctx;
  const { t } = i18n;
  const evidenceRefs = [...new Set((claim.evidence || []).map((e) => e.ref))];
  const sources = createSourcesDisclosure(evidenceRefs, ctx);
  const sof = renderSofSection(claim, ctx, sources);
  const safety = renderCardSafety(claim, ctx);
  const card = el('div', { class: 'card-body' }, [
    el('div', { class: 'pair' }, [briefColumn(claim, ctx), verdictBox(claim, ctx)]),
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
