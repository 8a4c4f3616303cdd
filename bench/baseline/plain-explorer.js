// The plain-JS baseline for bench/run.sh: what a web developer would write without the wasm core.
// JSON.parse the file, then on every keystroke Array.prototype.filter over the claims with toLowerCase,
// normalize('NFD') accent stripping (plus a short table of letters NFD leaves alone) and
// String.prototype.includes. Same semantics as the core's query
// (docs/architecture.md, "The JS ↔ wasm contract"): every word of the text must occur in the claim's title,
// brief or summary, in an outcome row's intervention, comparator or outcome, or in the title or authors of a
// source it cites; topic / verdict / route filters (empty
// means any; route: a source of some row's body of evidence used that route: the row's supporting or
// contradicting links of the best controlled design class among them); sort by topic (dataset order of topics, stable),
// or by verdict then topic. No validation, no grading, no limits: that is the point of the comparison.
//
// createPlainExplorer(text)                     → the naive version (folds text on every keystroke)
// createPlainExplorer(text, {prefold: true})    → folds each claim's text once at load (a stronger
//                                                 baseline, reported next to the naive one)
// explorer.query({text, topic, verdict, route, sort}) → ordered list of claim ids

// Designs that can form a row's body of evidence (core/src/counted_evidence.cpp, classify): randomised ones beat
// the others; guidelines, narrative reviews and uncontrolled series never do.
const RANDOMISED = new Set(['meta-analysis', 'systematic-review', 'cochrane-review', 'rct-double-blind', 'rct-single-blind', 'rct-open']);
const NON_RANDOMISED = new Set(['quasi-experimental', 'retrospective', 'observational']);
const VERDICT_ORDER = ['supported', 'partly-supported', 'contested', 'oral-only', 'not-supported', 'contradicted'];

// Letters that NFD does not decompose, dashes and no-break spaces, folded as core/src/text_normalize.cpp
// does, so that both implementations find the same claims ("Talaslıoglu" has a dotless ı).
const EXTRA = {
  æ: 'ae', ð: 'd', ø: 'o', þ: 'th', ß: 'ss', đ: 'd', ħ: 'h', ı: 'i', ĳ: 'ij', ĸ: 'k', ŀ: 'l', ł: 'l', ŉ: 'n', ŋ: 'n',
  œ: 'oe', ŧ: 't', ſ: 's', '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00a0': ' ', '\u202f': ' ',
};
const EXTRA_RE = /[æðøþßđħıĳĸŀłŉŋœŧſ\u2010-\u2014\u2212\u00a0\u202f]/g;
const fold = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(EXTRA_RE, (c) => EXTRA[c]);

export function createPlainExplorer(text, { prefold = false } = {}) {
  const data = JSON.parse(text);
  const references = new Map(data.references.map((r) => [r.id, r]));
  const topicRank = new Map(data.topics.map((t, i) => [t.id, i]));
  const rank = (claim) => (topicRank.has(claim.topic) ? topicRank.get(claim.topic) : data.topics.length);
  // Format 2: a claim's sources are linked from its outcome rows (evidence, then observations).
  const linksOf = (claim) => (claim.outcomes || []).flatMap((row) => [...(row.evidence || []), ...(row.observations || [])]);
  const sourcesOf = (claim) => linksOf(claim).map((link) => references.get(link.ref)).filter(Boolean);
  const claimText = (claim) => [claim.title, claim.brief, claim.summary,
    ...(claim.outcomes || []).flatMap((row) => [row.intervention, row.comparator || '', row.outcome])].join('\n');
  const sourceText = (ref) => `${ref.title}\n${ref.authors || ''}`;
  // The routes of the sources in each row's body of evidence.
  const bodyRoutes = (claim) => (claim.outcomes || []).flatMap((row) => {
    const graded = (row.evidence || []).filter((link) => link.role !== 'context').map((link) => references.get(link.ref))
      .filter((ref) => ref && (RANDOMISED.has(ref.design) || NON_RANDOMISED.has(ref.design)));
    const best = graded.some((ref) => RANDOMISED.has(ref.design)) ? RANDOMISED : NON_RANDOMISED;
    return graded.filter((ref) => best.has(ref.design)).map((ref) => ref.route);
  });

  let folded = null;
  if (prefold) {
    const sourceFold = new Map([...references].map(([id, ref]) => [id, fold(sourceText(ref))]));
    folded = data.claims.map((claim) => ({
      own: fold(claimText(claim)),
      sources: [...new Set(linksOf(claim).map((link) => sourceFold.get(link.ref)).filter((s) => s !== undefined))],
    }));
  }

  function query(q = {}) {
    const words = fold(q.text || '').split(/[ \t\r\n]+/).filter(Boolean);
    const topics = q.topic || [];
    const verdicts = q.verdict || [];
    const routes = q.route || [];
    const hits = [];
    data.claims.forEach((claim, i) => {
      if (topics.length && !topics.includes(claim.topic)) return;
      if (verdicts.length && !verdicts.includes(claim.verdict)) return;
      if (routes.length && !bodyRoutes(claim).some((route) => routes.includes(route))) return;
      if (words.length) {
        const own = folded ? folded[i].own : fold(claimText(claim));
        const sources = folded ? folded[i].sources : sourcesOf(claim).map((ref) => fold(sourceText(ref)));
        if (!words.every((w) => own.includes(w) || sources.some((s) => s.includes(w)))) return;
      }
      hits.push(claim);
    });
    const key = q.sort === 'verdict' ? (c) => VERDICT_ORDER.indexOf(c.verdict) : () => 0;
    hits.sort((a, b) => key(a) - key(b) || rank(a) - rank(b)); // Array.prototype.sort is stable
    return hits.map((claim) => claim.id);
  }

  return { data, query };
}
