// <benefits-explorer>: the custom element. Open shadow DOM, one constructable stylesheet. It keeps the
// attributes and properties, the lifecycle (idle → waiting → loading → ready | error) and the wiring:
// the dataset comes from engine/dataset-source.js, the engine from engine/engine.js, the frame from
// views/shell.js, the failure list from views/problems.js, and each feature (features/) is a controller
// the element calls. On any failure the light-DOM fallback stays visible beside a short list of the problems.
// The public API is documented in docs/embedding.md and described by web/custom-elements.json and
// web/benefits-explorer.d.ts. The tag is defined by benefits-explorer.js.
import { i18nFor, nearestLang, TABLES } from './i18n/language.js';
import { checkStrings } from './i18n/overrides.js';
import { startEngine, maxBytes, reasonOf, asEngineError } from './engine/engine.js';
import { openTranslated, needsReopen } from './engine/translation.js';
import { readDataset, DownloadAborted } from './engine/dataset-source.js';
import { adoptStyles, adoptOnUseStyles, createFrame, findFrame, setFrameLanguage, showFrame, renderExplorer, CORE_LANG } from './views/shell.js';
import { failureProblems, problemLines, renderProblems } from './views/problems.js';
import { createLazyStart } from './features/lazy-start.js';
import { createFiltering } from './features/filtering.js';
import { createDeepLink, linkPrefixOf } from './features/deep-link.js';
import { createEditor } from './features/editor.js';
import { createPrint } from './features/print.js';
import { adoptPrerendered } from './features/prerendered.js';
import { renderKey, textDigest, writeRenderKey } from './features/render-key.js';
import { nextPaint } from './features/after-paint.js';

const DEFAULT_TIMEOUT_SECONDS = 30; // the timeout attribute's default

const absent = (value, empty = false) => value === null || value === undefined || (empty && value === '');

export class BenefitsExplorer extends HTMLElement {
  static observedAttributes = ['src', 'lang', 'loading', 'topic', 'editor', 'heading-level', 'label', 'timeout', 'print', 'deep-link', 'link-prefix', 'base-path'];

  #shadow;
  #prerendered = null; // a prerendered first screen shown until the explorer is ready (features/prerendered.js)
  #internals = null;
  #i18n = i18nFor('en');
  #strings = {}; // the page's own words per language (i18n/overrides.js)
  #lifecycle = 'idle'; // idle (not connected) | waiting (lazy) | loading | ready | error
  #generation = 0; // of loads: a newer one supersedes an older
  #download = null; // the AbortController of the dataset download in progress
  #waiters = []; // resolved when loading settles (true: ready)
  #failure = null; // the problems of the last failure
  #rendered = null; // {view, dataset, text, textDigest, ctx, ids, rows, order, filters, list, empty, emptyText, handout, dossierSources}
  #parts;
  #features;

  constructor() {
    super();
    try {
      this.#internals = this.attachInternals();
    } catch { /* no custom states */ }
    this.#prerendered = adoptPrerendered(this, this.#internals, adoptStyles);
    this.#shadow = this.#prerendered ? this.#prerendered.shadow : this.attachShadow({ mode: 'open' });
    this.#parts = createFrame(this.#shadow, { styled: Boolean(this.#prerendered?.styled) });
    this.#prerendered?.hold(this.#parts.root);
    const parts = () => this.#parts; // the frame changes once, when a prerendered screen is adopted
    const host = {
      element: this,
      get app() { return parts().app; },
      get box() { return parts().lint; },
      rendered: () => this.#rendered,
      lifecycle: () => this.#lifecycle,
      i18n: () => this.#i18n,
      emit: (type, detail) => this.#emit(type, detail),
      begin: () => this.#begin(),
      whenReady: () => this.#whenReady(),
      whenSettled: () => new Promise((resolve) => this.#waiters.push(resolve)),
      runQuery: (options) => this.#features.filtering.run(options),
      openClaim: (id) => this.openClaim(id),
    };
    this.#features = {
      lazy: createLazyStart(host),
      filtering: createFiltering(host),
      deepLink: createDeepLink(host),
      editor: createEditor(host),
      print: createPrint(host),
    };
    this.#setLifecycle('idle');
    // A property set before the tag was defined (a framework rendering first) is taken over now.
    if (Object.prototype.hasOwnProperty.call(this, 'strings')) {
      const value = this.strings;
      delete this.strings;
      this.strings = value;
    }
  }

  // ---------- attributes and properties (docs/embedding.md) ----------

  /** A same-site dataset address; the bundled claims.json when absent. Changing it reloads. */
  get src() { return this.getAttribute('src'); }
  set src(value) { if (absent(value)) this.removeAttribute('src'); else this.setAttribute('src', String(value)); }

  /** The topic id the list starts filtered to (null: all topics). Changing it filters the list. */
  get topic() { return this.getAttribute('topic'); }
  set topic(value) { if (absent(value, true)) this.removeAttribute('topic'); else this.setAttribute('topic', String(value)); }

  /** A short name for this explorer, added to the names of its regions (pages with several explorers). */
  get label() { return this.getAttribute('label'); }
  set label(value) { if (absent(value, true)) this.removeAttribute('label'); else this.setAttribute('label', String(value)); }

  /** 'eager' (default) or 'lazy': start the engine only when the element nears the viewport. */
  get loading() { return this.getAttribute('loading') === 'lazy' ? 'lazy' : 'eager'; }
  set loading(value) { this.setAttribute('loading', value === 'lazy' ? 'lazy' : 'eager'); }

  /** 'handout' (default: a short patient handout) or 'full' (the dossier: every card open, each source once at the end). */
  get print() { return this.getAttribute('print') === 'full' ? 'full' : 'handout'; }
  set print(value) { this.setAttribute('print', value === 'full' ? 'full' : 'handout'); }

  /** Editor mode: shows the dataset's lint report above the explorer. */
  get editor() { return this.hasAttribute('editor'); }
  set editor(value) { this.toggleAttribute('editor', Boolean(value)); }

  /** Level of the explorer's title, 1–4 (default 2); every heading inside follows from it. */
  get headingLevel() {
    const n = parseInt(this.getAttribute('heading-level') || '2', 10);
    return Number.isFinite(n) ? Math.min(4, Math.max(1, n)) : 2;
  }
  set headingLevel(value) { this.setAttribute('heading-level', String(value)); }

  /** 'light', 'dark', or 'auto' (follow the visitor's setting). Styling only. */
  get theme() { return ['light', 'dark'].includes(this.getAttribute('theme')) ? this.getAttribute('theme') : 'auto'; }
  set theme(value) { if (value === 'light' || value === 'dark') this.setAttribute('theme', value); else this.removeAttribute('theme'); }

  /** Seconds the dataset's download may take (default 30; then be-error data-unavailable). From the next load. */
  get timeout() {
    const seconds = Number(this.getAttribute('timeout'));
    return Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_TIMEOUT_SECONDS;
  }
  set timeout(value) { if (absent(value)) this.removeAttribute('timeout'); else this.setAttribute('timeout', String(value)); }

  /** Deep links (#claim=<id> in the page's address): off unless `deep-link` or `link-prefix` is present. */
  get deepLink() { return linkPrefixOf(this) !== null; }
  set deepLink(value) { this.toggleAttribute('deep-link', Boolean(value)); }

  /** The fragment prefix of deep links ('claim=' with deep-link); setting one turns deep links on. */
  get linkPrefix() { return linkPrefixOf(this); }
  set linkPrefix(value) { if (absent(value, true)) this.removeAttribute('link-prefix'); else this.setAttribute('link-prefix', String(value)); }

  /** The page's own words per language, e.g. {en: {intro: '…'}}; wrong entries are left out with a warning. */
  get strings() { return this.#strings; }
  set strings(value) {
    const { strings, problems } = checkStrings(value, TABLES);
    if (problems.length) console.warn(`benefits-explorer: ${problems.join('; ')}`);
    this.#strings = strings;
    this.#applyLanguage({ force: true });
  }

  /** The folder of the engine's and default dataset's files (engine/loader.js assetURL). From the next load. */
  get basePath() { return this.getAttribute('base-path'); }
  set basePath(value) { if (absent(value, true)) this.removeAttribute('base-path'); else this.setAttribute('base-path', String(value)); }

  /** 'idle' (waiting: lazy, or not connected), 'loading', 'ready' or 'error'. Read-only. */
  get state() { return this.#lifecycle === 'waiting' ? 'idle' : this.#lifecycle; }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    const begun = ['loading', 'ready', 'error'].includes(this.#lifecycle);
    if (name === 'src' && begun && document.readyState !== 'loading') this.#load();
    else if (name === 'lang') this.#applyLanguage();
    else if ((name === 'heading-level' || name === 'label') && this.#rendered) this.#rerender();
    else if (name === 'loading' && this.loading === 'eager' && this.#lifecycle === 'waiting') this.#begin();
    else if (name === 'topic') this.#features.filtering.topicChanged(this.getAttribute('topic'));
    else if (name === 'editor') this.#features.editor.update();
    else if (name === 'print') this.#features.print.attributeChanged();
    else if (name === 'deep-link' || name === 'link-prefix') this.#features.deepLink.configChanged(this.#rendered ? () => this.#rerender() : null);
  }

  // ---------- lifecycle ----------

  connectedCallback() {
    this.#features.deepLink.connected();
    this.#features.print.connected();
    this.#applyLanguage();
    if (this.#lifecycle !== 'idle') return; // moved within the page: nothing to start
    this.#setLifecycle('waiting');
    if (!this.#prerendered) this.#features.lazy.connected();
    else this.#prerendered.afterPaint(() => { if (this.isConnected && this.#lifecycle === 'waiting') this.#features.lazy.connected(); });
  }

  disconnectedCallback() {
    this.#features.deepLink.disconnected();
    this.#features.print.disconnected();
    // Moved elsewhere in the page: connectedCallback runs again at once and nothing is lost.
    // Removed for good: forget the dataset in the core so its memory is freed.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#features.lazy.stop();
      this.#generation += 1;
      this.#download?.abort();
      this.#download = null;
      if (this.#rendered) this.#rendered.dataset.release();
      this.#rendered = null;
      this.#setLifecycle('idle');
      this.#settle(false);
    });
  }

  // ---------- methods ----------

  /** Re-read the dataset. Does nothing on an element that is not in the document (it loads when connected). */
  reload() {
    if (!this.isConnected) return Promise.resolve();
    this.#features.lazy.stop();
    return this.#load();
  }

  /** Open a claim's card (clearing filters that hide it), scroll to it, focus its title. Resolves true if it exists. */
  openClaim(id, options) {
    return this.#features.deepLink.openClaim(id, options);
  }

  /** Clear the search and every filter (like the Reset button) and close every open card. */
  async reset() {
    const rendered = this.#rendered;
    if (!rendered) return;
    rendered.filters.reset();
    for (const row of rendered.rows.values()) if (row.isOpen()) row.setOpen(false);
    this.#features.deepLink.reset();
    this.#features.filtering.run({ immediate: true, kind: 'reset' });
  }

  // ---------- internals ----------

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  #setLifecycle(name) {
    this.#lifecycle = name;
    if (!this.#internals || !this.#internals.states) return;
    try {
      for (const s of ['idle', 'loading', 'ready', 'error']) this.#internals.states.delete(s);
      this.#internals.states.add(this.state);
    } catch { /* custom states unsupported */ }
  }

  #begin() {
    if (this.#lifecycle !== 'waiting') return;
    this.#features.lazy.stop();
    this.#setLifecycle('loading');
    showFrame(this.#parts, 'loading', this.#i18n);
    // Upgraded while the page was still parsed: its children (an inline dataset) may not exist yet.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.#load(), { once: true });
    else this.#load();
  }

  #settle(ok) {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve(ok);
  }

  #whenReady() {
    if (this.#lifecycle === 'ready' && this.#rendered) return Promise.resolve(true);
    if (this.#lifecycle === 'error' || !this.isConnected) return Promise.resolve(false);
    this.#begin(); // asked for a claim before it scrolled into view: a lazy explorer starts now
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Pick the strings table from the nearest lang and re-render what is shown in it. */
  #applyLanguage({ render = true, force = false } = {}) {
    const i18n = i18nFor(nearestLang(this), this.#strings);
    const changed = i18n.lang !== this.#i18n.lang;
    this.#i18n = i18n;
    setFrameLanguage(this.#parts, i18n);
    if ((!changed && !force) || !render) return;
    if (this.#failure && this.#lifecycle === 'error') this.#parts.problems.replaceChildren(...renderProblems(this.#failure, i18n, CORE_LANG));
    if (this.#rendered) this.#rerender();
    // Another translation of the dataset for this language: opened from the dataset as read (no download).
    if (this.#rendered && needsReopen(this.#rendered.view, i18n.lang)) this.#load(this.#rendered.text);
  }

  /** Read the dataset and open it in the explorer's language; `reuse`: the dataset as read before (a language change). */
  async #load(reuse = null) {
    const generation = ++this.#generation;
    this.#download?.abort(); // a newer load supersedes this one: its download stops now
    const download = new AbortController();
    this.#download = download;
    this.#applyLanguage({ render: false }); // an ancestor's lang may have changed since the last render
    const i18n = this.#i18n;
    this.#setLifecycle('loading');
    this.#failure = null;
    showFrame(this.#parts, this.#rendered && !this.#parts.app.hidden ? 'stale' : 'loading', i18n);
    const engine = startEngine(this); // compiles while the dataset downloads (one shared promise per page)
    engine.catch(() => { /* reported below */ });
    const reading = reuse ? Promise.resolve(reuse) : readDataset(this, { signal: download.signal, timeoutSeconds: this.timeout, maxBytes: () => maxBytes(engine), t: i18n.t });
    try {
      const text = await reading;
      const dataset = await openTranslated(text, { element: this, lang: i18n.lang, engine, fresh: !reuse, signal: download.signal, timeoutSeconds: this.timeout, maxBytes: () => maxBytes(engine), t: i18n.t });
      if (this.#download === download) this.#download = null;
      // Superseded, or the element left the document (a dataset kept there could never be released).
      if (generation !== this.#generation || !this.isConnected) {
        dataset.release();
        return;
      }
      const previous = this.#rendered && this.#rendered.dataset;
      // A first render on screen paints the list before the safety section below it is built (a prerendered
      // screen is on show meanwhile, and a new translation or dataset replaces one already on screen).
      const deferSafety = !reuse && !previous && !this.#prerendered;
      this.#render(dataset, text, reuse ? this.#rendered : null, deferSafety);
      if (previous && previous !== dataset) previous.release();
      this.#features.filtering.run({ immediate: true });
      showFrame(this.#parts, 'ready', i18n);
      const rendered = this.#rendered;
      if (rendered.buildBelowList) {
        await nextPaint();
        if (generation !== this.#generation) return; // superseded or removed meanwhile: as above
        if (this.#rendered === rendered) rendered.buildBelowList(); // else re-rendered whole meanwhile (heading-level, label)
        // The cards' sheet is asked for once the whole first screen has painted and been shown: a download started
        // before its largest paint is counted in it (Lighthouse's simulated LCP: docs/performance.md). A frame is
        // shown after its callbacks have run, hence two.
        await nextPaint();
        await nextPaint();
        if (generation !== this.#generation) return;
      }
      this.#prerendered?.finish();
      await adoptOnUseStyles(this.#shadow, this); // after the first screen's paint: cards, the editor's report, printing
      if (generation !== this.#generation) return;
      this.#setLifecycle('ready');
      this.#features.editor.update();
      this.#features.deepLink.ready();
      // A language change opens the same dataset in another translation: not a new load for the page.
      if (!reuse) this.#emit('be-ready', { claims: dataset.view.claims.length, title: dataset.view.title });
      this.#settle(true);
    } catch (error) {
      if (generation !== this.#generation || error instanceof DownloadAborted) return;
      this.#fail(asEngineError(error));
    }
  }

  #fail({ code, problems: found }) {
    const { t } = this.#i18n;
    const problems = failureProblems({ code, problems: found }, t);
    if (this.#rendered) this.#rendered.dataset.release();
    this.#rendered = null;
    this.#failure = problems;
    this.#parts.problems.replaceChildren(...renderProblems(problems, this.#i18n, CORE_LANG));
    showFrame(this.#parts, 'error', this.#i18n);
    this.#prerendered?.finish();
    this.#setLifecycle('error');
    this.#features.editor.update();
    const reason = reasonOf(code);
    console.error(t('consoleError', { reason, problems: problemLines(problems, t).join('; ') }));
    this.#emit('be-error', { reason, code, problems });
    this.#settle(false);
  }

  /**
   * Build the explorer for a dataset; `previous` (the same dataset) gives its filters and open cards. A first
   * render adopts a prerendered screen instead when that screen was written by this very render (its key:
   * features/render-key.js), and builds its own if wiring it fails.
   */
  #render(dataset, text, previous = null, deferSafety = false) {
    const label = (this.getAttribute('label') || '').trim() || null;
    const textKey = previous ? previous.textDigest : textDigest(text);
    const digest = dataset.translationText ? `${textKey}+${textDigest(dataset.translationText)}` : textKey;
    const key = renderKey(digest, { lang: this.#i18n.lang, headingLevel: this.headingLevel, label, strings: this.#strings });
    const options = { i18n: this.#i18n, headingLevel: this.headingLevel, label, topic: this.getAttribute('topic'), root: this.#shadow, deferSafety };
    const prerendered = previous ? null : this.#prerendered?.take(key);
    let adopted = null;
    if (prerendered) {
      try {
        const parts = findFrame(prerendered);
        setFrameLanguage(parts, this.#i18n);
        adopted = renderExplorer(parts, dataset, text, { ...options, adopted: true }, this.#features);
        this.#parts = parts;
      } catch (error) {
        console.warn(`benefits-explorer: the prerendered screen is rendered again (${error.message})`);
        this.#prerendered.reject();
      }
    }
    this.#rendered = adopted || renderExplorer(this.#parts, dataset, text, options, this.#features, previous);
    this.#rendered.textDigest = textKey;
    writeRenderKey(this.#parts.root, key);
    this.#features.print.rendered();
  }

  /** Render the same dataset again (language, heading level or label changed), keeping filters and open cards. */
  #rerender() {
    const previous = this.#rendered;
    this.#render(previous.dataset, previous.text, previous);
    this.#features.filtering.run({ immediate: true });
    this.#features.editor.update();
  }
}
