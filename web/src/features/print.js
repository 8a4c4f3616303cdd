// Printing (the print attribute): before the browser lays out a print, the element builds what the print
// stylesheet shows: the patient handout (print="handout", the default: views/handout.js), or the dossier
// (print="full"): every listed card, which is otherwise built only when first opened, and at its end each source
// those cards and the safety section cite, once.
// `beforeprint` covers real printing; the print media query's change also covers print emulation
// (headless screenshots, PDF export), where no beforeprint is fired.
import { renderHandout } from '../views/handout.js';
import { cardSourceIds } from '../views/card.js';
import { sectionSourceIds } from '../views/safety.js';
import { renderDossierSources } from '../views/sources.js';

/** Call `prepare` whenever the page is about to print. Returns a function that stops watching. */
function watchPrint(prepare) {
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

/**
 * @param {{element: HTMLElement, app: HTMLElement, rendered: () => object|null}} host
 */
export function createPrint(host) {
  let stop = null;
  let dossier = { container: null, ids: '' }; // what the dossier's end lists now (the listed claims change with the filters)

  function prepare() {
    const rendered = host.rendered();
    if (!rendered) return;
    if (host.element.print !== 'full') {
      if (!rendered.handout.firstChild) rendered.handout.replaceChildren(renderHandout(rendered.view, rendered.ctx));
      return;
    }
    for (const row of rendered.rows.values()) row.build();
    for (const build of rendered.ctx.printHooks) build();
    const claimsById = new Map(rendered.view.claims.map((claim) => [claim.id, claim]));
    const listed = [...rendered.list.children].map((item) => claimsById.get(item.getAttribute('data-claim'))).filter(Boolean);
    const refIds = [...listed.flatMap(cardSourceIds), ...sectionSourceIds(rendered.view)];
    const ids = refIds.join(' ');
    if (dossier.container !== rendered.dossierSources || dossier.ids !== ids) {
      renderDossierSources(rendered.dossierSources, refIds, rendered.ctx);
      dossier = { container: rendered.dossierSources, ids };
    }
  }

  /** The print stylesheet shows the handout or the full dossier after the app's data-print. */
  const mark = () => host.app.setAttribute('data-print', host.element.print);

  return {
    connected() {
      if (!stop) stop = watchPrint(prepare);
    },
    disconnected() {
      if (stop) stop();
      stop = null;
    },
    attributeChanged: mark,
    rendered: mark,
  };
}
