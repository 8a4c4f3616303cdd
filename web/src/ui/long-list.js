// Lists that can grow to thousands of items (the harms linked from one claim, the editor's lint findings)
// show their first items and a button for the next ones: building 20,000 harms took 6 s when a card opened.
// The button says how many are not shown yet; after a click, focus moves to the first item it added.
import { el, find } from './dom.js';

const moreLabel = (left, step, t) => (left <= step ? t('listMoreAll', { n: left }) : t('listMore', { n: left, batch: step }));

/**
 * Fill `list` (an <ol> or <ul>) with the first `first` items; returns the list and, when items are left,
 * a paragraph holding the "show more" button (put it right after the list).
 * @param {HTMLElement} list
 * @param {Array} items
 * @param {(item: any) => HTMLLIElement} render
 * Pass `printHooks` (the view's list of functions run before printing) and the rest is added before the page
 * prints: a printed page never leaves out harms behind a button.
 * @param {{first: number, step: number, i18n: object, printHooks?: Function[]}} options
 * @returns {HTMLElement[]}
 */
export function longList(list, items, render, options) {
  const nodes = buildLongList(list, items, render, options);
  wireLongList(list, nodes[1] || null, items, render, options);
  return nodes;
}

/** longList()'s nodes, not wired: the list with its first items, and the "show more" paragraph if items are left. */
export function buildLongList(list, items, render, { first, step, i18n }) {
  const end = Math.min(items.length, first);
  for (let i = 0; i < end; i += 1) list.append(render(items[i]));
  if (end >= items.length) return [list];
  const button = el('button', { class: 'button-quiet list-more-button', attrs: { type: 'button' }, text: moreLabel(items.length - end, step, i18n.t) });
  return [list, el('p', { class: 'list-more' }, [button])];
}

/**
 * Wire a long list (built by buildLongList, or a prerendered one): `more` is its "show more" paragraph (null
 * when every item is shown); the items already in `list` are the first ones.
 */
export function wireLongList(list, more, items, render, { step, i18n, printHooks }) {
  let shown = list.childElementCount;
  if (!more || shown >= items.length) return;
  const button = find(more, 'button');
  const showNext = (count) => {
    const end = Math.min(items.length, shown + count);
    const added = [];
    for (; shown < end; shown += 1) added.push(render(items[shown]));
    list.append(...added);
    return added[0] || null;
  };
  if (Array.isArray(printHooks)) {
    printHooks.push(() => {
      showNext(items.length);
      more.remove();
    });
  }
  button.addEventListener('click', () => {
    const firstAdded = showNext(step);
    if (shown >= items.length) more.remove();
    else button.textContent = moreLabel(items.length - shown, step, i18n.t);
    if (firstAdded) {
      firstAdded.setAttribute('tabindex', '-1');
      firstAdded.focus();
    }
  });
}
