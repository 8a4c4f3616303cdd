// An accessible 100-person icon array: 10 rows of ten (grouped in tens, with a wider gap
// after the fifth row and column so counting is easy), filled from the top left, row by row.
// Both groups of a comparison use exactly the same arrangement. Filled people differ from
// empty ones by shape (solid vs outline), never by colour alone.
import { el, svg } from './dom.js';
import { icon } from './icons.js';
import { shortCiteNodes } from '../views/sources.js';
import { fieldLang } from '../views/text-language.js';

const CELL = 10;
const GAP = 3;

function personPath(x, y) {
  // A simple person: a round head and rounded shoulders, inside a 10×10 cell.
  return `M${x + 2} ${y + 9.4}v-1.9c0-1.9 1.4-3.3 3-3.3s3 1.4 3 3.3v1.9z`;
}

/** Round a per-100 rate for display as whole people. */
export function peopleOf100(per100) {
  const n = Math.round(Number(per100));
  return Math.min(100, Math.max(0, Number.isFinite(n) ? n : 0));
}

/**
 * @param {object} o
 * @param {number} o.per100  the rate per 100 (may have decimals; rounded to whole people)
 * @param {string} o.label   the text equivalent (the whole sentence a screen reader hears)
 * @param {string} o.variant 'magnesium' | 'control' (styling only)
 */
export function createIconArray({ per100, label, variant }) {
  const filled = peopleOf100(per100);
  const size = 10 * CELL + GAP;
  const root = svg('svg', {
    class: ['icon-array', `icon-array--${variant}`],
    attrs: {
      viewBox: `0 0 ${size} ${size}`,
      role: 'img',
      'aria-label': label,
      focusable: 'false',
      'data-filled': filled,
    },
  });
  let index = 0;
  for (let row = 0; row < 10; row += 1) {
    const group = svg('g', { class: 'ten', attrs: { 'aria-hidden': 'true' } });
    for (let col = 0; col < 10; col += 1) {
      const x = col * CELL + (col >= 5 ? GAP : 0);
      const y = row * CELL + (row >= 5 ? GAP : 0);
      const on = index < filled;
      const person = svg('g', { class: on ? 'person on' : 'person off' }, [
        svg('circle', { attrs: { cx: x + 5, cy: y + 2.6, r: 1.8 } }),
        svg('path', { attrs: { d: personPath(x, y) } }),
      ]);
      group.append(person);
      index += 1;
    }
    root.append(group);
  }
  return root;
}

/** A group's rate in whole people: the source's own figure when whole, else "about" the core's per100. */
export function wholeRate(g) {
  let value = g.per100;
  if (typeof g.percent === 'number') value = g.percent;
  else if (typeof g.events === 'number' && typeof g.total === 'number' && g.total > 0) value = (g.events * 100) / g.total;
  const exact = Number.isInteger(value);
  return { exact, shown: exact ? value : peopleOf100(g.per100) };
}

/**
 * The "out of 100 people" figure of one rates entry of the view (claim.absolute[]): a neutral heading,
 * the outcome, both groups named (the row's intervention and comparator), the trial size when the group
 * totals are given, an "indirect" mark when the row's route is not the dataset's, and the two arrays
 * drawn at one scale.
 */
export function createAbsoluteFigure(abs, claim, ctx) {
  const { i18n, refsById, view } = ctx;
  const { t } = i18n;
  const ref = refsById.get(abs.ref);
  const row = (Array.isArray(claim.outcomes) ? claim.outcomes : []).find((o) => o && o.id === abs.row) || {};
  const comparator = abs.comparator || row.comparator;
  // [variant, name, the name's language when it is the dataset's text, rates]
  const groups = [
    ['magnesium', row.intervention || t('groupMagnesium'), row.intervention ? fieldLang(ctx, row, 'intervention') : null, abs.magnesium],
    ['control', comparator || t('groupControl'), comparator ? fieldLang(ctx, row, 'comparator') : null, abs.control],
  ];
  if (groups.some(([, , , g]) => !g || typeof g.per100 !== 'number')) return null;
  const totals = [abs.magnesium.total, abs.control.total];
  // The trial size: the two groups' totals when given, else the source's own count when it is one trial.
  let trial = totals.every((n) => Number.isInteger(n) && n > 0) ? totals[0] + totals[1] : null;
  if (!trial && ref && /^rct/.test(ref.design || '') && Number.isInteger(ref.nTotal) && ref.nTotal > 0) trial = ref.nTotal;
  const indirect = Boolean(row.route && view && view.route && row.route !== view.route);
  return el('figure', { class: ['absolute', indirect ? 'absolute--indirect' : null] }, [
    el('figcaption', {}, [
      el('span', { class: 'absolute-title', text: t('absoluteTitle') }),
      el('span', { class: 'absolute-outcome' }, i18n.tNodes('absoluteCaption', {}, { outcome: el('bdi', { attrs: { lang: fieldLang(ctx, row, 'outcome') }, text: abs.outcome }) })),
      indirect ? el('span', { class: 'absolute-indirect' }, [icon('scale'), el('span', { text: t('iconArrayIndirect') })]) : null,
      trial ? el('span', { class: 'absolute-trial', text: t('trialOf', { n: trial }) }) : null,
      ref ? el('span', { class: 'absolute-source' }, i18n.tNodes('absoluteSource', {}, { source: el('span', {}, shortCiteNodes(ref, ctx)) })) : null,
    ]),
    el('div', { class: 'arrays' }, groups.map(([variant, name, nameLang, g]) => {
      const { exact, shown } = wholeRate(g);
      const rate = t(exact ? 'per100' : 'per100About', { per100: shown });
      return el('div', { class: ['group', `group--${variant}`] }, [
        el('p', { class: 'group-name', attrs: { lang: nameLang }, text: name }),
        el('p', { class: 'group-rate', text: rate }),
        createIconArray({ per100: g.per100, variant, label: t(exact ? 'iconArrayLabel' : 'iconArrayLabelAbout', { group: name, per100: shown, outcome: abs.outcome }) }),
        typeof g.events === 'number' && typeof g.total === 'number'
          ? el('p', { class: 'group-exact', text: t('inStudy', { events: g.events, total: g.total }) })
          : null,
      ]);
    })),
    el('p', { class: 'array-legend', attrs: { 'aria-hidden': 'true' } }, [
      el('span', { class: 'key key--on' }), el('span', { text: t('iconArrayLegendYes') }),
      el('span', { class: 'key key--off' }), el('span', { text: t('iconArrayLegendNo') }),
    ]),
  ]);
}
