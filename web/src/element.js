// <benefits-explorer>: the custom element. Open shadow DOM, one constructable stylesheet.
// Loads the dataset (inline <script type="application/json">, the src attribute, or claims.json
// next to this script), hands it to the core, and renders the view it returns.
// On any failure the light-DOM fallback stays visible beside a short list of the problems.
import css from './styles.css';
import en from './strings/en.js';
import { createI18n } from './i18n.js';
import * as core from './core.js';
import { el, heading, domId } from './dom.js';
import { createFilters } from './filters.js';
import { createRow } from './list.js';
import { renderSafetySection } from './safety.js';
import { renderGradingPanel } from './grading-panel.js';
import { icon } from './icons.js';
import { renderGlance } from './glance.js';

const TAG = 'benefits-explorer';
const MAX_PROBLEMS_SHOWN = 25;
const HASH_PREFIX = '#claim=';

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

class LoadError extends Error {
  constructor(reason, problems) {
    super(reason);
    this.reason = reason;
    this.problems = problems;
  }
}

export class BenefitsExplorer extends HTMLElement {
  static get observedAttributes() {
    return ['src'];
  }

  #shadow;
  #internals = null;
  #i18n = createI18n('en', en);
  #generation = 0;
  #handle = null;
  #started = false;
  #parts = {};
  #state = null; // {view, rows: Map, filters, list, empty, ctx}
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
    const { t } = this.#i18n;
    const status = el('p', { class: 'status', attrs: { role: 'status' }, text: t('loading') });
    const problems = el('div', { class: 'problems', attrs: { part: 'problems' } });
    problems.hidden = true;
    const fallback = el('div', { class: 'fallback', attrs: { part: 'fallback' } }, [el('slot')]);
    const app = el('div', { class: 'app' });
    app.hidden = true;
    this.#parts = { status, problems, fallback, app };
    this.#shadow.append(el('div', { class: 'be', attrs: { part: 'root', lang: this.#i18n.lang } }, [status, problems, fallback, app]));
    this.#setState('loading');
  }

  connectedCallback() {
    window.addEventListener('hashchange', this.#onHashChange);
    if (this.#started) return;
    this.#started = true;
    // If this element was upgraded while the page was still being parsed, its children
    // (an inline dataset) may not exist yet: wait for the document.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.#load(), { once: true });
    } else {
      this.#load();
    }
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.#onHashChange);
    // Moved elsewhere in the page: connectedCallback runs again at once and nothing is lost.
    // Removed for good: forget the dataset in the core so its memory is freed.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#generation += 1;
      if (this.#handle != null) core.release(this.#handle);
      this.#handle = null;
      this.#state = null;
      this.#started = false;
    });
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'src' && oldValue !== newValue && this.#started && document.readyState !== 'loading') this.#load();
  }

  /** Re-read the dataset (for example after the inline JSON was changed). */
  reload() {
    return this.#load();
  }

  get headingLevel() {
    const n = parseInt(this.getAttribute('heading-level') || '2', 10);
    return Number.isFinite(n) ? Math.min(4, Math.max(1, n)) : 2;
  }

  #setState(name) {
    if (!this.#internals || !this.#internals.states) return;
    try {
      for (const s of ['loading', 'ready', 'error']) this.#internals.states.delete(s);
      this.#internals.states.add(name);
    } catch {
      /* custom states unsupported */
    }
  }

  async #readDataset() {
    const { t } = this.#i18n;
    const inline = [...this.children].find((child) => child.localName === 'script' && (child.type || '').toLowerCase() === 'application/json');
    if (inline) {
      const text = inline.textContent || '';
      if (!text.trim()) throw new LoadError('inline', [problem(t('inlineEmpty'))]);
      return text;
    }
    const src = this.getAttribute('src');
    let url;
    try {
      url = src ? new URL(src, document.baseURI) : new URL(core.assetURL('claims.json'));
    } catch {
      throw new LoadError('fetch', [problem(t('crossOrigin', { url: String(src) }))]);
    }
    if (url.origin !== window.location.origin) {
      throw new LoadError('fetch', [problem(t('crossOrigin', { url: url.href }))]);
    }
    let response;
    try {
      response = await fetch(url.href, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    } catch {
      throw new LoadError('fetch', [problem(t('fetchNetwork', { url: url.href }))]);
    }
    if (!response.ok) throw new LoadError('fetch', [problem(t('fetchFailed', { url: url.href, status: response.status }))]);
    return response.text();
  }

  async #load() {
    const generation = ++this.#generation;
    const { t } = this.#i18n;
    this.#setState('loading');
    this.#parts.status.hidden = false;
    this.#parts.status.textContent = t('loading');
    // Start compiling the engine while the dataset downloads (one shared promise per page).
    core.getCore().catch(() => { /* reported by load() below */ });
    try {
      const text = await this.#readDataset();
      let loaded;
      try {
        loaded = await core.load(text);
      } catch (error) {
        if (error && error.reason === 'core') {
          throw new LoadError('core', [problem(error.message === 'missing' ? t('coreMissing') : t('coreFailed', { message: error.message }))]);
        }
        throw new LoadError('dataset', error && error.problems && error.problems.length ? error.problems : [problem(String(error && error.message))]);
      }
      if (generation !== this.#generation) {
        core.release(loaded.handle);
        return;
      }
      const previous = this.#handle;
      this.#handle = loaded.handle;
      if (previous != null) core.release(previous);
      this.#render(loaded.view);
      await this.#runQuery({ immediate: true });
      if (generation !== this.#generation) return;
      this.#showApp();
      this.#openFromHash({ scroll: true });
      this.dispatchEvent(new CustomEvent('be-ready', {
        bubbles: true,
        composed: true,
        detail: { claims: loaded.view.claims.length, title: loaded.view.title },
      }));
    } catch (error) {
      if (generation !== this.#generation) return;
      const failure = error instanceof LoadError ? error : new LoadError('internal', [problem(String(error && error.message ? error.message : error))]);
      this.#fail(failure);
    }
  }

  #showApp() {
    this.#parts.status.hidden = true;
    this.#parts.problems.hidden = true;
    this.#parts.fallback.hidden = true;
    this.#parts.app.hidden = false;
    this.#setState('ready');
  }

  #fail({ reason, problems }) {
    const { t } = this.#i18n;
    const list = Array.isArray(problems) ? problems : [];
    const lines = list.map((p) => (p.path ? t('errorProblem', { path: p.path, message: p.message }) : t('errorProblemNoPath', { message: p.message })));
    const box = this.#parts.problems;
    const shown = lines.slice(0, MAX_PROBLEMS_SHOWN);
    box.replaceChildren(
      el('p', { class: 'problems-title', text: t('errorTitle') }),
      el('p', { text: t('errorLead') }),
      el('ul', {}, shown.map((line) => el('li', {}, [el('code', { text: line })]))),
      ...(lines.length > shown.length ? [el('p', { text: t('errorMore', { n: lines.length - shown.length }) })] : []),
    );
    box.hidden = false;
    this.#parts.status.hidden = true;
    this.#parts.fallback.hidden = false;
    this.#parts.app.hidden = true;
    this.#setState('error');
    console.error(t('consoleError', { reason, problems: lines.join('; ') }));
    this.dispatchEvent(new CustomEvent('be-error', { bubbles: true, composed: true, detail: { reason, problems: list } }));
  }

  #render(view) {
    const i18n = this.#i18n;
    const { t } = i18n;
    const headingLevel = this.headingLevel;
    const refsById = new Map((view.references || []).map((r) => [r.id, r]));
    const harmsById = new Map((view.harms || []).map((h) => [h.id, h]));
    const topicsById = new Map((view.topics || []).map((tp) => [tp.id, tp]));
    const safetyId = domId('safety');
    const reduceMotion = () => window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const ctx = {
      view,
      i18n,
      headingLevel,
      refsById,
      harmsById,
      topicsById,
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
    app.setAttribute('lang', view.language || i18n.lang);

    // Header: title, what this is, the disclaimer and a pointer to the safety information.
    let reviewed = view.reviewed;
    try {
      reviewed = new Intl.DateTimeFormat(i18n.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${view.reviewed}T00:00:00Z`));
    } catch {
      /* keep the ISO date */
    }
    app.append(el('header', { class: 'intro' }, [
      heading(headingLevel, 0, { class: 'title', text: view.title }),
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
      this.#runQuery({ immediate: true });
    }));
    app.append(filters.root);

    const list = el('ol', { class: 'claims', attrs: { 'aria-label': view.title } });
    const rows = new Map();
    for (const claim of view.claims || []) {
      rows.set(claim.id, createRow(claim, ctx, { onToggle: (c, open) => this.#onToggle(c, open) }));
    }
    const empty = el('div', { class: 'empty' }, [
      el('p', { text: t('empty') }),
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
    app.append(renderGradingPanel(view, ctx, domId('grading')));
    app.append(el('footer', { class: 'foot' }, [
      el('p', {}, [el('strong', { text: t('disclaimerTitle') }), ' ', t('disclaimer')]),
      el('p', { text: t('footerPrivacy') }),
    ]));

    this.#state = { view, rows, filters, list, empty, ctx, order: [] };
  }

  async #runQuery({ immediate = false } = {}) {
    const state = this.#state;
    if (!state || this.#handle == null) return;
    const handle = this.#handle;
    const q = state.filters.getQuery();
    let ids;
    try {
      ids = await core.query(handle, q);
    } catch (error) {
      console.error(this.#i18n.t('queryFailed', { message: error && error.message }));
      return;
    }
    if (this.#state !== state || this.#handle !== handle) return;
    // The latest query wins: ignore a result if the inputs changed meanwhile.
    if (JSON.stringify(q) !== JSON.stringify(state.filters.getQuery())) return;
    const known = ids.filter((id) => state.rows.has(id));
    if (known.join('\n') !== state.order.join('\n')) {
      state.list.replaceChildren(...known.map((id) => state.rows.get(id).item));
      state.order = known;
    }
    state.empty.hidden = known.length > 0;
    state.filters.setCount(known.length, state.rows.size, { immediate });
  }

  #onToggle(claim, open) {
    const hash = `${HASH_PREFIX}${encodeURIComponent(claim.id)}`;
    try {
      if (open) {
        window.history.replaceState(window.history.state, '', hash);
      } else if (window.location.hash === hash) {
        window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
      }
    } catch {
      /* sandboxed frames may forbid history changes */
    }
  }

  async #openFromHash({ scroll }) {
    const state = this.#state;
    if (!state) return;
    const hash = window.location.hash;
    if (!hash.startsWith(HASH_PREFIX)) return;
    let id;
    try {
      id = decodeURIComponent(hash.slice(HASH_PREFIX.length));
    } catch {
      return;
    }
    const row = state.rows.get(id);
    if (!row) return;
    if (!state.order.includes(id)) {
      state.filters.reset();
      await this.#runQuery({ immediate: true });
    }
    row.setOpen(true);
    if (scroll) {
      row.item.scrollIntoView({ block: 'start', behavior: state.ctx.motion() });
      row.toggle.focus({ preventScroll: true });
    }
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, BenefitsExplorer);
