// The linter's messages and fixes in Spanish (messages.hpp): the same messages as messages_en.cpp, with the
// same {placeholders}, and a fix for every rule. Field names and the data's words (partly-supported,
// outcomes[0], unsupported_figures) stay as the dataset writes them.
#include "messages.hpp"

namespace benefits::lint_detail {
namespace {

const LintTexts kSpanish{
    .lang = Lang::Es,
    .open_quote = "«",
    .close_quote = "»",
    .list_more = " y {n} más",
    .no_reason = "(sin motivo)",
    .titles = {
        "Afirmación absoluta prohibida",
        "Eficacia sin ensayo aleatorizado",
        "Redacción más firme que la certeza",
        "Expresión evasiva en lugar de una certeza",
        "Evidencia de otra vía",
        "Sin daños ni precauciones",
        "Efecto relativo sin tasas absolutas",
        "Sin población o sin momento de medida",
        "Cifra sin su incertidumbre",
        "Falta una cita o la fecha de revisión",
        "Afirmación medicinal",
        "Nombres y etiquetas",
        "Cifra que ninguna fuente da",
        "Texto disfrazado",
        "Juicios de calificación para revisar",
        "Testimonio o aval",
        "Comparación con una alternativa sin nombrar",
    },
    .fixes = {
        "quite la palabra, o diga qué encontraron los estudios y con qué seguridad",
        "cite un ensayo aleatorizado, o una revisión de ensayos, que respalde la afirmación, o redáctela como lo "
        "que se observó y ponga el veredicto que corresponda",
        "redáctelo como permite la certeza, por ejemplo con la frase de la fila principal que muestra el explorador",
        "diga qué seguridad da la evidencia con las palabras de GRADE («probablemente reduce», «puede reducir», «la "
        "evidencia es muy incierta»)",
        "cite estudios de la vía de la clínica en una fila de esa vía, o ponga el veredicto oral-only y deje que las "
        "filas digan qué vía se estudió",
        "enlace los daños que corresponden al tratamiento, o añada una precaución",
        "añada un efecto absoluto a la fila de la que habla la cifra (las tasas de ambos grupos, o la diferencia de "
        "riesgo o de medias que da la fuente), o dé las cifras absolutas",
        "diga a quién se estudió y cuándo se midió el resultado",
        "añada el intervalo o el valor p que da la fuente, o diga que la fuente no da ninguno",
        "cite una fuente que esté en references, y dé la fecha en que se revisaron las afirmaciones por última vez",
        "describa lo que midieron los estudios en lugar de afirmar que trata, cura o previene una enfermedad",
        "cambie el nombre: un nombre o una etiqueta se lee como una afirmación",
        "cite la fuente que da la cifra, corríjala, o inclúyala en unsupported_figures con una nota (en una "
        "afirmación publicada como supported: cítela, corríjala o quítela, o ponga el veredicto que muestra la "
        "evidencia)",
        "vuelva a escribir el texto sin caracteres invisibles ni de dirección, cada palabra en un solo alfabeto",
        "pida a un segundo revisor que confirme este juicio",
        "quite el testimonio o el aval, y diga en su lugar qué encontraron los estudios",
        "compare solo con aquello con lo que lo comparó un estudio citado, y nómbrelo",
    },

    .absolute = "{words} es una afirmación absoluta que ninguna evidencia puede respaldar",
    .hedge = "{words} es una expresión evasiva: suena a evidencia, pero no dice qué seguridad hay",
    .medicinal = "{words} es una afirmación medicinal (tratar, curar o prevenir una enfermedad)",
    .testimonial = "{words} es un testimonio o un aval: si la clínica lo publica, es una afirmación de la propia "
                   "clínica, y ocupa el lugar de la evidencia",
    .comparison = "{words} compara con una alternativa que la afirmación no nombra ni respalda con una fuente",
    .takes_away = "{words} promete quitar una dolencia",
    .names_effect = "{words} nombra un efecto que promete el tratamiento",
    .name_or_label = "un nombre o una etiqueta: {message} ({rule})",
    .no_randomised = {"{list} afirma un efecto, pero ninguna fila de resultados de esta afirmación tiene en su "
                      "evidencia calificada un ensayo aleatorizado, o una revisión de ensayos, que lo respalde",
                      "{list} afirman un efecto, pero ninguna fila de resultados de esta afirmación tiene en su "
                      "evidencia calificada un ensayo aleatorizado, o una revisión de ensayos, que lo respalde"},
    .no_certainty = {"{list} afirma un efecto, pero la fila principal de la afirmación (outcomes[0]) no tiene "
                     "certeza: ningún estudio controlado lo midió, así que cualquier forma de expresar un efecto es "
                     "más firme que la evidencia",
                     "{list} afirman un efecto, pero la fila principal de la afirmación (outcomes[0]) no tiene "
                     "certeza: ningún estudio controlado lo midió, así que cualquier forma de expresar un efecto es "
                     "más firme que la evidencia"},
    .no_certainty_fix = "diga lo que se sabe, por ejemplo: «{example}»",
    .too_firm = {"{list} expresa el efecto con más firmeza de la que permite la evidencia: la certeza calculada de "
                 "la fila principal de la afirmación (outcomes[0]) es {certainty}, lo que pide {wording}",
                 "{list} expresan el efecto con más firmeza de la que permite la evidencia: la certeza calculada de "
                 "la fila principal de la afirmación (outcomes[0]) es {certainty}, lo que pide {wording}"},
    .too_firm_fix = "redáctelo como permite la certeza, por ejemplo: «{example}»",
    .certainty = {"muy baja", "baja", "moderada", "alta"},
    .wording = {"«la evidencia es muy incierta acerca de …»", "«puede …»", "«probablemente …»", "«reduce …»"},
    .other_route = "la afirmación se publica como {verdict} para la vía {route}, pero ninguna fila de resultados "
                   "sobre la vía {route} tiene un conjunto de evidencia; la evidencia calificada es de otra vía: "
                   "{rows}",
    .no_harms = "la afirmación no enumera daños ni precauciones, y el conjunto de datos no tiene infusion_cautions, "
                "así que sus beneficios se mostrarían sin sus riesgos",
    .relative_effect = {"{list} es un efecto relativo, pero ninguna fila de resultados de la afirmación da un efecto "
                        "absoluto (outcomes[].absolute: las tasas de ambos grupos, una diferencia de riesgo o una "
                        "diferencia de medias)",
                        "{list} son efectos relativos, pero ninguna fila de resultados de la afirmación da un "
                        "efecto absoluto (outcomes[].absolute: las tasas de ambos grupos, una diferencia de riesgo "
                        "o una diferencia de medias)"},
    .population_vague = "{text} no dice a quién se estudió",
    .population_missing = "sin población: no dice a quién se estudió",
    .timepoint_vague = "{text} no dice cuándo se midió el resultado",
    .timepoint_missing = "sin momento de medida: no dice cuándo se midió el resultado",
    .without_uncertainty = {"{list} se da sin su incertidumbre (un intervalo de confianza, un rango, un valor p, la "
                            "significación estadística o «incierto») en la misma oración",
                            "{list} se dan sin su incertidumbre (un intervalo de confianza, un rango, un valor p, "
                            "la significación estadística o «incierto») en la misma oración"},
    .unknown_reference = "cita {id}, que no está en references",
    .no_review_date = "el conjunto de datos no dice cuándo se revisaron sus afirmaciones por última vez",
    .bad_review_date = "{date} no es una fecha de revisión con la forma AAAA-MM-DD",
    .no_source = "la afirmación se publica como {verdict}, pero ninguna de sus filas de resultados cita una fuente",
    .figure_unsourced = "{list}: ninguna fuente que cite esta afirmación da esta cifra, y unsupported_figures no la "
                        "incluye",
    .figure_unsourced_supported_fix =
        "cite la fuente que da la cifra, o corríjala; la afirmación se publica como supported, así que incluir la "
        "cifra en unsupported_figures no la haría cierta: si ninguna fuente la da, quítela del texto o ponga el "
        "veredicto que muestra la evidencia",
    .figure_listed_supported = "{list}: unsupported_figures incluye esta cifra como no dada por ninguna fuente, pero "
                               "la afirmación se publica como supported, lo que dice que la evidencia respalda su "
                               "texto",
    .figure_listed_supported_fix = "quite la cifra de este texto o cite la fuente que la da; o, si la afirmación se "
                                   "basa en ella, ponga el veredicto partly-supported o not-supported",
    .invisible = "caracteres invisibles{where}: {characters}; un lector no los ve, pero parten las palabras para "
                 "todo lo que lee el texto",
    .invisible_inside = " dentro de {list}",
    .bidi = "controles de dirección del texto (bidi): {characters}; el texto se muestra en otro orden que el que "
            "tiene guardado, así que lo que se lee no es lo que se muestra",
    .mixed_scripts = {"{list} mezcla letras {scripts} en una palabra: letras parecidas de otro alfabeto disfrazan "
                      "una palabra",
                      "{list} mezclan letras {scripts} en una palabra: letras parecidas de otro alfabeto disfrazan "
                      "una palabra"},
    .script = {"latinas", "griegas", "cirílicas"},
    .variation_selector = "selector de variación",
    .tag = "etiqueta",
    .judged_higher = "{domain}: el editor lo juzga {editor} donde la comprobación automática de la regla da {rule}, "
                     "lo que deja la certeza de la fila más alta que con la regla sola; motivo del editor: {reason}",
    .judged_lower = "{domain}: el editor lo juzga {editor} donde la comprobación automática de la regla da {rule}, "
                    "lo que deja la certeza de la fila más baja que con la regla sola; motivo del editor: {reason}",
    .large_effect = {"large-effect: el editor sube la certeza de la fila {n} nivel por un efecto grande, que la "
                     "regla no comprueba por sí misma; motivo del editor: {reason}",
                     "large-effect: el editor sube la certeza de la fila {n} niveles por un efecto grande, que la "
                     "regla no comprueba por sí misma; motivo del editor: {reason}"},
};

}  // namespace

const LintTexts& lint_texts_es() { return kSpanish; }

}  // namespace benefits::lint_detail
