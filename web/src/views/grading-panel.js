// "How we grade": the written certainty rule (from the core, view.gradingRule) and, on each
// card, the steps that rule took for each outcome row ("Starts high: … · Down 1: imprecision (…)"), with
// every editor's judgement that differs from the rule's automatic check, and its reason.
import { el, find, heading, domId } from '../ui/dom.js';
import { icon } from '../ui/icons.js';
import { wireDisclosure } from '../ui/disclosure.js';
import { certaintyBadge, certaintyOrWords, certaintySymbols, verdictBadge } from '../ui/badges.js';
import { vocabulary } from './vocabulary.js';
import { fieldLang } from './text-language.js';

// The strings table is keyed by the core's wire names ("risk-of-bias"); older spellings still find it.
function domainKey(domain) {
  return String(domain || '')
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .replace(/[_\s]+/g, '-')
    .toLowerCase();
}

function domainText(domain, i18n) {
  return i18n.maybe(`domain.${domainKey(domain)}`) || String(domain || '').replace(/[_-]/g, ' ');
}

// A reason is the core's own sentence for an automatic step, the editor's (the dataset's) otherwise. A <bdi>,
// so that bidi controls in it cannot run on into the words around it (as i18n.js isolates string values).
function reasonNode(reason, lang) {
  return el('bdi', { class: 'step-reason', attrs: { lang }, text: reason || '' });
}

function levelText(level, i18n) {
  return i18n.maybe(`level.${level}`) || String(level || '');
}

/**
 * The grading steps of one outcome row (or of a claim's headline row: the same fields `grading` and
 * `certainty`), as an ordered list.
 */
export function renderGradingSteps(claim, ctx) {
  const { i18n } = ctx;
  const { t, tNodes } = i18n;
  const g = claim.grading || {};
  const list = el('ol', { class: 'grade-steps' });
  if (g.start) {
    list.append(el('li', { class: 'grade-step grade-step--start' }, [
      icon('start'),
      el('span', {}, tNodes('gradeStart', { level: levelText(g.start, i18n) }, { reason: reasonNode(g.startReason, ctx.coreLang) })),
    ]));
  }
  const steps = Array.isArray(g.steps) ? g.steps : [];
  for (const step of steps) {
    const change = Number(step.change) || 0;
    if (!change) continue;
    const domain = domainText(step.domain, i18n);
    const editor = !step.automatic;
    list.append(el('li', { class: ['grade-step', change < 0 ? 'grade-step--down' : 'grade-step--up', step.differsFromRule ? 'grade-step--differs' : null] }, [
      icon(change < 0 ? 'arrow-down' : 'arrow-up'),
      el('span', {}, tNodes(change < 0 ? 'gradeDown' : 'gradeUp', { n: Math.abs(change), domain }, { reason: reasonNode(step.reason, editor ? fieldLang(ctx, claim, `grading.${domainKey(step.domain)}`) : ctx.coreLang) })),
      step.automatic ? el('span', { class: 'auto', text: t('gradeAutomatic') }) : null,
      step.differsFromRule ? el('span', { class: 'judgement', text: t('gradeDiffers') }) : null,
    ]));
  }
  if (!steps.some((s) => Number(s.change))) {
    list.append(el('li', { class: 'grade-step' }, [icon('minus-circle'), el('span', { text: t('gradeNone') })]));
  }
  // Judgements that took away a step the rule would have made: shown, never silent.
  const lifted = Array.isArray(g.lifted) ? g.lifted : [];
  for (const step of lifted) {
    list.append(el('li', { class: 'grade-step grade-step--lifted' }, [
      icon('info'),
      el('span', {}, tNodes('gradeLifted', { domain: domainText(step.domain, i18n) }, { reason: reasonNode(step.reason, fieldLang(ctx, claim, `grading.${domainKey(step.domain)}`)) })),
      el('span', { class: 'judgement', text: t('gradeDiffers') }),
    ]));
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

/**
 * The page-level "How we grade" panel: a heading whose button opens the rule and the legends. Built, or
 * `adopted` (a prerendered screen's), then wired.
 */
export function renderGradingPanel(view, ctx, sectionId, adopted = null) {
  const { i18n, headingLevel } = ctx;
  const { t } = i18n;
  const section = adopted || buildGradingPanel(ctx, sectionId);
  const button = find(section, 'button.panel-toggle');
  const body = find(section, '.grading-body');
  const rule = Array.isArray(view.gradingRule) ? view.gradingRule : [];
  // The body (about 140 elements) is built on first open, or before printing: the first screen shows the button.
  const content = () => [
    el('p', { text: t('gradingPanelLead') }),
    el('ol', { class: 'rule', attrs: { lang: ctx.coreLang || null } }, rule.map((step) => el('li', { text: step }))),
    el('div', { class: 'legends' }, [
      el('div', {}, [
        heading(headingLevel, 2, { text: t('gradingLegendTitle') }),
        el('dl', { class: 'legend' }, vocabulary(view, 'certainties').flatMap((c) => [
          el('dt', {}, [certaintyBadge(c, i18n)]),
          el('dd', { text: i18n.maybe(`certaintyMeaning.${c}`) || '' }),
        ]).concat([
          el('dt', {}, [certaintyOrWords(null, 'no-studies', i18n)]),
          el('dd', { text: t('noCertaintyMeaning') }),
        ])),
      ]),
      el('div', {}, [
        heading(headingLevel, 2, { text: t('verdictLegendTitle') }),
        el('dl', { class: 'legend' }, vocabulary(view, 'verdicts').flatMap((v) => [
          el('dt', {}, [verdictBadge(v, i18n)]),
          el('dd', { text: i18n.maybe(`verdictMeaning.${v}`) || '' }),
        ])),
      ]),
    ]),
  ];
  wireDisclosure(button, body, { build: () => body.append(...content()), printHooks: ctx.printHooks });
  return section;
}

/** The panel's nodes, closed, its body empty. */
export function buildGradingPanel(ctx, sectionId) {
  const { headingLevel } = ctx;
  const bodyId = domId(sectionId, 'body');
  const button = el('button', {
    class: 'disclosure panel-toggle',
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': bodyId },
  }, [icon('scale'), el('span', { class: 'panel-toggle-text', text: ctx.i18n.t('gradingPanelTitle') }), icon('chevron', 'chevron')]);
  const body = el('div', { class: 'grading-body', attrs: { id: bodyId } });
  body.hidden = true;
  return el('section', { class: 'grading-panel', attrs: { id: sectionId, part: 'grading' } }, [
    heading(headingLevel, 1, { class: 'panel-heading' }, [button]),
    body,
  ]);
}
