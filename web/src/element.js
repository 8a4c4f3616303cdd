// <benefits-explorer>: the custom element. Open shadow DOM, one constructable stylesheet.
// Loads the dataset (inline <script type="application/json">, the src attribute, the dataset built into
// the single-file bundle, or claims.json next to this script), hands it to the core, and renders the view
// it returns. On any failure the light-DOM fallback stays visible beside a short list of the problems.
// The public API (attributes, properties, methods, events, parts, custom properties) is documented in
// docs/embedding.md and described by web/custom-elements.json and web/benefits-explorer.d.ts.
import css from './styles/index.js';
import { i18nFor, nearestLang } from './language.js';
import * as core from './core.js';
import { datasetURL, downloadDataset, DatasetError, DownloadAborted } from './dataset-source.js';
import { el, heading, idMaker, pageAddress } from './dom.js';
import { createFilters } from './filters.js';
import { createRow } from './list.js';
import { renderSafetySection } from './safety.js';
import { renderGradingPanel } from './grading-panel.js';
import { icon } from './icons.js';
import { renderGlance } from './glance.js';
import { renderLintReport } from './lint-report.js';
import { watchPrint } from './print.js';
import { renderHandout } from './views/handout.js';

const TAG = 'benefits-explorer';
const MAX_PROBLEMS_SHOWN = 25;
const HASH_PREFIX = '#claim=';
// The timeout attribute's default: seconds the dataset's download may take.
const DEFAULT_TIMEOUT_SECONDS = 30;
// setTimeout's largest delay (about 24.8 days); a longer one would fire at once.
const MAX_TIMEOUT_MS = 2 ** 31 - 1;
// loading="lazy": start once the element is within a quarter of a viewport of being seen.
const LAZY_ROOT_MARGIN = '25% 0px';
// The evidence engine writes its own messages (load problems, the grading rule, lint findings) in English.
const CORE_LANG = 'en';
// Languages written right to left. The explorer's words set its direction, not the page's: an English
// explorer on a <html dir="rtl"> page stays left to right.
const RTL_LANG = /^(ar|arc|ckb|dv|fa|he|iw|ks|ku-arab|ps|sd|ug|ur|yi)(-|$)/i;

// Every connected explorer: a #claim= address opens its card in one of them only (#opensHash).
const explorers = new Set();

/** Sort explorers in page order; one inside another component's shadow root is placed by that host. */
function pageOrder(a, b) {
  const hosts = (node) => {
    const chain = [node];
    for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.unshift(root.host);
    return chain;
  };
  const [x, y] = [hosts(a), hosts(b)];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i += 1;
  if (i >= x.length || i >= y.length) return x.length - y.length;
  return x[i].compareDocumentPosition(y[i]) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

let sharedSheet = null;
function styleSheet() {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(css);
  }
  return sharedSheet;
}

function problem(message, path = '') {
  return { path, message };
}

// be-error's detail.code: what went wrong, for the page's script (reason is the older, coarser field).
//   wasm-blocked, wasm-missing, wasm-unreachable, wasm-unsupported, wasm-failed, engine-missing:
//     the evidence engine could not start (core.js diagnose());
//   data-unavailable: the dataset could not be downloaded; data-cross-origin: src is on another site;
//   data-invalid: the dataset is not valid JSON or breaks the format (each problem has its JSON path);
//   internal: a bug in the explorer.
class LoadError extends Error {
  constructor(reason, problems, code = 'internal') {
    super(reason);
    this.reason = reason;
    this.problems = problems;
    this.code = code;
  }
}

export class BenefitsExplorer extends HTMLElement {
  static get observedAttributes() {
    return ['src', 'lang', 'loading', 'topic', 'editor', 'heading-level', 'label', 'timeout', 'print'];
  }

  #shadow;
  #internals = null;
  #i18n = i18nFor('en');
  #generation = 0;
  #handle = null;
  #text = null; // the dataset text of the current view (for the editor check)
  #lint = null; // {text, report, failure} of the last editor check
  #started = false; // connected and scheduled
  #begun = false; // loading has begun (lazy elements wait for the viewport)
  #stateName = 'idle';
  #failure = null;
  #waiters = [];
  #download = null; // the AbortController of the dataset download in progress
  #observer = null;
  #stopPrintWatch = null;
  #parts = {};
  #state = null; // {view, rows: Map, filters, list, empty, ctx, order}
  #onHashChange = () => this.#openFromHash({ scroll: true });

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    try {
      this.#internals = this.attachInternals();
    } catch {
      this.#internals = null;
    }
    try {
      this.#shadow.adoptedStyleSheets = [styleSheet()];
    } catch {
      /* very old browsers: unstyled but usable */
    }
    const status = el('p', { class: 'status', attrs: { role: 'status', part: 'status' } });
    status.hidden = true;
    const problems = el('div', { class: 'problems', attrs: { part: 'problems' } });
    problems.hidden = true;
    const lint = el('section', { class: 'lint', attrs: { part: 'lint', 'aria-label': null } });
    lint.hidden = true;
    const fallback = el('div', { class: 'fallback', attrs: { part: 'fallback' } }, [el('slot')]);
    const app = el('div', { class: 'app' });
    app.hidden = true;
    const root = el('div', { class: 'be', attrs: { part: 'root' } }, [status, problems, lint, fallback, app]);
    this.#parts = { root, status, problems, lint, fallback, app };
    this.#shadow.append(root);
    this.#setState('idle');
  }

  // ---------- attributes and properties ----------

  /** A same-site dataset address; the bundled claims.json when absent. Changing it reloads. */
  get src() {
    return this.getAttribute('src');
  }

  set src(value) {
    if (value === null || value === undefined) this.removeAttribute('src');
    else this.setAttribute('src', String(value));
  }

  /** 'eager' (default) or 'lazy': start the engine only when the element nears the viewport. */
  get loading() {
    return this.getAttribute('loading') === 'lazy' ? 'lazy' : 'eager';
  }

  set loading(value) {
    this.setAttribute('loading', value === 'lazy' ? 'lazy' : 'eager');
  }

  /** The topic id the list starts filtered to (null: all topics). Changing it filters the list. */
  get topic() {
    return this.getAttribute('topic');
  }

  set topic(value) {
    if (value === null || value === undefined || value === '') this.removeAttribute('topic');
    else this.setAttribute('topic', String(value));
  }

  /**
   * What printing the page gives: 'handout' (default: a short patient handout, at most two pages) or
   * 'full' (every card open with its sources: the full dossier).
   */
  get print() {
    return this.getAttribute('print') === 'full' ? 'full' : 'handout';
  }

  set print(value) {
    this.setAttribute('print', value === 'full' ? 'full' : 'handout');
  }

  /** Editor mode: shows the dataset's lint report above the explorer. */
  get editor() {
    return this.hasAttribute('editor');
  }

  set editor(value) {
    this.toggleAttribute('editor', Boolean(value));
  }

  /** Level of the explorer's title, 1–4 (default 2); every heading inside follows from it. */
  get headingLevel() {
    const n = parseInt(this.getAttribute('heading-level') || '2', 10);
    return Number.isFinite(n) ? Math.min(4, Math.max(1, n)) : 2;
  }

  set headingLevel(value) {
    this.setAttribute('heading-level', String(value));
  }

  /**
   * A short name for this explorer, for pages with more than one: it is added to the names of its search,
   * safety and card regions, so that assistive technology can tell the explorers apart. Changing it re-renders.
   */
  get label() {
    return this.getAttribute('label');
  }

  set label(value) {
    if (value === null || value === undefined || value === '') this.removeAttribute('label');
    else this.setAttribute('label', String(value));
  }

  /** 'light', 'dark', or 'auto' (follow the visitor's setting). Styling only. */
  get theme() {
    const value = this.getAttribute('theme');
    return value === 'light' || value === 'dark' ? value : 'auto';
  }

  set theme(value) {
    if (value === 'light' || value === 'dark') this.setAttribute('theme', value);
    else this.removeAttribute('theme');
  }

  /**
   * Seconds the dataset's download may take (default 30); past that, loading fails with be-error code
   * data-unavailable. Takes effect from the next load.
   */
  get timeout() {
    const seconds = Number(this.getAttribute('timeout'));
    return Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_TIMEOUT_SECONDS;
  }

  set timeout(value) {
    if (value === null || value === undefined) this.removeAttribute('timeout');
    else this.setAttribute('timeout', String(value));
  }

  /** 'idle' (waiting: lazy, or not connected), 'loading', 'ready' or 'error'. Read-only. */
  get state() {
    return this.#stateName;
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    switch (name) {
      case 'src':
        if (this.#begun && document.readyState !== 'loading') this.#load();
        break;
      case 'lang':
        this.#applyLanguage();
        break;
      case 'heading-level':
      case 'label':
        if (this.#state) this.#rerender();
        break;
      case 'loading':
        if (this.loading === 'eager' && this.#started && !this.#begun) {
          this.#unobserve();
          this.#begin();
        }
        break;
      case 'topic':
        if (this.#state) this.#applyTopic();
        break;
      case 'editor':
        this.#updateLint();
        break;
      case 'print':
        if (this.#parts.app) this.#parts.app.setAttribute('data-print', this.print);
        break;
      default:
        break;
    }
  }

  // ---------- lifecycle ----------

  connectedCallback() {
    explorers.add(this);
    window.addEventListener('hashchange', this.#onHashChange);
    if (!this.#stopPrintWatch) this.#stopPrintWatch = watchPrint(() => this.#prepareForPrint());
    this.#applyLanguage();
    if (this.#started) return;
    this.#started = true;
    if (this.loading === 'lazy' && typeof IntersectionObserver === 'function') {
      this.#observer = new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#unobserve();
        this.#begin();
      }, { rootMargin: LAZY_ROOT_MARGIN });
      this.#observer.observe(this);
    } else {
      this.#begin();
    }
  }

  disconnectedCallback() {
    explorers.delete(this);
    window.removeEventListener('hashchange', this.#onHashChange);
    if (this.#stopPrintWatch) this.#stopPrintWatch();
    this.#stopPrintWatch = null;
    // Moved elsewhere in the page: connectedCallback runs again at once and nothing is lost.
    // Removed for good: forget the dataset in the core so its memory is freed.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#unobserve();
      this.#generation += 1;
      this.#abortDownload();
      if (this.#handle != null) core.release(this.#handle);
      this.#handle = null;
      this.#state = null;
      this.#started = false;
      this.#begun = false;
      this.#setState('idle');
      this.#settle(false);
    });
  }

  // ---------- methods ----------

  /**
   * Re-read the dataset (for example after the inline JSON was changed). On an element that is not in the
   * document it does nothing (it loads when connected): a dataset loaded there could never be released.
   */
  reload() {
    if (!this.isConnected) return Promise.resolve();
    if (!this.#begun) {
      this.#unobserve();
      this.#begun = true;
    }
    return this.#load();
  }

  /**
   * Open a claim's card (clearing filters that hide it), scroll to it and focus its title.
   * Waits for the dataset (and starts a lazy explorer). Resolves true if the claim exists.
   * @param {string} id
   * @param {{scroll?: boolean, focus?: boolean}} [options]
   */
  async openClaim(id, { scroll = true, focus = true } = {}) {
    if (!(await this.#whenReady())) return false;
    return this.#showClaim(String(id), { scroll, focus, updateHash: true });
  }

  /** Clear the search and every filter (like the Reset button) and close every open card. */
  async reset() {
    const state = this.#state;
    if (!state) return;
    state.filters.reset();
    for (const row of state.rows.values()) if (row.isOpen()) row.setOpen(false);
    if (window.location.hash.startsWith(HASH_PREFIX)) this.#replaceHash('');
    await this.#runQuery({ immediate: true, kind: 'reset' });
  }

  // ---------- internals ----------

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  #setState(name) {
    this.#stateName = name;
    if (!this.#internals || !this.#internals.states) return;
    try {
      for (const s of ['idle', 'loading', 'ready', 'error']) this.#internals.states.delete(s);
      this.#internals.states.add(name);
    } catch {
      /* custom states unsupported */
    }
  }

  #unobserve() {
    if (this.#observer) this.#observer.disconnect();
    this.#observer = null;
  }

  #begin() {
    if (this.#begun) return;
    this.#begun = true;
    this.#setState('loading');
    this.#parts.status.hidden = false;
    // If this element was upgraded while the page was still being parsed, its children
    // (an inline dataset) may not exist yet: wait for the document.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.#load(), { once: true });
    } else {
      this.#load();
    }
  }

  #settle(ok) {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve(ok);
  }

  #whenReady() {
    if (this.#stateName === 'ready' && this.#state) return Promise.resolve(true);
    if (this.#stateName === 'error' || !this.isConnected) return Promise.resolve(false);
    if (this.#started && !this.#begun) {
      // Asked for a claim before it scrolled into view: a lazy explorer starts now.
      this.#unobserve();
      this.#begin();
    }
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Pick the strings table from the nearest lang and re-render what is shown in it. */
  #applyLanguage({ render = true } = {}) {
    const i18n = i18nFor(nearestLang(this));
    const changed = i18n.lang !== this.#i18n.lang;
    this.#i18n = i18n;
    this.#parts.root.setAttribute('lang', i18n.lang);
    this.#parts.root.setAttribute('dir', RTL_LANG.test(i18n.lang) ? 'rtl' : 'ltr');
    this.#parts.status.textContent = i18n.t('loading');
    if (!changed || !render) return;
    if (this.#failure && this.#stateName === 'error') this.#showProblems(this.#failure);
    if (this.#state) this.#rerender();
  }

  /**
   * The dataset: the inline JSON (a string), the single-file build's own, or the bytes downloaded from src or
   * the claims.json next to the script (dataset-source.js: same site, size limit, time limit, abortable).
   */
  async #readDataset(signal, engine) {
    const { t } = this.#i18n;
    const inline = [...this.children].find((child) => child.localName === 'script' && (child.type || '').toLowerCase() === 'application/json');
    if (inline) {
      const text = inline.textContent || '';
      if (!text.trim()) throw new LoadError('inline', [problem(t('inlineEmpty'))], 'data-invalid');
      return text;
    }
    const src = this.getAttribute('src');
    if (!src) {
      const embedded = core.embeddedDataset();
      if (embedded) return embedded;
    }
    try {
      const url = datasetURL(src, core.assetURL('claims.json'), t);
      const timeoutMs = Math.min(this.timeout * 1000, MAX_TIMEOUT_MS);
      return await downloadDataset(url, { signal, timeoutMs, maxBytes: () => core.maxBytes(engine), t });
    } catch (error) {
      if (error instanceof DatasetError) throw new LoadError(error.reason, [problem(error.message)], error.code);
      throw error;
    }
  }

  #abortDownload() {
    if (this.#download) this.#download.abort();
    this.#download = null;
  }

  /** The error for an engine that could not start (core.js getCore()). */
  #coreFailure(error) {
    const { t } = this.#i18n;
    return new LoadError('core', [problem(error.message === 'missing' ? t('coreMissing') : t('coreFailed', { message: error.message }))], error.code || 'wasm-failed');
  }

  /**
   * While another dataset loads, the one shown is out of date: it cannot be used (inert), is marked busy for
   * assistive technology and dimmed, and the status says it is being updated.
   */
  #markStale(stale) {
    const { app, root, status } = this.#parts;
    app.inert = stale;
    app.classList.toggle('stale', stale);
    if (stale) {
      root.setAttribute('aria-busy', 'true');
      status.textContent = this.#i18n.t('updating');
    } else {
      root.removeAttribute('aria-busy');
    }
  }

  async #load() {
    const generation = ++this.#generation;
    // A newer load supersedes this one: its download stops now.
    this.#abortDownload();
    const download = new AbortController();
    this.#download = download;
    // An ancestor's lang may have changed since the last render (only the element's own is observed).
    this.#applyLanguage({ render: false });
    const { t } = this.#i18n;
    this.#setState('loading');
    this.#failure = null;
    this.#parts.status.hidden = false;
    this.#parts.status.textContent = t('loading');
    if (this.#state && !this.#parts.app.hidden) this.#markStale(true);
    // Start compiling the engine while the dataset downloads (one shared promise per page).
    const engine = core.getCore();
    engine.catch(() => { /* reported below */ });
    const reading = this.#readDataset(download.signal, engine);
    // Queued after the engine's start: the number formatting's one-time cost is paid while the files download.
    const i18n = this.#i18n;
    queueMicrotask(() => i18n.warm());
    try {
      let data;
      try {
        data = await reading;
      } catch (error) {
        // The size limit comes from the engine: an engine that could not start is reported as such.
        if (error && error.reason === 'core') throw this.#coreFailure(error);
        throw error;
      }
      if (this.#download === download) this.#download = null;
      let loaded;
      try {
        // This attempt's engine: a failed start is reported, not started (and downloaded) again.
        await engine;
        loaded = await core.load(data);
      } catch (error) {
        if (error && error.reason === 'core') throw this.#coreFailure(error);
        throw new LoadError('dataset', error && error.problems && error.problems.length ? error.problems : [problem(String(error && error.message))], 'data-invalid');
      }
      // Superseded, or the element left the document (a dataset kept there could never be released).
      if (generation !== this.#generation || !this.isConnected) {
        core.release(loaded.handle);
        return;
      }
      const previous = this.#handle;
      this.#handle = loaded.handle;
      this.#text = data;
      if (previous != null) core.release(previous);
      this.#render(loaded.view);
      await this.#runQuery({ immediate: true });
      if (generation !== this.#generation) return;
      this.#showApp();
      this.#updateLint();
      this.#openFromHash({ scroll: true });
      this.#emit('be-ready', { claims: loaded.view.claims.length, title: loaded.view.title });
      this.#settle(true);
    } catch (error) {
      if (generation !== this.#generation || error instanceof DownloadAborted) return;
      const failure = error instanceof LoadError ? error : new LoadError('internal', [problem(String(error && error.message ? error.message : error))]);
      this.#fail(failure);
    }
  }

  #showApp() {
    this.#markStale(false);
    this.#parts.status.hidden = true;
    this.#parts.problems.hidden = true;
    this.#parts.fallback.hidden = true;
    this.#parts.app.hidden = false;
    this.#setState('ready');
  }

  #problemLines(problems) {
    const { t } = this.#i18n;
    return problems.map((p) => (p.path ? t('errorProblem', { path: p.path, message: p.message }) : t('errorProblemNoPath', { message: p.message })));
  }

  #showProblems({ problems }) {
    const { t } = this.#i18n;
    const lines = this.#problemLines(Array.isArray(problems) ? problems : []);
    const shown = lines.slice(0, MAX_PROBLEMS_SHOWN);
    this.#parts.problems.replaceChildren(
      el('p', { class: 'problems-title', text: t('errorTitle') }),
      el('p', { text: t('errorLead') }),
      el('ul', { attrs: { lang: CORE_LANG } }, shown.map((line) => el('li', {}, [el('code', { text: line })]))),
      ...(lines.length > shown.length ? [el('p', { text: t('errorMore', { n: lines.length - shown.length }) })] : []),
    );
  }

  #fail(failure) {
    const { reason, problems, code } = failure;
    const list = Array.isArray(problems) ? problems : [];
    this.#failure = { reason, problems: list };
    this.#state = null;
    this.#text = null;
    this.#showProblems(this.#failure);
    this.#markStale(false);
    this.#parts.problems.hidden = false;
    this.#parts.status.hidden = true;
    this.#parts.lint.hidden = true;
    this.#parts.fallback.hidden = false;
    this.#parts.app.hidden = true;
    this.#setState('error');
    console.error(this.#i18n.t('consoleError', { reason, problems: this.#problemLines(list).join('; ') }));
    this.#emit('be-error', { reason, code, problems: list });
    this.#settle(false);
  }

  #render(view) {
    const i18n = this.#i18n;
    const { t } = i18n;
    const headingLevel = this.headingLevel;
    const refsById = new Map((view.references || []).map((r) => [r.id, r]));
    const harmsById = new Map((view.harms || []).map((h) => [h.id, h]));
    const topicsById = new Map((view.topics || []).map((tp) => [tp.id, tp]));
    // Element ids come from counters (dom.js idMaker), never from the data's ids.
    const id = idMaker();
    const safetyId = id('safety');
    const reduceMotion = () => window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const label = (this.getAttribute('label') || '').trim() || null;
    const labelId = label ? id('label') : null;
    const ctx = {
      id,
      view,
      i18n,
      headingLevel,
      refsById,
      harmsById,
      topicsById,
      // The dataset's own text is marked with the dataset's language (screen readers switch voice).
      dataLang: view.language || null,
      coreLang: CORE_LANG,
      // The label attribute, added to the names of the explorer's landmarks (see get label()).
      label,
      labelledBy: (id) => (labelId ? `${id} ${labelId}` : id),
      // Functions that build lazily-rendered parts (source lists) before printing.
      printHooks: [],
      motion: () => (reduceMotion() ? 'auto' : 'smooth'),
      gotoSafety: () => {
        const section = this.#shadow.getElementById(safetyId);
        if (!section) return;
        section.scrollIntoView({ block: 'start', behavior: ctx.motion() });
        section.focus({ preventScroll: true });
      },
    };

    const app = this.#parts.app;
    app.replaceChildren();
    if (labelId) {
      const name = el('span', { attrs: { id: labelId }, text: label });
      name.hidden = true; // named by aria-labelledby, never shown
      app.append(name);
    }

    // Header: title, what this is, the disclaimer and a pointer to the safety information.
    let reviewed = view.reviewed;
    try {
      reviewed = new Intl.DateTimeFormat(i18n.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${view.reviewed}T00:00:00Z`));
    } catch {
      /* keep the ISO date */
    }
    app.append(el('header', { class: 'intro', attrs: { part: 'header' } }, [
      heading(headingLevel, 0, { class: 'title', attrs: { lang: ctx.dataLang }, text: view.title }),
      el('p', { class: 'lede', text: t('intro', { intervention: view.intervention }) }),
      el('p', { class: 'reviewed' }, [el('time', { attrs: { datetime: view.reviewed }, text: t('reviewed', { date: reviewed }) })]),
      el('div', { class: 'notices' }, [
        el('div', { class: 'notice notice--disclaimer', attrs: { role: 'note' } }, [
          icon('info'),
          el('p', {}, [el('strong', { text: t('disclaimerTitle') }), ' ', t('disclaimer')]),
        ]),
        el('div', { class: 'notice notice--safety', attrs: { role: 'note' } }, [
          icon('shield'),
          el('p', {}, [
            el('strong', { text: t('safetyBannerTitle') }), ' ',
            t('safetyBanner', { intervention: view.intervention }), ' ',
            el('button', { class: 'link-button', attrs: { type: 'button' }, text: t('safetyBannerLink'), on: { click: () => ctx.gotoSafety() } }),
          ]),
        ]),
      ]),
    ]));

    const filters = createFilters(view, ctx, (kind) => this.#runQuery({ kind }));
    app.append(renderGlance(view, ctx, (verdict) => {
      filters.setVerdict(verdict);
      this.#runQuery({ immediate: true, kind: 'verdict' });
    }));
    app.append(filters.root);

    const list = el('ol', { class: 'claims', attrs: { 'aria-label': view.title, part: 'list' } });
    const rows = new Map();
    for (const claim of view.claims || []) {
      rows.set(claim.id, createRow(claim, ctx, { onToggle: (c, open) => this.#onToggle(c, open) }));
    }
    // "No claim matches", or why the search could not run (#runQuery).
    const emptyText = el('p', { class: 'empty-text', text: t('empty') });
    const empty = el('div', { class: 'empty' }, [
      emptyText,
      el('button', {
        class: 'button-quiet',
        attrs: { type: 'button' },
        text: t('emptyReset'),
        on: { click: () => { filters.reset(); this.#runQuery({ kind: 'reset' }); filters.search.focus(); } },
      }),
    ]);
    empty.hidden = true;
    app.append(el('p', { class: 'how-to', text: t('howToRead') }), list, empty);

    app.append(renderSafetySection(view, ctx, safetyId));
    app.append(renderGradingPanel(view, ctx, id('grading')));
    app.append(el('footer', { class: 'foot', attrs: { part: 'footer' } }, [
      el('p', {}, [el('strong', { text: t('disclaimerTitle') }), ' ', t('disclaimer')]),
      el('p', { text: t('footerPrivacy') }),
    ]));
    // The patient handout, built when the page is about to print (print="handout", the default).
    const handout = el('div', { class: 'handout', attrs: { part: 'handout' } });
    app.append(handout);
    app.setAttribute('data-print', this.print);

    this.#state = { view, ids: view.claims.map((claim) => claim.id), rows, filters, list, empty, emptyText, ctx, handout, order: [] };
    // The topic attribute is the list's starting filter.
    const topic = this.topic;
    if (topic && topicsById.has(topic)) filters.setTopic(topic);
  }

  /** Render the same view again (language or heading level changed), keeping filters and open cards. */
  #rerender() {
    const state = this.#state;
    if (!state) return;
    const query = state.filters.getQuery();
    const open = [...state.rows].filter(([, row]) => row.isOpen()).map(([id]) => id);
    this.#render(state.view);
    const next = this.#state;
    next.filters.setQuery(query);
    for (const id of open) next.rows.get(id)?.setOpen(true);
    this.#runQuery({ immediate: true });
    this.#updateLint();
  }

  #applyTopic() {
    const state = this.#state;
    if (!state) return;
    const topic = this.topic;
    state.filters.setTopic(topic && state.ctx.topicsById.has(topic) ? topic : '');
    this.#runQuery({ immediate: true, kind: 'topic' });
  }

  /** Editor mode: run the core's linter on the current dataset and show its report above the explorer. */
  async #updateLint() {
    const box = this.#parts.lint;
    const state = this.#state;
    if (!this.editor || !state || this.#text == null) {
      box.hidden = true;
      box.replaceChildren();
      return;
    }
    const text = this.#text;
    if (!this.#lint || this.#lint.text !== text) {
      let report = null;
      let failure = null;
      try {
        report = await core.lint(text);
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
      }
      this.#lint = { text, report, failure };
    }
    // Something changed while the check ran: the newest call renders.
    if (!this.editor || this.#state !== state || this.#text !== text) return;
    box.replaceChildren(...renderLintReport(this.#lint.report, this.#lint.failure, state.ctx, (id) => this.openClaim(id)));
    const title = box.querySelector('.lint-title');
    if (title && title.id) box.setAttribute('aria-labelledby', state.ctx.labelledBy(title.id));
    box.hidden = false;
  }

  async #runQuery({ immediate = false, kind = null } = {}) {
    const state = this.#state;
    if (!state || this.#handle == null) return;
    const handle = this.#handle;
    const q = state.filters.getQuery();
    let positions;
    let failed = false;
    try {
      positions = await core.query(handle, q);
    } catch (error) {
      // Never silent: the visitor sees an empty list that says why (the console has the engine's words).
      console.error(this.#i18n.t('queryFailed', { message: error && error.message }));
      positions = [];
      failed = true;
    }
    if (this.#state !== state || this.#handle !== handle) return;
    // The latest query wins: ignore a result if the inputs changed meanwhile.
    if (JSON.stringify(q) !== JSON.stringify(state.filters.getQuery())) return;
    const known = [];
    for (const i of positions) if (i < state.ids.length) known.push(state.ids[i]);
    if (known.join('\n') !== state.order.join('\n')) {
      state.list.replaceChildren(...known.map((id) => state.rows.get(id).item));
      state.order = known;
    }
    state.emptyText.textContent = this.#i18n.t(failed ? 'searchFailed' : 'empty');
    state.empty.hidden = known.length > 0;
    state.filters.setCount(known.length, state.rows.size, { immediate });
    if (kind) this.#emit('be-filter-change', { filters: q, shown: known.length, total: state.rows.size });
  }

  #replaceHash(hash) {
    try {
      // Absolute, from the page's address: a relative one resolves against <base href> (another path).
      window.history.replaceState(window.history.state, '', pageAddress(hash));
    } catch {
      /* sandboxed frames may forbid history changes */
    }
  }

  #onToggle(claim, open) {
    const hash = `${HASH_PREFIX}${encodeURIComponent(claim.id)}`;
    if (open) {
      this.#replaceHash(hash);
      this.#emit('be-claim-open', { id: claim.id });
    } else if (window.location.hash === hash) {
      this.#replaceHash('');
    }
  }

  /** Open one claim: clear filters that hide it, open its card, optionally scroll and focus. */
  async #showClaim(id, { scroll, focus, updateHash }) {
    const state = this.#state;
    const row = state && state.rows.get(id);
    if (!row) return false;
    if (!state.order.includes(id)) {
      state.filters.reset();
      await this.#runQuery({ immediate: true, kind: 'open-claim' });
      if (this.#state !== state) return false;
    }
    const wasOpen = row.isOpen();
    row.setOpen(true);
    if (updateHash) this.#replaceHash(`${HASH_PREFIX}${encodeURIComponent(id)}`);
    if (!wasOpen) this.#emit('be-claim-open', { id });
    if (scroll) row.item.scrollIntoView({ block: 'start', behavior: state.ctx.motion() });
    if (focus) row.toggle.focus({ preventScroll: true });
    return true;
  }

  async #openFromHash({ scroll }) {
    if (!this.#state) return;
    const hash = window.location.hash;
    if (!hash.startsWith(HASH_PREFIX)) return;
    let id;
    try {
      id = decodeURIComponent(hash.slice(HASH_PREFIX.length));
    } catch {
      return;
    }
    if (!this.#state.rows.has(id) || !(await this.#opensHash(id)) || window.location.hash !== hash) return;
    await this.#showClaim(id, { scroll, focus: scroll, updateHash: false });
  }

  /**
   * Whether this explorer is the one a #claim=<id> address opens, when a page has several: the one that
   * already shows that card open, otherwise the first in page order that holds that claim. Explorers
   * before this one that are still loading are waited for; a lazy one that has not started counts once
   * it has loaded (docs/embedding.md, "Deep links").
   */
  async #opensHash(id) {
    for (;;) {
      const hash = window.location.hash;
      const ordered = [...explorers].filter((e) => e.isConnected).sort(pageOrder);
      const holds = (e) => Boolean(e.#state && e.#state.rows.has(id));
      const open = ordered.find((e) => holds(e) && e.#state.rows.get(id).isOpen());
      if (open) return open === this;
      const earlier = ordered.slice(0, Math.max(0, ordered.indexOf(this)));
      const loading = earlier.find((e) => e.#begun && e.#stateName === 'loading');
      if (!loading) return ordered.find(holds) === this;
      await new Promise((resolve) => loading.#waiters.push(resolve));
      if (window.location.hash !== hash || !holds(this)) return false;
    }
  }

  /** Build what the print stylesheet shows: the handout, or (print="full") every card and source list. */
  #prepareForPrint() {
    const state = this.#state;
    if (!state) return;
    if (this.print !== 'full') {
      if (!state.handout.firstChild) state.handout.replaceChildren(renderHandout(state.view, state.ctx));
      return;
    }
    for (const row of state.rows.values()) row.build();
    for (const build of state.ctx.printHooks) build();
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, BenefitsExplorer);
