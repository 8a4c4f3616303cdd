// The claim's counts of sources in words (claim.counts, as the core counts them): the list row, the card's
// verdict box and its studies section all say them with these words.

const count = (value) => (Number.isInteger(value) && value > 0 ? value : 0);

/**
 * The claim's counts in words, one string per group, groups with zero left out: "3 sources support", "2 go
 * against", "1 report without a comparison group". The first group of sources names them; the next ones follow
 * it. No group at all: "No sources cited".
 */
export function countGroups(counts, t) {
  const c = counts && typeof counts === 'object' ? counts : {};
  const parts = [];
  const sourceGroups = [
    ['supports', 'rowCountsSupports', 'rowCountsSupports'],
    ['contradicts', 'rowCountsContradictsFirst', 'rowCountsContradicts'],
    ['context', 'rowCountsContextFirst', 'rowCountsContext'],
  ];
  for (const [role, first, next] of sourceGroups) {
    const n = count(c[role]);
    if (n) parts.push(t(parts.length ? next : first, { n }));
  }
  const observed = count(c.observations);
  if (observed) parts.push(t('rowCountsObservations', { n: observed }));
  return parts.length ? parts : [t('rowCountsNone')];
}

/** The counts as one line: "3 sources support · 6 go against". */
export function countsSentence(counts, t) {
  return countGroups(counts, t).join(t('rowCountsSeparator'));
}
