// Layer 3: the sources, in full. Authors, title, journal, year, volume/pages, PMID and DOI
// exactly as the dataset gives them ("not available" for null, never filled in), and each
// source's findings with their figures. Addresses the evidence was verified from are never shown.
import { el, find, heading, safeLink } from '../ui/dom.js';
import { icon } from '../ui/icons.js';
import { wireDisclosure } from '../ui/disclosure.js';
import { fieldLang, citation, originalLanguageNote } from './text-language.js';
import { listParts, textOrder } from '../i18n/formats.js';

const PERSON_SEPARATORS = /,|;|\s\(|\s-\s|\s–\s|\set al\.?/;

// The parts of a reference's short citation, worked out once per reference: the safety section cites the
// same few sources under many harms.
const citePartsByRef = new WeakMap();

function citeParts(ref) {
  let parts = citePartsByRef.get(ref);
  if (!parts) {
    parts = workOutCiteParts(ref);
    citePartsByRef.set(ref, parts);
  }
  return parts;
}

/** The message and names of a short citation (shortCite): [key, {year, letter}, {name} or {first, second}]. */
function workOutCiteParts(ref) {
  const hasYear = ref.year != null && ref.year !== '';
  const year = hasYear ? String(ref.year) : '';
  const key = (name) => (hasYear ? name : `${name}Undated`);
  const authors = typeof ref.authors === 'string' ? ref.authors.trim() : '';
  const parsed = parseAuthors(authors);
  const params = { year, letter: '' };
  if (!parsed) {
    const fallback = ref.journal || ref.title || ref.id;
    return [key('citeName'), params, { name: truncate(fallback, 48) }];
  }
  if (parsed.kind === 'organisation') return [key('citeName'), params, { name: truncate(parsed.first, 60) }];
  if (parsed.count === 2 && parsed.second) return [key('citeTwo'), params, { first: parsed.first, second: parsed.second }];
  if (parsed.count > 1) return [key('citeEtAl'), params, { name: parsed.first }];
  return [key('citeName'), params, { name: parsed.first }];
}

/**
 * Tell apart the sources of a dataset whose short citations would be the same (six sections of one maker's
 * label, all "Pfizer"), as reference lists do: a letter after the year ("FDA 2013a", "FDA 2013b"), or in
 * brackets when there is none ("Pfizer (a)"), in the order of the dataset's references. Once per view, before
 * any citation of it is written; returns the references by id.
 */
export function indexReferences(references) {
  const groups = new Map();
  for (const ref of references) {
    const [key, params, names] = citeParts(ref);
    const same = JSON.stringify([key, params.year, names]);
    groups.set(same, [...(groups.get(same) || []), ref]);
  }
  for (const refs of groups.values()) {
    if (refs.length < 2) continue;
    refs.forEach((ref, i) => {
      const [key, params, names] = citeParts(ref);
      const letter = i < 26 ? String.fromCharCode(97 + i) : String(i + 1);
      citePartsByRef.set(ref, [key, params.year ? { year: `${params.year}${letter}`, letter: '' } : { year: '', letter: ` (${letter})` }, names]);
    });
  }
  return new Map(references.map((r) => [r.id, r]));
}

/** A short citation such as "Choi and Parmar 2014" or "Corbo et al. 2001", derived from the data. */
export function shortCite(ref, i18n) {
  const [key, params, names] = citeParts(ref);
  return i18n.t(key, { ...params, ...names });
}

/**
 * The same short citation as nodes: the names (as the source gives them, never translated) marked as a
 * citation in the dataset's language, the words around them ("y", "et al.") in the page's.
 */
export function shortCiteNodes(ref, ctx) {
  const [key, params, names] = citeParts(ref);
  const nodes = Object.fromEntries(Object.entries(names).map(([name, value]) => [name, citation(ctx, value)]));
  return ctx.i18n.tNodes(key, params, nodes);
}

/**
 * Short citations of `refs` as one list in the page's language ("Choi y Parmar 2014, Corbo et al. 2001"),
 * as nodes (shortCiteNodes). `sort`: in alphabetical order of the citations.
 */
export function citeListNodes(refs, ctx, { sort = false } = {}) {
  const { i18n } = ctx;
  const seen = new Set();
  let entries = refs.map((ref) => [shortCite(ref, i18n), ref]).filter(([text]) => !seen.has(text) && seen.add(text));
  const order = sort ? textOrder(i18n.lang) : null;
  if (order) entries = entries.sort(([a], [b]) => order(a, b));
  const parts = listParts(i18n.lang, entries.map(([text]) => text));
  let next = 0;
  return parts.flatMap((part) => (part.type === 'element' ? shortCiteNodes(entries[next++][1], ctx) : [part.value]));
}

function truncate(text, max) {
  const s = String(text);
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:(-]+$/, '')}…`;
}

// Surname with initials before or after: "Demirkaya S", "A Mauskop", "Cesar P-H", "Sumamo Schellenberg E".
function surname(segment) {
  let s = segment.trim();
  const after = s.match(/^(.*\S)\s+[A-Z][A-Z-]{0,3}\.?$/u);
  if (after && /\p{Ll}/u.test(after[1])) return { name: after[1], person: true };
  const before = s.match(/^(?:[A-Z]\.?\s+){1,2}(\S.*)$/u);
  if (before && /\p{Ll}/u.test(before[1])) return { name: before[1], person: true };
  return { name: s, person: false };
}

function parseAuthors(authors) {
  if (!authors) return null;
  // Statements that the authors are not known ("NOT printed…", "not shown…") are not names.
  if (/^(not\b|unknown|n\/a|none)/i.test(authors)) return null;
  const firstSegment = authors.split(PERSON_SEPARATORS)[0].trim();
  if (!firstSegment) return null;
  const first = surname(firstSegment);
  const nextChar = authors.slice(firstSegment.length).trimStart()[0];
  const etAl = /\bet al\b/i.test(authors);
  const commaList = nextChar === ',' || nextChar === ';';
  const looksPerson = first.person || etAl || (commaList && !/\s/.test(first.name));
  if (!looksPerson) return { kind: 'organisation', first: firstSegment };
  const parts = authors.split(/[,;]/).map((p) => p.trim()).filter((p) => p && !/^et al\.?$/i.test(p));
  const count = etAl ? Math.max(3, parts.length) : parts.length;
  const second = parts[1] ? surname(parts[1].split(/\s\(/)[0]).name : null;
  return { kind: 'person', first: first.name, second, count };
}

function valueOrNA(value, i18n, lang = null) {
  const present = value !== null && value !== undefined && value !== '';
  return el('span', { class: present ? null : 'na', attrs: { lang: present ? lang : null }, text: present ? String(value) : i18n.t('notAvailable') });
}

/** A citation field (authors, journal, volume and pages): as the source words it, never translated. */
function citationOrNA(value, ctx) {
  return value !== null && value !== undefined && value !== '' ? citation(ctx, value) : valueOrNA(null, ctx.i18n);
}

/** For table cells: a quiet dash that reads as "not available". `lang`: the value's language, if it is dataset text. */
export function cellValue(value, i18n, lang = null) {
  const present = value !== null && value !== undefined && value !== '';
  if (present) return el('span', { attrs: { lang }, text: String(value) });
  return el('span', { class: 'na na--dash' }, [
    el('span', { attrs: { 'aria-hidden': 'true' }, text: '—' }),
    el('span', { class: 'sr-only', text: i18n.t('notAvailable') }),
  ]);
}

function field(label, valueNode) {
  return el('div', { class: 'ref-field' }, [el('dt', { text: label }), el('dd', {}, [valueNode])]);
}

/** One source entry (an <li>) for a reference of the view. */
export function renderSource(ref, ctx) {
  const { i18n, headingLevel } = ctx;
  const { t, maybe } = i18n;
  const entry = el('li', { class: 'ref', attrs: { id: ctx.id('source'), tabindex: '-1', 'data-ref': ref.id } });

  const kindLabel = (ref.design && maybe(`design.${ref.design}`)) || (ref.kind && maybe(`kind.${ref.kind}`)) || null;
  entry.append(
    el('p', { class: 'ref-cite' }, [
      el('span', { class: 'ref-short' }, shortCiteNodes(ref, ctx)),
      kindLabel ? el('span', { class: 'ref-kind', text: kindLabel }) : null,
    ]),
  );
  entry.append(heading(headingLevel, 3, { class: 'ref-title', attrs: { lang: ctx.citeLang, 'data-citation': '' }, text: ref.title || ref.id }));
  const note = ref.title ? originalLanguageNote(ctx) : null;
  if (note) entry.append(el('p', { class: 'ref-original' }, [note]));

  const pmid = ref.pmid ? String(ref.pmid) : null;
  const doi = ref.doi ? String(ref.doi) : null;
  const biblio = el('dl', { class: 'ref-biblio' }, [
    field(t('refAuthors'), citationOrNA(ref.authors, ctx)),
    field(t('refJournal'), citationOrNA(ref.journal, ctx)),
    field(t('refYear'), valueOrNA(ref.year, i18n)),
    field(t('refVolume'), citationOrNA(ref.volumePages, ctx)),
    field(t('pmid'), pmid && /^\d+$/.test(pmid)
      ? safeLink(`https://pubmed.ncbi.nlm.nih.gov/${pmid}/`, pmid, { attrs: { 'aria-label': t('pmidLinkLabel', { pmid }) } })
      : valueOrNA(pmid, i18n)),
    field(t('doi'), doi
      ? safeLink(`https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`, doi, { attrs: { 'aria-label': t('doiLinkLabel', { doi }) } })
      : valueOrNA(null, i18n)),
  ]);
  entry.append(biblio);

  // [label key, value, the value's field when it is the dataset's own text]
  const studyFacts = [
    ['refRoute', ref.route ? maybe(`route.${ref.route}`) || ref.route : null, null],
    ['refDose', ref.dose, 'dose'],
    ['refSetting', ref.setting, 'setting'],
    ['refPopulation', ref.population, 'population'],
    ['refParticipants', participantsText(ref, i18n), null],
    ['refComparator', ref.comparator, 'comparator'],
  ].filter(([, value]) => value !== null && value !== undefined && value !== '');
  for (const [key, value, own] of studyFacts) biblio.append(field(t(key), el('span', { attrs: { lang: own ? fieldLang(ctx, ref, own) : null }, text: value })));

  if (ref.conclusion) {
    entry.append(el('p', { class: 'ref-conclusion' }, [el('strong', { text: t('refConclusion') }), ' ', el('span', { attrs: { lang: fieldLang(ctx, ref, 'conclusion') }, text: ref.conclusion })]));
  }

  const findings = Array.isArray(ref.findings) ? ref.findings : [];
  if (findings.length) entry.append(findingsTable(ref, findings, ctx));

  if (Array.isArray(ref.harms)) {
    const harms = el('div', { class: 'ref-harms' }, [el('p', { class: 'ref-harms-title', text: t('refHarms') })]);
    if (ref.harms.length) harms.append(el('ul', {}, ref.harms.map((h, i) => el('li', { attrs: { lang: fieldLang(ctx, ref, `harms[${i}]`) }, text: h }))));
    else harms.append(el('p', { class: 'na', text: t('refHarmsNone') }));
    entry.append(harms);
  }
  return entry;
}

export function participantsText(ref, i18n) {
  const { t } = i18n;
  if (typeof ref.nTotal !== 'number') return null;
  if (typeof ref.nMagnesium === 'number' && typeof ref.nControl === 'number') {
    return t('participantsWithSplit', { n: ref.nTotal, magnesium: ref.nMagnesium, control: ref.nControl });
  }
  return t('participants', { n: ref.nTotal });
}

function findingsTable(ref, findings, ctx) {
  const { i18n } = ctx;
  const { t, maybe } = i18n;
  const cols = ['outcome', 'timepoint', 'magnesium', 'control', 'effect', 'p', 'direction'];
  const captionId = ctx.id('findings');
  const table = el('table', { class: 'findings', attrs: { 'aria-labelledby': captionId } }, [
    el('caption', { class: 'sr-only', attrs: { id: captionId } }, [`${t('refFindings')}: `, citation(ctx, ref.title || ref.id)]),
    el('thead', {}, [el('tr', {}, cols.map((c) => el('th', { attrs: { scope: 'col' }, text: t(`fcol.${c}`) })))]),
    el('tbody', {}, findings.map((f) =>
      el('tr', {}, cols.map((c) => {
        let value = f[c];
        if (c === 'direction' && value) value = maybe(`direction.${value}`) || value;
        const cell = c === 'outcome' ? el('th', { attrs: { scope: 'row' } }) : el('td', { attrs: { 'data-label': t(`fcol.${c}`) } });
        cell.append(cellValue(value, i18n, c === 'direction' ? null : fieldLang(ctx, f, c)));
        return cell;
      })),
    )),
  ]);
  return el('div', { class: 'findings-wrap' }, [
    el('p', { class: 'ref-findings-title', text: t('refFindings') }),
    el('div', { class: 'scroll', attrs: { role: 'region', tabindex: '0', 'aria-labelledby': captionId } }, [table]),
  ]);
}

/**
 * A disclosure (button + list) holding full entries for the given reference ids: built, or `adopted` (a
 * prerendered screen's, closed and empty), then wired.
 * Returns {root, open(refId)} so other parts (the studies table) can jump to an entry.
 */
export function createSourcesDisclosure(refIds, ctx, { toggleKey = 'sourcesToggle' } = {}, adopted = null) {
  const refs = refIds.map((id) => ctx.refsById.get(id)).filter(Boolean);
  const root = adopted || buildSourcesDisclosure(refIds, ctx, { toggleKey });
  const button = find(root, 'button.sources-toggle');
  const list = find(root, 'ol.refs');
  // Entries are built when the list is first opened. The dossier (print="full") prints each source once, at its
  // end (renderDossierSources): here it prints their short citations, which point there.
  const { setOpen } = wireDisclosure(button, list, {
    build: () => { for (const ref of refs) list.append(renderSource(ref, ctx)); },
  });
  if (refs.length && Array.isArray(ctx.printHooks)) {
    let pointer = null;
    ctx.printHooks.push(() => {
      if (pointer) return;
      pointer = el('p', { class: 'sources-print' }, ctx.i18n.tNodes('sourcesPrintLine', { title: ctx.i18n.t('sourcesInFull') }, {
        sources: el('span', {}, citeListNodes(refs, ctx, { sort: true })),
      }));
      root.append(pointer);
    });
  }

  return {
    root,
    setOpen,
    /** Open the list and move focus to one entry. */
    reveal(refId) {
      setOpen(true);
      const target = list.querySelector(`[data-ref="${CSS.escape(refId)}"]`);
      if (target) {
        target.scrollIntoView({ block: 'nearest', behavior: ctx.motion() });
        target.focus({ preventScroll: true });
      }
    },
  };
}

/**
 * The dossier's sources (print="full"): every source of `refIds` once, in the alphabetical order of the short
 * citations by which the cards and the safety section point to them, in `container` (the shell's, empty).
 */
export function renderDossierSources(container, refIds, ctx) {
  const { i18n, headingLevel } = ctx;
  const order = textOrder(i18n.lang);
  let refs = [...new Set(refIds)].map((id) => ctx.refsById.get(id)).filter(Boolean);
  if (order) refs = refs.map((ref) => [shortCite(ref, i18n), ref]).sort(([a], [b]) => order(a, b)).map(([, ref]) => ref);
  container.replaceChildren(...(refs.length ? [
    heading(headingLevel, 1, { class: 'dossier-sources-title', text: i18n.t('sourcesInFull') }),
    el('p', { class: 'lead', text: i18n.t('sourcesInFullLead') }),
    el('ol', { class: 'refs' }, refs.map((ref) => renderSource(ref, ctx))),
  ] : []));
}

/** The disclosure's nodes, closed and empty. */
export function buildSourcesDisclosure(refIds, ctx, { toggleKey = 'sourcesToggle' } = {}) {
  const count = refIds.filter((id) => ctx.refsById.has(id)).length;
  const listId = ctx.id('sources');
  const list = el('ol', { class: 'refs', attrs: { id: listId } });
  list.hidden = true;
  const button = el('button', {
    class: 'disclosure sources-toggle',
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': listId },
  }, [icon('chevron', 'chevron'), el('span', { text: ctx.i18n.t(toggleKey, { n: count }) })]);
  return el('div', { class: 'sources', attrs: { part: 'sources' } }, [button, list]);
}
