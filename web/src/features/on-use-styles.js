// The styles of what is built on use: a card, the editor's report, printing (styles/on-use.js). The module and
// single-file builds carry them; the classic script does not (its first screen is smaller for it:
// docs/performance.md) and downloads benefits-explorer.cards.css once per page, after its first explorer has
// painted, checked against the hash built into the script like the engine (engine/loader.js). Until it has
// arrived, and if it cannot be had, the explorer works with those parts unstyled; a failure is said once in the
// console and tried again by the next explorer that renders.
import builtIn from '../styles/on-use.js';
import { assetURL, fetchCheckedText } from '../engine/loader.js';

export const ON_USE_STYLES_FILE = 'benefits-explorer.cards.css';

let sheet = null;
let loading = null;

/** The on-use stylesheet once it is there, else null. */
export const onUseSheet = () => sheet;

/**
 * The on-use stylesheet, downloaded if need be from next to the script (or the element's base-path); resolves
 * to null when it could not be had (after the element's `timeout` at the latest: be-ready waits for it).
 * @param {HTMLElement} element
 */
export function loadOnUseStyles(element) {
  if (sheet) return Promise.resolve(sheet);
  if (!loading) {
    loading = (async () => {
      let text = builtIn;
      if (typeof text !== 'string') {
        const url = assetURL(ON_USE_STYLES_FILE, element.getAttribute('base-path'));
        text = await fetchCheckedText(ON_USE_STYLES_FILE, url, element.timeout);
      }
      const made = new CSSStyleSheet();
      made.replaceSync(text);
      sheet = made;
      return made;
    })().catch((error) => {
      loading = null;
      console.error(`benefits-explorer: ${error && error.message ? error.message : error}: open cards, the editor's report and printed pages are shown without their styles`);
      return null;
    });
  }
  return loading;
}
