// Editor mode (the editor attribute): the core's lint report above the widget. Each finding shows its
// rule, severity, JSON path, the claim's id and title, message and fix; a finding inside a claim links to that
// claim (opens its card). A checkbox chooses the lenient profile (disease claims and wording stronger than the
// certainty as warnings). The messages and fixes come from the core, in the page's language when the core has
// it (English or Spanish; docs/linter.md lists the rules).
import { el, heading } from '../ui/dom.js';
import { longList } from '../ui/long-list.js';
import { icon } from '../ui/icons.js';

const CLAIM_PATH = /^claims\[(\d+)\]/;
const SEVERITY_ICON = { error: 'cross', warning: 'exclaim' };
// The list shows this many findings at first, then a button adds as many more at a time (a dataset with
// 27,992 findings once rendered them all). The summary always counts every finding.
const FINDINGS_SHOWN = 500;

/**
 * @param {{lang?: string, findings?: Array<{rule:string, title?:string, severity:string, path:string, claim?:string, claim_title?:string, message:string, fix:string}>, errors?: number, warnings?: number}|null} report
 * @param {Error|null} failure  why the check could not run (then report is null)
 * @param {object} ctx          {i18n, view, headingLevel, dataLang, id}
 * @param {(id: string) => void} onOpenClaim
 * @param {{profile?: string, onProfile?: (profile: string) => void}} [choice]  the profile checked, and what a
 *   change of it calls
 * @returns {Node[]} the children of the lint part
 */
export function renderLintReport(report, failure, ctx, onOpenClaim, choice = {}) {
  const { i18n, view, headingLevel } = ctx;
  // The language the core wrote the messages and fixes in (the page's, or English): marked so, for a screen
  // reader's voice.
  const ruleLang = report && report.lang === 'es' ? 'es' : 'en';
  const { t } = i18n;
  const titleId = ctx.id('lint-title');
  const nodes = [heading(headingLevel, 0, { class: 'lint-title', attrs: { id: titleId }, text: t('lintTitle') })];
  nodes.push(el('p', { class: 'lint-lead', text: t('lintLead') }));
  if (choice.onProfile) {
    const box = el('input', { attrs: { type: 'checkbox' } });
    box.checked = choice.profile === 'lenient';
    box.addEventListener('change', () => choice.onProfile(box.checked ? 'lenient' : 'strict'));
    nodes.push(el('label', { class: 'lint-profile' }, [box, ' ', el('span', { text: t('lintLenient') })]));
    nodes.push(el('p', { class: 'lint-profile-note', text: t(box.checked ? 'lintLenientOn' : 'lintStrictOn') }));
  }
  if (failure) {
    const unavailable = failure.reason === 'unavailable';
    nodes.push(el('p', { class: 'lint-none', text: unavailable ? t('lintUnavailable') : t('lintFailed', { message: failure.message }) }));
    return nodes;
  }
  const findings = Array.isArray(report && report.findings) ? report.findings : [];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (!findings.length) {
    nodes.push(el('p', { class: 'lint-none', text: t('lintNone') }));
    return nodes;
  }
  nodes.push(el('p', { class: 'lint-summary', text: t('lintSummary', {
    errors: t('lintCountErrors', { n: errors }),
    warnings: t('lintCountWarnings', { n: warnings }),
  }) }));
  const claims = Array.isArray(view && view.claims) ? view.claims : [];
  const renderFinding = (finding) => {
    const severity = finding.severity === 'error' ? 'error' : 'warning';
    const match = CLAIM_PATH.exec(String(finding.path || ''));
    const claim = match ? claims[Number(match[1])] : null;
    return el('li', { class: ['lint-item', `lint-item--${severity}`], attrs: { 'data-rule': finding.rule, 'data-path': finding.path } }, [
      el('p', { class: 'lint-head' }, [
        el('span', { class: ['lint-severity', `lint-severity--${severity}`] }, [
          icon(SEVERITY_ICON[severity]),
          el('span', { text: t(`lintSeverity.${severity}`) }),
        ]),
        el('span', { class: 'lint-rule' }, finding.title
          ? i18n.tNodes('lintRuleTitled', { rule: finding.rule }, { title: el('span', { class: 'lint-rule-title', attrs: { lang: ruleLang }, text: finding.title }) })
          : [t('lintRule', { rule: finding.rule })]),
        finding.path ? el('code', { class: 'lint-path', text: finding.path }) : null,
      ]),
      finding.claim
        ? el('p', { class: 'lint-claim' }, [
          el('span', { text: t('lintClaim') }), ' ',
          el('code', { class: 'lint-claim-id', text: finding.claim }), ' ',
          el('span', { class: 'lint-claim-title', attrs: { lang: ctx.dataLang || null }, text: `“${finding.claim_title || ''}”` }),
        ])
        : null,
      el('p', { class: 'lint-message', attrs: { lang: ruleLang }, text: finding.message }),
      finding.fix
        ? el('p', { class: 'lint-fix' }, [el('strong', { text: t('lintFix') }), ' ', el('span', { attrs: { lang: ruleLang }, text: finding.fix })])
        : null,
      claim
        ? el('button', {
          class: 'link-button lint-open',
          attrs: { type: 'button', 'data-claim': claim.id },
          text: t('lintOpenClaim', { claim: claim.title }),
          on: { click: () => onOpenClaim(claim.id) },
        })
        : null,
    ]);
  };
  nodes.push(...longList(el('ol', { class: 'lint-list', attrs: { 'aria-labelledby': titleId } }), findings, renderFinding, { first: FINDINGS_SHOWN, step: FINDINGS_SHOWN, i18n }));
  return nodes;
}
