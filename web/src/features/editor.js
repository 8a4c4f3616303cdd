// Editor mode (the editor attribute): the engine's check of the dataset shown, as a report above the
// explorer (views/lint-report.js). The check runs once per dataset text; the newest call renders.
import { lint } from '../engine/engine.js';
import { renderLintReport } from '../views/lint-report.js';

/**
 * @param {{element: HTMLElement, box: HTMLElement, rendered: () => object|null, openClaim: (id: string) => void}} host
 *   box: the lint part; rendered().text is the dataset's text, rendered().ctx the views' context
 */
export function createEditor(host) {
  let last = null; // {text, report, failure} of the last check

  async function update() {
    const { box } = host;
    const rendered = host.rendered();
    if (!host.element.editor || !rendered) {
      box.hidden = true;
      box.replaceChildren();
      return;
    }
    const { text } = rendered;
    if (!last || last.text !== text) {
      let report = null;
      let failure = null;
      try {
        report = await lint(text);
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
      }
      last = { text, report, failure };
    }
    // Something changed while the check ran: the newest call renders.
    if (!host.element.editor || host.rendered() !== rendered) return;
    box.replaceChildren(...renderLintReport(last.report, last.failure, rendered.ctx, (id) => host.openClaim(id)));
    const title = box.querySelector('.lint-title');
    if (title && title.id) box.setAttribute('aria-labelledby', rendered.ctx.labelledBy(title.id));
    box.hidden = false;
  }

  return { update };
}
