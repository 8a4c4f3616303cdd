// The core's own sentences in Spanish (core/src/text/es.cpp): GRADE guideline 26 statements that agree with
// the gender and number of the translated phrases, absolute effects with decimal commas, the grading reasons
// and the rule. Each expected sentence is read as a Spanish-speaking patient would read it.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "benefits/counted_evidence.hpp"
#include "benefits/grade.hpp"
#include "benefits/text.hpp"
#include "benefits/wording.hpp"
#include "fixtures.hpp"

using benefits::AbsoluteKind;
using benefits::Certainty;
using benefits::EffectDirection;
using benefits::Grammar;
using benefits::Lang;
using benefits::Role;

namespace {

constexpr Grammar kMasculine{false, false}, kFeminine{true, false}, kMasculinePlural{false, true},
    kFemininePlural{true, true};

benefits::OutcomeRow fila(std::string intervention, Grammar ig, std::string comparator, Grammar cg,
                          std::string outcome, Grammar og, std::string timepoint,
                          std::optional<EffectDirection> direction) {
    benefits::OutcomeRow r;
    r.id = "fila";
    r.intervention = std::move(intervention);
    r.intervention_grammar = ig;
    r.comparator = std::move(comparator);
    r.comparator_grammar = cg;
    r.outcome = std::move(outcome);
    r.outcome_grammar = og;
    r.timepoint = std::move(timepoint);
    r.population = "adultos con migraña";
    r.direction = direction;
    if (direction) r.evidence = {{"ensayo-a", -1, Role::Supports, ""}};
    return r;
}

std::string es(const benefits::OutcomeRow& r, std::optional<Certainty> c) {
    return benefits::row_statement(r, c, Lang::Es);
}

}  // namespace

TEST_CASE("Spanish: the verb follows the certainty, the article the outcome's gender") {
    auto r = fila("magnesio oral tomado a diario", kMasculine, "", {}, "frecuencia de las crisis de migraña",
                  kFeminine, "", EffectDirection::Decrease);
    CHECK(es(r, Certainty::High) == "El magnesio oral tomado a diario reduce la frecuencia de las crisis de migraña.");
    CHECK(es(r, Certainty::Moderate) ==
          "El magnesio oral tomado a diario probablemente reduce la frecuencia de las crisis de migraña.");
    CHECK(es(r, Certainty::Low) ==
          "El magnesio oral tomado a diario puede reducir la frecuencia de las crisis de migraña.");
    CHECK(es(r, Certainty::VeryLow) == "La evidencia es muy incierta acerca del efecto del magnesio oral tomado a "
                                       "diario en la frecuencia de las crisis de migraña.");
}

TEST_CASE("Spanish: little to no difference, with the comparator and the time point") {
    auto r = fila("magnesio intravenoso", kMasculine, "placebo", kMasculine, "dolor de la migraña", kMasculine,
                  "30 minutos después de la infusión", EffectDirection::NoDifference);
    CHECK(es(r, Certainty::High) == "En comparación con el placebo, el magnesio intravenoso da lugar a poca o ninguna "
                                    "diferencia en el dolor de la migraña 30 minutos después de la infusión.");
    CHECK(es(r, Certainty::Low) == "En comparación con el placebo, el magnesio intravenoso puede dar lugar a poca o "
                                   "ninguna diferencia en el dolor de la migraña 30 minutos después de la infusión.");
    CHECK(es(r, Certainty::VeryLow) ==
          "La evidencia es muy incierta acerca del efecto del magnesio intravenoso, en comparación con el placebo, "
          "en el dolor de la migraña 30 minutos después de la infusión.");
}

TEST_CASE("Spanish: a plural intervention takes a plural verb; plural and feminine articles") {
    auto r = fila("infusiones de magnesio", kFemininePlural, "fármacos habituales", kMasculinePlural, "náuseas",
                  kFemininePlural, "", EffectDirection::Decrease);
    CHECK(es(r, Certainty::Moderate) ==
          "En comparación con los fármacos habituales, las infusiones de magnesio probablemente reducen las náuseas.");
    CHECK(es(r, Certainty::Low) ==
          "En comparación con los fármacos habituales, las infusiones de magnesio pueden reducir las náuseas.");
    r.direction = EffectDirection::NoDifference;
    CHECK(es(r, Certainty::Low) == "En comparación con los fármacos habituales, las infusiones de magnesio pueden dar "
                                   "lugar a poca o ninguna diferencia en las náuseas.");
    auto sin = fila("infusiones de magnesio", kFemininePlural, "", {}, "dolor", kMasculine, "", EffectDirection::Decrease);
    CHECK(es(sin, Certainty::High) == "Las infusiones de magnesio reducen el dolor.");
}

TEST_CASE("Spanish: an increase, and a slight effect says ligeramente before the outcome") {
    auto r = fila("magnesio intravenoso", kMasculine, "placebo", kMasculine, "efectos secundarios", kMasculinePlural,
                  "", EffectDirection::Increase);
    CHECK(es(r, Certainty::Moderate) ==
          "En comparación con el placebo, el magnesio intravenoso probablemente aumenta los efectos secundarios.");
    auto s = fila("magnesio intravenoso", kMasculine, "metoclopramida", kFeminine, "dolor de la migraña", kMasculine,
                  "2 horas después de la infusión", EffectDirection::Decrease);
    s.size = benefits::EffectSize::Slight;
    CHECK(es(s, Certainty::Low) == "En comparación con la metoclopramida, el magnesio intravenoso puede reducir "
                                   "ligeramente el dolor de la migraña 2 horas después de la infusión.");
}

TEST_CASE("Spanish: no studies, and only reports without a comparison group") {
    auto none = fila("magnesio intravenoso", kMasculine, "", {}, "calidad del sueño", kFeminine, "", std::nullopt);
    CHECK(es(none, std::nullopt) ==
          "No encontramos ningún estudio sobre el efecto del magnesio intravenoso en la calidad del sueño.");
    auto observed = fila("magnesio intravenoso", kMasculine, "", {}, "dolor de la migraña", kMasculine, "", std::nullopt);
    observed.observations = {{"serie-a", -1, Role::Supports, ""}};
    CHECK(es(observed, std::nullopt) ==
          "Ningún estudio con grupo de comparación midió el efecto del magnesio intravenoso en el dolor de la "
          "migraña; solo hay informes de personas tratadas sin grupo de comparación, que no pueden mostrar si "
          "funciona.");
}

TEST_CASE("Spanish: absolute effects in people of every 100, with decimal commas") {
    auto r = fila("magnesio intravenoso", kMasculine, "metoclopramida", kFeminine, "alivio", kMasculine, "",
                  EffectDirection::Decrease);
    benefits::AbsoluteEffect rd;
    rd.kind = AbsoluteKind::RiskDifference;
    rd.event = "tuvieron alivio";
    rd.value = -7.3;
    rd.low = -23;
    rd.high = 9;
    CHECK(benefits::absolute_text(rd, r, Lang::Es) ==
          "Unas 7 personas menos de cada 100 tuvieron alivio (entre 23 menos y 9 más)");
    CHECK(benefits::absolute_text(rd, r, Lang::En) ==
          "About 7 fewer people in every 100 tuvieron alivio (between 23 fewer and 9 more)");
    rd.value = 37;
    rd.low = 6;
    rd.high = 68;
    rd.event = "tuvieron efectos secundarios";
    CHECK(benefits::absolute_text(rd, r, Lang::Es) ==
          "37 personas más de cada 100 tuvieron efectos secundarios (entre 6 y 68 más)");
    rd.value = -1;
    rd.low.reset();
    rd.high.reset();
    rd.event.clear();
    CHECK(benefits::absolute_text(rd, r, Lang::Es) == "1 persona menos de cada 100");

    benefits::AbsoluteEffect rates;
    rates.kind = AbsoluteKind::Rates;
    rates.event = "tuvieron alivio";
    rates.magnesium.events = 40;
    rates.magnesium.total = 50;
    rates.control.percent = 18.2;
    CHECK(benefits::absolute_text(rates, r, Lang::Es) ==
          "80 de cada 100 tuvieron alivio con el magnesio intravenoso, unas 18 de cada 100 con la metoclopramida");

    benefits::AbsoluteEffect mean;
    mean.kind = AbsoluteKind::MeanDifference;
    mean.value = -9.73;
    mean.low = -15.2;
    mean.high = -4.26;
    mean.scale = "puntos en una escala de dolor de 0 a 100 mm";
    auto placebo = fila("magnesio intravenoso", kMasculine, "placebo", kMasculine, "dolor", kMasculine, "",
                        EffectDirection::Decrease);
    CHECK(benefits::absolute_text(mean, placebo, Lang::Es) ==
          "En promedio, 9,73 puntos en una escala de dolor de 0 a 100 mm menos con el magnesio intravenoso que con "
          "el placebo (entre 4,26 y 15,2 menos)");
}

TEST_CASE("Spanish contractions and conjunctions are made where a template meets a phrase") {
    const auto& t = benefits::texts(Lang::Es);
    CHECK(t.fill("el efecto de {x}", {{"x", "el magnesio"}}) == "el efecto del magnesio");
    CHECK(t.fill("dar lugar a {x}", {{"x", "el dolor"}}) == "dar lugar al dolor");
    CHECK(t.fill("el efecto de {x}", {{"x", "la infusión"}}) == "el efecto de la infusión");
    CHECK(t.fill("paracetamol y {x}", {{"x", "ibuprofeno"}}) == "paracetamol e ibuprofeno");
    CHECK(t.fill("magnesio y {x}", {{"x", "hierro"}}) == "magnesio y hierro");
    CHECK(t.fill("siete o {x}", {{"x", "ocho"}}) == "siete u ocho");
    // English is never touched
    CHECK(benefits::texts(Lang::En).fill("the effect of {x}", {{"x", "el magnesio"}}) == "the effect of el magnesio");
    CHECK(benefits::language_of("es-MX") == Lang::Es);
    CHECK(benefits::language_of("en-GB") == Lang::En);
}

TEST_CASE("Spanish: the grading reasons and the rule") {
    benefits::Dataset d;
    d.language = "es";
    d.route = benefits::Route::IV;
    d.references = {fixtures::source("ensayo-pequeno", benefits::Design::RctDoubleBlind, benefits::Route::Oral, 50)};
    auto r = fila("magnesio intravenoso", kMasculine, "placebo", kMasculine, "dolor", kMasculine, "",
                  EffectDirection::Decrease);
    r.evidence = {fixtures::link("ensayo-pequeno", Role::Supports)};
    auto g = benefits::grade(r, benefits::count_evidence(r, d), d);
    REQUIRE(g);
    CHECK(g->start_reason == "la evidencia procede de ensayos aleatorizados, o de revisiones que los combinan");
    REQUIRE(g->steps.size() == 2);
    CHECK(g->steps[0].reason == "este ensayo no dio el magnesio en vena (intravenoso), como plantea esta pregunta: "
                                "lo dio por boca");
    CHECK(g->steps[1].reason == "solo 50 personas participaron en este ensayo, muchas menos de las necesarias para "
                                "estar seguros del resultado (menos de 100)");
    auto rule = benefits::grading_rule_text(Lang::Es);
    REQUIRE(rule.size() == benefits::grading_rule_text(Lang::En).size());
    CHECK(rule[10] == "El resultado es alta, moderada, baja o muy baja; nunca queda por debajo de muy baja.");
    CHECK_THAT(rule[7], Catch::Matchers::Contains("menos de 400 personas") &&
                            Catch::Matchers::Contains("menos de 100 personas"));
}
