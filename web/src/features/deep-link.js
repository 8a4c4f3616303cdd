// Deep links (docs/embedding.md, "Deep links"), only when the host asks for them: the `deep-link` attribute
// (fragment #claim=<id>) or `link-prefix="explorer-"` (fragment #explorer-<id>). Then opening a card writes
// its fragment into the page's address (replaceState: no history entry), an address with it, on load or on
// hashchange, opens that card in one explorer of the page, and each card has a "Link to this claim".
// A guest never takes a fragment that is not its own: a hash route (#/services/iv), an anchor (#faq) or
// another explorer's fragment is never rewritten or cleared. Without either attribute the explorer never
// reads or writes the address; openClaim() still opens the card.
import { pageAddress } from '../ui/dom.js';

export const DEFAULT_PREFIX = 'claim=';
// Characters a fragment keeps as typed (no percent-encoding by the browser), so the prefix compares as given.
const PREFIX_PATTERN = /^[A-Za-z0-9._~!$&'()*+,;=:@/?-]{1,40}$/;

// The deep-link controllers of every connected explorer: an address opens its card in one only.
const connected = new Set();

/** Sort elements in page order; one inside another component's shadow root is placed by that host. */
function pageOrder(a, b) {
  const hosts = (node) => {
    const chain = [node];
    for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.unshift(root.host);
    return chain;
  };
  const [x, y] = [hosts(a), hosts(b)];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i += 1;
  if (i >= x.length || i >= y.length) return x.length - y.length;
  return x[i].compareDocumentPosition(y[i]) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * The element's deep-link setting: null (off), or the fragment prefix. `link-prefix` wins over `deep-link`;
 * a prefix with characters a browser would percent-encode (spaces, '#', '%', quotes…) means the default.
 */
export function linkPrefixOf(element) {
  const prefix = element.getAttribute('link-prefix');
  if (prefix !== null) return PREFIX_PATTERN.test(prefix) ? prefix : DEFAULT_PREFIX;
  return element.hasAttribute('deep-link') ? DEFAULT_PREFIX : null;
}

function replaceHash(hash) {
  try {
    // Absolute, from the page's address: a relative one resolves against <base href> (another path).
    window.history.replaceState(window.history.state, '', pageAddress(hash));
  } catch {
    /* sandboxed frames may forbid history changes */
  }
}

/** Whether the page's fragment is free for an explorer to write: none, or one an explorer of the page wrote. */
function hashIsOurs() {
  const hash = window.location.hash;
  if (hash === '' || hash === '#') return true;
  return [...connected].some((c) => c.prefix() && hash.startsWith(`#${c.prefix()}`));
}

/**
 * @param {object} host {element, rendered(), lifecycle(), whenReady(), whenSettled(), runQuery(options), emit(type, detail)}
 */
export function createDeepLink(host) {
  const holds = (other, id) => Boolean(other.host.rendered() && other.host.rendered().rows.has(id));
  const prefix = () => linkPrefixOf(host.element);
  const hashOf = (id) => `#${prefix()}${encodeURIComponent(id)}`;
  /** Write this claim's fragment, if deep links are on and the fragment is not the page's own. */
  const write = (id) => {
    if (prefix() && hashIsOurs()) replaceHash(hashOf(id));
  };

  /**
   * Whether this explorer is the one an address opens, when a page has several with the same prefix: the
   * one that already shows that card open, otherwise the first in page order that holds that claim.
   * Explorers before this one that are still loading are waited for; a lazy one that has not started
   * counts once it has loaded.
   */
  async function opensHash(id) {
    for (;;) {
      const hash = window.location.hash;
      const mine = prefix();
      const ordered = [...connected]
        .filter((c) => c.host.element.isConnected && c.prefix() === mine)
        .sort((a, b) => pageOrder(a.host.element, b.host.element));
      const open = ordered.find((c) => holds(c, id) && c.host.rendered().rows.get(id).isOpen());
      if (open) return open === self;
      const earlier = ordered.slice(0, Math.max(0, ordered.indexOf(self)));
      const loading = earlier.find((c) => c.host.lifecycle() === 'loading');
      if (!loading) return ordered.find((c) => holds(c, id)) === self;
      await loading.host.whenSettled();
      if (window.location.hash !== hash || !holds(self, id)) return false;
    }
  }

  /** Open one claim: clear filters that hide it, open its card, optionally scroll and focus. */
  function show(id, { scroll, focus, updateHash }) {
    const rendered = host.rendered();
    const row = rendered && rendered.rows.get(id);
    if (!row) return false;
    if (!rendered.order.includes(id)) {
      rendered.filters.reset();
      host.runQuery({ immediate: true, kind: 'open-claim' });
    }
    const wasOpen = row.isOpen();
    row.setOpen(true);
    if (updateHash) write(id);
    if (!wasOpen) host.emit('be-claim-open', { id });
    if (scroll) row.item.scrollIntoView({ block: 'start', behavior: rendered.ctx.motion() });
    if (focus) row.toggle.focus({ preventScroll: true });
    return true;
  }

  async function openFromHash({ scroll }) {
    const mine = prefix();
    if (!mine || !host.rendered()) return;
    const hash = window.location.hash;
    if (!hash.startsWith(`#${mine}`)) return;
    let id;
    try {
      id = decodeURIComponent(hash.slice(mine.length + 1));
    } catch {
      return;
    }
    if (!holds(self, id) || !(await opensHash(id)) || window.location.hash !== hash) return;
    show(id, { scroll, focus: scroll, updateHash: false });
  }

  const onHashChange = () => openFromHash({ scroll: true });
  let listening = false;
  const listen = (on) => {
    if (on === listening) return;
    listening = on;
    if (on) window.addEventListener('hashchange', onHashChange);
    else window.removeEventListener('hashchange', onHashChange);
  };

  const self = {
    host,
    prefix,
    connected() {
      connected.add(self);
      listen(Boolean(prefix()));
    },
    disconnected() {
      connected.delete(self);
      listen(false);
    },
    /**
     * `deep-link` or `link-prefix` changed: the cards' links follow (`rerender`, when rendered), the
     * explorer listens (or not), and follows the address if it names one of its claims.
     */
    configChanged(rerender) {
      if (rerender) rerender();
      if (!host.element.isConnected) return;
      listen(Boolean(prefix()));
      openFromHash({ scroll: false });
    },
    /** The fragment a card's "Link to this claim" points at, or null (deep links off: no such link). */
    linkFor(id) {
      return prefix() ? hashOf(id) : null;
    },
    /** The explorer is ready: the address may name one of its claims. */
    ready() {
      openFromHash({ scroll: true });
    },
    /** A card was opened or closed by the visitor. */
    toggled(claim, open) {
      if (open) {
        write(claim.id);
        host.emit('be-claim-open', { id: claim.id });
      } else if (prefix() && window.location.hash === hashOf(claim.id)) {
        replaceHash('');
      }
    },
    /** The element's openClaim(). */
    async openClaim(id, { scroll = true, focus = true } = {}) {
      if (!(await host.whenReady())) return false;
      return show(String(id), { scroll, focus, updateHash: true });
    },
    /** reset(): every card closed, so the address names none of this explorer's claims. */
    reset() {
      const mine = prefix();
      if (mine && window.location.hash.startsWith(`#${mine}`)) replaceHash('');
    },
  };
  return self;
}
