// loading="lazy": the engine starts only once the element is within a quarter of a viewport of being seen.
// Without IntersectionObserver it starts at once.

const LAZY_ROOT_MARGIN = '25% 0px';

/**
 * @param {{element: HTMLElement, begin: () => void}} host  begin() starts loading (once)
 */
export function createLazyStart(host) {
  let observer = null;
  const stop = () => {
    if (observer) observer.disconnect();
    observer = null;
  };
  return {
    /** Start now (eager), or when the element nears the viewport (lazy). */
    connected() {
      if (host.element.loading !== 'lazy' || typeof IntersectionObserver !== 'function') {
        host.begin();
        return;
      }
      stop();
      observer = new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        stop();
        host.begin();
      }, { rootMargin: LAZY_ROOT_MARGIN });
      observer.observe(host.element);
    },
    /** Stop waiting for the viewport (the element left the page, or loading began another way). */
    stop,
  };
}
