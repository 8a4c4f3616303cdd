// The card's Summary of Findings (Cochrane's, as a patient reads it): one table row per outcome row of the
// claim (claim.outcomes[]) with the question (outcome, time point, intervention against comparator,
// population), what happened in absolute terms (the core's words; "out of 100 people" icon arrays in a
// full-width line under the row when both groups' rates exist), people and sources, the certainty with its
// reasons in short words and the row's GRADE-26 sentence; under it, the full grading steps behind a disclosure.
// A row without studies says so, with no badge; reports without a comparison group are listed apart, under
// their row, never graded. A real <table> on wide cards, labelled blocks on narrow ones (card.css).
import { el, heading } from '../ui/dom.js';
import { wireDisclosure } from '../ui/disclosure.js';
import { createAbsoluteFigure } from '../ui/icon-array.js';
import { renderGradingSteps } from './grading-panel.js';
import { shortCiteNodes } from './sources.js';
import { certaintyOrWords } from '../ui/badges.js';
import { icon } from '../ui/icons.js';
import { fieldLang } from './text-language.js';

const COLUMNS = ['question', 'absolute', 'people', 'certainty', 'statement'];

// The dataset's text as given (the loader has already refused what it must).
function text(value) {
  return typeof value === 'string' && value ? value : '';
}

export function outcomeRows(claim) {
  return (Array.isArray(claim.outcomes) ? claim.outcomes : []).filter((row) => row && typeof row === 'object');
}

function kindOf(row) {
  return typeof row.kind === 'string' ? row.kind : (row.certainty ? 'graded' : 'no-studies');
}

/** Each source once, in the order first cited. */
function distinctLinks(links) {
  const seen = new Set();
  return (Array.isArray(links) ? links : []).filter((link) => link && !seen.has(link.ref) && seen.add(link.ref));
}

/** The question: the outcome and when, then intervention against comparator, then who. */
function questionCell(row, ctx) {
  const { t, tNodes } = ctx.i18n;
  // <bdi>: the dataset's words inside our sentence are isolated, as i18n.js isolates values with bidi controls.
  const data = (field) => el('bdi', { attrs: { lang: fieldLang(ctx, row, field) }, text: text(row[field]) });
  const comparator = text(row.comparator);
  const timepoint = text(row.timepoint);
  const outcome = timepoint
    ? tNodes('sofOutcomeWhen', {}, { outcome: data('outcome'), timepoint: data('timepoint') })
    : [data('outcome')];
  const question = comparator
    ? tNodes('rowQuestion', {}, { intervention: data('intervention'), comparator: data('comparator') })
    : tNodes('rowQuestionAlone', {}, { intervention: data('intervention') });
  return el('th', { class: ['sof-c', 'sof-question'], attrs: { scope: 'row' } }, [
    el('p', { class: 'sof-outcome' }, outcome),
    el('p', { class: 'outcome-question' }, question),
    text(row.population) ? el('p', { class: 'sof-who' }, tNodes('sofWho', {}, { population: data('population') })) : null,
    row.indirect ? el('p', { class: 'outcome-indirect' }, [icon('scale'), el('span', { text: t('rowIndirect') })]) : null,
  ]);
}

function cell(column, ctx, children, extraClass = null) {
  return el('td', { class: ['sof-c', `sof-${column}`, extraClass], attrs: { 'data-label': ctx.i18n.t(`sofCol.${column}`) } }, children);
}

/** What happened in absolute terms: the core's words for each figure, or why there is none. */
function absoluteCell(row, kind, ctx) {
  const { t } = ctx.i18n;
  const figures = (Array.isArray(row.absolute) ? row.absolute : []).filter((a) => a && text(a.text));
  if (figures.length) {
    return cell('absolute', ctx, [el('ul', { class: 'outcome-absolute' }, figures.map((a) => el('li', { attrs: { lang: ctx.coreLang, 'data-kind': a.kind || null }, text: a.text })))]);
  }
  const words = { graded: 'sofAbsoluteNone', 'observations-only': 'sofAbsoluteUncontrolled', 'no-studies': 'sofAbsoluteNoStudies' }[kind] || 'sofAbsoluteNone';
  return cell('absolute', ctx, [el('p', { class: 'muted', text: t(words) })]);
}

/** "948 people (in the largest review), 5 sources"; for rows without a body of evidence, what there is. */
function peopleCell(row, kind, ctx) {
  const { t } = ctx.i18n;
  const counts = row.counts && typeof row.counts === 'object' ? row.counts : {};
  if (kind === 'no-studies') return cell('people', ctx, [el('p', { class: 'outcome-participants', text: t('sofNoStudies') })]);
  if (kind === 'observations-only') {
    const n = counts.observations || distinctLinks(row.observations).length;
    return cell('people', ctx, [el('p', { class: 'outcome-participants', text: t('sofReports', { n }) })]);
  }
  const n = typeof row.participants === 'number' && row.participants > 0 ? row.participants : 0;
  const people = n ? t(row.participantsFromReview ? 'sofPeopleReview' : 'sofPeople', { n }) : t('sofPeopleUnknown');
  const sources = typeof row.sources === 'number' ? row.sources : 0;
  return cell('people', ctx, [el('p', { class: 'outcome-participants', text: t('sofPeopleAndSources', { people, sources: t('sofSources', { n: sources }) }) })]);
}

function domainKey(domain) {
  return String(domain || '').replace(/([a-z])([A-Z])/g, '$1-$2').replace(/[_\s]+/g, '-').toLowerCase();
}

/**
 * A graded row's full grading steps: a line across the table under the row, a button and what it opens (in the
 * narrow certainty column they made a question taller than a printed page). Printed open, without the button.
 * Null for a row that is not graded.
 */
function gradingStepsLine(row, kind, ctx) {
  if (kind !== 'graded' || !row.grading) return null;
  const stepsId = ctx.id('steps');
  const body = el('div', { class: 'sof-steps outcome-grading', attrs: { id: stepsId } }, [renderGradingSteps(row, ctx)]);
  body.hidden = true;
  const button = el('button', {
    class: 'disclosure sof-steps-toggle',
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': stepsId },
  }, [icon('chevron', 'chevron'), el('span', { text: ctx.i18n.t('sofStepsToggle') })]);
  wireDisclosure(button, body);
  return el('tr', { class: 'sof-steps-row' }, [el('td', { attrs: { colspan: COLUMNS.length } }, [button, body])]);
}

/** The certainty badge (or the words for none) and its reasons in short words. */
function certaintyCell(row, kind, ctx) {
  const { i18n } = ctx;
  const { t, maybe } = i18n;
  const steps = row.grading && Array.isArray(row.grading.steps) ? row.grading.steps.filter((s) => s && Number(s.change)) : [];
  const reasons = steps.map((s) => {
    const change = Number(s.change);
    const reason = maybe(`sofReason.${domainKey(s.domain)}`) || maybe(`domain.${domainKey(s.domain)}`) || String(s.domain || '');
    return el('li', { class: change < 0 ? 'sof-reason--down' : 'sof-reason--up' }, [
      icon(change < 0 ? 'arrow-down' : 'arrow-up'),
      el('span', { text: t(change < 0 ? 'sofDown' : 'sofUp', { n: Math.abs(change), reason }) }),
    ]);
  });
  const children = [el('p', { class: 'outcome-certainty' }, [certaintyOrWords(row.certainty, kind, i18n)])];
  if (reasons.length) children.push(el('ul', { class: 'sof-reasons' }, reasons));
  return cell('certainty', ctx, children);
}

/** One observation link: the source's short citation (opens its full entry) and what it adds. */
function observationItem(link, ctx, sources) {
  const { refsById } = ctx;
  const ref = refsById.get(link.ref) || { id: link.ref, title: link.ref };
  return el('li', { class: 'observation', attrs: { 'data-ref': ref.id } }, [
    el('button', { class: 'cite-link', attrs: { type: 'button' }, on: { click: () => sources.reveal(ref.id) } }, shortCiteNodes(ref, ctx)),
    text(link.note) ? el('p', { class: 'note', attrs: { lang: fieldLang(ctx, link, 'note') }, text: link.note }) : null,
  ]);
}

/** The rows of one outcome row: its cells, then full-width lines for icon arrays and uncontrolled reports. */
function rowGroup(row, claim, ctx, sources) {
  const { t } = ctx.i18n;
  const kind = kindOf(row);
  const rates = (Array.isArray(claim.absolute) ? claim.absolute : []).filter((a) => a && a.row === row.id);
  const figures = rates.map((a) => createAbsoluteFigure(a, claim, ctx)).filter(Boolean);
  const observations = distinctLinks(row.observations);
  const body = el('tbody', { class: ['sof-row', 'outcome', `outcome--${kind}`], attrs: { 'data-row': row.id, 'data-kind': kind } }, [
    el('tr', { class: 'sof-main' }, [
      questionCell(row, ctx),
      absoluteCell(row, kind, ctx),
      peopleCell(row, kind, ctx),
      certaintyCell(row, kind, ctx),
      cell('statement', ctx, [text(row.statement) ? el('p', { class: 'outcome-statement', attrs: { lang: ctx.coreLang }, text: row.statement }) : null]),
    ]),
    gradingStepsLine(row, kind, ctx),
  ]);
  if (figures.length) {
    body.append(el('tr', { class: 'sof-figures' }, [el('td', { attrs: { colspan: COLUMNS.length } }, [el('div', { class: 'sof-figures-inner' }, figures)])]));
  }
  if (observations.length) {
    body.append(el('tr', { class: 'sof-observations' }, [el('td', { attrs: { colspan: COLUMNS.length } }, [
      el('div', { class: 'outcome-observations' }, [
        el('p', { class: 'outcome-subtitle' }, [icon('minus-circle'), el('span', { text: t('observationsTitle', { n: observations.length }) })]),
        el('p', { class: 'muted', text: t('observationsLead') }),
        el('ul', { class: 'observation-list' }, observations.map((link) => observationItem(link, ctx, sources))),
      ]),
    ])]));
  }
  return body;
}

/** The card's Summary-of-Findings section, or null for a claim without rows. */
export function renderSofSection(claim, ctx, sources) {
  const { i18n, headingLevel } = ctx;
  const { t } = i18n;
  const rows = outcomeRows(claim);
  if (!rows.length) return null;
  const captionId = ctx.id('sof-caption');
  const table = el('table', { class: 'sof', attrs: { 'aria-labelledby': captionId } }, [
    el('caption', { class: 'sof-caption', attrs: { id: captionId } }, i18n.tNodes('sofCaption', {}, { claim: el('bdi', { attrs: { lang: fieldLang(ctx, claim, 'title') }, text: claim.title }) })),
    el('thead', {}, [el('tr', {}, COLUMNS.map((c) => el('th', { class: `sof-${c}`, attrs: { scope: 'col' }, text: t(`sofCol.${c}`) })))]),
    ...rows.map((row) => rowGroup(row, claim, ctx, sources)),
  ]);
  return el('section', { class: 'outcomes-section', attrs: { part: 'findings' } }, [
    heading(headingLevel, 2, { class: 'section-title', text: t('outcomesTitle') }),
    el('p', { class: 'outcomes-lead', text: t('outcomesLead') }),
    table,
  ]);
}
