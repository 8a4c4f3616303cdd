// The bundle's entry (scripts/bundle-web.mjs): defines <benefits-explorer> once. element.js only declares
// the class, so that it can be imported without side effects.
import { BenefitsExplorer } from './element.js';

const TAG = 'benefits-explorer';
if (!customElements.get(TAG)) customElements.define(TAG, BenefitsExplorer);

// The ES module build's exports (the classic script exports nothing): where the engine and data files are.
export { setBasePath, getBasePath } from './engine/loader.js';
