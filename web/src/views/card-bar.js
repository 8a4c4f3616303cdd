// An open card's bar: the claim's title and a Close button, held at the top of the screen while the visitor
// is inside a long card (a card is tens of screens long on a phone) and its row's head has scrolled away; at
// the card's end it leaves with the card. Hidden (and out of the accessibility tree) while the head is on screen,
// where the same title and toggle already are. Pages with a fixed header of their own set --be-sticky-top.
import { el } from '../ui/dom.js';
import { fieldLang } from './text-language.js';

/**
 * The card's body with its bar above it, in one box (the box the bar sticks in: card.css).
 * @param {HTMLElement} body  the card's body (views/card.js)
 * @param {object} claim
 * @param {object} ctx
 * @param {{head: Element, onClose: () => void}} options  head: the row's head, watched; onClose: closes the card
 */
export function withCardBar(body, claim, ctx, { head, onClose }) {
  const bar = el('div', { class: 'card-bar' }, [
    el('p', { class: 'card-bar-title', attrs: { lang: fieldLang(ctx, claim, 'title') }, text: claim.title }),
    el('button', { class: 'button-quiet card-bar-close', attrs: { type: 'button' }, text: ctx.i18n.t('closeCard'), on: { click: onClose } }),
  ]);
  if (typeof IntersectionObserver === 'function') {
    new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      const above = !entry.isIntersecting && entry.boundingClientRect.bottom <= (entry.rootBounds ? entry.rootBounds.top : 0);
      bar.classList.toggle('card-bar--shown', above);
    }).observe(head);
  }
  return el('div', { class: 'card-frame' }, [bar, body]);
}
