// Issue 16, item 5: the linter in Spanish. A dataset whose `language` is Spanish ("es", "es-MX"…) is read with
// the Spanish tables (core/src/lint/families_es.cpp): banned absolutes and disease claims are caught with their
// morphology, decimal commas and "80 %" are read as the numbers they are, numbers in words are read, and the
// hedges, negations and debunking sentences of Spanish are understood. The dataset is the Spanish template of
// the linter corpus (tests/lint-corpus/template-es.json: one supported claim on a randomised trial graded low,
// 54/120 against 30/120, a risk difference 0,20 with its interval 0,08 to 0,32, p 0,002).
#include <catch2/catch.hpp>
#include <algorithm>
#include <fstream>

#include "benefits/lint.hpp"
#include "benefits/load.hpp"
#include "fixtures.hpp"
#include "lint/families.hpp"

using benefits::LintFinding;
using benefits::Severity;
using nlohmann::json;

namespace {

json template_es() {
    std::ifstream in(std::string(BENEFITS_FIXTURES_DIR) + "/../lint-corpus/template-es.json");
    REQUIRE(in.good());
    return json::parse(in);
}

std::vector<LintFinding> lint_doc(const json& doc) {
    auto result = benefits::load(doc.dump());
    REQUIRE(result.ok());
    return benefits::lint(*result.dataset);
}

std::string listing(const std::vector<LintFinding>& findings) {
    std::string out;
    for (const auto& f : findings) out += f.path + ": " + f.rule + ": " + f.message + "\n";
    return out;
}

// The rules that fire on one field of the claim, with the text put there.
std::vector<std::string> rules(const std::string& text, const std::string& field = "brief",
                               const std::string& language = "es") {
    auto doc = template_es();
    doc["language"] = language;
    doc["claims"][0][field] = text;
    auto findings = lint_doc(doc);
    INFO(text << "\n" << listing(findings));
    std::vector<std::string> out;
    for (const auto& f : findings)
        if (f.path == "claims[0]." + field) out.push_back(f.rule);
    return out;
}

bool has(const std::vector<std::string>& r, std::string_view rule) { return std::find(r.begin(), r.end(), rule) != r.end(); }

}  // namespace

TEST_CASE("Spanish morphology: regular verbs in every form, adjectives in every gender and number") {
    using benefits::lint_detail::agree_es;
    using benefits::lint_detail::expand;
    using benefits::lint_detail::inflect_es;
    using benefits::lint_detail::tables_es;
    auto curar = inflect_es("curar", false);
    for (const char* form : {"curar", "cura", "curan", "curo", "curamos", "cure", "curen", "curado", "curada",
                             "curados", "curadas", "curando"})
        CHECK(std::find(curar.begin(), curar.end(), form) != curar.end());
    auto garantizar = inflect_es("garantizar", false);
    CHECK(std::find(garantizar.begin(), garantizar.end(), "garantice") != garantizar.end());
    auto aliviar = inflect_es("aliviar", true);  // present only: a participle reports a study
    CHECK(std::find(aliviar.begin(), aliviar.end(), "aliviado") == aliviar.end());
    auto combatir = inflect_es("combatir", false);
    CHECK(std::find(combatir.begin(), combatir.end(), "combate") != combatir.end());
    CHECK(std::find(combatir.begin(), combatir.end(), "combatido") != combatir.end());
    CHECK(agree_es("milagroso") == std::vector<std::string>{"milagroso", "milagrosa", "milagrosos", "milagrosas"});
    CHECK(expand("totalmente [seguro]", tables_es()) ==
          std::vector<std::string>{"totalmente seguro", "totalmente segura", "totalmente seguros", "totalmente seguras"});
    // The tables are chosen by the language's primary subtag.
    CHECK(&benefits::lint_detail::tables_for("es-MX") == &tables_es());
    CHECK(&benefits::lint_detail::tables_for("en-GB") == &benefits::lint_detail::tables_en());
}

TEST_CASE("Spanish: banned absolutes are caught, with their morphology and other words for the same promise") {
    for (const char* text : {"Cura garantizada para la resaca.", "Resultados garantizados.", "Garantizamos resultados.",
                             "Vitaminas 100 % naturales.", "Sin efectos secundarios.", "Efectos secundarios: ninguno.",
                             "Un gotero milagroso.", "Una fórmula milagrosa.", "La solución definitiva.",
                             "Clínicamente probado.", "Olvídese de la resaca para siempre.", "Totalmente segura para todos.",
                             "Desintoxica su cuerpo.", "Refuerza sus defensas.", "Curamos el cansancio."})
        CHECK(has(rules(text), "L1"));
    // Errors, so a CI run fails on them.
    auto doc = template_es();
    doc["claims"][0]["brief"] = "Cura garantizada.";
    auto findings = lint_doc(doc);
    auto l1 = std::find_if(findings.begin(), findings.end(), [](const LintFinding& f) { return f.rule == "L1"; });
    REQUIRE(l1 != findings.end());
    CHECK(l1->severity == Severity::Error);
}

TEST_CASE("Spanish: disease claims are caught as errors (L11), and names read through the families (L12)") {
    for (const char* text : {"Nuestro gotero trata la migraña.", "Alivia los dolores menstruales.",
                             "Previene la gripe.", "El tratamiento para la fibromialgia.", "Combate la ansiedad.",
                             "Mantiene la migraña a raya.", "Adiós a la migraña."})
        CHECK(has(rules(text), "L11"));
    // Describing patients, or a study's past result, is no claim.
    CHECK_FALSE(has(rules("Adultos tratados por migraña frecuente.", "summary"), "L11"));
    for (const char* name : {"Gotero Adiós Resaca", "Escudo Inmunitario", "Gotero Stop Migraña"})
        CHECK(has(rules(name, "title"), "L12"));
    CHECK_FALSE(has(rules("Gotero mensual de magnesio", "title"), "L12"));
}

TEST_CASE("Spanish: decimal commas and \"80 %\" are numbers as written, and are not flagged when a source states them") {
    // The source gives 0,20 (0,08 to 0,32), p 0,002, 54/120 against 30/120 (45 % and 25 %).
    CHECK(rules("La diferencia de riesgo fue de 0,20 (IC del 95 %: 0,08 a 0,32).", "summary").empty());
    CHECK(rules("El 45 % de las personas con el gotero mejoró, frente al 25 % con el gotero simulado (p 0,002).",
                "summary").empty());
    CHECK(rules("54 de 120 personas con el gotero tuvieron menos días de dolor de cabeza.").empty());
    CHECK(rules("45 de cada 100 personas con el gotero tuvieron menos días de dolor de cabeza.").empty());
    // The same digits as another number, or with another unit, are not the source's.
    CHECK(has(rules("El 54 % tuvo menos días de dolor de cabeza."), "L13"));
    CHECK(has(rules("La diferencia fue de 0,25."), "L13"));
    CHECK(has(rules("Un 80 % menos de días de dolor."), "L13"));
    // Read in English (a point is the decimal mark), "0,20" is two numbers, 0 and 20: the language decides.
    CHECK(has(rules("The risk difference was 0,21.", "brief", "en"), "L13"));
}

TEST_CASE("Spanish: numbers in words are read (L13)") {
    CHECK(has(rules("Nueve de cada diez clientes notan la diferencia."), "L13"));
    CHECK(has(rules("La mitad de nuestros clientes dejan los analgésicos."), "L13"));
    CHECK(has(rules("Tres veces más energía."), "L13"));
    CHECK_FALSE(has(rules("Tuvieron la mitad de días de dolor de cabeza."), "L13"));
}

TEST_CASE("Spanish: hedges, negations, debunking, the service and care against a harm are read as a reader would") {
    CHECK(has(rules("Puede ayudar con el cansancio."), "L4"));
    CHECK(has(rules("Algunos estudios sugieren más energía."), "L4"));
    // Low certainty allows "puede"; "reduce" and "probablemente reduce" are firmer than the evidence.
    CHECK(rules("El gotero puede reducir los días de dolor de cabeza.").empty());
    CHECK(has(rules("El gotero reduce los días de dolor de cabeza."), "L3"));
    CHECK(has(rules("Probablemente reduce los días de dolor de cabeza."), "L3"));
    // Negation within its clause; a new statement after ", y" is not negated.
    CHECK(rules("No es una cura: la evidencia es muy incierta.").empty());
    CHECK(has(rules("Sin cita previa, y nuestro gotero cura la resaca."), "L1"));
    // Debunking and open questions.
    CHECK(rules("Quizá haya leído que los goteros son 100 % seguros. No lo son.").empty());
    CHECK(rules("¿Cura la resaca? No.").empty());
    CHECK(rules("Las afirmaciones de que los goteros curan la migraña no están respaldadas.").empty());
    CHECK(rules("No se sabe si ayuda con la fatiga.").empty());
    // The service's time and care against a harm.
    CHECK(rules("La sesión dura unos 45 minutos.").empty());
    CHECK(rules("Para prevenir una bajada de tensión, la infusión pasa despacio.").empty());
}

TEST_CASE("Spanish: testimonials and endorsements (L16) and unnamed comparisons (L17)") {
    CHECK(has(rules("Recomendado por médicos."), "L16"));
    CHECK(has(rules("Nuestros pacientes dicen que se sienten como nuevos."), "L16"));
    CHECK(has(rules("«Me encuentro mucho mejor desde la primera sesión», dice Ana."), "L16"));
    CHECK(has(rules("Funciona mejor que las pastillas."), "L17"));
    CHECK(has(rules("Nada supera a nuestro gotero de hidratación."), "L17"));
    CHECK_FALSE(has(rules("Mejor que un gotero simulado en un ensayo.", "summary"), "L17"));
}

TEST_CASE("the dataset's language chooses the tables: Spanish words in an English dataset are not read as Spanish") {
    CHECK(has(rules("Cura garantizada.", "brief", "es-MX"), "L1"));
    CHECK_FALSE(has(rules("Cura garantizada.", "brief", "en"), "L1"));
}

TEST_CASE("a translation's texts are read with the tables of its language, each as the field it translates") {
    auto doc = template_es();
    doc["language"] = "en";  // an English dataset, translated into Spanish
    doc["claims"][0]["verdict"] = "supported";
    auto loaded = benefits::load(doc.dump());
    REQUIRE(loaded.ok());
    const json translation = {
        {"translation", 1}, {"language", "es"},
        {"texts", {
            {"claims.corpus-claim.brief", {{"from", "x"}, {"text", "Cura garantizada de la migraña."}}},
            {"claims.corpus-claim.summary", {{"from", "x"}, {"text", "La diferencia de riesgo fue de 0,20 (IC del 95 %: 0,08 a 0,32)."}}},
            {"claims.corpus-claim.title", {{"from", "x"}, {"text", "Gotero Adiós Resaca"}}},
            {"harms.low-pressure.statement", {{"from", "x"}, {"text", "La tensión puede bajar si la infusión pasa deprisa."}}},
            {"references.trial-a.conclusion", {{"from", "x"}, {"text", "Un ensayo sin garantías."}}},
        }}};
    std::vector<benefits::Problem> problems;
    auto findings = benefits::lint_translation(*loaded.dataset, translation.dump(), {}, &problems);
    INFO(listing(findings));
    CHECK(problems.empty());
    auto on = [&](std::string_view path, std::string_view rule) {
        return std::any_of(findings.begin(), findings.end(), [&](const LintFinding& f) {
            return f.path == path && f.rule == rule && f.claim_id == "corpus-claim";
        });
    };
    CHECK(on("texts[\"claims.corpus-claim.brief\"].text", "L1"));
    CHECK(on("texts[\"claims.corpus-claim.brief\"].text", "L11"));
    CHECK(on("texts[\"claims.corpus-claim.title\"].text", "L12"));
    CHECK(std::none_of(findings.begin(), findings.end(), [](const LintFinding& f) {
        return f.path.find("summary") != std::string::npos || f.path.find("harms") != std::string::npos ||
               f.path.find("references") != std::string::npos;
    }));
    // The brief of a claim published as not supported is a quote the card sets against the evidence.
    doc["claims"][0]["verdict"] = "not-supported";
    auto not_supported = benefits::load(doc.dump());
    REQUIRE(not_supported.ok());
    findings = benefits::lint_translation(*not_supported.dataset, translation.dump());
    CHECK_FALSE(on("texts[\"claims.corpus-claim.brief\"].text", "L1"));
    // Not a translation: path-named problems, no findings.
    problems.clear();
    CHECK(benefits::lint_translation(*loaded.dataset, R"({"language": "es"})", {}, &problems).empty());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "texts");
}

TEST_CASE("Spanish: an outcome named as relief, a past result and a comparison with a translated comparator pass") {
    // Found by linting the project's Spanish translation of data/claims.json (1,098 texts): these read as
    // claims before, though their English originals pass.
    CHECK(rules("Un ensayo concluyó que cualquier beneficio es incierto.", "summary").empty());
    auto doc = template_es();
    doc["claims"][0]["outcomes"][0]["outcome"]["text"] = "alivio del dolor de cabeza a las 2 horas";
    auto outcome = lint_doc(doc);
    INFO(listing(outcome));
    CHECK(outcome.empty());
    doc["claims"][0]["outcomes"][0]["comparator"] = {{"text", "pastilla de calcio sola"}, {"gender", "feminine"}, {"number", "singular"}};
    doc["claims"][0]["summary"] = "En un ensayo, funcionó mejor que el calcio solo (p 0,002).";
    auto findings = lint_doc(doc);
    INFO(listing(findings));
    CHECK(std::none_of(findings.begin(), findings.end(), [](const LintFinding& f) { return f.rule == "L17"; }));
    // Folded, the past "alivió" is "alivio": not a present-tense claim.
    auto aliviar = benefits::lint_detail::inflect_es("aliviar", true);
    CHECK(std::find(aliviar.begin(), aliviar.end(), "alivio") == aliviar.end());
}
