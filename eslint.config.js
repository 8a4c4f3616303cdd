// ESLint (flat config): the recommended rules plus no-unused-vars, for the element's browser modules
// (web/src) and the Node code of the tests and scripts. scripts/test.sh runs it as the layer
// "Web sources (ESLint)". (CommonJS: the repository's package.json has no "type": "module".)
const js = require('@eslint/js');
const globals = require('globals');

module.exports = [
  { ignores: ['build/', 'dist/', 'node_modules/'] },
  js.configs.recommended,
  {
    // Unused arguments before a used one are fine (callbacks); so are an unused caught error and a
    // property taken out of an object only to leave the rest ({ claims, ...rest }).
    rules: { 'no-unused-vars': ['error', { args: 'after-used', caughtErrors: 'none', ignoreRestSiblings: true }] },
  },
  {
    // The element's modules. Its bundle-supplied globals (the Emscripten factory, the single-file build's
    // dataset, the core's text limit) are declared by /* global */ comments where they are used.
    files: ['web/src/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser } },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  {
    // Browser tests hand functions to page.evaluate(), which run in the page: both sets of globals.
    files: ['tests/**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The benchmarks: Node, and functions handed to page.evaluate() (browser); the baseline element is a
    // browser module.
    files: ['bench/**/*.mjs', 'bench/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['eslint.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
];
