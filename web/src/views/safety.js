// Safety, always visible: the harms, cautions and contraindications of the intervention,
// grouped by seriousness, and the red-flag symptoms that need urgent care instead, grouped by urgency
// (emergency first, with the emergency line). Orders come from the core (view.vocabulary).
import { el, find, heading } from '../ui/dom.js';
import { buildLongList, wireLongList } from '../ui/long-list.js';
import { icon, SERIOUSNESS_ICON, URGENCY_ICON } from '../ui/icons.js';
import { citeListNodes, buildSourcesDisclosure, createSourcesDisclosure } from './sources.js';
import { orderOf } from './vocabulary.js';
import { fieldLang, dataSpan } from './text-language.js';
// Each seriousness group shows this many harms at first, then a button adds HARMS_STEP more at a time.
const HARMS_SHOWN = 50;
const HARMS_STEP = 500;

function citeList(sourceIds, ctx) {
  const { i18n, refsById } = ctx;
  const refs = (sourceIds || []).map((id) => refsById.get(id)).filter(Boolean);
  if (!refs.length) return null;
  return el('p', { class: 'cites' }, i18n.tNodes('harmSources', {}, { list: el('span', {}, citeListNodes(refs, ctx)) }));
}

function seriousnessTag(seriousness, i18n) {
  return el('span', { class: ['tag', `tag--${seriousness}`] }, [
    icon(SERIOUSNESS_ICON[seriousness] || 'info'),
    el('span', { text: i18n.maybe(`seriousnessTag.${seriousness}`) || seriousness }),
  ]);
}

/**
 * One harm as a list item: seriousness, statement, how often, sources. `infusionCaution` marks a harm of
 * the dataset's infusion cautions (shown on every card) as applying before any infusion.
 */
export function renderHarm(harm, ctx, { showTag = true, withSources = true, infusionCaution = false } = {}) {
  const { i18n } = ctx;
  return el('li', { class: ['harm', `harm--${harm.seriousness}`, infusionCaution ? 'harm--infusion-caution' : null] }, [
    showTag ? seriousnessTag(harm.seriousness, i18n) : null,
    infusionCaution ? el('span', { class: ['tag', 'tag--infusion'] }, [icon('shield'), el('span', { text: i18n.t('infusionCautionTag') })]) : null,
    el('p', { class: 'harm-statement', attrs: { lang: fieldLang(ctx, harm, 'statement') }, text: harm.statement }),
    harm.frequency ? el('p', { class: 'harm-frequency' }, i18n.tNodes('frequency', {}, { frequency: dataSpan(ctx, harm, 'frequency') })) : null,
    withSources ? citeList(harm.sources, ctx) : null,
  ]);
}

export { seriousnessTag };

/**
 * The red flags (used on cards and in the safety section), in one group per urgency in the core's order:
 * "emergency" (with the dataset's emergency line) before "see-doctor" (see a doctor before any infusion).
 */
export function renderRedFlags(view, ctx, { headingOffset, titleKey = 'redFlagsTitle', leadKey = 'redFlagsLead', withSources = false }) {
  const { i18n, headingLevel } = ctx;
  const flags = Array.isArray(view.redFlags) ? view.redFlags : [];
  if (!flags.length) return null;
  // A flag without an urgency is treated as an emergency: the safer reading.
  const urgencyOf = (flag) => (typeof flag.urgency === 'string' && flag.urgency ? flag.urgency : 'emergency');
  const groups = orderOf(view, 'urgencies', flags.map(urgencyOf))
    .map((urgency) => [urgency, flags.filter((flag) => urgencyOf(flag) === urgency)])
    .filter(([, items]) => items.length);
  const line = typeof view.emergencyLine === 'string' && view.emergencyLine.trim() ? view.emergencyLine : null;
  return el('div', { class: 'red-flags', attrs: { role: 'note', 'aria-label': i18n.t(titleKey) } }, [
    heading(headingLevel, headingOffset, { class: 'red-flags-title' }, [
      icon('alert'),
      el('span', { text: i18n.t(titleKey) }),
    ]),
    el('p', { class: 'red-flags-lead', text: i18n.t(leadKey) }),
    ...groups.map(([urgency, items]) => el('div', { class: ['red-flag-group', `red-flag-group--${urgency}`], attrs: { 'data-urgency': urgency } }, [
      heading(headingLevel, headingOffset + 1, { class: 'red-flag-group-title' }, [
        icon(URGENCY_ICON[urgency] || 'alert'),
        el('span', { text: i18n.maybe(`urgency.${urgency}`) || urgency }),
      ]),
      urgency === 'emergency' && line
        ? el('p', { class: 'emergency-line' }, [icon('phone'), el('strong', { attrs: { lang: fieldLang(ctx, view, 'emergencyLine') }, text: line })])
        : null,
      el('ul', { class: 'red-flag-list' }, items.map((flag) => el('li', {}, [
        el('span', { attrs: { lang: fieldLang(ctx, flag, 'statement') }, text: flag.statement }),
        withSources ? citeList(flag.sources, ctx) : null,
      ]))),
    ])),
  ]);
}

/** The harms in the section's groups: one per seriousness present, in the core's order. */
function harmGroups(view) {
  const harms = Array.isArray(view.harms) ? view.harms : [];
  return orderOf(view, 'seriousness', harms.map((h) => h.seriousness))
    .map((level) => [level, harms.filter((h) => h.seriousness === level)])
    .filter(([, items]) => items.length);
}

/** The sources the safety section lists: those of its harms and warning signs, once. */
export function sectionSourceIds(view) {
  return [...new Set([
    ...(view.harms || []).flatMap((h) => h.sources || []),
    ...(view.redFlags || []).flatMap((f) => f.sources || []),
  ])];
}

/** How a harm of the section is drawn (the harms every card shows under "Before any infusion" say so here too). */
function harmRenderer(view, ctx) {
  const infusion = new Set(Array.isArray(view.infusionCautions) ? view.infusionCautions : []);
  return (h) => renderHarm(h, ctx, { showTag: false, infusionCaution: infusion.has(h.id) });
}

const longListOptions = (ctx) => ({ first: HARMS_SHOWN, step: HARMS_STEP, i18n: ctx.i18n, printHooks: ctx.printHooks });

/** The always-visible safety section: built, or `adopted` (a prerendered screen's), then wired. */
export function renderSafetySection(view, ctx, sectionId, adopted = null) {
  const section = adopted || buildSafetySection(view, ctx, sectionId);
  const render = harmRenderer(view, ctx);
  const groups = section.querySelectorAll('.harm-group');
  harmGroups(view).forEach(([, items], i) => {
    if (!groups[i]) throw new Error('the safety section lacks a group of harms');
    const list = find(groups[i], '.harm-list');
    wireLongList(list, groups[i].querySelector('.list-more'), items, render, longListOptions(ctx));
  });
  const sources = section.querySelector(':scope > .sources');
  if (sources) createSourcesDisclosure(sectionSourceIds(view), ctx, { toggleKey: 'safetySourcesToggle' }, sources);
  return section;
}

function buildSafetySection(view, ctx, sectionId) {
  const { i18n, headingLevel } = ctx;
  const { t } = i18n;
  const titleId = ctx.id('safety-title');
  const section = el('section', { class: 'safety', attrs: { id: sectionId, 'aria-labelledby': ctx.labelledBy(titleId), tabindex: '-1', part: 'safety' } });
  section.append(heading(headingLevel, 1, { attrs: { id: titleId } }, i18n.tNodes('safetyTitle', {}, { intervention: dataSpan(ctx, view, 'intervention') })));
  section.append(el('p', { class: 'lead', text: t('safetyLead') }));

  const redFlags = renderRedFlags(view, ctx, {
    headingOffset: 2,
    titleKey: 'redFlagsSectionTitle',
    leadKey: 'redFlagsSectionLead',
    withSources: true,
  });
  const groups = el('div', { class: 'harm-groups' });
  const render = harmRenderer(view, ctx);
  for (const [level, items] of harmGroups(view)) {
    groups.append(el('div', { class: ['harm-group', `harm-group--${level}`] }, [
      heading(headingLevel, 2, { class: 'harm-group-title' }, [
        icon(SERIOUSNESS_ICON[level] || 'info'),
        el('span', { text: i18n.maybe(`seriousness.${level}`) || level }),
      ]),
      ...buildLongList(el('ul', { class: 'harm-list' }), items, render, longListOptions(ctx)),
    ]));
  }
  if (redFlags) section.append(redFlags);
  section.append(groups);

  const sourceIds = sectionSourceIds(view);
  if (sourceIds.length) section.append(buildSourcesDisclosure(sourceIds, ctx, { toggleKey: 'safetySourcesToggle' }));
  return section;
}
