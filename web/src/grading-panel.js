// "How we grade": the written certainty rule (from the core, view.gradingRule) and, on each
// card, the steps that rule took for that claim ("Starts high: … · Down 1: imprecision (…)").
import { el, heading, domId } from './dom.js';
import { icon } from './icons.js';
import { CERTAINTIES, VERDICTS, certaintyBadge, certaintySymbols, verdictBadge } from './badges.js';

function domainKey(domain) {
  return String(domain || '')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase();
}

function levelText(level, i18n) {
  return i18n.maybe(`level.${level}`) || String(level || '');
}

/** The grading steps for one claim, as an ordered list. */
export function renderGradingSteps(claim, ctx) {
  const { i18n } = ctx;
  const { t } = i18n;
  const g = claim.grading || {};
  const list = el('ol', { class: 'grade-steps' });
  if (g.start) {
    list.append(el('li', { class: 'grade-step grade-step--start' }, [
      icon('start'),
      el('span', { text: t('gradeStart', { level: levelText(g.start, i18n), reason: g.startReason || '' }) }),
    ]));
  }
  const steps = Array.isArray(g.steps) ? g.steps : [];
  for (const step of steps) {
    const change = Number(step.change) || 0;
    if (!change) continue;
    const key = domainKey(step.domain);
    const domain = i18n.maybe(`domain.${key}`) || String(step.domain || '').replace(/_/g, ' ');
    const text = t(change < 0 ? 'gradeDown' : 'gradeUp', { n: Math.abs(change), domain, reason: step.reason || '' });
    list.append(el('li', { class: ['grade-step', change < 0 ? 'grade-step--down' : 'grade-step--up'] }, [
      icon(change < 0 ? 'arrow-down' : 'arrow-up'),
      el('span', { text }),
      step.automatic ? el('span', { class: 'auto', text: t('gradeAutomatic') }) : null,
    ]));
  }
  if (!steps.some((s) => Number(s.change))) {
    list.append(el('li', { class: 'grade-step' }, [icon('minus-circle'), el('span', { text: t('gradeNone') })]));
  }
  const result = g.result || claim.certainty;
  list.append(el('li', { class: 'grade-step grade-step--result' }, [
    icon('equals'),
    el('span', { text: t('gradeResult', { level: levelText(result, i18n) }) }),
    certaintySymbols(result, i18n),
  ]));
  const wrap = el('div', { class: 'grading' }, [list]);
  if (claim.statedCertainty && claim.statedCertainty !== claim.certainty) {
    wrap.append(el('p', { class: 'note', text: t('statedDiffers', { stated: levelText(claim.statedCertainty, i18n), computed: levelText(claim.certainty, i18n) }) }));
  }
  return wrap;
}

/** The page-level "How we grade" panel: a heading whose button opens the rule and the legends. */
export function renderGradingPanel(view, ctx, sectionId) {
  const { i18n, headingLevel } = ctx;
  const { t } = i18n;
  const bodyId = domId(sectionId, 'body');
  const button = el('button', {
    class: 'disclosure panel-toggle',
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': bodyId },
  }, [icon('scale'), el('span', { class: 'panel-toggle-text', text: t('gradingPanelTitle') }), icon('chevron', 'chevron')]);

  const rule = Array.isArray(view.gradingRule) ? view.gradingRule : [];
  const body = el('div', { class: 'grading-body', attrs: { id: bodyId } }, [
    el('p', { text: t('gradingPanelLead') }),
    el('ol', { class: 'rule', attrs: { lang: ctx.coreLang || null } }, rule.map((step) => el('li', { text: step }))),
    el('div', { class: 'legends' }, [
      el('div', {}, [
        heading(headingLevel, 2, { text: t('gradingLegendTitle') }),
        el('dl', { class: 'legend' }, CERTAINTIES.flatMap((c) => [
          el('dt', {}, [certaintyBadge(c, i18n)]),
          el('dd', { text: t(`certaintyMeaning.${c}`) }),
        ])),
      ]),
      el('div', {}, [
        heading(headingLevel, 2, { text: t('verdictLegendTitle') }),
        el('dl', { class: 'legend' }, VERDICTS.flatMap((v) => [
          el('dt', {}, [verdictBadge(v, i18n)]),
          el('dd', { text: t(`verdictMeaning.${v}`) }),
        ])),
      ]),
    ]),
  ]);
  body.hidden = true;
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    body.hidden = !open;
  });
  return el('section', { class: 'grading-panel', attrs: { id: sectionId, part: 'grading' } }, [
    heading(headingLevel, 1, { class: 'panel-heading' }, [button]),
    body,
  ]);
}
