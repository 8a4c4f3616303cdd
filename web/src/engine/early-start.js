// Started first when the script is evaluated (benefits-explorer.js imports this module before the element):
// the engine's .wasm download and compile, and the dataset download of each explorer already in the page
// that will load at once (not loading="lazy"). A deferred script or module sees every explorer of the page;
// a script in <head> sees none and starts nothing. Each load takes what was started for it only if it asks
// for the same address (an attribute changed meanwhile: the started one is dropped).
import { startEngineCompile } from './loader.js';
import { startDatasetDownload } from './dataset-source.js';

export const TAG = 'benefits-explorer';

function explorersToStart() {
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return [];
  if (customElements.get(TAG)) return []; // the script ran before: those explorers are loading already
  return [...document.querySelectorAll(TAG)].filter((element) => element.getAttribute('loading') !== 'lazy');
}

function start(explorers) {
  if (!explorers.length) return;
  // One engine per page, in the folder of the first explorer to load (as loader.js getModule decides).
  startEngineCompile(explorers[0].getAttribute('base-path'));
  for (const element of explorers) startDatasetDownload(element);
}

const explorers = explorersToStart();
// The ES module build: the module that imported this one may still call setBasePath() (docs/embedding.md), so
// the downloads start right after it, in the next microtask (still before the explorers' own loads). The
// classic script has no setBasePath(): they start now.
if (import.meta.url) queueMicrotask(() => start(explorers));
else start(explorers);
