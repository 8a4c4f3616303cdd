// The first-screen anchor of bench/first-screen.mjs (issue 18): <plain-explorer>, what a web developer would
// write without the wasm core. It fetches the same claims.json (format 2), parses it once and renders the same
// first screen as <benefits-explorer>: the header with its two notices, the verdict counts at a glance, the
// search and filter controls, the collapsed list (topic, title button, what the advert says, the verdict as
// written with its reason, counts of the linked sources, the warning-signs marker) and the warning signs. It
// uses the verdicts as the dataset writes them: no validation, no grading, no certainty, no translation. The
// stylesheet is the element's first-screen one (web/src/styles/first-screen.js, adopted the same way; the
// whole one before 2026-12-07), and the class names are the element's, so both lay out the same boxes.
// bench/first-screen.mjs bundles this file with esbuild.
import css from '../../web/src/styles/first-screen.js';

const VERDICTS = {
  'supported': 'Supported', 'partly-supported': 'Partly supported', 'oral-only': 'Only shown for tablets',
  'not-supported': 'Not supported', 'contested': 'Contested', 'contradicted': 'Contradicted',
};

function el(name, className, text, attrs) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  if (attrs) for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

function countsOf(claim) {
  const by = { supports: new Set(), contradicts: new Set(), context: new Set(), observations: new Set() };
  for (const row of claim.outcomes || []) {
    for (const link of row.evidence || []) (by[link.role] || by.context).add(link.ref);
    for (const link of row.observations || []) by.observations.add(link.ref);
  }
  const parts = [];
  if (by.supports.size) parts.push(`${plural(by.supports.size, 'source', 'sources')} support`);
  if (by.contradicts.size) parts.push(`${plural(by.contradicts.size, 'source', 'sources')} go against`);
  if (by.context.size) parts.push(`${plural(by.context.size, 'source', 'sources')} give context`);
  if (by.observations.size) parts.push(`${plural(by.observations.size, 'report', 'reports')} without a comparison`);
  return parts.length ? parts : ['No studies found'];
}

function row(claim, topic, index) {
  const item = el('li', `row row--${claim.verdict}`, null, { 'data-claim': claim.id });
  const head = el('div', 'row-head');
  if (topic) head.append(el('p', 'row-topic', topic.label));
  const h = el('h3', 'row-heading');
  const toggle = el('button', 'row-toggle', null, { type: 'button', 'aria-expanded': 'false', id: `plain-title-${index}` });
  toggle.append(el('span', 'row-title', claim.title), el('span', 'row-hint', 'Show the evidence', { 'aria-hidden': 'true' }));
  h.append(toggle);
  const brief = el('p', 'row-brief');
  brief.append(el('span', 'label', 'The advert says'), ' ', el('span', 'brief-text', claim.brief));
  const verdict = el('div', 'row-verdict');
  const badge = el('span', `verdict verdict--${claim.verdict}`);
  badge.append(el('span', 'verdict-text', VERDICTS[claim.verdict] || claim.verdict));
  verdict.append(badge, el('p', 'row-reason', claim.verdict_reason || ''));
  const meta = el('ul', 'row-meta', null, { 'aria-label': claim.title });
  const counts = el('li', 'stat stat-counts');
  countsOf(claim).forEach((text, i) => {
    if (i) counts.append(' · ');
    counts.append(el('span', 'count-group', text));
  });
  meta.append(counts);
  if (topic && topic.red_flags) meta.append(el('li', 'row-red-flags', 'Includes warning signs that need a doctor'));
  head.append(h, brief, verdict, meta);
  const card = el('div', 'card');
  card.hidden = true;
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    card.hidden = !open;
    if (open && !card.firstChild) card.append(el('p', null, claim.summary));
  });
  item.append(head, card);
  return item;
}

function select(label, options) {
  const wrap = el('label', 'filter');
  const control = el('select');
  for (const [value, text] of options) control.append(el('option', null, text, { value }));
  wrap.append(el('span', 'filter-label', label), control);
  return wrap;
}

function render(shadow, data) {
  const topics = new Map((data.topics || []).map((topic) => [topic.id, topic]));
  const app = el('div', 'app', null, { role: 'region', 'aria-label': `Evidence explorer: ${data.title}` });
  const intro = el('div', 'intro');
  intro.append(
    el('h2', 'title', data.title),
    el('p', 'lede', `Each claim an advert makes about ${data.intervention}, next to what the studies show.`),
    el('p', 'reviewed', `Sources last checked on ${data.reviewed}`),
  );
  const notices = el('div', 'notices');
  notices.append(
    el('div', 'notice notice--disclaimer', 'This is information, not medical advice.', { role: 'note' }),
    el('div', 'notice notice--safety', `Before you have ${data.intervention}, read the safety information below.`, { role: 'note' }),
  );
  intro.append(notices);
  const glance = el('div', 'glance');
  glance.append(el('h3', 'glance-title', `The advert’s ${data.claims.length} claims at a glance`));
  const glanceList = el('ul', 'glance-list');
  const tally = new Map();
  for (const claim of data.claims) tally.set(claim.verdict, (tally.get(claim.verdict) || 0) + 1);
  for (const [verdict, n] of tally) {
    const button = el('button', `glance-item verdict--${verdict}`, null, { type: 'button', 'data-verdict': verdict });
    button.append(el('span', 'glance-count', String(n)), el('span', 'glance-label', VERDICTS[verdict] || verdict));
    const li = el('li');
    li.append(button);
    glanceList.append(li);
  }
  glance.append(glanceList);
  const filters = el('div', 'filters');
  const search = el('input', null, null, { type: 'search', 'aria-label': 'Search the claims' });
  filters.append(
    search,
    select('Topic', [['', 'All topics'], ...[...topics.values()].map((topic) => [topic.id, topic.label])]),
    select('Verdict', [['', 'All verdicts'], ...Object.entries(VERDICTS)]),
  );
  const list = el('ol', 'claims', null, { 'aria-label': data.title });
  data.claims.forEach((claim, i) => list.append(row(claim, topics.get(claim.topic), i)));
  const safety = el('section', 'safety');
  safety.append(el('h3', null, 'Warning signs'));
  const flags = el('ul', 'red-flags');
  for (const flag of data.red_flags || []) flags.append(el('li', null, flag.statement));
  safety.append(flags);
  app.append(intro, glance, filters, el('p', 'how-to', 'Each row is one claim.'), list, safety);
  const root = el('div', 'be');
  root.append(app);
  shadow.replaceChildren(root);
}

class PlainExplorer extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    fetch(this.getAttribute('src') || 'claims.json')
      .then((response) => response.json())
      .then((data) => {
        render(shadow, data);
        this.dispatchEvent(new CustomEvent('plain-ready', { bubbles: true }));
      });
  }
}

if (!customElements.get('plain-explorer')) customElements.define('plain-explorer', PlainExplorer);
