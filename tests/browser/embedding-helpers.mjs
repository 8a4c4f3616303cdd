// Shared by tests/browser/embedding-*.test.mjs: test pages served from memory under the strict CSP,
// events collected on document, colour maths for contrast checks.
import { dataset } from './helpers.mjs';

export const STRICT_META = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; img-src 'self'">`;
export const EVENTS = ['be-ready', 'be-error', 'be-claim-open', 'be-filter-change'];

/** A test page with the element script, the strict CSP, and the given body. */
export function page(body, { lang = 'en', script = '/benefits-explorer.js', head = '' } = {}) {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">${STRICT_META}
<title>test</title>${head}<script defer src="${script}"></script></head>
<body><main>${body}</main></body></html>`;
}

/** JSON inside <script> must not contain "</": escape it the JSON way. */
export const inline = (json) => `<script type="application/json">${json.replace(/<\//g, '<\\/')}</script>`;

/** Record every be-* event (type, detail, bubbles, composed, target id) in window.__be. */
export async function recordEvents(page) {
  await page.addInitScript((types) => {
    window.__be = [];
    for (const type of types) {
      document.addEventListener(type, (event) => {
        window.__be.push({ type, detail: JSON.parse(JSON.stringify(event.detail)), bubbles: event.bubbles, composed: event.composed, target: event.target && event.target.id });
      });
    }
  }, EVENTS);
}

export const events = (page, type) => page.evaluate((t) => window.__be.filter((e) => !t || e.type === t), type || null);

export async function waitForEvent(page, type, count = 1) {
  await page.waitForFunction(([t, n]) => window.__be && window.__be.filter((e) => e.type === t).length >= n, [type, count], { timeout: 15000 });
}

/** Claim ids currently listed by an explorer (CSS selector of the element). */
export const listed = (page, selector = 'benefits-explorer') => page.locator(`${selector} .claims > li`).evaluateAll((items) => items.map((li) => li.dataset.claim));

export { dataset };

// ---- colour: rendered sRGB through a canvas (whatever colour syntax the computed value uses) ----

/** In the page: the rendered [r,g,b] of a CSS colour, its WCAG relative luminance, contrast ratios. */
export const COLOUR_FUNCTIONS = `
  window.__rgba = (value) => {
    const canvas = window.__canvas || (window.__canvas = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }));
    const g = canvas.getContext('2d', { willReadFrequently: true });
    g.clearRect(0, 0, 1, 1);
    g.fillStyle = 'rgb(0 0 0 / 0)';
    g.fillStyle = value;
    g.fillRect(0, 0, 1, 1);
    return [...g.getImageData(0, 0, 1, 1).data];
  };
  window.__rgb = (value) => window.__rgba(value).slice(0, 3);
  window.__luminance = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  window.__contrast = (a, b) => {
    const [x, y] = [window.__luminance(a), window.__luminance(b)];
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  };
  // The first opaque background at or above a node (crossing the shadow boundary).
  window.__background = (node) => {
    for (let n = node; n; n = n.parentElement || (n.getRootNode && n.getRootNode().host) || null) {
      const rgba = window.__rgba(getComputedStyle(n).backgroundColor);
      if (rgba[3] === 255) return rgba.slice(0, 3);
    }
    return [255, 255, 255];
  };
`;
