// The Spanish tables (families.hpp), the same shape as families_en.cpp: written for the project after the
// wording the Spanish and EU rules on health claims discuss (Real Decreto 1907/1996 on advertising with a claimed
// health purpose, article 4: products that claim to cure, "100 % natural", "sin efectos secundarios", testimonials
// of health professionals and patients; Regulation (EC) 1924/2006 on health claims), the same kinds of miss as the
// English families (reviews/linter-review.md), and the Spanish section of the corpus (tests/lint-corpus/).
// Patterns are written without accents, as text is read folded ("curación" -> "curacion", "migraña" ->
// "migrana"); {verbo} is a regular verb in every form (inflect_es), <verbo> its present forms, [adjetivo] its
// genders and numbers (agree_es). Add a word here with a case in tests/core/test_lint_es.cpp and a text in
// tests/lint-corpus/corpus-es.jsonl.
#include <array>

#include "families.hpp"

namespace benefits::lint_detail {
namespace {

using P = std::string_view;

// ---- L1: absolutes no evidence can back ----
constexpr std::array kCure = std::to_array<P>({
    "{curar}", "cura", "curas", "curacion", "curativo", "curativa", "curativos", "curativas", "cura definitiva",
    "{erradicar}", "destierra|destierran|desterrar", "acaba|acabe|acaban|acabar con", "adios a", "di|diga|decir adios a",
    "despidete de", "despidase de", "olvidate de", "olvidese de", "olvidarse de", "nunca mas", "para siempre",
    "de una vez por todas", "de por vida", "desaparece|desaparecen|desaparecera ~ para siempre",
    "[definitivo]", "definitivamente", "solucion definitiva", "[infalible]",
});
constexpr std::array kGuarantee = std::to_array<P>({
    "{garantizar}", "garantia", "garantias", "[garantizado]", "resultados asegurados", "[asegurado]",
    "siempre funciona", "funciona siempre", "cada vez", "sin falta", "funciona para todos", "para todo el mundo",
    "le devolvemos su dinero", "devolucion del dinero", "100%", "100 %", "100 por cien", "100 por ciento",
    "cien por cien", "cien por ciento",
});
constexpr std::array kProven = std::to_array<P>({
    "[probado]", "[comprobado]", "clinicamente probado|probada|probados|probadas",
    "cientificamente probado|probada|probados|probadas", "[demostrado] cientificamente",
    "[avalado] por la ciencia", "[respaldado] por la ciencia", "[respaldado] cientificamente",
    "base cientifica", "[testado] clinicamente",
});
constexpr std::array kMiracle = std::to_array<P>({
    "milagro", "milagros", "[milagroso]", "[magico]", "gotero magico",
});
constexpr std::array kSafety = std::to_array<P>({
    "sin efectos secundarios", "sin efectos adversos", "sin efecto secundario", "sin ningun efecto secundario",
    "libre de efectos secundarios", "cero efectos secundarios", "efectos secundarios: ninguno",
    "efectos secundarios ninguno", "sin riesgo", "sin riesgos", "sin ningun riesgo", "sin contraindicaciones",
    "sin reacciones", "[inofensivo]", "totalmente [seguro]", "completamente [seguro]", "100 % [seguro]",
    "100% [seguro]", "[seguro] para todos", "[seguro] para todo el mundo", "apto para todos",
    "nada de que preocuparse", "100 % natural", "100% natural", "100 % naturales", "100% naturales",
    "totalmente natural", "totalmente naturales",
});
constexpr std::array kDetox = std::to_array<P>({
    "detox", "{desintoxicar}", "desintoxicacion", "desintoxicante", "[depurativo]", "{depurar}",
    "limpia|limpian|limpiar|elimina|eliminan|eliminar|expulsa|expulsar ~ toxinas", "toxinas",
});
constexpr std::array kImmunity = std::to_array<P>({
    "refuerza|refuerzan|reforzar|refuerce ~ inmunidad", "refuerza|refuerzan|reforzar|refuerce ~ inmunitario",
    "refuerza|refuerzan|reforzar|refuerce ~ defensas", "{potenciar} ~ inmunidad", "{potenciar} ~ defensas",
    "{potenciar} ~ inmunitario", "fortalece|fortalecen|fortalecer ~ inmunidad",
    "fortalece|fortalecen|fortalecer ~ defensas", "fortalece|fortalecen|fortalecer ~ inmunitario",
    "sube|suben|subir ~ defensas", "{aumentar} ~ defensas", "{blindar} ~ defensas", "escudo inmunitario",
    "inmunidad reforzada", "refuerzo inmunitario", "superinmunidad", "gotero de inmunidad",
});

// ---- L4: hedges that state no certainty ----
constexpr std::array kHedge = std::to_array<P>({
    "[prometedor]", "prometedora", "prometedoras", "emergente", "emergentes", "[alentador]", "alentadora",
    "alentadoras", "puede ayudar", "pueden ayudar", "podria ayudar", "podrian ayudar", "ayuda a apoyar",
    "puede apoyar", "podria apoyar", "evidencia creciente", "cada vez mas evidencia", "cada vez mas estudios",
    "algunos estudios", "estudios sugieren", "la investigacion sugiere", "la ciencia sugiere",
    "nuevas investigaciones", "investigaciones recientes", "primeros estudios", "ciencia de vanguardia",
    "apunta a", "apuntan a",
});

// ---- L11: what opens a medicinal claim when a disease follows ----
constexpr std::array kMedicinal = std::to_array<P>({
    "trata", "tratan", "tratar", "tratamos", "trate", "traten", "tratando",  // "tratados por migraña" describes patients
    "{curar}", "previene", "previenen", "prevenir", "prevenga", "prevengan", "previniendo", "{sanar}",
    "<aliviar>", "<eliminar>", "<combatir>", "lucha|luchan|luchar contra", "acaba|acaban|acabar con",
    "<calmar>", "<frenar>", "<detener>", "<erradicar>", "<vencer>", "<superar>", "<revertir>",
    "protege|protegen|proteger contra", "protege|protegen|proteger de", "contra", "adios a", "di|diga|decir adios a",
    "olvidate de", "olvidese de", "mantiene|mantienen|mantener ~ a raya",
    "tratamiento para", "tratamiento de", "tratamiento contra", "tratamientos para", "cura para", "cura de",
    // "alivio de la migraña" is also how Spanish names a measured outcome ("pain relief at 2 hours"): only
    // "alivio para" and "alivio contra" open a claim.
    "remedio para", "remedio contra", "prevencion de", "alivio para", "alivio contra",
});

// ---- L12 ----
constexpr std::array kNameWords = std::to_array<P>({
    "escudo", "killer", "asesino", "fuera", "adios", "stop", "rescate", "alivio", "reset", "reinicio", "remedio",
    "defensa", "antidoto", "quitadolor", "quitadolores", "borrador", "booster",
});
constexpr std::array kComplaints = std::to_array<P>({
    "dolor", "dolores", "resaca", "resacas", "estres", "fatiga", "cansancio", "niebla", "nauseas", "gripe",
    "resfriado", "toxinas", "hinchazon", "jet lag", "colicos",
});
constexpr std::array kNameEffects = std::to_array<P>({
    "mejora", "recuperacion", "refuerzo", "impulso", "revitalizante", "reparador", "reparadora", "potenciador",
    "optimizador", "acelerador", "renovacion",
});
constexpr std::array kProducts = std::to_array<P>({
    "gotero", "goteros", "suero", "sueros", "infusion", "infusiones", "iv", "chute", "pack", "paquete", "coctel",
    "terapia", "sesion", "protocolo", "vial",
});

// ---- L2 and L3: efficacy ----
constexpr std::array kEfficacy = std::to_array<P>({
    "{reducir}", "reduce", "reducen", "{aliviar}", "previene", "previenen", "prevenir", "trata", "tratan",
    "{mejorar}", "{eliminar}", "{disminuir}", "disminuye", "disminuyen", "{calmar}", "{recuperar}", "{acelerar}",
    "{potenciar}", "{aumentar}",
});
constexpr std::array kStrong = std::to_array<P>({
    "acaba con", "acaban con", "elimina", "eliminan", "combate", "combaten", "recarga", "recargan", "repone",
    "reponen", "restaura", "restauran", "ha demostrado", "han demostrado", "se siente mejor", "se sienten mejor",
    "sentira la diferencia", "notara la diferencia", "notaras la diferencia",
});

// ---- L16: testimonials and endorsements ----
constexpr std::array kEndorsement = std::to_array<P>({
    "[recomendado] por", "los medicos recomiendan", "recomendado medicamente", "[avalado] por", "[aprobado] por",
    "de confianza para", "nuestros pacientes dicen", "nuestros clientes dicen", "nuestras clientas dicen",
    "los pacientes dicen", "los clientes dicen", "nuestros pacientes opinan", "nuestros clientes opinan",
    "lo que dicen nuestros", "mejor valorado", "mejor valorada", "valorado con", "valorada con", "cinco estrellas",
    "5 estrellas", "\xE2\x98\x85", "como se vio en", "visto en", "aparecido en", "miles de", "clientes satisfechos",
    "pacientes satisfechos", "clientes felices", "clientas satisfechas", "opiniones de clientes",
    "opiniones de pacientes", "testimonio", "testimonios", "resena", "resenas", "jura por", "juran por",
});

// ---- L17: comparisons with alternatives the claim does not name ----
constexpr std::array kComparison = std::to_array<P>({
    "mejor que", "mas rapido que", "mas rapida que", "mas eficaz que", "mas efectivo que", "mas efectiva que",
    "mas potente que", "[superior] a", "supera a", "nada funciona mejor", "nada funciona mas rapido",
    "nada supera", "nada se compara", "tan eficaz como", "el mejor gotero", "el mejor suero", "la mejor infusion",
    "el mejor de la ciudad", "numero uno", "que la competencia", "que otros", "que otras", "que cualquier otro", "que cualquier otra",
    "a diferencia de otros", "marca lider",
});

constexpr std::array kFamilies = std::to_array<Family>({
    {"L1", "curar", kCure},
    {"L1", "garantizar", kGuarantee},
    {"L1", "probado", kProven},
    {"L1", "milagro", kMiracle},
    {"L1", "seguridad absoluta", kSafety},
    {"L1", "detox", kDetox},
    {"L1", "reforzar la inmunidad", kImmunity},
    {"L4", "hedge", kHedge},
    {"L11", "tratar, curar o prevenir", kMedicinal},
    {"L12", "name that promises", kNameWords},
    {"L12 complaint", "complaint named", kComplaints},
    {"L12 effect", "name that promises an effect", kNameEffects},
    {"L12 product", "product named", kProducts},
    {"L2", "efficacy", kEfficacy},
    {"L3", "present-tense efficacy", kStrong},
    {"L16", "testimonial or endorsement", kEndorsement},
    {"L17", "unnamed comparison", kComparison},
});

// ---- Listed words of the rules ----
constexpr std::array kDiseases = std::to_array<P>({
    "migrana", "migranas", "jaqueca", "jaquecas", "dolor de cabeza", "dolores de cabeza", "cefalea", "cefaleas",
    "cefalea en racimos", "fibromialgia", "ansiedad", "trastorno de ansiedad", "ataques de panico", "insomnio",
    "depresion", "dismenorrea", "dolor menstrual", "dolores menstruales", "colicos menstruales", "regla dolorosa",
    "sindrome premenstrual", "fatiga cronica", "sindrome de fatiga cronica", "dolor cronico", "piernas inquietas",
    "asma", "diabetes", "hipertension", "tension alta", "presion alta", "artritis", "cancer", "covid",
    "covid persistente", "infeccion", "infecciones", "resfriado", "resfriados", "catarro", "gripe", "tdah",
});
constexpr std::array<P, 0> kNounsAfter{};  // Spanish puts the noun first: "tratamiento para la migraña"
constexpr std::array kEfficacyWords = std::to_array<P>({
    "eficaz", "eficaces", "efectivo", "efectiva", "efectivos", "efectivas", "funciona", "funcionan", "alivio", "reduccion", "mejoria", "mejora",
});
constexpr std::array kStrongPresent = std::to_array<P>({
    "reduce", "reducen", "alivia", "alivian", "previene", "previenen", "trata", "tratan", "mejora", "mejoran",
    "cura", "curan", "elimina", "eliminan", "disminuye", "disminuyen", "calma", "calman", "sana", "sanan",
    "funciona", "funcionan", "ayuda", "ayudan", "potencia", "potencian", "es eficaz", "son eficaces",
    "es efectivo", "es efectiva", "son efectivos", "muy eficaz", "altamente eficaz", "clinicamente eficaz",
});
constexpr std::array kStrongBase = std::to_array<P>({
    "reducir", "aliviar", "prevenir", "tratar", "mejorar", "curar", "eliminar", "disminuir", "calmar", "sanar",
    "funcionar", "ayudar", "potenciar",
});
constexpr std::array kStrongModals = std::to_array<P>({"logra", "logran", "consigue", "consiguen"});
constexpr std::array kHedgeModals = std::to_array<P>({"puede", "pueden", "podria", "podrian"});
constexpr std::array kPluralSubjects = std::to_array<P>({
    "infusiones", "goteros", "sueros", "inyecciones", "tratamientos", "terapias",
});
constexpr std::array kHedgesModerate = std::to_array<P>({
    "probablemente", "es probable que", "puede", "pueden", "podria", "podrian", "posiblemente", "quiza", "quizas",
    "tal vez", "parece", "parecen"});
constexpr std::array kHedgesLow = std::to_array<P>({
    "puede", "pueden", "podria", "podrian", "posiblemente", "quiza", "quizas", "tal vez"});
constexpr std::array kUncertain = std::to_array<P>({"incierto", "incierta", "inciertos", "inciertas", "incertidumbre"});
constexpr std::array kUncertainOrUnknown = std::to_array<P>({
    "incierto", "incierta", "inciertos", "inciertas", "incertidumbre", "se desconoce", "desconocido",
    "desconocida", "no se sabe", "no se conoce"});

// ---- The text scanner ----
constexpr std::array kClauseWords = std::to_array<P>({"pero", "mientras", "aunque", "sin embargo", "no obstante"});
constexpr std::array kNegations = std::to_array<P>({
    "no", "nunca", "jamas", "ni", "sin", "nada", "nadie", "ningun", "ninguno", "ninguna", "tampoco"});
constexpr std::array kScopeBreaks = std::to_array<P>({
    ", y", ", asi que", ", con", ", solo", ", usted", ", tu", ", su", ", nuestro", ", nuestra", ", nuestros",
    ", nuestras", ", ademas", ", por eso", ", entonces", ", mas", " - ", "y nuestro", "y nuestra", "y nuestros",
    "y nuestras", "y usted", "y su", "y el", "y la", "y los", "y las", "y ademas"});
constexpr std::array kReportFrames = std::to_array<P>({
    "afirmaciones de que", "afirmacion de que", "afirman que", "afirma que", "dicen que", "se dice que",
    "evidencia de que", "pruebas de que", "la idea de que", "leido que", "oido que", "anuncian", "anuncia",
    "anuncios", "anuncio", "titulares", "llamado", "llamada", "llamados", "llamadas", "mito", "el brief",
    "la palabra", "palabras como", "se anuncia", "publicidad", "promesas de"});
constexpr std::array kDenials = std::to_array<P>({
    "no", "ni", "nunca", "nada", "falso", "falsa", "falsos", "falsas", "incorrecto", "mito", "debil", "debiles",
    "desconoce", "desconocido", "incierto", "incierta", "poco claro", "sin pruebas", "sin evidencia", "carece",
    "carecen", "exagera", "exageran", "exagerado", "exagerada", "marketing", "publicidad", "ninguna", "ninguno"});
constexpr std::array kMentionFrames = std::to_array<P>({
    "la palabra", "palabras como", "llamado", "llamada", "el anuncio", "el brief", "el llamado", "la llamada"});
constexpr std::array kHarmsGuarded = std::to_array<P>({
    "caida", "bajada", "descenso", "mareo", "mareos", "desmayo", "desmayos", "hematoma", "hematomas", "moraton",
    "moratones", "reaccion", "reacciones", "molestia", "molestias", "irritacion", "una caida", "una bajada"});
constexpr std::array kGuardWords = std::to_array<P>({"para"});
constexpr std::array kBoasts = std::to_array<P>({
    "supera", "superan", "iguala", "igualan", "mejor", "otro", "otra", "otros", "otras", "funciona", "embargo",
    "se compara"});
constexpr std::array kWhether = std::to_array<P>({"si"});
constexpr std::array kOpenQuestionCues = std::to_array<P>({
    "sabe", "saben", "sabemos", "claro", "incierto", "incierta", "seguro", "segura", "dudoso", "estudia",
    "estudian", "estudiado", "comprobar", "comprueba", "pregunta", "preguntan", "discuten", "discrepan", "sobre",
    "mide", "miden", "medido"});
constexpr std::array kAttributions = std::to_array<P>({"dice", "dijo", "cuenta", "conto", "comenta", "comento"});

// ---- Numbers ----
constexpr std::array kNumberWords = std::to_array<P>({"cero", "uno|una|un", "dos", "tres", "cuatro", "cinco",
                                                      "seis", "siete", "ocho", "nueve", "diez"});
constexpr std::array kProportionLinks = std::to_array<P>({"de cada", "de", "sobre", "en"});
constexpr std::array kTimesWords = std::to_array<P>({"veces"});
constexpr std::array kWordFigurePhrases = std::to_array<WordFigurePhrase>({
    {"la mitad de", 50, true}, {"tres cuartas partes", 75, false}, {"tres cuartos", 75, false},
    {"dos tercios", 66.7, false}, {"el doble", 2, false}, {"el triple", 3, false}});
constexpr std::array kPeople = std::to_array<P>({
    "personas", "pacientes", "clientes", "clientas", "usuarios", "usuarias", "mujeres", "hombres", "adultos",
    "adultas", "participantes", "ninos"});
constexpr std::array kCountLinks = std::to_array<P>({"de", "sobre", "en"});
constexpr std::array kDenominatorWords = std::to_array<P>({"cada", "por"});
constexpr std::array kConfidenceWords = std::to_array<P>({"ic", "intervalo", "confianza"});
constexpr std::array kTimeUnits = std::to_array<P>({"minuto", "minutos", "min", "hora", "horas", "h"});
constexpr std::array<P, 0> kClockWords{};
constexpr std::array kTimeResultWords = std::to_array<P>({"en", "tras", "despues", "antes", "menos"});
constexpr std::array kAboutWords = std::to_array<P>({"unos", "unas", "alrededor", "aproximadamente", "cerca", "de"});
constexpr std::array kServiceWords = std::to_array<P>({
    "dura", "duran", "sesion", "sesiones", "cita", "citas", "consulta", "visita", "reserve", "reservar", "pase",
    "pasa", "gotea", "cuente con"});
constexpr std::array kComparatives = std::to_array<P>({
    "menos", "mas", "menor", "mayor", "reduccion", "descenso", "aumento", "mejora", "mejor", "peor", "relativo",
    "relativa"});
constexpr std::array kByWords = std::to_array<P>({"un"});
constexpr std::array kRatioPhrases = std::to_array<P>({
    "el doble de", "duplica", "duplican", "triplica", "triplican", "la mitad de riesgo", "reduce a la mitad",
    "veces mas", "veces menos"});
constexpr std::array kUncertaintyMarks = std::to_array<P>({
    "ic", "intervalo de confianza", "intervalo de credibilidad", "rango", "p", "valor p", "incierto", "incierta",
    "incertidumbre", "margen de error", "azar", "estadisticamente", "no significativo", "no significativa",
    "significacion", "\xC2\xB1", "+/-"});
constexpr std::array kPointWords = std::to_array<P>({"punto", "puntos"});

// ---- L8 ----
constexpr std::array kVagueWords = std::to_array<P>({
    "personas", "pacientes", "adultos", "cualquiera", "todos", "todo el mundo", "todas las edades", "clientes",
    "el publico", "publico general", "varios", "variado", "mixto", "desconocido", "no consta", "n/a", "ninguno",
    "-"});
constexpr std::array kTimeWords = std::to_array<P>({
    "segundo", "segundos", "minuto", "minutos", "min", "hora", "horas", "h", "dia", "dias", "diario", "diaria",
    "semana", "semanas", "semanal", "mes", "meses", "mensual", "ano", "anos", "ciclo", "ciclos", "inmediatamente",
    "uno", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "doce"});

const Language kSpanish{
    "es", kFamilies, inflect_es, agree_es,
    kDiseases, kNounsAfter, kEfficacyWords, kStrongPresent, kStrongBase, kStrongModals, kHedgeModals,
    kPluralSubjects, kHedgesModerate, kHedgesLow, kUncertain, kUncertainOrUnknown,
    kClauseWords, kNegations, kScopeBreaks, kReportFrames, kDenials, kMentionFrames, kHarmsGuarded, kGuardWords,
    kBoasts, kWhether, kOpenQuestionCues, kAttributions,
    /*decimal_comma=*/true, kNumberWords, kProportionLinks, kTimesWords, kWordFigurePhrases, kPeople, kCountLinks,
    kDenominatorWords, kConfidenceWords, kTimeUnits, kClockWords, kTimeResultWords, kAboutWords, kServiceWords,
    kComparatives, kByWords, kRatioPhrases, kUncertaintyMarks, kPointWords,
    kVagueWords, kTimeWords,
};

}  // namespace

const Language& tables_es() { return kSpanish; }

}  // namespace benefits::lint_detail
