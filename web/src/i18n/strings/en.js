// Every word the explorer shows that does not come from the dataset.
// Whole messages with named {placeholders}: never build a sentence by joining pieces.
// A message may be {one, other} (chosen as Intl.PluralRules does, on the `n` parameter: i18n/formats.js).
// Nothing medical lives here: figures, sources and findings all come from the dataset.

import card from './en-card.js';

export default {
  lang: 'en',

  // Loading and failure
  loading: 'Loading the evidence…',
  errorTitle: 'The interactive evidence explorer could not be shown',
  errorLead: 'The information below is still available. For the site’s editors, the problems found were:',
  errorProblem: '{path}: {message}',
  errorProblemNoPath: '{message}',
  errorMore: { one: '…and {n} more problem.', other: '…and {n} more problems.' },
  fetchFailed: 'Could not load the dataset {url} (HTTP status {status}).',
  fetchTimeout: { one: 'Could not load the dataset {url}: it did not arrive within {n} second.', other: 'Could not load the dataset {url}: it did not arrive within {n} seconds.' },
  fetchRedirected: 'The dataset address {url} redirects to another site; only datasets from this site are allowed.',
  fetchTooLarge: 'The dataset {url} is larger than the size limit of {limit} bytes; its download was stopped there.',
  updating: 'Updating the evidence…',
  fetchNoOrigin: 'Could not load the dataset {url}: this page has no origin of its own (a frame sandboxed without allow-same-origin, or a file opened from disk), so neither the dataset nor the evidence engine can be downloaded; the single-file build, with its built-in or an inline dataset, works there.',
  fetchNetwork: 'Could not load the dataset {url}: the request failed.',
  crossOrigin: 'The dataset address {url} is not on this site; only addresses on the same site are allowed.',
  coreMissing: 'The evidence engine is missing from this script.',
  coreFailed: 'The evidence engine could not start: {message}',
  inlineEmpty: 'The inline dataset is empty.',
  consoleError: 'benefits-explorer: {reason}. {problems}',

  // Header
  reviewed: 'Sources last checked on {date}',
  intro: 'Each claim an advert makes about {intervention}, next to what the studies show: how sure we can be, which studies disagree, and the harms.',
  disclaimerTitle: 'Information, not medical advice.',
  disclaimer: 'Talk to a doctor or nurse before you decide on any treatment.',
  safetyBannerTitle: 'Safety first',
  safetyBanner: '{intervention} can cause harm and is not suitable for everyone. Some headaches need emergency care instead of an infusion.',
  safetyBannerLink: 'Read the safety information',
  howToRead: 'Open a claim to see the studies behind it, its harms, and how we graded it.',

  // Controls
  landmarkWithLabel: '{name}: {label}',
  controlsLabel: 'Find a claim',
  searchLabel: 'Search',
  searchHint: 'Words in the claims and their sources',
  topicLabel: 'Topic',
  anyTopic: 'All topics',
  verdictLabel: 'Verdict',
  anyVerdict: 'All verdicts',
  certaintyLabel: 'Certainty',
  anyCertainty: 'Any certainty',
  routeLabel: 'Route',
  anyRoute: 'Any route',
  sortLabel: 'Sort by',
  sortTopic: 'Topic',
  sortCertainty: 'Certainty',
  sortVerdict: 'Verdict',
  reset: 'Reset',
  countAll: { one: 'Showing the only claim', other: 'Showing all {n} claims' },
  countSome: { one: 'Showing {shown} of {n} claim', other: 'Showing {shown} of {n} claims' },
  countNone: { one: 'No claim matches (of {n})', other: 'No claims match (of {n})' },
  empty: 'No claim matches these filters.',
  // A search over the engine's length limit, and a search the engine refused.
  searchTrimmed: { one: 'This search is too long: only its first character is searched.', other: 'This search is too long: only its first {n} characters are searched.' },
  searchFailed: 'This search could not be run. Try a shorter search, in ordinary words.',
  // Long lists (thousands of harms or lint findings) show their first items and a button for the rest.
  listMore: 'Show {batch} more ({n} not shown yet)',
  listMoreAll: { one: 'Show the last one', other: 'Show the other {n}' },
  emptyReset: 'Show all claims',
  queryFailed: 'The search could not run: {message}',

  // Verdicts (the product's scale, strongest support first)
  verdict: {
    'supported': 'Supported',
    'partly-supported': 'Partly supported',
    'contested': 'Quoted correctly, but disputed',
    'oral-only': 'Not shown for infusions (some evidence for tablets)',
    'not-supported': 'Not supported by the sources found',
    'contradicted': 'Contradicted',
  },
  verdictMeaning: {
    'supported': 'The sources back what the advert says.',
    'partly-supported': 'The sources back part of what the advert says, not all of it.',
    'contested': 'A source does say it, but better studies disagree: on its own, it misleads.',
    'oral-only': 'Only studies of magnesium taken by mouth back it. No study shows it for infusions.',
    'not-supported': 'No source found shows what the advert says.',
    'contradicted': 'The better sources go against what the advert says.',
  },
  verdictLabel2: 'Verdict: {verdict}',

  // Certainty
  certaintySymbols: {
    'high': '⊕⊕⊕⊕',
    'moderate': '⊕⊕⊕◯',
    'low': '⊕⊕◯◯',
    'very-low': '⊕◯◯◯',
  },
  certainty: {
    'high': 'High certainty',
    'moderate': 'Moderate certainty',
    'low': 'Low certainty',
    'very-low': 'Very low certainty',
  },
  certaintyOption: {
    'high': 'High',
    'moderate': 'Moderate',
    'low': 'Low',
    'very-low': 'Very low',
    'none': 'None (no controlled studies)',
  },
  certaintyMeaning: {
    'high': 'We are very confident that the true effect is close to what the studies found.',
    'moderate': 'We are moderately confident: the true effect is probably close to what the studies found, but it could be quite different.',
    'low': 'Our confidence is limited: the true effect may be quite different from what the studies found.',
    'very-low': 'We have very little confidence: the true effect is probably quite different from what the studies found.',
  },
  // A question with no body of evidence has no certainty: words, never a badge.
  noCertainty: {
    'no-studies': 'No studies found',
    'observations-only': 'Only reports without a comparison group',
  },
  noCertaintyMeaning: 'No study compared groups of people on this question, so there is nothing to grade.',
  level: {
    'high': 'high',
    'moderate': 'moderate',
    'low': 'low',
    'very-low': 'very low',
  },

  // Routes
  route: {
    'IV': 'Intravenous (IV)',
    'IM': 'Injection into a muscle (IM)',
    'oral': 'By mouth (oral)',
    'mixed': 'Mixed routes',
  },
  routeShort: {
    'IV': 'IV',
    'IM': 'IM',
    'oral': 'Oral',
    'mixed': 'Mixed',
  },

  // Layer 1: the list
  rowBrief: 'The advert says',
  rowShows: 'The studies show',
  glanceTitle: { one: 'The advert’s claim at a glance', other: 'The advert’s {n} claims at a glance' },
  glanceHint: 'Choose a verdict to see only those claims.',
  glanceCount: '{n}',
  participants: { one: '{n} participant', other: '{n} participants' },
  participantsLargestReview: { one: '{n} participant (largest review)', other: '{n} participants (largest review)' },
  participantsUnknown: 'participants not stated',
  flagOral: 'Oral evidence',
  flagIndirect: 'Indirect evidence',
  flagRedFlags: 'Check the warning signs',
  toggleHint: 'Show the evidence',
  toggleHintOpen: 'Hide the evidence',

  // How we grade
  gradingPanelTitle: 'How we grade',
  gradingPanelLead: 'Certainty is worked out for each question a claim asks, by one written rule, the same for every claim:',
  gradingLegendTitle: 'What the certainty levels mean',
  verdictLegendTitle: 'What the verdicts mean',

  // Footer
  footerPrivacy: 'Runs entirely in your browser: nothing you type or open is sent anywhere.',

  // Editor mode (the editor attribute): the dataset's lint report
  lintTitle: 'Editor check of this dataset',
  lintLead: 'Shown because this page sets the editor attribute. It lists wording and sourcing problems for the dataset’s editors.',
  lintSummary: 'Found {errors} and {warnings}.',
  lintCountErrors: { one: '{n} error', other: '{n} errors' },
  lintCountWarnings: { one: '{n} warning', other: '{n} warnings' },
  lintNone: 'No problems found.',
  lintSeverity: {
    error: 'Error',
    warning: 'Warning',
  },
  lintRule: 'Rule {rule}',
  lintRuleTitled: 'Rule {rule}: {title}',
  lintFix: 'How to fix:',
  lintOpenClaim: 'Open the claim “{claim}”',
  lintUnavailable: 'The editor check is not part of this build of the explorer.',
  lintFailed: 'The editor check could not run: {message}',

  // ===== list row and verdicts =====
  // The row's counts, as the core counts them (claim.counts): groups with zero are left out. The first
  // group of sources names them ("3 sources support"), the next ones follow it ("2 go against").
  rowCountsSupports: { one: '{n} source supports', other: '{n} sources support' },
  rowCountsContradictsFirst: { one: '{n} source goes against', other: '{n} sources go against' },
  rowCountsContradicts: { one: '{n} goes against', other: '{n} go against' },
  rowCountsContextFirst: { one: '{n} source gives background only', other: '{n} sources give background only' },
  rowCountsContext: { one: '{n} gives background only', other: '{n} give background only' },
  rowCountsObservations: { one: '{n} report without a comparison group', other: '{n} reports without a comparison group' },
  rowCountsNone: 'No sources cited',
  rowCountsSeparator: ' · ',
  // Participants: the largest review's number when the core says so (participantsFromReview), otherwise the
  // studies added up. Never a sum of overlapping reviews.
  rowPeopleReview: { one: '{n} person in the largest review', other: '{n} people in the largest review' },
  rowPeopleStudies: { one: '{n} person in the studies', other: '{n} people in the studies' },
  rowPeopleUnknown: 'Number of people not stated',
  // On the rows of topics with warning signs (headache): the card lists them.
  rowRedFlags: 'Includes warning signs that need a doctor',
  // ===== end of list row and verdicts =====

  // ===== shell, engine and features =====
  // The name of the explorer's region, read before the dataset's title ("Evidence explorer: <title>").
  explorerRegion: 'Evidence explorer:',
  // ===== end of shell =====

  // ===== linter (session 22) =====
  lintLenient: 'Lenient profile: list disease claims and wording stronger than the evidence as warnings',
  lintStrictOn: 'Strict profile (the default): disease claims and wording stronger than the evidence are errors.',
  lintLenientOn: 'Lenient profile: disease claims and wording stronger than the evidence are listed as warnings. Patients read the same text either way.',
  lintClaim: 'Claim',
  // ===== end of linter (session 22) =====

  // ===== spanish page (session 22) =====
  // The language of the content (views/translation-note.js): {language}, {source}: language names in the page's language.
  translationNoteTitle: 'Translation.',
  translationNote: 'This text is a translation, made on {translated}, of the evidence review in {language} of {reviewed}.',
  translationNoteUndated: 'This text is a translation of the evidence review in {language} of {reviewed}.',
  translationNotReviewed: 'No health professional has reviewed this translation yet.',
  translationReviewed: 'A health professional reviewed this translation on {date}.',
  translationPartial: { one: '{n} of {total} texts is not translated yet and is shown in {language}.', other: '{n} of {total} texts are not translated yet and are shown in {language}.' },
  translationUnavailable: 'The translation into {language} could not be loaded, so the content is shown in {source}, the language it was written in.',
  translationRefused: 'The translation into {language} does not match the current text, so the content is shown in {source}, the language it was written in.',
  translationNone: 'The clinical content is only available in {source}.',
  translationAskClinic: 'If anything is unclear, ask your clinic for help.',
  originalTitleNote: '(original title in {language})',
  unsupportedFigureAlone: 'Not supported: the advert’s figure “{figure}”.',
  // ===== end of spanish page (session 22) =====

  // ===== package (session 22) =====
  // ===== end of package (session 22) =====

  // ===== good guest (session 22) =====
  // ===== end of good guest (session 22) =====

  // ===== first paint (session 22) =====
  // ===== end of first paint (session 22) =====

  // The card, the sources, safety and the handout: en-card.js.
  ...card,
};
