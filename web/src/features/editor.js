// Editor mode (the editor attribute): the engine's check of the dataset shown, as a report above the
// explorer (views/lint-report.js). The check runs once per dataset text, profile (strict, the default, or
// lenient: docs/linter.md, "Profiles"), chosen in the report, and page language (the messages' language); the
// newest call renders.
import { lint } from '../engine/engine.js';
import { renderLintReport } from '../views/lint-report.js';

/**
 * @param {{element: HTMLElement, box: HTMLElement, rendered: () => object|null, openClaim: (id: string) => void}} host
 *   box: the lint part; rendered().text is the dataset's text, rendered().ctx the views' context
 */
export function createEditor(host) {
  let last = null; // {text, profile, lang, report, failure} of the last check
  let profile = 'strict';

  async function update() {
    const { box } = host;
    const rendered = host.rendered();
    if (!host.element.editor || !rendered) {
      box.hidden = true;
      box.replaceChildren();
      return;
    }
    const { text } = rendered;
    const asked = profile;
    const { lang } = rendered.ctx.i18n;
    if (!last || last.text !== text || last.profile !== asked || last.lang !== lang) {
      let report = null;
      let failure = null;
      try {
        report = await lint(text, asked, lang);
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
      }
      last = { text, profile: asked, lang, report, failure };
    }
    // Something changed while the check ran: the newest call renders.
    if (!host.element.editor || host.rendered() !== rendered || profile !== asked) return;
    const choose = (next) => {
      profile = next === 'lenient' ? 'lenient' : 'strict';
      update().then(() => box.querySelector('.lint-profile input')?.focus());
    };
    box.replaceChildren(...renderLintReport(last.report, last.failure, rendered.ctx, (id) => host.openClaim(id),
      { profile: asked, onProfile: choose }));
    const title = box.querySelector('.lint-title');
    if (title && title.id) box.setAttribute('aria-labelledby', rendered.ctx.labelledBy(title.id));
    box.hidden = false;
  }

  return { update };
}
