// The explorer's shell: the shadow root's frame (status, problems, lint report, the page's fallback, the
// app) and which of them shows (createFrame, showFrame); the context every view is given (buildContext);
// the header (title, what this is, the disclaimer, a pointer to the safety information), the footer, and
// the order of the views between them (renderExplorer). The header and footer are not landmarks (div, not
// header/footer): the element is part of someone else's page, which has its own banner and contentinfo.
// The app itself is a region named "Evidence explorer: <title>" (and the label attribute), so that all of it
// is inside a landmark wherever the page puts the element; the words make an English and a Spanish explorer
// of the same dataset two different landmarks.
import css from '../styles/first-screen.js';
import { onUseSheet, loadOnUseStyles } from '../features/on-use-styles.js';
import { el, find, heading, idMaker, lastIdNumber } from '../ui/dom.js';
import { icon } from '../ui/icons.js';
import { buildFilters, createFilters } from './filters.js';
import { createRow } from './list.js';
import { buildGlance, wireGlance } from './glance.js';
import { renderSafetySection } from './safety.js';
import { buildGradingPanel, renderGradingPanel } from './grading-panel.js';
import { textLanguages, fieldLang, dataSpan } from './text-language.js';
import { indexReferences } from './sources.js';
import { renderTranslationNote } from './translation-note.js';
import { longDate } from '../i18n/formats.js';

// The evidence engine writes its messages for editors (load problems, lint findings) in English; its sentences
// for patients are in the view's language (text-language.js).
export const CORE_LANG = 'en';
// Languages written right to left. The explorer's words set its direction, not the page's: an English
// explorer on a <html dir="rtl"> page stays left to right.
const RTL_LANG = /^(ar|arc|ckb|dv|fa|he|iw|ks|ku-arab|ps|sd|ug|ur|yi)(-|$)/i;

let sharedSheet = null;
function styleSheet() {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(css);
  }
  return sharedSheet;
}

/**
 * The element's stylesheets on a shadow root, constructable stylesheets shared by every explorer of the page:
 * the first screen's, and the on-use one (features/on-use-styles.js) once it is there.
 * @param {ShadowRoot} shadow
 */
export function adoptStyles(shadow) {
  try {
    const onUse = onUseSheet();
    shadow.adoptedStyleSheets = onUse ? [styleSheet(), onUse] : [styleSheet()];
  } catch {
    /* very old browsers: unstyled but usable */
  }
}

/**
 * The on-use styles too (cards, the editor's report, printing), downloaded if need be, on a shadow root styled
 * by the adopted sheets: a prerendered screen taken over links the whole stylesheet and needs nothing more.
 * @param {ShadowRoot} shadow
 * @param {HTMLElement} element  the explorer (its base-path)
 */
export async function adoptOnUseStyles(shadow, element) {
  const adopted = shadow.adoptedStyleSheets;
  if (!sharedSheet || !adopted || !adopted.includes(sharedSheet)) return;
  const onUse = await loadOnUseStyles(element);
  if (onUse && !shadow.adoptedStyleSheets.includes(onUse)) adoptStyles(shadow);
}

/**
 * Fill the shadow root: the frame's parts, all hidden but the fallback (the slot), and the stylesheet unless
 * `styled` (a prerendered root links the same stylesheet already: adopting it too would restyle every node).
 */
export function createFrame(shadow, { styled = false } = {}) {
  if (!styled) adoptStyles(shadow);
  const status = el('p', { class: 'status', attrs: { role: 'status', part: 'status' } });
  const problems = el('div', { class: 'problems', attrs: { part: 'problems' } });
  const lint = el('section', { class: 'lint', attrs: { part: 'lint' } });
  const fallback = el('div', { class: 'fallback', attrs: { part: 'fallback' } }, [el('slot')]);
  const app = el('div', { class: 'app', attrs: { role: 'region' } });
  status.hidden = problems.hidden = lint.hidden = app.hidden = true;
  const root = el('div', { class: 'be', attrs: { part: 'root' } }, [status, problems, lint, fallback, app]);
  shadow.append(root);
  return { root, status, problems, lint, fallback, app };
}

/** The parts of a frame createFrame() made (here or in the page that prerendered it), found in its root. */
export function findFrame(root) {
  const part = (name) => find(root, `:scope > .${name}`);
  return { root, status: part('status'), problems: part('problems'), lint: part('lint'), fallback: part('fallback'), app: part('app') };
}

/** The frame in the explorer's language and direction; the status says "loading" in it. */
export function setFrameLanguage(parts, i18n) {
  parts.root.setAttribute('lang', i18n.lang);
  parts.root.setAttribute('dir', RTL_LANG.test(i18n.lang) ? 'rtl' : 'ltr');
  parts.status.textContent = i18n.t('loading');
}

/**
 * What the frame shows: 'loading' (the status), 'stale' (a new dataset loads while the one shown is out of
 * date: that one is inert, busy for assistive technology, dimmed, and the status says it is being updated),
 * 'ready' (the app) or 'error' (the problems beside the page's fallback).
 */
export function showFrame(parts, mode, i18n) {
  const { root, status, problems, lint, fallback, app } = parts;
  const stale = mode === 'stale';
  app.inert = stale;
  app.classList.toggle('stale', stale);
  if (stale) root.setAttribute('aria-busy', 'true');
  else root.removeAttribute('aria-busy');
  status.hidden = mode === 'ready' || mode === 'error';
  if (mode === 'loading') status.textContent = i18n.t('loading');
  if (stale) status.textContent = i18n.t('updating');
  if (mode === 'ready' || mode === 'error') {
    problems.hidden = mode === 'ready';
    fallback.hidden = mode === 'ready';
    app.hidden = mode === 'error';
    if (mode === 'error') lint.hidden = true;
  }
}

/**
 * What every view is given. Element ids come from counters (dom.js idMaker), never from the data's ids.
 * @param {object} view      the core's view
 * @param {object} options   {i18n, headingLevel, label (or null), root: the shadow root, translationProblem (or null)}
 */
export function buildContext(view, { i18n, headingLevel, label, root, translationProblem = null }) {
  const id = idMaker();
  const safetyId = id('safety');
  const labelId = label ? id('label') : null;
  const reduceMotion = () => window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const ctx = {
    id,
    view,
    i18n,
    headingLevel,
    refsById: indexReferences(view.references || []),
    harmsById: new Map((view.harms || []).map((h) => [h.id, h])),
    topicsById: new Map((view.topics || []).map((tp) => [tp.id, tp])),
    // Every string is marked with its language (screen readers switch voice): the dataset's text with
    // view.language (a field its translation lacks: the source language), the core's sentences, citations.
    ...textLanguages(view),
    // Why the dataset is not shown in the page's language although it names a translation (engine/translation.js).
    translationProblem,
    // The label attribute, added to the names of the explorer's landmarks (element.js, get label()).
    label,
    labelId,
    labelledBy: (target) => (labelId ? `${target} ${labelId}` : target),
    safetyId,
    // The fragment of a claim's "Link to this claim", or null when the host has not turned deep links on
    // (features/deep-link.js; set by renderExplorer).
    claimLink: () => null,
    // Functions that build lazily-rendered parts (source lists) before printing.
    printHooks: [],
    motion: () => (reduceMotion() ? 'auto' : 'smooth'),
    gotoSafety: () => {
      const section = root.getElementById(safetyId);
      if (!section) return;
      section.scrollIntoView({ block: 'start', behavior: ctx.motion() });
      section.focus({ preventScroll: true });
    },
  };
  return ctx;
}

function buildHeader(view, ctx, titleId) {
  const { t, tNodes, lang } = ctx.i18n;
  const reviewed = longDate(lang, view.reviewed);
  return el('div', { class: 'intro', attrs: { part: 'header' } }, [
    heading(ctx.headingLevel, 0, { class: 'title', attrs: { id: titleId, lang: fieldLang(ctx, view, 'title') }, text: view.title }),
    // The host may put its own introduction in: <span slot="intro">…</span>; the explorer's words are the default.
    el('p', { class: 'lede' }, [el('slot', { attrs: { name: 'intro' } }, tNodes('intro', {}, { intervention: dataSpan(ctx, view, 'intervention') }))]),
    el('p', { class: 'reviewed' }, [el('time', { attrs: { datetime: view.reviewed }, text: t('reviewed', { date: reviewed }) })]),
    el('div', { class: 'notices' }, [
      renderTranslationNote(view, ctx),
      el('div', { class: 'notice notice--disclaimer', attrs: { role: 'note' } }, [
        icon('info'),
        el('p', {}, [el('strong', { text: t('disclaimerTitle') }), ' ', t('disclaimer')]),
      ]),
      el('div', { class: 'notice notice--safety', attrs: { role: 'note' } }, [
        icon('shield'),
        el('p', {}, [
          el('strong', { text: t('safetyBannerTitle') }), ' ',
          ...tNodes('safetyBanner', {}, { intervention: dataSpan(ctx, view, 'intervention') }), ' ',
          el('button', { class: 'link-button', attrs: { type: 'button' }, text: t('safetyBannerLink') }),
        ]),
      ]),
    ]),
  ]);
}

function wireHeader(header, ctx) {
  find(header, '.notice--safety .link-button').addEventListener('click', () => ctx.gotoSafety());
}

function renderFooter({ t }) {
  return el('div', { class: 'foot', attrs: { part: 'footer' } }, [
    el('p', {}, [el('strong', { text: t('disclaimerTitle') }), ' ', t('disclaimer')]),
    el('p', { text: t('footerPrivacy') }),
  ]);
}

/**
 * The explorer's nodes in `app`, none wired: header, at-a-glance, filters, the (empty) list, the empty list's
 * message, grading, the (empty) sources of the printed dossier, footer and the (empty) print handout. The rows and the safety section come with the wiring
 * (wireShell), so that their ids are numbered alike whether the safety section waits for a paint or not.
 */
function buildShell(app, ctx) {
  const { view } = ctx;
  const { t } = ctx.i18n;
  app.replaceChildren();
  if (ctx.labelId) {
    const name = el('span', { attrs: { id: ctx.labelId }, text: ctx.label });
    name.hidden = true; // named by aria-labelledby, never shown
    app.append(name);
  }
  const titleId = ctx.id('title');
  const nameId = ctx.id('name');
  const name = el('span', { attrs: { id: nameId }, text: t('explorerRegion') });
  name.hidden = true; // read as the start of the region's name, never shown
  app.append(name);
  app.setAttribute('aria-labelledby', ctx.labelledBy(`${nameId} ${titleId}`));
  app.append(buildHeader(view, ctx, titleId), buildGlance(view, ctx), buildFilters(view, ctx));
  // "No claim matches", or why the search could not run (features/filtering.js).
  const empty = el('div', { class: 'empty' }, [
    el('p', { class: 'empty-text', text: t('empty') }),
    el('button', { class: 'button-quiet', attrs: { type: 'button' }, text: t('emptyReset') }),
  ]);
  empty.hidden = true;
  app.append(
    el('p', { class: 'how-to', text: t('howToRead') }),
    el('ol', { class: 'claims', attrs: { 'aria-label': view.title, part: 'list' } }),
    empty,
    buildGradingPanel(ctx, ctx.id('grading')),
    el('div', { class: 'dossier-sources' }),
    renderFooter(ctx.i18n),
    el('div', { class: 'handout', attrs: { part: 'handout' } }),
  );
}

/**
 * Wire the explorer in `app` (built by buildShell, or a prerendered screen adopted whole): every claim gets its
 * row, from the list when `adopted`, built otherwise (none placed: the filtering feature places them). With
 * `deferSafety` the safety section is not there yet and `buildBelowList()` puts it in its place: the caller
 * builds it once the list has painted (it is below the list, and its three hundred nodes would otherwise hold
 * the first screen).
 * @param {HTMLElement} app
 * @param {object} ctx  buildContext()
 * @param {object} on   {query(kind), verdict(verdict), toggle(claim, open), emptyReset()}
 * @returns {{filters, list: HTMLElement, rows: Map, empty: HTMLElement, emptyText: HTMLElement, handout: HTMLElement, dossierSources: HTMLElement, buildBelowList: (() => void)|null}}
 */
function wireShell(app, ctx, on, { deferSafety, adopted }) {
  const { view } = ctx;
  wireHeader(find(app, '.intro'), ctx);
  wireGlance(find(app, '.glance'), on.verdict);
  const filters = createFilters(view, ctx, on.query, find(app, '.controls'));
  const list = find(app, 'ol.claims');
  const placed = adopted ? new Map([...list.children].map((item) => [item.getAttribute('data-claim'), item])) : null;
  const rows = new Map();
  for (const claim of view.claims || []) {
    if (placed && !placed.has(claim.id)) throw new Error(`the list lacks the row of claim "${claim.id}"`);
    rows.set(claim.id, createRow(claim, ctx, { onToggle: on.toggle }, placed ? placed.get(claim.id) : null));
  }
  const empty = find(app, '.empty');
  find(empty, 'button').addEventListener('click', on.emptyReset);
  const grading = renderGradingPanel(view, ctx, null, find(app, '.grading-panel'));
  const buildSafety = () => grading.before(renderSafetySection(view, ctx, ctx.safetyId));
  if (adopted) renderSafetySection(view, ctx, ctx.safetyId, find(app, '.safety'));
  else if (!deferSafety) buildSafety();
  return {
    filters, list, rows, empty, emptyText: find(empty, '.empty-text'), handout: find(app, '.handout'),
    dossierSources: find(app, '.dossier-sources'),
    order: placed ? [...placed.keys()] : [],
    buildBelowList: deferSafety ? buildSafety : null,
  };
}

/**
 * Render a dataset into the frame's app and wire it to the features; returns what the element keeps of it
 * (`rendered`: the features read it through their host). The topic attribute is the list's starting filter.
 * @param {object} parts     createFrame()
 * @param {object} dataset   engine.js Dataset
 * @param {string|Uint8Array} text  the dataset as read (for the editor check)
 * @param {object} options   {i18n, headingLevel, label, topic, root: the shadow root, deferSafety: see wireShell,
 *                           adopted: parts.app holds a prerendered screen of this very render, to wire instead of building}
 * @param {object} features  {filtering, deepLink}
 * @param {object|null} previous  what an earlier render of the same dataset returned: its filters and open cards carry over
 */
export function renderExplorer(parts, dataset, text, { i18n, headingLevel, label, topic, root, deferSafety = false, adopted = false }, { filtering, deepLink }, previous = null) {
  const { view } = dataset;
  const ctx = buildContext(view, { i18n, headingLevel, label, root, translationProblem: dataset.translationProblem || null });
  ctx.claimLink = (id) => deepLink.linkFor(id);
  if (adopted) {
    if (!root.getElementById(ctx.safetyId)) throw new Error('the safety section is missing');
    ctx.id = idMaker(lastIdNumber(parts.app)); // new ids (a card's) follow the screen's
  } else {
    buildShell(parts.app, ctx);
  }
  const shell = wireShell(parts.app, ctx, {
    query: (kind) => filtering.run({ kind }),
    verdict: (verdict) => {
      shell.filters.setVerdict(verdict);
      filtering.run({ immediate: true, kind: 'verdict' });
    },
    toggle: (claim, open) => deepLink.toggled(claim, open),
    emptyReset: () => {
      shell.filters.reset();
      filtering.run({ kind: 'reset' });
      shell.filters.search.focus();
    },
  }, { deferSafety, adopted });
  if (previous) {
    shell.filters.setQuery(previous.filters.getQuery());
    for (const [id, row] of previous.rows) if (row.isOpen()) shell.rows.get(id)?.setOpen(true);
  } else if (topic && ctx.topicsById.has(topic)) {
    shell.filters.setTopic(topic);
  }
  return { ...shell, view, dataset, text, ctx, ids: view.claims.map((claim) => claim.id) };
}
