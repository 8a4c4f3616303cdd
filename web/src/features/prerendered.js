// A prerendered first screen (scripts/prerender.mjs): the page carries the element's first screen as a
// declarative shadow root (`<template shadowrootmode="open">`), linked to dist/benefits-explorer.css, so it
// paints before any script runs and reads without JavaScript. The element adopts that shadow root instead of
// attaching a new one: the prerendered nodes stay on screen while the engine starts, the element's own frame is
// built beside them, hidden, and when the explorer is ready (or fails) the prerendered nodes and their
// stylesheet link leave in the same task as the frame appears, so the visitor never sees an empty box.
// The markup comes from the element itself (prerender.mjs serialises a real render): there is no second renderer.

import { afterPaint } from './after-paint.js';

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
 * @returns {{shadow: ShadowRoot, styled: boolean, afterPaint(start: () => void): void, hold(frameRoot: HTMLElement): void, finish(): void} | null}
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
    return { shadow, styled: false, afterPaint(start) { start(); }, hold() {}, finish() {} };
  }
  const styled = prerendered.some((node) => node.localName === 'link');
  let frame = null;
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
    /** The explorer is ready (or failed): the prerendered nodes leave, the element's frame shows. */
    finish() {
      if (!prerendered.length) return;
      for (const node of prerendered.splice(0)) node.remove();
      if (styled) adoptStyles(shadow);
      if (frame) frame.hidden = false;
      frame = null;
    },
  };
}

export { PRERENDERED };
