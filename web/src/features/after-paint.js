// Run work after the browser has painted what is already in the page: the next animation frame, then a task
// (work done inside the frame's callback would hold that very paint). A document that is not shown paints
// nothing and gets no animation frames: there the work runs in the next task.

/** @param {() => void} work */
export function afterPaint(work) {
  if (typeof requestAnimationFrame !== 'function' || (typeof document !== 'undefined' && document.visibilityState === 'hidden')) {
    setTimeout(work, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(work, 0));
}

/** afterPaint() as a promise. */
export const nextPaint = () => new Promise((resolve) => { afterPaint(resolve); });
