// Types of `import 'benefits-explorer/single-file'` (dist/benefits-explorer.single.js): it defines the element
// and exports nothing. The element's types are in dist/benefits-explorer.d.ts.
/// <reference path="../dist/benefits-explorer.d.ts" />
export {};
