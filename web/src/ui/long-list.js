// Lists that can grow to thousands of items (the harms linked from one claim, the editor's lint findings)
// show their first items and a button for the next ones: building 20,000 harms took 6 s when a card opened.
// The button says how many are not shown yet; after a click, focus moves to the first item it added.
import { el } from './dom.js';

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
export function longList(list, items, render, { first, step, i18n, printHooks }) {
  const { t } = i18n;
  let shown = 0;
  const showNext = (count) => {
    const end = Math.min(items.length, shown + count);
    const added = [];
    for (; shown < end; shown += 1) added.push(render(items[shown]));
    list.append(...added);
    return added[0] || null;
  };
  showNext(first);
  if (shown >= items.length) return [list];

  const button = el('button', { class: 'button-quiet list-more-button', attrs: { type: 'button' } });
  const more = el('p', { class: 'list-more' }, [button]);
  const label = () => {
    const left = items.length - shown;
    button.textContent = left <= step ? t('listMoreAll', { n: left }) : t('listMore', { n: left, batch: step });
  };
  label();
  if (Array.isArray(printHooks)) {
    printHooks.push(() => {
      showNext(items.length);
      more.remove();
    });
  }
  button.addEventListener('click', () => {
    const firstAdded = showNext(step);
    if (shown >= items.length) more.remove();
    else label();
    if (firstAdded) {
      firstAdded.setAttribute('tabindex', '-1');
      firstAdded.focus();
    }
  });
  return [list, more];
}
