// Safety, always visible: the harms, cautions and contraindications of the intervention,
// grouped by seriousness, and the red-flag symptoms that need urgent care instead.
import { el, heading } from './dom.js';
import { longList } from './long-list.js';
import { icon, SERIOUSNESS_ICON } from './icons.js';
import { shortCite, createSourcesDisclosure } from './sources.js';

export const SERIOUSNESS_ORDER = ['contraindication', 'serious', 'warning', 'common-mild'];
// Each seriousness group shows this many harms at first, then a button adds HARMS_STEP more at a time.
const HARMS_SHOWN = 50;
const HARMS_STEP = 500;

function citeList(sourceIds, ctx) {
  const { i18n, refsById } = ctx;
  const names = [...new Set((sourceIds || []).map((id) => refsById.get(id)).filter(Boolean).map((ref) => shortCite(ref, i18n)))];
  if (!names.length) return null;
  let list;
  try {
    list = new Intl.ListFormat(i18n.lang, { style: 'short', type: 'unit' }).format(names);
  } catch {
    list = names.join('; ');
  }
  return el('p', { class: 'cites', text: i18n.t('harmSources', { list }) });
}

function seriousnessTag(seriousness, i18n) {
  return el('span', { class: ['tag', `tag--${seriousness}`] }, [
    icon(SERIOUSNESS_ICON[seriousness] || 'info'),
    el('span', { text: i18n.maybe(`seriousnessTag.${seriousness}`) || seriousness }),
  ]);
}

/** One harm as a list item: seriousness, statement, how often, sources. */
export function renderHarm(harm, ctx, { showTag = true, withSources = true } = {}) {
  const { i18n } = ctx;
  return el('li', { class: ['harm', `harm--${harm.seriousness}`] }, [
    showTag ? seriousnessTag(harm.seriousness, i18n) : null,
    el('p', { class: 'harm-statement', attrs: { lang: ctx.dataLang }, text: harm.statement }),
    harm.frequency ? el('p', { class: 'harm-frequency', text: i18n.t('frequency', { frequency: harm.frequency }) }) : null,
    withSources ? citeList(harm.sources, ctx) : null,
  ]);
}

export { seriousnessTag };

/** The red-flag list (used on cards and in the safety section). */
export function renderRedFlags(view, ctx, { headingOffset, titleKey = 'redFlagsTitle', leadKey = 'redFlagsLead', withSources = false }) {
  const { i18n, headingLevel } = ctx;
  const flags = Array.isArray(view.redFlags) ? view.redFlags : [];
  if (!flags.length) return null;
  return el('div', { class: 'red-flags', attrs: { role: 'note', 'aria-label': i18n.t(titleKey) } }, [
    heading(headingLevel, headingOffset, { class: 'red-flags-title' }, [
      icon('alert'),
      el('span', { text: i18n.t(titleKey) }),
    ]),
    el('p', { class: 'red-flags-lead', text: i18n.t(leadKey) }),
    el('ul', { class: 'red-flag-list' }, flags.map((flag) => el('li', {}, [
      el('span', { attrs: { lang: ctx.dataLang }, text: flag.statement }),
      withSources ? citeList(flag.sources, ctx) : null,
    ]))),
  ]);
}

/** The always-visible safety section. */
export function renderSafetySection(view, ctx, sectionId) {
  const { i18n, headingLevel } = ctx;
  const { t } = i18n;
  const titleId = ctx.id('safety-title');
  const section = el('section', { class: 'safety', attrs: { id: sectionId, 'aria-labelledby': ctx.labelledBy(titleId), tabindex: '-1', part: 'safety' } });
  section.append(heading(headingLevel, 1, { attrs: { id: titleId }, text: t('safetyTitle', { intervention: view.intervention }) }));
  section.append(el('p', { class: 'lead', text: t('safetyLead') }));

  const redFlags = renderRedFlags(view, ctx, {
    headingOffset: 2,
    titleKey: 'redFlagsSectionTitle',
    leadKey: 'redFlagsSectionLead',
    withSources: true,
  });
  const groups = el('div', { class: 'harm-groups' });
  const harms = Array.isArray(view.harms) ? view.harms : [];
  const known = new Set(SERIOUSNESS_ORDER);
  const order = [...SERIOUSNESS_ORDER, ...new Set(harms.map((h) => h.seriousness).filter((s) => !known.has(s)))];
  for (const level of order) {
    const items = harms.filter((h) => h.seriousness === level);
    if (!items.length) continue;
    groups.append(el('div', { class: ['harm-group', `harm-group--${level}`] }, [
      heading(headingLevel, 2, { class: 'harm-group-title' }, [
        icon(SERIOUSNESS_ICON[level] || 'info'),
        el('span', { text: i18n.maybe(`seriousness.${level}`) || level }),
      ]),
      ...longList(el('ul', { class: 'harm-list' }), items, (h) => renderHarm(h, ctx, { showTag: false }), { first: HARMS_SHOWN, step: HARMS_STEP, i18n, printHooks: ctx.printHooks }),
    ]));
  }
  if (redFlags) section.append(redFlags);
  section.append(groups);

  const sourceIds = [...new Set([
    ...harms.flatMap((h) => h.sources || []),
    ...(view.redFlags || []).flatMap((f) => f.sources || []),
  ])];
  if (sourceIds.length) {
    section.append(createSourcesDisclosure(sourceIds, ctx, { toggleKey: 'safetySourcesToggle' }).root);
  }
  return section;
}
