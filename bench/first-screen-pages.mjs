// The pages of the first-screen benchmark (bench/first-screen.mjs) and of the Lighthouse run (bench/lighthouse.mjs),
// as in-memory routes for scripts/serve.mjs beside dist/, all showing the same dataset (dist/claims.json):
//   /bench/baseline.html     <plain-explorer> (bench/baseline/plain-element.js): plain JS, fetch + JSON.parse + DOM
//   /bench/product.html      <benefits-explorer> as dist/index.html embeds it: one deferred script, and the
//                            engine's .wasm and the dataset preloaded beside it (docs/embedding.md, "Starting the
//                            downloads early")
//   /bench/prerendered.html  the same, with the first screen written by scripts/prerender.mjs inside the element
//   /bench/static.html       the prerendered markup alone, no script: the floor
import { build, transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prerender } from '../scripts/prerender.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const VARIANTS = ['baseline', 'product', 'prerendered', 'static'];
// The tests' strict CSP, plus style-src 'self' for the prerendered pages' <link> to the shipped stylesheet.
export const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; img-src 'self'; style-src 'self'";

async function baselineBundle() {
  const targets = ['chrome111', 'firefox115', 'safari16.4'];
  const result = await build({
    entryPoints: [join(ROOT, 'bench/baseline/plain-element.js')], bundle: true, write: false, format: 'iife', target: targets,
    minify: true, legalComments: 'none', logLevel: 'silent',
    plugins: [{ name: 'minified-css', setup(b) {
      b.onLoad({ filter: /\.css$/ }, async (a) => ({ contents: (await transform(readFileSync(a.path, 'utf8'), { loader: 'css', minify: true, target: targets })).code, loader: 'text' }));
    } }],
  });
  return result.outputFiles[0].text;
}

const page = (head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
  + `<title>first screen</title>${head}</head><body><main>${body}</main></body></html>`;
const FALLBACK = '<p>This page compares what is claimed about IV magnesium with what the studies show.</p>';

/**
 * The four pages, each at `/bench/<variant>.html`, and the baseline's script, as routes for startServer().
 * @param {object} options
 * @param {string} options.dist       the built files (dist/), whose claims.json every page shows
 * @param {object} [options.browser]  a Playwright browser for the prerender to reuse
 * @returns {Promise<{routes: object, fragment: string}>}  fragment: the prerendered first screen
 */
export async function firstScreenRoutes({ dist, browser }) {
  const fragment = await prerender({ data: readFileSync(join(dist, 'claims.json'), 'utf8'), stylesheet: '/benefits-explorer.css', dist, browser });
  const baselineCode = await baselineBundle();
  const script = '<script defer src="/benefits-explorer.js"></script>';
  // Each page preloads what its element downloads first and can take from a preload: the product its engine and
  // its dataset (docs/embedding.md, "Starting the downloads early"), the baseline its dataset.
  const preload = (href) => `<link rel="preload" href="${href}" as="fetch" crossorigin>`;
  const routes = {
    '/bench/baseline.js': { body: baselineCode, type: 'text/javascript; charset=utf-8' },
    '/bench/baseline.html': page(`${preload('/claims.json')}<script defer src="/bench/baseline.js"></script>`, '<plain-explorer src="/claims.json"></plain-explorer>'),
    '/bench/product.html': page(preload('/benefits-core.wasm') + preload('/claims.json') + script, `<benefits-explorer>${FALLBACK}</benefits-explorer>`),
    '/bench/prerendered.html': page(script, `<benefits-explorer>${fragment}${FALLBACK}</benefits-explorer>`),
    '/bench/static.html': page('', `<benefits-explorer>${fragment}${FALLBACK}</benefits-explorer>`),
  };
  return { routes, fragment };
}
