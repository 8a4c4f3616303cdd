// Types of the npm package's main entry: `import 'benefits-explorer'` (dist/benefits-explorer.mjs).
// The element itself (its properties, methods, events with their detail types, HTMLElementTagNameMap and
// DocumentEventMap) is declared once, in dist/benefits-explorer.d.ts (web/benefits-explorer.d.ts, kept in step
// with the element by tests/browser/embedding-manifest.test.mjs); this file adds what the ES module exports.
// JSX for React 19: `import type {} from 'benefits-explorer/react'` (types/react.d.ts).
/// <reference path="../dist/benefits-explorer.d.ts" />

/**
 * Where the engine (benefits-core.wasm), the default dataset (claims.json) and the editor check are, for
 * every explorer of the page: a folder, relative to the page or absolute. `null` or '' goes back to the
 * default: next to the module file, where bundlers put them. An element's `base-path` attribute wins.
 */
export declare function setBasePath(path: string | URL | null): void;

/** The folder setBasePath() set (an absolute URL ending in "/"), or null. */
export declare function getBasePath(): string | null;

/** The <benefits-explorer> element (the same type as HTMLElementTagNameMap['benefits-explorer']). */
export type BenefitsExplorerElement = BenefitsExplorer;
export type BenefitsExplorerEvents = BenefitsExplorerEventMap;
export type ReadyDetail = BenefitsExplorerReadyDetail;
export type ErrorDetail = BenefitsExplorerErrorDetail;
export type ClaimOpenDetail = BenefitsExplorerClaimOpenDetail;
export type FilterChangeDetail = BenefitsExplorerFilterChangeDetail;
