// Small shared indicators: verdict badge, certainty symbols, evidence-route flag.
// Each carries its meaning in text; shape and colour only repeat it. The orders of verdicts and
// certainties come from the core (view.vocabulary, vocabulary.js).
import { el, svg } from './dom.js';
import { icon, VERDICT_ICON } from './icons.js';

export function verdictBadge(verdict, i18n) {
  return el('span', { class: ['verdict', `verdict--${verdict}`], attrs: { part: 'verdict' } }, [
    icon(VERDICT_ICON[verdict] || 'info'),
    el('span', { class: 'verdict-text', text: i18n.maybe(`verdict.${verdict}`) || verdict }),
  ]);
}

const LEVELS = { 'high': 4, 'moderate': 3, 'low': 2, 'very-low': 1 };

/**
 * The GRADE symbols (⊕⊕◯◯) drawn as SVG so they look the same in every font. The symbols are
 * decoration (aria-hidden) carrying the same text in a data attribute; the word says it.
 */
export function certaintySymbols(certainty, i18n) {
  const root = symbolsFor(Object.hasOwn(LEVELS, certainty) ? LEVELS[certainty] : 0).cloneNode(true);
  root.setAttribute('data-symbols', i18n.maybe(`certaintySymbols.${certainty}`) || '');
  return root;
}

// The four symbols for each number of filled ones, drawn once per page and cloned after that: four circles
// and one path for the crosses of the filled ones.
const preparedSymbols = new Map();

function symbolsFor(filled) {
  let root = preparedSymbols.get(filled);
  if (root) return root;
  root = svg('svg', {
    class: 'certainty-symbols',
    attrs: { viewBox: '0 0 52 12', 'aria-hidden': 'true', focusable: 'false', 'data-symbols': '' },
  });
  let crosses = '';
  for (let i = 0; i < 4; i += 1) {
    const cx = 6 + i * 13.3;
    const on = i < filled;
    root.append(svg('circle', { class: on ? 'sym on' : 'sym off', attrs: { cx, cy: 6, r: 5.1 } }));
    if (on) crosses += `M${cx - 2.9} 6h5.8M${cx} 3.1v5.8`;
  }
  if (crosses) root.append(svg('path', { class: 'sym-crosses', attrs: { d: crosses } }));
  preparedSymbols.set(filled, root);
  return root;
}

export function certaintyBadge(certainty, i18n) {
  return el('span', { class: ['certainty', `certainty--${certainty}`], attrs: { part: 'certainty' } }, [
    certaintySymbols(certainty, i18n),
    el('span', { class: 'certainty-text', text: i18n.maybe(`certainty.${certainty}`) || certainty }),
  ]);
}

/**
 * The certainty badge, or, for a question with no certainty (no body of evidence), words that say why:
 * "No studies found" or "Only reports without a comparison group". Never a badge without a certainty.
 * `kind` is the outcome row's kind (graded, observations-only, no-studies).
 */
export function certaintyOrWords(certainty, kind, i18n) {
  if (typeof certainty === 'string' && certainty) return certaintyBadge(certainty, i18n);
  const words = kind === 'observations-only' ? 'noCertainty.observations-only' : 'noCertainty.no-studies';
  return el('span', { class: ['no-certainty', `no-certainty--${kind === 'observations-only' ? 'observations-only' : 'no-studies'}`] }, [
    icon('minus-circle'),
    el('span', { class: 'no-certainty-text', text: i18n.t(words) }),
  ]);
}

/** The kind of a claim's headline row (its first outcome row; the view's claim.kind), for certaintyOrWords. */
export function headlineKind(claim) {
  return typeof claim.kind === 'string' ? claim.kind : 'no-studies';
}

/** "Oral evidence" when the counted evidence is oral only, otherwise "Indirect evidence". */
export function indirectFlag(claim, i18n) {
  if (!claim.indirect) return null;
  const routes = Array.isArray(claim.evidenceRoutes) ? claim.evidenceRoutes : [];
  const oral = routes.length > 0 && routes.every((r) => r === 'oral');
  return el('span', { class: ['flag', oral ? 'flag--oral' : 'flag--indirect'] }, [
    icon(oral ? 'pill' : 'scale'),
    el('span', { text: i18n.t(oral ? 'flagOral' : 'flagIndirect') }),
  ]);
}

export function isOralOnly(claim) {
  const routes = Array.isArray(claim.evidenceRoutes) ? claim.evidenceRoutes : [];
  return routes.length > 0 && routes.every((r) => r === 'oral');
}
