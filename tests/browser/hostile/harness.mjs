// Shared by tests/browser/security-*.test.mjs: the exact host CSP, test pages, a page recorder that
// logs everything a hostile dataset or host could cause (dialogs, requests, CSP violations, console
// errors, uncaught errors, unhandled rejections), and an audit of the explorer's shadow DOM.
import { startServer } from '../../../scripts/serve.mjs';
import { DIST } from '../helpers.mjs';

/** The policy docs/security.md ("Browser") tells hosts to send; sent as an HTTP header (not a meta tag). */
export const HOST_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";

/** A test page: the element script, an optional stylesheet, the element with its fallback. */
export function page({ body, htmlAttrs = 'lang="en"', head = '' }) {
  return `<!doctype html>
<html ${htmlAttrs}><head><meta charset="utf-8"><title>security test</title>${head}
<script defer src="/benefits-explorer.js"></script></head>
<body>${body}</body></html>`;
}

export const FALLBACK = '<p id="fallback">Fallback: what the studies say about IV magnesium, as plain text.</p>';

/** Serve dist/ plus in-memory routes, with the given CSP as a header (null: no CSP). */
export function serveWith(routes, csp = HOST_CSP) {
  return startServer({ root: DIST, headers: csp ? { 'Content-Security-Policy': csp } : {}, routes });
}

/**
 * Open a page in a fresh context and record everything. Waits for be-ready or be-error when
 * `waitFor` is given. `log.requests` holds every request of the context, in order. `setup(context)`
 * runs before the page opens (e.g. to route a request to a failure).
 */
export async function record(browser, url, { waitFor = 'be-ready', viewport = { width: 1100, height: 900 }, colorScheme = 'light', setup = null } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce' });
  if (setup) await setup(context);
  const log = { requests: [], dialogs: [], violations: [], console: [], warnings: [], pageErrors: [], rejections: [] };
  context.on('request', (request) => log.requests.push(request.url()));
  const tab = await context.newPage();
  tab.on('dialog', (dialog) => {
    log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  tab.on('console', (message) => {
    if (message.type() === 'error') log.console.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  tab.on('pageerror', (error) => log.pageErrors.push(String(error)));
  await tab.exposeBinding('__secReport', (_source, kind, text) => log[kind].push(text));
  await tab.addInitScript(() => {
    const report = (kind, text) => window.__secReport(kind, text);
    // Capture phase on window: sees violations from the document and from inside shadow roots.
    window.addEventListener('securitypolicyviolation', (event) => {
      report('violations', `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile || ''}:${event.lineNumber || ''}`);
    }, true);
    window.addEventListener('unhandledrejection', (event) => {
      report('rejections', String(event.reason && event.reason.stack ? event.reason.stack : event.reason));
    });
    window.__beEvents = [];
    for (const type of ['be-ready', 'be-error']) {
      document.addEventListener(type, (event) => window.__beEvents.push({ type, detail: event.detail }));
    }
  });
  await tab.goto(url);
  if (waitFor) {
    await tab.waitForFunction((type) => window.__beEvents.some((e) => e.type === type), waitFor, { timeout: 20000 });
  }
  return { context, page: tab, log };
}

/** The explorer's own console.error lines (the browser adds its own for failed requests). */
export function ownErrors(log) {
  return log.console.filter((line) => line.startsWith('benefits-explorer'));
}

/** Open every card, every source list (cards and safety) and the grading panel, by clicking them. */
export async function openEverything(tab, selector = 'benefits-explorer') {
  return tab.evaluate(async (sel) => {
    const root = document.querySelector(sel).shadowRoot;
    let clicks = 0;
    const click = (el) => { el.click(); clicks += 1; };
    for (const toggle of root.querySelectorAll('.row-toggle[aria-expanded="false"]')) click(toggle);
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const toggle of root.querySelectorAll('.sources-toggle[aria-expanded="false"]')) click(toggle);
    for (const toggle of root.querySelectorAll('.panel-toggle[aria-expanded="false"]')) click(toggle);
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    return clicks;
  }, selector);
}

/**
 * Walk the element's shadow DOM (and any nested shadow roots) and report everything a payload could
 * have injected: elements that run or load things, event-handler and style attributes, links that are
 * not https: or a #claim= link to this same page, any other address attribute, nested frames.
 */
export async function auditShadow(tab, selector = 'benefits-explorer') {
  return tab.evaluate((sel) => {
    const FORBIDDEN = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'link', 'meta', 'base', 'form', 'img', 'image', 'video', 'audio', 'source', 'track', 'picture', 'math', 'template', 'portal', 'foreignobject', 'use', 'animate', 'set']);
    const URL_ATTRS = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'xlink:href', 'background', 'ping', 'srcdoc']);
    const out = { elements: 0, tags: {}, forbidden: [], handlers: [], styles: [], badLinks: [], badUrls: [], links: 0 };
    const host = document.querySelector(sel);
    // A permalink: this very page's address (path and query kept) with a #claim= fragment.
    const samePageClaim = (href) => {
      try {
        const url = new URL(href);
        return url.href.slice(0, url.href.length - url.hash.length) === window.location.href.replace(/#.*$/, '') && url.hash.startsWith('#claim=');
      } catch {
        return false;
      }
    };
    const visit = (root) => {
      for (const node of root.querySelectorAll('*')) {
        out.elements += 1;
        const tag = node.localName.toLowerCase();
        out.tags[tag] = (out.tags[tag] || 0) + 1;
        if (FORBIDDEN.has(tag)) out.forbidden.push(tag);
        for (const attr of node.attributes) {
          const name = attr.name.toLowerCase();
          if (name.startsWith('on')) out.handlers.push(`${tag}[${name}]`);
          if (name === 'style') out.styles.push(`${tag}[style="${attr.value.slice(0, 40)}"]`);
          // Only <a href> may carry an address (checked below); no element loads anything.
          if (URL_ATTRS.has(name) && !(tag === 'a' && name === 'href')) out.badUrls.push(`${tag}[${name}="${attr.value.slice(0, 40)}"]`);
        }
        if (tag === 'a') {
          out.links += 1;
          const href = node.getAttribute('href') || '';
          if (!(href.startsWith('https:') || samePageClaim(href))) out.badLinks.push(href.slice(0, 80));
        }
        if (node.shadowRoot) visit(node.shadowRoot);
      }
    };
    visit(host.shadowRoot);
    out.frames = window.frames.length;
    out.pwned = typeof window.__pwned === 'undefined' ? null : String(window.__pwned);
    out.lightDom = document.querySelectorAll('body *').length;
    return out;
  }, selector);
}
