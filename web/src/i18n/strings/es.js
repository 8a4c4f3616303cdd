// Spanish: every word the explorer shows that does not come from the dataset.
// Exactly the keys of en.js (tests/browser/embedding-language.test.mjs checks it), whole messages with
// the same {placeholders}; {one, other} plural forms are chosen as Intl.PluralRules('es') does (i18n/formats.js).
// The dataset's own text (titles, claims, sources) stays in the dataset's language.

import card from './es-card.js';

export default {
  lang: 'es',

  // Loading and failure
  loading: 'Cargando la evidencia…',
  errorTitle: 'No se pudo mostrar el explorador interactivo de la evidencia',
  errorLead: 'La información de abajo sigue disponible. Para los editores del sitio, estos son los problemas encontrados:',
  errorProblem: '{path}: {message}',
  errorProblemNoPath: '{message}',
  errorMore: { one: '…y {n} problema más.', other: '…y {n} problemas más.' },
  fetchFailed: 'No se pudo cargar el conjunto de datos {url} (estado HTTP {status}).',
  fetchTimeout: { one: 'No se pudo cargar el conjunto de datos {url}: no llegó en {n} segundo.', other: 'No se pudo cargar el conjunto de datos {url}: no llegó en {n} segundos.' },
  fetchRedirected: 'La dirección del conjunto de datos {url} redirige a otro sitio; solo se admiten conjuntos de datos de este sitio.',
  fetchTooLarge: 'El conjunto de datos {url} supera el límite de tamaño de {limit} bytes; su descarga se detuvo ahí.',
  updating: 'Actualizando la evidencia…',
  fetchNoOrigin: 'No se pudo cargar el conjunto de datos {url}: esta página no tiene un origen propio (un marco aislado sin allow-same-origin, o un archivo abierto desde el disco), así que no se pueden descargar ni el conjunto de datos ni el motor de evidencia; la versión de un solo archivo, con su conjunto de datos incorporado o uno incluido en la página, funciona ahí.',
  fetchNetwork: 'No se pudo cargar el conjunto de datos {url}: la solicitud falló.',
  crossOrigin: 'La dirección del conjunto de datos {url} no está en este sitio; solo se admiten direcciones del mismo sitio.',
  coreMissing: 'Falta el motor de evidencia en este script.',
  coreFailed: 'El motor de evidencia no pudo arrancar: {message}',
  inlineEmpty: 'El conjunto de datos incluido en la página está vacío.',
  consoleError: 'benefits-explorer: {reason}. {problems}',

  // Header
  reviewed: 'Fuentes revisadas por última vez el {date}',
  intro: 'Cada afirmación que hace un anuncio sobre {intervention}, junto a lo que muestran los estudios: qué seguridad tenemos, qué estudios discrepan y cuáles son los daños.',
  disclaimerTitle: 'Información, no consejo médico.',
  disclaimer: 'Hable con un médico o una enfermera antes de decidir cualquier tratamiento.',
  safetyBannerTitle: 'Primero, la seguridad:',
  safetyBanner: 'el tratamiento con {intervention} puede causar daños y no es adecuado para todas las personas. Algunos dolores de cabeza necesitan atención urgente, no una infusión.',
  safetyBannerLink: 'Leer la información de seguridad',
  howToRead: 'Abra una afirmación para ver los estudios en los que se basa, sus daños y cómo la calificamos.',

  // Controls
  landmarkWithLabel: '{name}: {label}',
  controlsLabel: 'Buscar una afirmación',
  searchLabel: 'Buscar',
  searchHint: 'Palabras de las afirmaciones y de sus fuentes',
  topicLabel: 'Tema',
  anyTopic: 'Todos los temas',
  verdictLabel: 'Veredicto',
  anyVerdict: 'Todos los veredictos',
  certaintyLabel: 'Certeza',
  anyCertainty: 'Cualquier certeza',
  routeLabel: 'Vía',
  anyRoute: 'Cualquier vía',
  sortLabel: 'Ordenar por',
  sortTopic: 'Tema',
  sortCertainty: 'Certeza',
  sortVerdict: 'Veredicto',
  reset: 'Restablecer',
  countAll: { one: 'Se muestra la única afirmación', other: 'Se muestran las {n} afirmaciones' },
  countSome: { one: 'Se muestra {shown} de {n} afirmación', other: 'Se muestran {shown} de {n} afirmaciones' },
  countNone: { one: 'Ninguna afirmación coincide (de {n})', other: 'Ninguna afirmación coincide (de {n})' },
  empty: 'Ninguna afirmación coincide con estos filtros.',
  // A search over the engine's length limit, and a search the engine refused.
  searchTrimmed: { one: 'Esta búsqueda es demasiado larga: solo se busca su primer carácter.', other: 'Esta búsqueda es demasiado larga: solo se buscan sus primeros {n} caracteres.' },
  searchFailed: 'No se pudo hacer esta búsqueda. Pruebe con una búsqueda más corta, con palabras corrientes.',
  // Long lists (thousands of harms or lint findings) show their first items and a button for the rest.
  listMore: 'Mostrar {batch} más (faltan {n})',
  listMoreAll: { one: 'Mostrar el último', other: 'Mostrar los otros {n}' },
  emptyReset: 'Mostrar todas las afirmaciones',
  queryFailed: 'No se pudo hacer la búsqueda: {message}',

  // Verdicts (the product's scale, strongest support first)
  verdict: {
    'supported': 'Respaldada',
    'partly-supported': 'Respaldada en parte',
    'contested': 'Citada correctamente, pero cuestionada',
    'oral-only': 'No demostrada para infusiones (algo de evidencia para pastillas)',
    'not-supported': 'Sin respaldo en las fuentes encontradas',
    'contradicted': 'Contradicha',
  },
  verdictMeaning: {
    'supported': 'Las fuentes respaldan lo que dice el anuncio.',
    'partly-supported': 'Las fuentes respaldan una parte de lo que dice el anuncio, no todo.',
    'contested': 'Una fuente sí lo dice, pero estudios mejores no están de acuerdo: por sí sola, confunde.',
    'oral-only': 'Solo la respaldan estudios de magnesio tomado por boca. Ningún estudio lo muestra para infusiones.',
    'not-supported': 'Ninguna fuente encontrada muestra lo que dice el anuncio.',
    'contradicted': 'Las mejores fuentes van en contra de lo que dice el anuncio.',
  },
  verdictLabel2: 'Veredicto: {verdict}',

  // Certainty
  certaintySymbols: {
    'high': '⊕⊕⊕⊕',
    'moderate': '⊕⊕⊕◯',
    'low': '⊕⊕◯◯',
    'very-low': '⊕◯◯◯',
  },
  certainty: {
    'high': 'Certeza alta',
    'moderate': 'Certeza moderada',
    'low': 'Certeza baja',
    'very-low': 'Certeza muy baja',
  },
  certaintyOption: {
    'high': 'Alta',
    'moderate': 'Moderada',
    'low': 'Baja',
    'very-low': 'Muy baja',
    'none': 'Ninguna (sin estudios controlados)',
  },
  certaintyMeaning: {
    'high': 'Tenemos mucha confianza en que el efecto real se parece a lo que encontraron los estudios.',
    'moderate': 'Tenemos una confianza moderada: el efecto real probablemente se parece a lo que encontraron los estudios, pero podría ser bastante distinto.',
    'low': 'Nuestra confianza es limitada: el efecto real puede ser bastante distinto de lo que encontraron los estudios.',
    'very-low': 'Tenemos muy poca confianza: el efecto real probablemente es bastante distinto de lo que encontraron los estudios.',
  },
  // Una pregunta sin evidencia comparada no tiene certeza: palabras, nunca una insignia.
  noCertainty: {
    'no-studies': 'No se encontraron estudios',
    'observations-only': 'Solo informes sin grupo de comparación',
  },
  noCertaintyMeaning: 'Ningún estudio comparó grupos de personas en esta pregunta, así que no hay nada que calificar.',
  level: {
    'high': 'alta',
    'moderate': 'moderada',
    'low': 'baja',
    'very-low': 'muy baja',
  },

  // Routes
  route: {
    'IV': 'Intravenosa (IV)',
    'IM': 'Inyección en un músculo (IM)',
    'oral': 'Por boca (oral)',
    'mixed': 'Vías mixtas',
  },
  routeShort: {
    'IV': 'IV',
    'IM': 'IM',
    'oral': 'Oral',
    'mixed': 'Mixta',
  },

  // Layer 1: the list
  rowBrief: 'El anuncio dice',
  rowShows: 'Los estudios muestran',
  glanceTitle: { one: 'La afirmación del anuncio de un vistazo', other: 'Las {n} afirmaciones del anuncio de un vistazo' },
  glanceHint: 'Elija un veredicto para ver solo esas afirmaciones.',
  glanceCount: '{n}',
  participants: { one: '{n} participante', other: '{n} participantes' },
  participantsLargestReview: { one: '{n} participante (la revisión más grande)', other: '{n} participantes (la revisión más grande)' },
  participantsUnknown: 'participantes no indicados',
  flagOral: 'Evidencia oral',
  flagIndirect: 'Evidencia indirecta',
  flagRedFlags: 'Revise las señales de alarma',
  toggleHint: 'Mostrar la evidencia',
  toggleHintOpen: 'Ocultar la evidencia',

  // How we grade
  gradingPanelTitle: 'Cómo calificamos',
  gradingPanelLead: 'La certeza se obtiene para cada pregunta de una afirmación con una única regla escrita, la misma para todas las afirmaciones:',
  gradingLegendTitle: 'Qué significan los niveles de certeza',
  verdictLegendTitle: 'Qué significan los veredictos',

  // Footer
  footerPrivacy: 'Funciona por completo en su navegador: nada de lo que escribe o abre se envía a ningún sitio.',

  // Editor mode (the editor attribute): the dataset's lint report
  lintTitle: 'Revisión editorial de este conjunto de datos',
  lintLead: 'Se muestra porque esta página usa el atributo editor. Enumera problemas de redacción y de fuentes para los editores del conjunto de datos.',
  lintSummary: 'Se encontraron {errors} y {warnings}.',
  lintCountErrors: { one: '{n} error', other: '{n} errores' },
  lintCountWarnings: { one: '{n} aviso', other: '{n} avisos' },
  lintNone: 'No se encontró ningún problema.',
  lintSeverity: {
    error: 'Error',
    warning: 'Aviso',
  },
  lintRule: 'Regla {rule}',
  lintRuleTitled: 'Regla {rule}: {title}',
  lintFix: 'Cómo corregirlo:',
  lintOpenClaim: 'Abrir la afirmación «{claim}»',
  lintUnavailable: 'La revisión editorial no forma parte de esta versión del explorador.',
  lintFailed: 'No se pudo hacer la revisión editorial: {message}',

  // ===== list row and verdicts =====
  rowCountsSupports: { one: '{n} fuente lo respalda', other: '{n} fuentes lo respaldan' },
  rowCountsContradictsFirst: { one: '{n} fuente va en contra', other: '{n} fuentes van en contra' },
  rowCountsContradicts: { one: '{n} va en contra', other: '{n} van en contra' },
  rowCountsContextFirst: { one: '{n} fuente solo aporta contexto', other: '{n} fuentes solo aportan contexto' },
  rowCountsContext: { one: '{n} solo aporta contexto', other: '{n} solo aportan contexto' },
  rowCountsObservations: { one: '{n} informe sin grupo de comparación', other: '{n} informes sin grupo de comparación' },
  rowCountsNone: 'No se cita ninguna fuente',
  rowCountsSeparator: ' · ',
  rowPeopleReview: { one: '{n} persona en la revisión más grande', other: '{n} personas en la revisión más grande' },
  rowPeopleStudies: { one: '{n} persona en los estudios', other: '{n} personas en los estudios' },
  rowPeopleUnknown: 'No se indica cuántas personas',
  rowRedFlags: 'Incluye señales de alarma que requieren un médico',
  // ===== end of list row and verdicts =====

  // ===== shell, engine and features =====
  explorerRegion: 'Explorador de la evidencia:',
  // ===== end of shell =====

  // ===== linter (session 22) =====
  lintLenient: 'Perfil flexible: mostrar como avisos las afirmaciones sobre enfermedades y la redacción más firme que la evidencia',
  lintStrictOn: 'Perfil estricto (el predeterminado): las afirmaciones sobre enfermedades y la redacción más firme que la evidencia son errores.',
  lintLenientOn: 'Perfil flexible: las afirmaciones sobre enfermedades y la redacción más firme que la evidencia se muestran como avisos. Los pacientes leen el mismo texto en ambos casos.',
  lintClaim: 'Afirmación',
  // ===== end of linter (session 22) =====

  // ===== spanish page (session 22) =====
  // El idioma del contenido (views/translation-note.js): {language}, {source}: nombres de idiomas en el idioma de la página.
  translationNoteTitle: 'Traducción.',
  translationNote: 'Este texto es una traducción de la revisión de la evidencia en {language} del {reviewed}, hecha el {translated}.',
  translationNoteUndated: 'Este texto es una traducción de la revisión de la evidencia en {language} del {reviewed}.',
  translationNotReviewed: 'Ningún profesional sanitario ha revisado aún esta traducción.',
  translationReviewed: 'Un profesional sanitario revisó esta traducción el {date}.',
  translationPartial: { one: '{n} de {total} textos aún no está traducido y se muestra en {language}.', other: '{n} de {total} textos aún no están traducidos y se muestran en {language}.' },
  translationUnavailable: 'No se pudo cargar la traducción al {language}; por eso el contenido se muestra en {source}, el idioma en que se escribió.',
  translationRefused: 'La traducción al {language} no coincide con el texto actual; por eso el contenido se muestra en {source}, el idioma en que se escribió.',
  translationNone: 'El contenido clínico solo está disponible en {source}.',
  translationAskClinic: 'Si algo no le queda claro, pida ayuda a su clínica.',
  originalTitleNote: '(título original en {language})',
  unsupportedFigureAlone: 'Sin respaldo: la cifra del anuncio «{figure}».',
  // ===== end of spanish page (session 22) =====

  // ===== package (session 22) =====
  // ===== end of package (session 22) =====

  // ===== good guest (session 22) =====
  // ===== end of good guest (session 22) =====

  // ===== first paint (session 22) =====
  // ===== end of first paint (session 22) =====

  // The card, the sources, safety and the handout: es-card.js.
  ...card,
};
