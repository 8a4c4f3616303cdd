// Printing: cards and source lists are built only when first opened, so before the browser lays out a
// print, the element builds all of them (styles.css @media print then shows them expanded).
// `beforeprint` covers real printing; the print media query's change also covers print emulation
// (headless screenshots, PDF export), where no beforeprint is fired.

/** Call `prepare` whenever the page is about to print. Returns a function that stops watching. */
export function watchPrint(prepare) {
  const onBeforePrint = () => prepare();
  const onChange = (event) => {
    if (event.matches) prepare();
  };
  window.addEventListener('beforeprint', onBeforePrint);
  let query = null;
  try {
    query = window.matchMedia('print');
    query.addEventListener('change', onChange);
    if (query.matches) prepare();
  } catch {
    query = null;
  }
  return () => {
    window.removeEventListener('beforeprint', onBeforePrint);
    if (query) query.removeEventListener('change', onChange);
  };
}
