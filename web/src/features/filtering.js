// The list follows the filters: the query goes to the engine, its answer (positions in the view's claims)
// becomes the rows shown, in order; the count and the "no claim matches" text follow; be-filter-change
// tells the page. The engine answers at once (Dataset.query is synchronous), so no older answer can arrive
// after a newer one.

/**
 * @param {{rendered: () => object|null, emit: (type: string, detail: object) => void, i18n: () => object}} host
 */
export function createFiltering(host) {
  return {
    /** The topic attribute changed: the list shows that topic (or all, for an unknown one). */
    topicChanged(topic) {
      const rendered = host.rendered();
      if (!rendered) return;
      rendered.filters.setTopic(topic && rendered.ctx.topicsById.has(topic) ? topic : '');
      this.run({ immediate: true, kind: 'topic' });
    },

    /**
     * Run the current filters. `kind` (what changed: 'search', 'topic', 'verdict', 'reset', 'open-claim'…)
     * is reported in be-filter-change; without it no event is sent. `immediate` announces the count now.
     */
    run({ immediate = false, kind = null } = {}) {
      const rendered = host.rendered();
      if (!rendered) return;
      const { t } = host.i18n();
      const q = rendered.filters.getQuery();
      let positions;
      let failed = false;
      try {
        positions = rendered.dataset.query(q);
      } catch (error) {
        // Never silent: the visitor sees an empty list that says why (the console has the engine's words).
        console.error(t('queryFailed', { message: error && error.message }));
        positions = [];
        failed = true;
      }
      const shown = [];
      for (const i of positions) if (i < rendered.ids.length) shown.push(rendered.ids[i]);
      if (shown.join('\n') !== rendered.order.join('\n')) {
        rendered.list.replaceChildren(...shown.map((id) => rendered.rows.get(id).item));
        rendered.order = shown;
      }
      rendered.emptyText.textContent = t(failed ? 'searchFailed' : 'empty');
      rendered.empty.hidden = shown.length > 0;
      rendered.filters.setCount(shown.length, rendered.rows.size, { immediate });
      if (kind) host.emit('be-filter-change', { filters: q, shown: shown.length, total: rendered.rows.size });
    },
  };
}
