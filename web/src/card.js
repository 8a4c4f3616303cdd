// Layer 2: one claim's card. "The brief says" beside "The studies show"; benefit and harms side by
// side at the same weight (never behind a click); "x of 100" icon arrays; the red flags where they
// apply; the claim's questions one by one (outcome rows: each with its own statement, certainty or the
// words for none, counts, participants, absolute effects, grading steps and uncontrolled reports apart);
// the studies table grouped by support / contradiction / context, one row per source; and layer 3 (the
// sources in full) behind one disclosure.
import { el, heading, pageLink } from './dom.js';
import { createAbsoluteFigure } from './icon-array.js';
import { renderCardSafety } from './views/card-safety.js';
import { renderGradingSteps } from './grading-panel.js';
import { shortCite, participantsText, createSourcesDisclosure, cellValue } from './sources.js';
import { isOralOnly, verdictBadge, certaintyOrWords, headlineKind } from './badges.js';
import { icon, ROLE_ICON } from './icons.js';
import { orderOf } from './vocabulary.js';

function box(className, title, ctx, children, { part = null } = {}) {
  return el('section', { class: ['box', className], attrs: { part } }, [heading(ctx.headingLevel, 2, { class: 'box-title', text: title }), ...children]);
}

function briefColumn(claim, ctx) {
  const { t } = ctx.i18n;
  const figures = Array.isArray(claim.unsupportedFigures) ? claim.unsupportedFigures : [];
  return box('brief', t('briefSays'), ctx, [
    el('blockquote', { class: 'brief-quote', attrs: { lang: ctx.dataLang } }, [el('p', { text: claim.brief })]),
    figures.length
      ? el('ul', { class: 'unsupported' }, figures.map((f) => el('li', {}, [
        icon('cross'),
        el('span', { text: t('unsupportedFigure', { figure: f.figure, note: f.note || '' }).trim() }),
      ])))
      : null,
  ]);
}

function verdictBox(claim, ctx) {
  const { i18n } = ctx;
  const { t } = i18n;
  return box('verdict-box', t('ourVerdict'), ctx, [
    el('p', { class: 'verdict-line' }, [verdictBadge(claim.verdict, i18n), ' ', certaintyOrWords(claim.certainty, headlineKind(claim), i18n)]),
    claim.verdictReason ? el('p', { class: 'reason' }, [el('strong', { text: t('whyVerdict') }), ' ', el('span', { attrs: { lang: ctx.dataLang }, text: claim.verdictReason })]) : null,
    el('p', { class: 'counts-sentence', text: t('benefitCounts', {
      supports: t('countSupports', { n: (claim.counts || {}).supports || 0 }),
      contradicts: t('countContradicts', { n: (claim.counts || {}).contradicts || 0 }),
    }) }),
  ]);
}

function showsColumn(claim, ctx) {
  const { t } = ctx.i18n;
  const facts = [
    ['who', claim.population],
    ['when', claim.timeframe],
  ].filter(([, v]) => v);
  return box('shows', t('studiesShow'), ctx, [
    claim.plainLanguage ? el('p', { class: 'plain', attrs: { lang: ctx.dataLang }, text: claim.plainLanguage }) : null,
    claim.summary ? el('p', { class: 'summary', attrs: { lang: ctx.dataLang }, text: claim.summary }) : null,
    claim.indirect
      ? el('div', { class: 'indirect-note', attrs: { role: 'note' } }, [
        el('p', { class: 'indirect-title' }, [
          icon(isOralOnly(claim) ? 'pill' : 'scale'),
          el('strong', { text: t(isOralOnly(claim) ? 'indirectTitleOral' : 'indirectTitle') }),
        ]),
        claim.indirectReason ? el('p', { attrs: { lang: ctx.dataLang }, text: claim.indirectReason }) : null,
      ])
      : null,
    facts.length ? el('dl', { class: 'facts' }, facts.map(([k, v]) => el('div', {}, [el('dt', { text: t(k) }), el('dd', { attrs: { lang: ctx.dataLang }, text: v })]))) : null,
  ]);
}

function countsText(counts, i18n) {
  const { t } = i18n;
  return t('countsLine', {
    supports: t('countSupports', { n: counts.supports || 0 }),
    contradicts: t('countContradicts', { n: counts.contradicts || 0 }),
    context: t('countContext', { n: counts.context || 0 }),
  });
}

function benefitBox(claim, ctx) {
  const { i18n } = ctx;
  const { t } = i18n;
  const figures = (Array.isArray(claim.absolute) ? claim.absolute : []).map((a) => createAbsoluteFigure(a, claim, ctx)).filter(Boolean);
  // Risk and mean differences have no two groups to draw: the core's sentence says them ("7 fewer people in
  // every 100 …").
  const words = outcomeRows(claim).flatMap((row) => (Array.isArray(row.absolute) ? row.absolute : [])
    .filter((a) => a && a.kind !== 'rates' && typeof a.text === 'string' && a.text));
  return box('benefit', t('benefitTitle'), ctx, [
    ...(figures.length ? figures : [el('p', { class: 'muted', text: t('noAbsolute') })]),
    words.length ? el('ul', { class: 'absolute-words' }, words.map((a) => el('li', { attrs: { lang: ctx.coreLang }, text: a.text }))) : null,
  ], { part: 'benefits' });
}

function findingBlock(ref, index, i18n, lang) {
  const { t } = i18n;
  const f = ref && Array.isArray(ref.findings) && index >= 0 ? ref.findings[index] : null;
  if (!f) return null;
  const figures = [
    f.magnesium != null ? el('li', { text: t('findingMagnesium', { value: f.magnesium }) }) : null,
    f.control != null ? el('li', { text: t('findingControl', { value: f.control }) }) : null,
    f.effect != null ? el('li', { text: t('findingEffect', { value: f.effect }) }) : null,
    f.p != null ? el('li', { text: t('findingP', { value: f.p }) }) : null,
  ].filter(Boolean);
  return el('div', { class: 'finding' }, [
    f.outcome ? el('p', { class: 'finding-outcome', attrs: { lang }, text: f.outcome }) : null,
    f.timepoint ? el('p', { class: 'finding-time', attrs: { lang }, text: f.timepoint }) : null,
    figures.length ? el('ul', { class: 'finding-figures' }, figures) : null,
  ]);
}

function cellText(value, i18n, lang = null) {
  return cellValue(value, i18n, lang);
}

function direction(ref, link, i18n) {
  const f = Array.isArray(ref.findings) && typeof link.finding === 'number' && link.finding >= 0 ? ref.findings[link.finding] : null;
  if (!f || !f.direction) return null;
  return i18n.maybe(`direction.${f.direction}`) || f.direction;
}

// The links of one role grouped by source, in the order each source is first cited: the core counts the
// same distinct sources (claim.counts), so the table has as many rows as the count above it says.
function sourcesOfRole(evidence, role) {
  const bySource = new Map();
  for (const link of evidence) {
    if (link.role !== role) continue;
    if (!bySource.has(link.ref)) bySource.set(link.ref, []);
    bySource.get(link.ref).push(link);
  }
  return bySource;
}

function studiesTable(claim, ctx, sources) {
  const { i18n, refsById, view } = ctx;
  const { t, maybe } = i18n;
  const evidence = Array.isArray(claim.evidence) ? claim.evidence : [];
  const captionId = ctx.id('caption');
  const cols = ['source', 'design', 'route', 'dose', 'setting', 'participants', 'comparator', 'result', 'direction'];
  const table = el('table', { class: 'studies', attrs: { 'aria-labelledby': captionId } }, [
    el('caption', { class: 'sr-only', attrs: { id: captionId }, text: t('tableCaption', { claim: claim.title }) }),
    el('thead', {}, [el('tr', {}, cols.map((c) => el('th', { class: `c-${c}`, attrs: { scope: 'col' }, text: t(`col.${c}`) })))]),
  ]);
  // By role in the core's order, counted as the core counts them (claim.counts): a report without a comparison
  // group is in its role's group, and its row says that it is not graded.
  const groups = orderOf(view, 'roles', evidence.map((link) => link.role)).map((role) => [role, sourcesOfRole(evidence, role)]);
  for (const [role, bySource] of groups) {
    if (!bySource.size) continue;
    const body = el('tbody', { class: `group-${role}` }, [
      el('tr', { class: 'group-row' }, [el('th', { attrs: { colspan: cols.length, scope: 'rowgroup' } }, [
        el('span', { class: ['role', `role--${role}`] }, [icon(ROLE_ICON[role] || 'info'), el('span', { text: maybe(`roleGroup.${role}`, { n: bySource.size }) || role })]),
      ])]),
    ]);
    // One row per source; a source cited for several findings lists them all inside its row.
    for (const [refId, links] of bySource) {
      const ref = refsById.get(refId) || { id: refId, title: refId };
      const cite = el('button', {
        class: 'cite-link',
        attrs: { type: 'button', 'aria-label': null },
        text: shortCite(ref, i18n),
        on: { click: () => sources.reveal(ref.id) },
      });
      const routeText = ref.route ? maybe(`routeShort.${ref.route}`) || ref.route : null;
      const otherRoute = ref.route && view.route && ref.route !== view.route;
      const linkResult = (link) => [
        link.note ? el('p', { class: 'note', attrs: { lang: ctx.dataLang }, text: link.note }) : null,
        findingBlock(ref, typeof link.finding === 'number' ? link.finding : -1, i18n, ctx.dataLang),
      ];
      const directions = [...new Set(links.map((link) => direction(ref, link, i18n)).filter(Boolean))];
      const observed = links.every((link) => link.observation);
      body.append(el('tr', { class: [`row-${role}`, observed ? 'row-observation' : null], attrs: { 'data-ref': ref.id, 'data-findings': String(links.length) } }, [
        el('th', { class: 'c-source', attrs: { scope: 'row' } }, [cite, ref.journal && !cite.textContent.includes(ref.journal) ? el('span', { class: 'journal', attrs: { lang: ctx.dataLang }, text: ref.journal }) : null]),
        el('td', { class: 'c-design', attrs: { 'data-label': t('col.design') } }, [cellText(ref.design ? maybe(`design.${ref.design}`) || ref.design : null, i18n)]),
        el('td', { class: ['c-route', otherRoute ? 'route-other' : null], attrs: { 'data-label': t('col.route') } }, [cellText(routeText, i18n)]),
        el('td', { class: 'c-dose', attrs: { 'data-label': t('col.dose') } }, [cellText(ref.dose, i18n, ctx.dataLang)]),
        el('td', { class: 'c-setting', attrs: { 'data-label': t('col.setting') } }, [cellText(ref.setting, i18n, ctx.dataLang)]),
        el('td', { class: 'c-participants', attrs: { 'data-label': t('col.participants') } }, [cellText(participantsText(ref, i18n), i18n)]),
        el('td', { class: 'c-comparator', attrs: { 'data-label': t('col.comparator') } }, [cellText(ref.comparator, i18n, ctx.dataLang)]),
        el('td', { class: 'c-result', attrs: { 'data-label': t('col.result') } }, [
          observed ? el('p', { class: 'tag tag--observation', text: t('observationTag') }) : null,
        ].concat(links.length === 1
          ? linkResult(links[0])
          : [
            el('p', { class: 'findings-count', text: t('findingsOfSource', { n: links.length }) }),
            el('ol', { class: 'row-findings' }, links.map((link) => el('li', { class: 'row-finding' }, linkResult(link)))),
          ])),
        el('td', { class: 'c-direction', attrs: { 'data-label': t('col.direction') } }, directions.length > 1
          ? [el('ul', { class: 'row-directions' }, directions.map((d) => el('li', { text: d })))]
          : [cellText(directions[0] || null, i18n)]),
      ]));
    }
    table.append(body);
  }
  // A region per open card: its name carries the claim (and the explorer's label) so that no two repeat.
  const scrollName = t('tableScroll', { claim: claim.title });
  const name = ctx.label ? t('landmarkWithLabel', { name: scrollName, label: ctx.label }) : scrollName;
  return el('div', { class: 'scroll', attrs: { role: 'region', tabindex: '0', 'aria-label': name } }, [table]);
}

function outcomeRows(claim) {
  return (Array.isArray(claim.outcomes) ? claim.outcomes : []).filter((row) => row && typeof row === 'object');
}

// The dataset's text as given (the loader has already refused what it must).
function text(value) {
  return typeof value === 'string' && value ? value : '';
}

/** "{n} participants" for a row, "(largest review)" when the number is one review's, not a sum of trials. */
function rowParticipants(row, i18n) {
  const n = typeof row.participants === 'number' && row.participants > 0 ? row.participants : 0;
  if (!n) return i18n.t('participantsUnknown');
  return i18n.t(row.participantsFromReview ? 'participantsLargestReview' : 'participants', { n });
}

/** The sources of one row's links, as cite buttons that open the source's full entry below. */
function linkItem(link, ctx, sources) {
  const { i18n, refsById } = ctx;
  const ref = refsById.get(link.ref) || { id: link.ref, title: link.ref };
  return el('li', { class: 'observation', attrs: { 'data-ref': ref.id } }, [
    el('button', { class: 'cite-link', attrs: { type: 'button' }, text: shortCite(ref, i18n), on: { click: () => sources.reveal(ref.id) } }),
    text(link.note) ? el('p', { class: 'note', attrs: { lang: ctx.dataLang }, text: link.note }) : null,
  ]);
}

/** One question of the claim: intervention against comparator, outcome, time point and population. */
function outcomeRow(row, claim, ctx, sources) {
  const { i18n, headingLevel } = ctx;
  const { t, tNodes } = i18n;
  // <bdi>: the dataset's words inside our sentence are isolated, as i18n.js isolates values with bidi controls.
  const data = (value) => el('bdi', { attrs: { lang: ctx.dataLang }, text: value });
  const kind = typeof row.kind === 'string' ? row.kind : (row.certainty ? 'graded' : 'no-studies');
  const comparator = text(row.comparator);
  const question = comparator
    ? tNodes('rowQuestion', {}, { intervention: data(row.intervention || ''), comparator: data(comparator) })
    : tNodes('rowQuestionAlone', {}, { intervention: data(row.intervention || '') });
  const facts = [
    ['rowOutcome', text(row.outcome)],
    ['rowWhen', text(row.timepoint)],
    ['rowWho', text(row.population)],
  ].filter(([, v]) => v);
  const counts = row.counts && typeof row.counts === 'object' ? row.counts : {};
  const absolute = (Array.isArray(row.absolute) ? row.absolute : []).filter((a) => a && text(a.text));
  const observations = Array.isArray(row.observations) ? row.observations : [];
  const seenObservations = new Set();
  const distinctObservations = observations.filter((link) => link && !seenObservations.has(link.ref) && seenObservations.add(link.ref));
  const stats = kind === 'graded'
    ? [
      el('li', { class: 'outcome-counts', text: t('rowCounts', {
        supports: t('countSupports', { n: counts.supports || 0 }),
        contradicts: t('countContradicts', { n: counts.contradicts || 0 }),
      }) }),
      el('li', { class: 'outcome-participants', text: rowParticipants(row, i18n) }),
    ]
    : [];
  // The core counts reports without a comparison group under their role too: say how many are such.
  if (kind === 'graded' && counts.observations > 0) {
    stats.splice(1, 0, el('li', { class: 'outcome-observation-count', text: t('rowObservationCount', { n: counts.observations }) }));
  }
  return el('li', { class: ['outcome', `outcome--${kind}`], attrs: { 'data-row': row.id, 'data-kind': kind } }, [
    heading(headingLevel, 3, { class: 'outcome-question' }, question),
    facts.length ? el('dl', { class: 'facts outcome-facts' }, facts.map(([k, v]) => el('div', {}, [el('dt', { text: t(k) }), el('dd', { attrs: { lang: ctx.dataLang }, text: v })]))) : null,
    text(row.statement) ? el('p', { class: 'outcome-statement', attrs: { lang: ctx.coreLang }, text: row.statement }) : null,
    el('ul', { class: 'outcome-meta' }, [
      el('li', { class: 'outcome-certainty' }, [certaintyOrWords(row.certainty, kind, i18n)]),
      ...stats,
      row.indirect ? el('li', { class: 'outcome-indirect' }, [icon('scale'), el('span', { text: t('rowIndirect') })]) : null,
    ]),
    absolute.length ? el('ul', { class: 'outcome-absolute' }, absolute.map((a) => el('li', { attrs: { lang: ctx.coreLang }, text: a.text }))) : null,
    row.grading
      ? el('div', { class: 'outcome-grading' }, [
        heading(headingLevel, 4, { class: 'outcome-subtitle', text: t('gradingTitle') }),
        renderGradingSteps(row, ctx),
      ])
      : null,
    distinctObservations.length
      ? el('div', { class: 'outcome-observations' }, [
        heading(headingLevel, 4, { class: 'outcome-subtitle', text: t('observationsTitle', { n: distinctObservations.length }) }),
        el('p', { class: 'muted', text: t('observationsLead') }),
        el('ul', { class: 'observation-list' }, distinctObservations.map((link) => linkItem(link, ctx, sources))),
      ])
      : null,
  ]);
}

/** "Question by question": every outcome row of the claim, the headline first. */
function outcomesSection(claim, ctx, sources) {
  const { i18n, headingLevel } = ctx;
  const { t } = i18n;
  const rows = outcomeRows(claim);
  if (!rows.length) return null;
  return el('section', { class: 'outcomes-section' }, [
    heading(headingLevel, 2, { class: 'section-title', text: t('outcomesTitle') }),
    el('p', { class: 'outcomes-lead', text: t('outcomesLead') }),
    el('ol', { class: 'outcomes' }, rows.map((row) => outcomeRow(row, claim, ctx, sources))),
  ]);
}

/** Build the card for a claim. `onClose` collapses it (and returns focus to the toggle). */
export function renderCard(claim, ctx, { onClose }) {
  const { i18n, headingLevel } = ctx;
  const { t } = i18n;
  const evidenceRefs = [...new Set((claim.evidence || []).map((e) => e.ref))];
  const sources = createSourcesDisclosure(evidenceRefs, ctx);

  const card = el('div', { class: 'card-body' }, [
    el('div', { class: 'pair' }, [el('div', { class: 'stack' }, [briefColumn(claim, ctx), verdictBox(claim, ctx)]), showsColumn(claim, ctx)]),
    el('div', { class: 'weigh' }, [benefitBox(claim, ctx)]),
    outcomesSection(claim, ctx, sources),
    renderCardSafety(claim, ctx),
    el('section', { class: 'studies-section' }, [
      heading(headingLevel, 2, { class: 'section-title', text: t('studiesTitle') }),
      el('p', { class: 'counts', text: countsText(claim.counts || {}, i18n) }),
      studiesTable(claim, ctx, sources),
    ]),
    el('section', { class: 'sources-section' }, [
      heading(headingLevel, 2, { class: 'section-title', text: t('sourcesTitle') }),
      sources.root,
    ]),
    el('div', { class: 'card-actions' }, [
      pageLink(`#claim=${encodeURIComponent(claim.id)}`, t('linkToClaim'), { class: 'permalink' }),
      el('button', { class: 'button-quiet', attrs: { type: 'button' }, text: t('closeCard'), on: { click: onClose } }),
    ]),
  ]);
  return card;
}
