// A prerendered first screen (scripts/prerender.mjs): the page carries the element's first screen as a
// declarative shadow root (`<template shadowrootmode="open">`), linked to dist/benefits-explorer.css, so it
// paints before any script runs and reads without JavaScript. The element adopts that shadow root instead of
// attaching a new one, and the prerendered nodes stay on screen while the engine starts. Once the dataset is
// open, the element takes the prerendered screen over when it was written by the same render (same build,
// dataset and settings: features/render-key.js): the views wire its nodes instead of building their own
// (views/shell.js), and nothing on screen changes. Otherwise (the dataset or the build changed since it was
// written, or it failed) the element's own frame, built beside it and hidden, replaces it when the explorer is
// ready, in one task, so the visitor never sees an empty box.
// The markup comes from the element itself (prerender.mjs serialises a real render): there is no second renderer.

import { afterPaint } from './after-paint.js';
import { readRenderKey } from './render-key.js';

const PRERENDERED = 'data-be-prerendered'; // on the prerendered frame's root (scripts/prerender.mjs writes it)

/**
 * The declarative shadow root the parser attached to `element`, if it holds a prerendered first screen.
 * `styled`: the root links the element's stylesheet. The element's own (constructable) stylesheet is then adopted
 * only by finish(), in the task that removes the prerendered nodes: adopting it while they are on screen would
 * restyle all of them once more for nothing (135 ms of one task at 4× CPU throttling, traced), and the element's
 * hidden frame needs no style until it shows.
 * @param {HTMLElement} element
 * @param {ElementInternals|null} internals
 * @param {(shadow: ShadowRoot) => void} adoptStyles  puts the element's stylesheet on a shadow root
 * @returns {{shadow: ShadowRoot, styled: boolean, afterPaint(start: () => void): void, hold(frameRoot: HTMLElement): void,
 *   take(key: string): HTMLElement|null, reject(): void, finish(): void} | null}
 */
export function adoptPrerendered(element, internals, adoptStyles) {
  let shadow;
  try {
    shadow = (internals && internals.shadowRoot) || element.shadowRoot;
  } catch {
    shadow = null;
  }
  if (!shadow) return null;
  const prerendered = [...shadow.children];
  if (!prerendered.some((node) => node.hasAttribute && node.hasAttribute(PRERENDERED))) {
    shadow.replaceChildren(); // a declarative root of something else: start from an empty one
    return { shadow, styled: false, afterPaint(start) { start(); }, hold() {}, take() { return null; }, reject() {}, finish() {} };
  }
  const link = prerendered.find((node) => node.localName === 'link');
  const styled = Boolean(link);
  let frame = null;
  let taken = null; // the prerendered frame's root, once the element has taken it over
  return {
    shadow,
    styled,
    /**
     * Run `start` once the prerendered screen has had a frame to paint in: the engine's start (its script)
     * would otherwise run in the same task as the parser's end and hold the first paint.
     */
    afterPaint(start) {
      afterPaint(start);
    },
    /** The element's own frame stays hidden until finish(). */
    hold(frameRoot) {
      frame = frameRoot;
      frame.hidden = true;
    },
    /**
     * The prerendered frame's root, for the element to wire, if it was written with `key` and its stylesheet
     * loaded (an unstyled screen is replaced by the element's own, which brings its style); else null.
     */
    take(key) {
      if (taken || !prerendered.length) return null;
      const root = prerendered.find((node) => node.hasAttribute && node.hasAttribute(PRERENDERED));
      if (readRenderKey(root) !== key) {
        console.warn('benefits-explorer: the prerendered screen was written for another dataset, build or setting (lang, heading-level, label, strings); the explorer replaces it. Run scripts/prerender.mjs again.');
        return null;
      }
      if (styled && !link.sheet) return null;
      taken = root;
      return root;
    },
    /** Wiring the taken frame failed: the element's own frame replaces it after all. */
    reject() {
      taken = null;
    },
    /**
     * The explorer is ready (or failed): the element's frame shows. A taken prerendered frame stays (it is the
     * element's frame now) with the stylesheet it links, and the frame built beside it leaves; otherwise the
     * prerendered nodes leave, in the same task as the frame appears.
     */
    finish() {
      if (!prerendered.length) return;
      if (taken) {
        taken.removeAttribute(PRERENDERED);
        frame?.remove();
      } else {
        for (const node of prerendered) node.remove();
        if (styled) adoptStyles(shadow);
        if (frame) frame.hidden = false;
      }
      prerendered.length = 0;
      frame = null;
    },
  };
}

export { PRERENDERED };
