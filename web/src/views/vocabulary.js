// The core's vocabularies (view.vocabulary: verdicts, certainties, routes, roles, seriousness, urgencies…),
// each a list of wire names in display order. The page takes its orders from here, never from lists of its
// own; its strings tables are keyed by the same wire names.

/** The wire names of one vocabulary in display order ([] when the view has none). */
export function vocabulary(view, name) {
  const all = view && view.vocabulary && typeof view.vocabulary === 'object' ? view.vocabulary : {};
  const list = Object.prototype.hasOwnProperty.call(all, name) ? all[name] : null;
  return Array.isArray(list) ? list.filter((v) => typeof v === 'string') : [];
}

/**
 * The vocabulary's order, then any other value that occurs in `values` (a value the page does not know is
 * still shown, after the known ones, in the order first seen).
 */
export function orderOf(view, name, values = []) {
  const known = vocabulary(view, name);
  const seen = new Set(known);
  const extra = [];
  for (const v of values) {
    if (typeof v !== 'string' || seen.has(v)) continue;
    seen.add(v);
    extra.push(v);
  }
  return [...known, ...extra];
}

/** Sort items by where key(item) stands in the vocabulary (unknown values last, in their order). */
export function sortByVocabulary(view, name, items, key) {
  const order = new Map(vocabulary(view, name).map((v, i) => [v, i]));
  return items
    .map((item, i) => [item, i])
    .sort(([x, i], [y, j]) => (order.get(key(x)) ?? Infinity) - (order.get(key(y)) ?? Infinity) || i - j)
    .map(([item]) => item);
}
