// The controls: search-as-you-type, topic / verdict / certainty / route filters, sort, reset,
// and the result count (announced politely, once typing pauses). Filtering itself is done by the
// core's query(); this file only collects the user's choices.
import { el, find } from '../ui/dom.js';
import { icon } from '../ui/icons.js';
import { vocabulary, orderOf } from './vocabulary.js';
import { fieldLang } from './text-language.js';

const ANNOUNCE_DELAY = 600;
/* global BENEFITS_MAX_TEXT_BYTES */
// The engine refuses a text longer than this (its Limits::max_string, in UTF-8 bytes): the bundle takes the
// number from core/include/benefits/load.hpp (scripts/bundle-web.mjs). Unbundled, nothing is cut (and a
// refused search still says so).
const MAX_SEARCH_BYTES = typeof BENEFITS_MAX_TEXT_BYTES === 'number' ? BENEFITS_MAX_TEXT_BYTES : Infinity;
const utf8 = new TextEncoder();

/** The longest start of `text` that is at most `maxBytes` long in UTF-8, cut between characters. */
function cutToBytes(text, maxBytes) {
  if (text.length <= maxBytes / 3) return text; // no character takes more than 3 bytes per UTF-16 unit
  const bytes = utf8.encode(text);
  if (bytes.length <= maxBytes) return text;
  let end = maxBytes;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end -= 1; // not inside a character's bytes
  return new TextDecoder().decode(bytes.subarray(0, end));
}

function select(id, label, options) {
  // options: [value, text, lang?] (lang for labels that are the dataset's own text)
  const control = el('select', { attrs: { id, name: id } }, options.map(([value, text, lang]) => el('option', { attrs: { value, lang }, text })));
  return el('div', { class: 'field' }, [el('label', { attrs: { for: id }, text: label }), el('span', { class: 'select-wrap' }, [control])]);
}

/** The controls' nodes: the search, the five selects (topic, verdict, certainty, route, sort), the count and reset. */
export function buildFilters(view, ctx) {
  const { i18n } = ctx;
  const { t, maybe } = i18n;

  // Only offer values that occur in the dataset.
  const claims = view.claims || [];
  // Orders from the core's vocabularies (view.vocabulary). A claim with no certainty (its headline question
  // has no studies) has none to filter by.
  const verdicts = vocabulary(view, 'verdicts').filter((v) => claims.some((c) => c.verdict === v));
  const certainties = vocabulary(view, 'certainties').filter((c) => claims.some((x) => x.certainty === c));
  // The engine's 'none': claims whose headline question has no controlled study.
  if (claims.some((x) => x.certainty === null)) certainties.push('none');
  const usedRoutes = new Set(claims.flatMap((c) => c.evidenceRoutes || []));
  const routes = orderOf(view, 'routes', [...usedRoutes]).filter((r) => usedRoutes.has(r));

  const ids = {
    search: ctx.id('search'),
    hint: ctx.id('search-hint'),
    note: ctx.id('search-note'),
    topic: ctx.id('topic'),
    verdict: ctx.id('verdict'),
    certainty: ctx.id('certainty'),
    route: ctx.id('route'),
    sort: ctx.id('sort'),
  };

  const search = el('input', {
    class: 'search',
    attrs: { id: ids.search, type: 'search', name: 'q', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': ids.hint, part: 'search' },
  });
  // Says when the search was cut to the engine's limit (createFilters, searchText).
  const note = el('span', { class: 'hint search-note', attrs: { id: ids.note } });
  note.hidden = true;

  const name = ctx.label ? t('landmarkWithLabel', { name: t('controlsLabel'), label: ctx.label }) : t('controlsLabel');
  return el('div', { class: 'controls', attrs: { role: 'search', 'aria-label': name, part: 'controls' } }, [
    el('div', { class: 'field field--search' }, [
      el('label', { attrs: { for: ids.search }, text: t('searchLabel') }),
      el('span', { class: 'search-wrap' }, [icon('search'), search]),
      el('span', { class: 'hint', attrs: { id: ids.hint }, text: t('searchHint') }),
      note,
    ]),
    el('div', { class: 'selects' }, [
      select(ids.topic, t('topicLabel'), [['', t('anyTopic')], ...(view.topics || []).map((tp) => [tp.id, tp.label, fieldLang(ctx, tp, 'label')])]),
      select(ids.verdict, t('verdictLabel'), [['', t('anyVerdict')], ...verdicts.map((v) => [v, maybe(`verdict.${v}`) || v])]),
      select(ids.certainty, t('certaintyLabel'), [['', t('anyCertainty')], ...certainties.map((c) => [c, maybe(`certaintyOption.${c}`) || c])]),
      select(ids.route, t('routeLabel'), [['', t('anyRoute')], ...routes.map((r) => [r, maybe(`route.${r}`) || r])]),
      select(ids.sort, t('sortLabel'), [['topic', t('sortTopic')], ['certainty', t('sortCertainty')], ['verdict', t('sortVerdict')]]),
    ]),
    el('div', { class: 'controls-foot' }, [
      el('p', { class: 'count', attrs: { 'aria-hidden': 'true' } }),
      el('button', { class: 'button-quiet reset', attrs: { type: 'button' }, text: t('reset') }),
    ]),
    el('p', { class: 'sr-only', attrs: { role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' } }),
  ]);
}

/**
 * The controls, built, or `adopted` (a prerendered screen's), and wired: `onChange(kind)` runs on each choice.
 */
export function createFilters(view, ctx, onChange, adopted = null) {
  const { t } = ctx.i18n;
  const root = adopted || buildFilters(view, ctx);
  const search = find(root, 'input.search');
  const note = find(root, '.search-note');
  const hintId = (search.getAttribute('aria-describedby') || '').split(' ')[0];
  const [topic, verdict, certainty, route, sort] = root.querySelectorAll('.selects select');
  if (!sort) throw new Error('the controls lack one of their five selects');
  const reset = find(root, 'button.reset');
  const visibleCount = find(root, '.count');
  const live = find(root, '[role="status"]');

  search.addEventListener('input', () => onChange('search'));
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && search.value) {
      search.value = '';
      onChange('search');
    }
  });
  for (const control of [topic, verdict, certainty, route]) control.addEventListener('change', () => onChange('filter'));
  sort.addEventListener('change', () => onChange('sort'));
  reset.addEventListener('click', () => {
    resetAll();
    onChange('reset');
    search.focus();
  });

  /** The search as the engine gets it: trimmed, and cut to its limit (the note then says so). */
  function searchText() {
    const text = search.value.trim();
    const cut = cutToBytes(text, MAX_SEARCH_BYTES);
    const trimmed = cut !== text;
    if (trimmed) note.textContent = t('searchTrimmed', { n: [...cut].length });
    if (note.hidden === trimmed) {
      note.hidden = !trimmed;
      search.setAttribute('aria-describedby', trimmed ? `${hintId} ${note.id}` : hintId);
    }
    return cut;
  }

  function resetAll() {
    search.value = '';
    for (const s of [topic, verdict, certainty, route]) s.value = '';
    sort.value = 'topic';
  }

  const one = (value) => (value ? [value] : []);

  let announceTimer = 0;
  return {
    root,
    search,
    /** The query object of docs/architecture.md. */
    getQuery() {
      return {
        text: searchText(),
        topic: one(topic.value),
        verdict: one(verdict.value),
        certainty: one(certainty.value),
        route: one(route.value),
        sort: sort.value || 'topic',
      };
    },
    reset: resetAll,
    /** Filter to one topic ('' for all topics), keeping the other choices. */
    setTopic(value) {
      topic.value = [...topic.options].some((o) => o.value === value) ? value : '';
    },
    /** Restore a query from getQuery() (after re-rendering in another language). */
    setQuery(q) {
      search.value = q.text || '';
      const first = (list) => (Array.isArray(list) && list.length ? list[0] : '');
      for (const [s, value] of [[topic, first(q.topic)], [verdict, first(q.verdict)], [certainty, first(q.certainty)], [route, first(q.route)]]) {
        s.value = [...s.options].some((o) => o.value === value) ? value : '';
      }
      sort.value = q.sort || 'topic';
    },
    /** Show only one verdict (used by the at-a-glance summary). */
    setVerdict(value) {
      resetAll();
      verdict.value = value;
    },
    /** Show the count now; announce it once the user pauses. */
    setCount(shown, total, { immediate = false } = {}) {
      let text;
      if (shown === total) text = t('countAll', { n: total });
      else if (shown === 0) text = t('countNone', { n: total });
      else text = t('countSome', { shown, n: total });
      visibleCount.textContent = text;
      clearTimeout(announceTimer);
      const announce = () => { live.textContent = text; };
      if (immediate) announce();
      else announceTimer = setTimeout(announce, ANNOUNCE_DELAY);
    },
  };
}
