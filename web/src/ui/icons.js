// Line icons drawn with createElementNS (no data: URIs, no markup strings: CSP-clean).
// They always sit beside text that says the same thing, so they are hidden from assistive tech.
import { svg } from './dom.js';

const C = (cx, cy, r, filled = false) => ['circle', { cx, cy, r, class: filled ? 'fill' : null }];
const P = (d, filled = false) => ['path', { d, class: filled ? 'fill' : null }];

const SHAPES = {
  'check': [C(12, 12, 9.5), P('M7.6 12.4l3 3 5.8-6.3')],
  'half': [C(12, 12, 9.5), P('M12 2.5a9.5 9.5 0 0 1 0 19z', true)],
  'pill': [P('M5.3 13.5l8.2-8.2a4.24 4.24 0 0 1 6 6l-8.2 8.2a4.24 4.24 0 0 1-6-6z'), P('M5.3 13.5l4.1-4.1 6 6-4.1 4.1a4.24 4.24 0 0 1-6-6z', true)],
  'dash': [C(12, 12, 9.5), P('M7.5 12h9')],
  'cross': [C(12, 12, 9.5), P('M8.6 8.6l6.8 6.8M15.4 8.6l-6.8 6.8')],
  // Two arrows pointing at each other's start: sources that disagree (the "contested" verdict).
  'disputed': [C(12, 12, 9.5), P('M7 9.5h10M14 6.5l3 3-3 3'), P('M17 14.5H7M10 11.5l-3 3 3 3')],
  'alert': [P('M12 3.2l9.6 16.8H2.4z'), P('M12 9.5v4.8'), P('M12 17.2v.1')],
  'info': [C(12, 12, 9.5), P('M12 11v5.5'), P('M12 7.6v.1')],
  'stop': [P('M8.1 2.8h7.8l5.3 5.3v7.8l-5.3 5.3H8.1l-5.3-5.3V8.1z'), P('M7.5 12h9')],
  'exclaim': [C(12, 12, 9.5), P('M12 7v6'), P('M12 16.4v.1')],
  'minus-circle': [C(12, 12, 9.5), P('M8 12h8')],
  'chevron': [P('M6.5 9.5l5.5 5.5 5.5-5.5')],
  'search': [C(10.8, 10.8, 6.3), P('M15.6 15.6l4.9 4.9')],
  'arrow-down': [P('M12 4.5v15M6.5 14l5.5 5.5 5.5-5.5')],
  'arrow-up': [P('M12 19.5v-15M6.5 10l5.5-5.5 5.5 5.5')],
  'start': [C(12, 12, 4.5, true)],
  'equals': [P('M5.5 9h13M5.5 15h13')],
  'shield': [P('M12 2.8l7.8 3v6.1c0 4.8-3.3 8-7.8 9.3-4.5-1.3-7.8-4.5-7.8-9.3V5.8z'), P('M8.6 12l2.5 2.5 4.5-4.9')],
  'question': [C(12, 12, 9.5), P('M9.4 9.6a2.6 2.6 0 1 1 3.7 2.4c-.7.3-1.1.9-1.1 1.6v.6'), P('M12 16.9v.1')],
  'phone': [P('M6.6 3.5h2.6l1.4 4.2-2 1.4a11 11 0 0 0 6.3 6.3l1.4-2 4.2 1.4v2.6a2 2 0 0 1-2.2 2A16 16 0 0 1 4.6 5.7a2 2 0 0 1 2-2.2z')],
  'scale': [P('M12 4v16M7 20h10M5 7h14'), P('M5 7l-2.8 6.5a2.9 2.9 0 0 0 5.6 0zM19 7l-2.8 6.5a2.9 2.9 0 0 0 5.6 0z')],
};

// Each icon is drawn once per page and cloned after that: a first screen shows about 70 of them. Its outlines
// are one path and its filled parts another (a circle as two arcs): the same drawing in two elements, not five.
const prepared = new Map();

const circlePath = ({ cx, cy, r }) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;

function prepare(name) {
  let node = prepared.get(name);
  if (!node) {
    const outline = [];
    const filled = [];
    for (const [tag, attrs] of SHAPES[name]) (attrs.class === 'fill' ? filled : outline).push(tag === 'circle' ? circlePath(attrs) : attrs.d);
    node = svg('svg', {
      class: ['icon', `icon--${name}`],
      attrs: { viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' },
    }, [
      outline.length ? svg('path', { attrs: { d: outline.join('') } }) : null,
      filled.length ? svg('path', { class: 'fill', attrs: { d: filled.join('') } }) : null,
    ]);
    prepared.set(name, node);
  }
  return node;
}

export function icon(name, extraClass) {
  const known = Object.hasOwn(SHAPES, name) ? name : 'info';
  const node = prepare(known).cloneNode(true);
  // An unknown name keeps its own class (as before); its shape is the info icon's.
  if (extraClass || known !== name) node.setAttribute('class', ['icon', `icon--${name}`, extraClass].filter(Boolean).join(' '));
  return node;
}

export const VERDICT_ICON = {
  'supported': 'check',
  'partly-supported': 'half',
  'contested': 'disputed',
  'oral-only': 'pill',
  'not-supported': 'dash',
  'contradicted': 'cross',
};

export const SERIOUSNESS_ICON = {
  'contraindication': 'stop',
  'serious': 'alert',
  'warning': 'exclaim',
  'common-mild': 'info',
  'not-reported': 'question',
};

// Keyed by the wire names of view.vocabulary.urgencies.
export const URGENCY_ICON = {
  'emergency': 'alert',
  'see-doctor': 'exclaim',
};

export const ROLE_ICON = {
  supports: 'check',
  contradicts: 'cross',
  context: 'info',
};
