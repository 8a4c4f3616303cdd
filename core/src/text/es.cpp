// The core's sentences in Spanish (text.hpp): usted-free, plain, with the article and the verb agreeing with
// the gender and number a translation gives each outcome, intervention and comparator.
#include "benefits/text.hpp"

namespace benefits {
namespace {

// "el placebo", "la metoclopramida", "los comprimidos de magnesio", "las infusiones".
std::string the_es(std::string_view noun, Grammar g) {
    if (noun.empty()) return {};
    std::string_view article = g.plural ? (g.feminine ? "las " : "los ") : (g.feminine ? "la " : "el ");
    return std::string(article) + std::string(noun);
}

const Texts kSpanish{
    .lang = Lang::Es,
    .the = the_es,
    .needs_grammar = true,
    .decimal_point = ',',
    .verbs = {{
        {{{"reduce", "reducen"}, {"probablemente reduce", "probablemente reducen"}, {"puede reducir", "pueden reducir"}}},
        {{{"aumenta", "aumentan"}, {"probablemente aumenta", "probablemente aumentan"},
          {"puede aumentar", "pueden aumentar"}}},
        {{{"da lugar a poca o ninguna diferencia en", "dan lugar a poca o ninguna diferencia en"},
          {"probablemente da lugar a poca o ninguna diferencia en",
           "probablemente dan lugar a poca o ninguna diferencia en"},
          {"puede dar lugar a poca o ninguna diferencia en", "pueden dar lugar a poca o ninguna diferencia en"}}},
    }},
    .statement = "{subject} {verb} {what}.",
    .compared_subject = "En comparación con {comparator}, {intervention}",
    .what = "{outcome}{timepoint}",
    .what_slightly = "ligeramente {outcome}{timepoint}",
    .effect_of = "el efecto de {intervention} en {outcome}",
    .effect_of_compared = "el efecto de {intervention}, en comparación con {comparator}, en {outcome}",
    .very_uncertain = "La evidencia es muy incierta acerca de {effect}.",
    .no_studies = "No encontramos ningún estudio sobre {effect}.",
    .no_controlled = "Ningún estudio con grupo de comparación midió {effect}.",
    .observations_only = "Ningún estudio con grupo de comparación midió {effect}; solo hay informes de personas "
                         "tratadas sin grupo de comparación, que no pueden mostrar si funciona.",

    .about = "unas ",
    .about_one = "aproximadamente ",
    .person = {"persona", "personas"},
    .fewer = "menos",
    .more = "más",
    .lower = "menos",
    .higher = "más",
    .people_difference = "{about}{n} {people} {side} de cada 100{event}",
    .same_number = "El mismo número de personas de cada 100{event} en ambos grupos",
    .about_same_number = "Aproximadamente el mismo número de personas de cada 100{event} en ambos grupos",
    .between_same_side = "entre {about}{low} y {high} {side}",
    .between_sides = "entre {about}{low} {below} y {high} {above}",
    .rate = "{about}{n} de cada 100",
    .both_rates = "{mine}{event} con {intervention}, {theirs} con {comparison}",
    .one_rate = "{rate}{event} con {group}; sin datos con {other}",
    .no_rates = "Sin datos en ninguno de los dos grupos",
    .comparison_group = "el grupo de comparación",
    .mean_difference = "En promedio, {value}{scale} {side} con {intervention} que con {comparison}",
    .mean_no_difference = "En promedio, ninguna diferencia entre {intervention} y {comparison}",

    .way_given = {"en vena (intravenoso)", "como inyección en un músculo", "por boca", "de más de una forma",
                  "de una forma que no se indica"},
    .trial = {"ensayo", "ensayos"},
    .study = {"estudio", "estudios"},
    .these = {"este {noun}", "estos {noun}"},
    .list_or = " o ",
    .list_and = " y ",
    .start_randomised = "la evidencia procede de ensayos aleatorizados, o de revisiones que los combinan",
    .start_non_randomised = "la evidencia procede de estudios que compararon grupos de personas que no se "
                            "asignaron al azar",
    .disagree_one = "los resultados del único estudio que responde a esta pregunta no coinciden",
    .disagree_trials = "los ensayos que responden a esta pregunta no coinciden",
    .disagree_studies = "los estudios que responden a esta pregunta no coinciden",
    .inconsistency = "{disagree}: unos respaldan lo que afirma la clínica y otros lo contradicen",
    .route_unknown = {"{these} no dice cómo se dio el magnesio, así que no podemos saber si se dio {asked}, como "
                      "plantea esta pregunta",
                      "{these} no dicen cómo se dio el magnesio, así que no podemos saber si se dio {asked}, como "
                      "plantea esta pregunta"},
    .route_other = {"{these} no dio el magnesio {asked}, como plantea esta pregunta: lo dio {used}",
                    "ninguno de {these} dio el magnesio {asked}, como plantea esta pregunta: lo dieron {used}"},
    .interval_includes_none = "el intervalo de resultados probables incluye la ausencia de efecto: {effect}",
    .only_review_one = "esta revisión incluyó solo a {n} personas",
    .only_review_many = "la revisión más grande de estos ensayos incluyó solo a {n} personas",
    .only_took_part = "solo {n} personas participaron en {these}",
    .no_count = {"{these} no dice cuántas personas participaron", "{these} no dicen cuántas personas participaron"},
    .far_too_few = "{who}, muchas menos de las necesarias para estar seguros del resultado (menos de {n})",
    .too_few = "{who}, demasiado pocas para estar seguros del resultado (menos de {n})",
    .and_also = "; y además, ",
    .rule = {
        "Cada fila responde a una sola pregunta: un tratamiento, dado de una forma, frente a una comparación, para "
        "un resultado en un momento concreto. Se califica solo con sus propios estudios.",
        "Solo se califican los estudios que comparan grupos y que respaldan o contradicen lo que afirma la "
        "clínica; las lecturas de contexto, las guías y las revisiones narrativas no. Los informes sin grupo de "
        "comparación se muestran como observaciones y nunca se califican. Una fila sin ningún estudio de ese tipo "
        "no tiene calificación.",
        "La calificación usa el diseño más sólido de la fila: los ensayos aleatorizados, o las revisiones que los "
        "combinan, parten de alta; si no hay ninguno, las demás comparaciones parten de baja. Los estudios más "
        "débiles de la misma fila se muestran, pero no se califican: si no coinciden, su diseño más débil lo "
        "explica.",
        "Se baja un nivel por cada problema serio y dos por uno muy serio: riesgo de sesgo, inconsistencia, "
        "evidencia indirecta, imprecisión y sesgo de publicación.",
        "El riesgo de sesgo y el sesgo de publicación los juzga el editor, con un motivo por escrito; el sesgo de "
        "publicación que nadie ha juzgado se muestra como no evaluado.",
        "La inconsistencia es seria cuando los estudios calificados no coinciden: unos respaldan lo que afirma la "
        "clínica y otros lo contradicen.",
        "La evidencia indirecta es un problema serio cuando ninguno de los estudios calificados dio el magnesio de "
        "la forma que plantea la fila (por ejemplo, solo comprimidos detrás de una fila sobre infusiones); una "
        "fila sobre comprimidos nunca baja por no tratarse de una infusión.",
        "La imprecisión es seria cuando el intervalo de resultados probables de la fila incluye la ausencia de "
        "efecto, o cuando participaron menos de {serious} personas en los estudios calificados; muy seria con "
        "menos de {very_serious} personas, o cuando no se indica ninguna cifra. Cada persona se cuenta una vez: la "
        "suma de los ensayos, o la revisión más grande de ellos si esta incluye a más personas.",
        "Los editores pueden juzgar cualquier dominio de forma distinta a estas comprobaciones, más o menos serio, "
        "siempre con un motivo por escrito; la página muestra ese motivo y marca que el juicio difiere de la regla.",
        "Se sube un nivel si el efecto es grande, solo cuando la evidencia partió de baja y no se bajó por nada.",
        "El resultado es alta, moderada, baja o muy baja; nunca queda por debajo de muy baja.",
    },

    .route_words = {"magnesio intravenoso", "magnesio intramuscular (inyectado en un músculo)", "magnesio oral",
                    "magnesio administrado de más de una forma"},
    .indirect = "Ningún estudio de los que encontramos dio el magnesio {way}, como lo hace la clínica; la "
                "evidencia trata sobre {about}.",
};

}  // namespace

const Texts& texts_es() { return kSpanish; }

}  // namespace benefits
