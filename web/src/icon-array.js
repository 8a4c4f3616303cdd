// An accessible 100-person icon array: 10 rows of ten (grouped in tens, with a wider gap
// after the fifth row and column so counting is easy), filled from the top left, row by row.
// Both groups of a comparison use exactly the same arrangement. Filled people differ from
// empty ones by shape (solid vs outline), never by colour alone.
import { svg } from './dom.js';

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
