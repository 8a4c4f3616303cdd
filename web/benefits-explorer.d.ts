// Types for <benefits-explorer> (dist/benefits-explorer.js and dist/benefits-explorer.single.js).
// The scripts are classic scripts that define the element; they export nothing. These declarations let
// TypeScript pages type document.querySelector('benefits-explorer'), its properties, methods and events.
// Reference them with: /// <reference path="./benefits-explorer.d.ts" />
// Kept in step with web/custom-elements.json and the element by tests/browser/embedding-manifest.test.mjs.

export {};

declare global {
  /** One problem found while loading: a JSON path into the dataset (may be '') and a message. */
  interface BenefitsExplorerProblem {
    path: string;
    message: string;
  }

  /** The list's search, filters and sort (each filter holds zero or one value; empty means any). */
  interface BenefitsExplorerFilters {
    text: string;
    topic: string[];
    verdict: string[];
    certainty: string[];
    route: string[];
    sort: 'topic' | 'certainty' | 'verdict';
  }

  interface BenefitsExplorerReadyDetail {
    /** How many claims the dataset has. */
    claims: number;
    /** The dataset's title. */
    title: string;
  }

  interface BenefitsExplorerErrorDetail {
    /** The older, coarser cause, derived from code (core: wasm-*, engine-missing; fetch: data-unavailable, data-cross-origin; dataset: data-invalid). */
    reason: 'fetch' | 'dataset' | 'core' | 'internal';
    /** What went wrong: the engine could not start (wasm-*, engine-missing), the dataset could not be
     *  downloaded (data-unavailable), is on another site (data-cross-origin) or breaks the format
     *  (data-invalid), or a bug (internal). */
    code:
      | 'wasm-blocked' | 'wasm-missing' | 'wasm-unreachable' | 'wasm-unsupported' | 'wasm-failed' | 'engine-missing'
      | 'data-unavailable' | 'data-cross-origin' | 'data-invalid' | 'internal';
    problems: BenefitsExplorerProblem[];
  }

  interface BenefitsExplorerClaimOpenDetail {
    /** The claim's id in the dataset. */
    id: string;
  }

  interface BenefitsExplorerFilterChangeDetail {
    filters: BenefitsExplorerFilters;
    /** Claims in the list now. */
    shown: number;
    /** Claims in the dataset. */
    total: number;
  }

  interface BenefitsExplorerEventMap extends HTMLElementEventMap {
    'be-ready': CustomEvent<BenefitsExplorerReadyDetail>;
    'be-error': CustomEvent<BenefitsExplorerErrorDetail>;
    'be-claim-open': CustomEvent<BenefitsExplorerClaimOpenDetail>;
    'be-filter-change': CustomEvent<BenefitsExplorerFilterChangeDetail>;
  }

  /** The <benefits-explorer> element. Attributes are kebab-case; each has a camelCase property. */
  interface BenefitsExplorer extends HTMLElement {
    /** `src` attribute: a same-site dataset address (null: the default dataset). Changing it reloads. */
    src: string | null;
    /** `loading` attribute: 'lazy' starts the engine only when the element nears the viewport. */
    loading: 'eager' | 'lazy';
    /** `topic` attribute: the topic id the list is filtered to (null: all topics). */
    topic: string | null;
    /** `editor` attribute: show the dataset's lint report above the explorer. */
    editor: boolean;
    /** `print` attribute: what printing gives, a two-page patient handout (default) or the full dossier. */
    print: 'handout' | 'full';
    /** `heading-level` attribute: level of the title heading, 1–4 (default 2). */
    headingLevel: number;
    /** `theme` attribute: force 'light' or 'dark'; 'auto' follows the visitor's setting. */
    theme: 'auto' | 'light' | 'dark';
    /** `label` attribute: a short name added to the explorer's landmark names (pages with more than one). */
    label: string | null;
    /** `timeout` attribute: seconds the dataset's download may take (default 30); then be-error, data-unavailable. */
    timeout: number;
    /** `deep-link` attribute: #claim=<id> in the page's address (off by default; never over the page's own fragment). */
    deepLink: boolean;
    /** `link-prefix` attribute: the deep links' fragment prefix ('claim=' with deep-link alone; null: deep links off). */
    linkPrefix: string | null;
    /** The page's own words per language, partial (docs/embedding.md, "Changing the words"); null restores the explorer's. */
    strings: Partial<Record<'en' | 'es', Record<string, string | { one?: string; other: string }>>> | null;
    /** `base-path` attribute: the folder of the engine's and default dataset's files (null: next to the script or module, or setBasePath()). */
    basePath: string | null;
    /** Where the explorer is (also CSS custom states: `:state(ready)`). */
    readonly state: 'idle' | 'loading' | 'ready' | 'error';
    // `lang` is HTMLElement's own property (the language of the explorer's words: 'en' or 'es').

    /** Open a claim's card, clearing filters that hide it; resolves false if there is no such claim. */
    openClaim(id: string, options?: { scroll?: boolean; focus?: boolean }): Promise<boolean>;
    /** Clear the search and filters and close every card. */
    reset(): Promise<void>;
    /** Read the dataset again (aborting a download in progress); does nothing while not in the document. */
    reload(): Promise<void>;

    addEventListener<K extends keyof BenefitsExplorerEventMap>(type: K, listener: (this: BenefitsExplorer, event: BenefitsExplorerEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
    addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
    removeEventListener<K extends keyof BenefitsExplorerEventMap>(type: K, listener: (this: BenefitsExplorer, event: BenefitsExplorerEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
    removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  }

  /** The element's class. It is not a global: get it with customElements.get('benefits-explorer'). */
  interface BenefitsExplorerConstructor {
    prototype: BenefitsExplorer;
    new (): BenefitsExplorer;
    readonly observedAttributes: string[];
  }

  interface HTMLElementTagNameMap {
    'benefits-explorer': BenefitsExplorer;
  }

  // The events bubble and are composed: they can be heard on document too.
  interface DocumentEventMap {
    'be-ready': CustomEvent<BenefitsExplorerReadyDetail>;
    'be-error': CustomEvent<BenefitsExplorerErrorDetail>;
    'be-claim-open': CustomEvent<BenefitsExplorerClaimOpenDetail>;
    'be-filter-change': CustomEvent<BenefitsExplorerFilterChangeDetail>;
  }
}
