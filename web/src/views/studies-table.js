// The card's studies table: one group per role of the rows' graded evidence (supports, contradicts, context)
// and one group "Reports without a comparison group" (sources cited only as observations), each with one row
// per distinct source, so that each group has exactly as many rows as claim.counts says (the core counts the
// same way). Design and direction labels are derived from the source's own fields so that they cannot
// contradict each other (evidence review F16): a trial with a placebo arm whose placebo results are not
// reported says so, instead of "no comparison group".
import { el } from '../ui/dom.js';
import { shortCiteNodes, participantsText, cellValue } from './sources.js';
import { icon, ROLE_ICON } from '../ui/icons.js';
import { orderOf } from './vocabulary.js';
import { countsSentence } from './count-words.js';
import { fieldLang, dataSpan, citation } from './text-language.js';

const OBSERVATIONS = 'observations';

/** The count line of a card: the same four numbers as the list row and the studies table (claim.counts). */
export function countsLine(counts, i18n) {
  return countsSentence(counts, i18n.t);
}

/** Whether a source compared groups of people (randomised or not), from its own fields. */
function hasComparisonGroup(ref) {
  const design = typeof ref.design === 'string' ? ref.design : '';
  return /^rct/.test(design) || design === 'quasi-experimental' || (typeof ref.nControl === 'number' && ref.nControl > 0);
}

/**
 * The design as a patient reads it. "rct-open" is the evidence file's code for a randomised trial whose
 * blinding is not reported (or that was open): "no blinding reported" is true of both. A series coded
 * "open-label" that still had a comparison group (a group count) compared groups, without reported randomisation.
 */
export function designLabel(ref, i18n) {
  const { maybe } = i18n;
  const design = typeof ref.design === 'string' ? ref.design : null;
  if (!design) return null;
  if (design === 'open-label' && hasComparisonGroup(ref)) return maybe('designOpenCompared') || design;
  return maybe(`design.${design}`) || design;
}

/**
 * A finding's direction as a patient reads it. The evidence file codes "uncontrolled" for any finding with no
 * comparison between groups; where the source had a comparison group that is said plainly: the comparison
 * group's (the placebo's) results are not reported, or the groups were not compared.
 */
export function directionLabel(ref, finding, i18n) {
  const { maybe } = i18n;
  if (!finding || !finding.direction) return null;
  if (finding.direction === 'uncontrolled' && hasComparisonGroup(ref)) {
    if (finding.control == null) return maybe(/placebo/i.test(ref.comparator || '') ? 'directionShown.placebo-missing' : 'directionShown.control-missing');
    return maybe('directionShown.not-compared');
  }
  return maybe(`direction.${finding.direction}`) || finding.direction;
}

function findingOf(ref, link) {
  return Array.isArray(ref.findings) && typeof link.finding === 'number' && link.finding >= 0 ? ref.findings[link.finding] || null : null;
}

function findingBlock(finding, ctx) {
  const { tNodes } = ctx.i18n;
  if (!finding) return null;
  // The source's figures in the dataset's words (translated like its other text), inside the page's labels.
  const figure = (field, key) => (finding[field] != null ? el('li', {}, tNodes(key, {}, { value: dataSpan(ctx, finding, field, finding[field]) })) : null);
  const figures = [
    figure('magnesium', 'findingMagnesium'),
    figure('control', 'findingControl'),
    figure('effect', 'findingEffect'),
    figure('p', 'findingP'),
  ].filter(Boolean);
  return el('div', { class: 'finding' }, [
    finding.outcome ? el('p', { class: 'finding-outcome', attrs: { lang: fieldLang(ctx, finding, 'outcome') }, text: finding.outcome }) : null,
    finding.timepoint ? el('p', { class: 'finding-time', attrs: { lang: fieldLang(ctx, finding, 'timepoint') }, text: finding.timepoint }) : null,
    figures.length ? el('ul', { class: 'finding-figures' }, figures) : null,
  ]);
}

/**
 * The groups of the table: [group, Map(ref → its links)] per role of the graded evidence, in the core's order,
 * then the sources cited only as observations (a source also in the evidence is counted there only).
 */
export function studyGroups(claim, view) {
  const links = (Array.isArray(claim.evidence) ? claim.evidence : []).filter((link) => link && typeof link.ref === 'string');
  const evidence = links.filter((link) => !link.observation);
  const inEvidence = new Set(evidence.map((link) => link.ref));
  const bySource = (list) => {
    const map = new Map();
    for (const link of list) {
      if (!map.has(link.ref)) map.set(link.ref, []);
      map.get(link.ref).push(link);
    }
    return map;
  };
  const groups = orderOf(view, 'roles', evidence.map((link) => link.role))
    .map((role) => [role, bySource(evidence.filter((link) => link.role === role))]);
  groups.push([OBSERVATIONS, bySource(links.filter((link) => link.observation && !inEvidence.has(link.ref)))]);
  return groups.filter(([, map]) => map.size);
}

function sourceRow(group, ref, links, ctx, sources) {
  const { i18n, view } = ctx;
  const { t, maybe } = i18n;
  const cite = el('button', { class: 'cite-link', attrs: { type: 'button' }, on: { click: () => sources.reveal(ref.id) } }, shortCiteNodes(ref, ctx));
  const routeText = ref.route ? maybe(`routeShort.${ref.route}`) || ref.route : null;
  const otherRoute = ref.route && view.route && ref.route !== view.route;
  const linkResult = (link) => [
    link.note ? el('p', { class: 'note', attrs: { lang: fieldLang(ctx, link, 'note') }, text: link.note }) : null,
    findingBlock(findingOf(ref, link), ctx),
  ];
  const directions = [...new Set(links.map((link) => directionLabel(ref, findingOf(ref, link), i18n)).filter(Boolean))];
  const td = (column, children, extra = null) => el('td', { class: [`c-${column}`, extra], attrs: { 'data-label': t(`col.${column}`) } }, children);
  return el('tr', { class: [`row-${group}`, group === OBSERVATIONS ? 'row-observation' : null], attrs: { 'data-ref': ref.id, 'data-findings': String(links.length) } }, [
    el('th', { class: 'c-source', attrs: { scope: 'row' } }, [cite, ref.journal && !cite.textContent.includes(ref.journal) ? citation(ctx, ref.journal, { className: 'journal' }) : null]),
    td('design', [cellValue(designLabel(ref, i18n), i18n)]),
    td('route', [cellValue(routeText, i18n)], otherRoute ? 'route-other' : null),
    td('dose', [cellValue(ref.dose, i18n, fieldLang(ctx, ref, 'dose'))]),
    td('setting', [cellValue(ref.setting, i18n, fieldLang(ctx, ref, 'setting'))]),
    td('participants', [cellValue(participantsText(ref, i18n), i18n)]),
    td('comparator', [cellValue(ref.comparator, i18n, fieldLang(ctx, ref, 'comparator'))]),
    td('result', links.length === 1
      ? linkResult(links[0])
      : [
        el('p', { class: 'findings-count', text: t('findingsOfSource', { n: links.length }) }),
        el('ol', { class: 'row-findings' }, links.map((link) => el('li', { class: 'row-finding' }, linkResult(link)))),
      ]),
    td('direction', directions.length > 1
      ? [el('ul', { class: 'row-directions' }, directions.map((d) => el('li', { text: d })))]
      : [cellValue(directions[0] || null, i18n)]),
  ]);
}

function studiesTable(claim, ctx, sources) {
  const { i18n, refsById, view } = ctx;
  const { t, maybe } = i18n;
  const captionId = ctx.id('caption');
  const cols = ['source', 'design', 'route', 'dose', 'setting', 'participants', 'comparator', 'result', 'direction'];
  const table = el('table', { class: 'studies', attrs: { 'aria-labelledby': captionId } }, [
    el('caption', { class: 'sr-only', attrs: { id: captionId } }, i18n.tNodes('tableCaption', {}, { claim: dataSpan(ctx, claim, 'title') })),
    el('thead', {}, [el('tr', {}, cols.map((c) => el('th', { class: `c-${c}`, attrs: { scope: 'col' }, text: t(`col.${c}`) })))]),
  ]);
  for (const [group, bySource] of studyGroups(claim, view)) {
    const title = group === OBSERVATIONS ? t('observationsGroup', { n: bySource.size }) : maybe(`roleGroup.${group}`, { n: bySource.size }) || group;
    const body = el('tbody', { class: `group-${group}`, attrs: { 'data-count': String(bySource.size) } }, [
      el('tr', { class: 'group-row' }, [el('th', { attrs: { colspan: cols.length, scope: 'rowgroup' } }, [
        el('span', { class: ['role', `role--${group}`] }, [icon(group === OBSERVATIONS ? 'minus-circle' : ROLE_ICON[group] || 'info'), el('span', { text: title })]),
      ])]),
    ]);
    // One row per source; a source cited for several findings lists them all inside its row.
    for (const [refId, links] of bySource) body.append(sourceRow(group, refsById.get(refId) || { id: refId, title: refId }, links, ctx, sources));
    table.append(body);
  }
  // A region per open card: its name carries the claim (and the explorer's label) so that no two repeat.
  const scrollName = t('tableScroll', { claim: claim.title });
  const name = ctx.label ? t('landmarkWithLabel', { name: scrollName, label: ctx.label }) : scrollName;
  return el('div', { class: 'scroll', attrs: { role: 'region', tabindex: '0', 'aria-label': name } }, [table]);
}

/** The studies section of a card: its title, the count line and the table. */
export function renderStudiesSection(claim, ctx, sources, headingNode) {
  return el('section', { class: 'studies-section' }, [
    headingNode,
    el('p', { class: 'counts', text: countsLine(claim.counts, ctx.i18n) }),
    studiesTable(claim, ctx, sources),
  ]);
}
