// A button that shows and hides a panel: the button's aria-expanded and the panel's hidden attribute always
// agree. A panel whose content is built on first open (a card, source entries, the grading rule) may also be
// built before printing, through the render's print hooks (features/print.js); source entries are not (the
// printed dossier gives each source once, at its end).

/**
 * Wire a disclosure whose nodes exist already (just built, or on a prerendered screen taken over).
 * @param {HTMLButtonElement} button
 * @param {HTMLElement} panel
 * @param {object} [options]
 * @param {() => void} [options.build]  fills the panel, once, before it is first shown or printed
 * @param {Array<() => void>} [options.printHooks]  the render's ctx.printHooks
 * @param {(open: boolean) => void} [options.onSet]  after every change, by a click or by setOpen
 * @param {(open: boolean) => void} [options.onClick]  after a change made by the visitor
 * @returns {{setOpen(open: boolean): void, isOpen(): boolean, build(): void}}
 */
export function wireDisclosure(button, panel, { build = null, printHooks = null, onSet = null, onClick = null } = {}) {
  let built = !build;
  function buildOnce() {
    if (built) return;
    build();
    built = true;
  }
  if (build && Array.isArray(printHooks)) printHooks.push(buildOnce);
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  function setOpen(open) {
    if (open) buildOnce();
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (onSet) onSet(open);
  }
  button.addEventListener('click', () => {
    const open = !isOpen();
    setOpen(open);
    if (onClick) onClick(open);
  });
  return { setOpen, isOpen, build: buildOnce };
}
