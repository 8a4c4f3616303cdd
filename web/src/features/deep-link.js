// Deep links (docs/embedding.md, "Deep links"): opening a card writes #claim=<id> into the page's address
// (replaceState: no history entry); an address with #claim=<id>, on load or on hashchange, opens that card
// in one explorer of the page; openClaim() does the same from the page's script.
import { pageAddress } from '../ui/dom.js';

const HASH_PREFIX = '#claim=';

// The deep-link controllers of every connected explorer: a #claim= address opens its card in one only.
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

function replaceHash(hash) {
  try {
    // Absolute, from the page's address: a relative one resolves against <base href> (another path).
    window.history.replaceState(window.history.state, '', pageAddress(hash));
  } catch {
    /* sandboxed frames may forbid history changes */
  }
}

const hashOf = (id) => `${HASH_PREFIX}${encodeURIComponent(id)}`;

/**
 * @param {object} host {element, rendered(), lifecycle(), whenReady(), whenSettled(), runQuery(options), emit(type, detail)}
 */
export function createDeepLink(host) {
  const holds = (other, id) => Boolean(other.host.rendered() && other.host.rendered().rows.has(id));

  /**
   * Whether this explorer is the one a #claim=<id> address opens, when a page has several: the one that
   * already shows that card open, otherwise the first in page order that holds that claim. Explorers
   * before this one that are still loading are waited for; a lazy one that has not started counts once
   * it has loaded.
   */
  async function opensHash(id) {
    for (;;) {
      const hash = window.location.hash;
      const ordered = [...connected].filter((c) => c.host.element.isConnected).sort((a, b) => pageOrder(a.host.element, b.host.element));
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
    if (updateHash) replaceHash(hashOf(id));
    if (!wasOpen) host.emit('be-claim-open', { id });
    if (scroll) row.item.scrollIntoView({ block: 'start', behavior: rendered.ctx.motion() });
    if (focus) row.toggle.focus({ preventScroll: true });
    return true;
  }

  async function openFromHash({ scroll }) {
    if (!host.rendered()) return;
    const hash = window.location.hash;
    if (!hash.startsWith(HASH_PREFIX)) return;
    let id;
    try {
      id = decodeURIComponent(hash.slice(HASH_PREFIX.length));
    } catch {
      return;
    }
    if (!holds(self, id) || !(await opensHash(id)) || window.location.hash !== hash) return;
    show(id, { scroll, focus: scroll, updateHash: false });
  }

  const onHashChange = () => openFromHash({ scroll: true });

  const self = {
    host,
    connected() {
      connected.add(self);
      window.addEventListener('hashchange', onHashChange);
    },
    disconnected() {
      connected.delete(self);
      window.removeEventListener('hashchange', onHashChange);
    },
    /** The explorer is ready: the address may name one of its claims. */
    ready() {
      openFromHash({ scroll: true });
    },
    /** A card was opened or closed by the visitor. */
    toggled(claim, open) {
      const hash = hashOf(claim.id);
      if (open) {
        replaceHash(hash);
        host.emit('be-claim-open', { id: claim.id });
      } else if (window.location.hash === hash) {
        replaceHash('');
      }
    },
    /** The element's openClaim(). */
    async openClaim(id, { scroll = true, focus = true } = {}) {
      if (!(await host.whenReady())) return false;
      return show(String(id), { scroll, focus, updateHash: true });
    },
    /** reset(): every card closed, so the address names none. */
    reset() {
      if (window.location.hash.startsWith(HASH_PREFIX)) replaceHash('');
    },
  };
  return self;
}
