// Translations of a dataset (docs/format.md, "Translations"): applied with the core's sentences in the
// translation's language; refused, with the key's path, when a number is changed, dropped or added, when a key
// is not the dataset's, when a phrase lacks its gender and number, or when it is of another dataset. Missing and
// stale texts fall back to the original, listed in the object's "fallback".
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "api/view_json.hpp"
#include "benefits/api.hpp"
#include "benefits/load.hpp"
#include "benefits/session.hpp"
#include "benefits/translation.hpp"
#include "fixtures.hpp"

using Catch::Matchers::Contains;
using nlohmann::json;

namespace {

json entry(std::string from, std::string text) { return {{"from", std::move(from)}, {"text", std::move(text)}}; }

json event(std::string from, std::string text, std::string singular) {
    return {{"from", std::move(from)}, {"text", std::move(text)}, {"singular", std::move(singular)}};
}

json phrase(std::string from, std::string text, std::string gender, std::string number) {
    return {{"from", std::move(from)}, {"text", std::move(text)}, {"gender", std::move(gender)}, {"number", std::move(number)}};
}

// A Spanish translation of part of tests/fixtures/mini.json.
json spanish() {
    const std::string row = "claims.fast-relief.outcomes.main.";
    return {{"translation", 1},
            {"language", "es"},
            {"source", {{"title", "Test dataset"}, {"language", "en"}, {"reviewed", "2026-11-24"}}},
            {"translated", "2026-12-06"},
            {"clinician_reviewed", nullptr},
            {"texts",
             {{"claims.fast-relief.summary", entry("Two double-blind trials disagree.", "Dos ensayos doble ciego no coinciden.")},
              {row + "outcome", phrase("migraine pain", "dolor de la migraña", "masculine", "singular")},
              {row + "intervention", phrase("IV magnesium", "magnesio intravenoso", "masculine", "singular")},
              {row + "comparator", phrase("placebo", "placebo", "masculine", "singular")},
              {row + "timepoint", entry("30 minutes after the infusion", "30 minutos después de la infusión")},
              {row + "absolute.1.event", event("needed another medicine", "necesitaron otro medicamento",
                                               "necesitó otro medicamento")},
              {"references.trial-oral.findings.0.p", entry("p < 0.05", "p < 0,05")}}}};
}

std::vector<std::string> refusals(const json& translation) {
    benefits::Dataset d = fixtures::mini_dataset();
    std::vector<std::string> out;
    for (const auto& p : benefits::apply_translation(d, translation.dump()).problems) out.push_back(to_string(p));
    return out;
}

}  // namespace

TEST_CASE("a translation is applied: its texts, its language, and the core's sentences in it") {
    benefits::Dataset d = fixtures::mini_dataset();
    auto result = benefits::apply_translation(d, spanish().dump());
    REQUIRE(result.problems.empty());
    CHECK(d.language == "es");
    CHECK(d.source_language == "en");
    CHECK(d.claims[0].summary == "Dos ensayos doble ciego no coinciden.");
    CHECK(d.references[2].findings[0].p == "p < 0,05");  // a decimal comma keeps the number

    json view = fixtures::full_view(benefits::Session(std::move(d)));
    CHECK(view["language"] == "es");
    CHECK(view["source_language"] == "en");
    CHECK(view["translation"]["language"] == "es");
    CHECK(view["translation"]["clinician_reviewed"].is_null());
    CHECK(view["translation"]["translated"] == "2026-12-06");
    const json& claim = view["claims"][0];
    const json& main = claim["outcomes"][0];
    CHECK(main["statement"] == "La evidencia es muy incierta acerca del efecto del magnesio intravenoso, en "
                               "comparación con el placebo, en el dolor de la migraña 30 minutos después de la "
                               "infusión.");
    CHECK(main["absolute"][1]["text"] == "7 personas menos de cada 100 necesitaron otro medicamento (entre 23 menos "
                                         "y 9 más)");
    CHECK_THAT(main["grading"]["startReason"].get<std::string>(), Contains("ensayos aleatorizados"));
    CHECK_THAT(view["gradingRule"][0].get<std::string>(), Contains("Cada fila responde"));
    // What is not translated is listed, by the view's field names; what is, is not.
    std::set<std::string> claim_fallback(claim["fallback"].begin(), claim["fallback"].end());
    CHECK(claim_fallback.count("title"));
    CHECK(claim_fallback.count("verdictReason"));
    CHECK(claim_fallback.count("population"));  // the headline row's population, shown with the claim
    CHECK_FALSE(claim_fallback.count("summary"));
    CHECK_FALSE(claim_fallback.count("timeframe"));
    std::set<std::string> row_fallback(main["fallback"].begin(), main["fallback"].end());
    CHECK(row_fallback == std::set<std::string>{"population", "absolute[0].event", "grading.risk-of-bias"});
    CHECK(main["evidence"][0]["fallback"] == json{"note"});
    CHECK(view["fallback"] == json{"title", "intervention", "emergencyLine"});
    CHECK(view["translation"]["total"].get<int>() - view["translation"]["untranslated"].get<int>() == 7);
}

TEST_CASE("a translation that changes, drops or adds a number is refused with its key") {
    const std::string key = "claims.fast-relief.outcomes.main.timepoint";
    json changed = spanish(), dropped = spanish(), added = spanish();
    changed["texts"][key]["text"] = "60 minutos después de la infusión";
    dropped["texts"][key]["text"] = "media hora después de la infusión";
    added["texts"][key]["text"] = "30 minutos después de la infusión de 2 g";
    CHECK(refusals(changed) ==
          std::vector<std::string>{"texts[\"" + key + "\"]: the translation drops 30 and adds 60: every number of "
                                   "the original must be in the translation, and no other (a decimal comma is fine: "
                                   "0,54 = 0.54)"});
    CHECK_THAT(refusals(dropped).at(0), Contains("texts[\"" + key + "\"]: the translation drops 30:"));
    CHECK_THAT(refusals(added).at(0), Contains("texts[\"" + key + "\"]: the translation adds 2:"));
    json decimal = spanish();
    decimal["texts"]["references.trial-oral.findings.0.p"]["text"] = "p < 0,5";
    CHECK_THAT(refusals(decimal).at(0), Contains("drops 0.05 and adds 0.5"));
}

TEST_CASE("numbers are compared as numbers: decimal commas, percent signs and spacing do not matter") {
    CHECK(benefits::numbers_in("41.6% vs 15,8 %, 80 in every 100") == std::vector<std::string>{"41.6", "15.8", "80", "100"});
    CHECK(benefits::numbers_in("0,54 (0.54)") == std::vector<std::string>{"0.54"});
    CHECK(benefits::numbers_in("in 2016.") == std::vector<std::string>{"2016"});
}

TEST_CASE("after a count of one person an event takes the translation's singular") {
    json translation = spanish();
    translation["texts"]["claims.fast-relief.outcomes.main.absolute.0.event"] =
        event("felt better", "se sintieron mejor", "se sintió mejor");
    benefits::Dataset d = fixtures::mini_dataset();
    REQUIRE(benefits::apply_translation(d, translation.dump()).problems.empty());
    auto& effects = d.claims[0].outcomes[0].absolute;
    effects[0].magnesium.events = 1;
    effects[0].magnesium.total = 100;
    effects[1].value = -1;
    effects[1].low.reset();
    effects[1].high.reset();
    json view = fixtures::full_view(benefits::Session(benefits::Dataset(d)));
    const json& absolute = view["claims"][0]["outcomes"][0]["absolute"];
    CHECK(absolute[1]["text"] == "1 persona menos de cada 100 necesitó otro medicamento");
    CHECK_THAT(absolute[0]["text"].get<std::string>(), Contains("1 de cada 100 se sintió mejor con"));
    CHECK_THAT(absolute[0]["text"].get<std::string>(), Contains("18 de cada 100 con"));
    // Any other count takes the plural.
    effects[1].value = -2;
    effects[0].magnesium.events = 12;
    effects[0].magnesium.total = 15;
    json plural = fixtures::full_view(benefits::Session(std::move(d)));
    CHECK(plural["claims"][0]["outcomes"][0]["absolute"][1]["text"] ==
          "2 personas menos de cada 100 necesitaron otro medicamento");
    CHECK_THAT(plural["claims"][0]["outcomes"][0]["absolute"][0]["text"].get<std::string>(),
               Contains("80 de cada 100 se sintieron mejor con"));
}

TEST_CASE("a translated event without its singular, or a singular elsewhere, is refused with its path") {
    const std::string key = "claims.fast-relief.outcomes.main.absolute.1.event";
    json missing = spanish();
    missing["texts"][key].erase("singular");
    CHECK_THAT(refusals(missing).at(0), Contains("texts[\"" + key + "\"].singular: expected the phrase for one person"));
    json blank = spanish();
    blank["texts"][key]["singular"] = " ";
    CHECK_THAT(refusals(blank).at(0), Contains("texts[\"" + key + "\"].singular: expected the phrase for one person"));
    json elsewhere = spanish();
    elsewhere["texts"]["claims.fast-relief.summary"]["singular"] = "x";
    CHECK_THAT(refusals(elsewhere).at(0),
               Contains("texts[\"claims.fast-relief.summary\"].singular: only an absolute effect's event"));
    json number = spanish();
    number["texts"][key]["singular"] = "necesitó 2 medicamentos";
    CHECK_THAT(refusals(number).at(0), Contains("texts[\"" + key + "\"].singular: the translation adds 2"));
    // Untranslated (text ""), it needs no singular: the original is shown.
    json untranslated = spanish();
    untranslated["texts"][key] = entry("needed another medicine", "");
    CHECK(refusals(untranslated).empty());
}

TEST_CASE("a translation's other mistakes are refused with their paths") {
    json unknown = spanish();
    unknown["texts"]["claims.fast-relief.sumary"] = entry("x", "y");
    CHECK(refusals(unknown) == std::vector<std::string>{
                                   "texts[\"claims.fast-relief.sumary\"]: not a text of this dataset; did you mean "
                                   "\"claims.fast-relief.summary\"?"});
    json genderless = spanish();
    genderless["texts"]["claims.fast-relief.outcomes.main.outcome"].erase("gender");
    CHECK_THAT(refusals(genderless).at(0),
               Contains("texts[\"claims.fast-relief.outcomes.main.outcome\"].gender: expected \"masculine\" or "
                        "\"feminine\""));
    json gendered = spanish();
    gendered["texts"]["claims.fast-relief.summary"]["gender"] = "feminine";
    CHECK_THAT(refusals(gendered).at(0), Contains("texts[\"claims.fast-relief.summary\"].gender: only an outcome"));
    json tag = spanish();
    tag["language"] = "spanish";
    CHECK_THAT(refusals(tag).at(0), Contains("language: \"spanish\" is not a BCP 47 language tag"));
    json other = spanish();
    other["source"]["title"] = "Another dataset";
    CHECK_THAT(refusals(other).at(0), Contains("source.title: \"Another dataset\" is not this dataset's title"));
    json extra = spanish();
    extra["texts"]["claims.fast-relief.summary"]["note"] = "x";
    CHECK_THAT(refusals(extra).at(0), Contains("texts[\"claims.fast-relief.summary\"].note: unknown field"));
    CHECK_THAT(refusals(json::array()).at(0), Contains("(root): expected a translation"));
}

TEST_CASE("a stale or missing text falls back to the original, marked, and counted") {
    json stale = spanish();
    stale["texts"]["claims.fast-relief.summary"]["from"] = "Two trials disagree.";  // the original has changed since
    benefits::Dataset d = fixtures::mini_dataset();
    REQUIRE(benefits::apply_translation(d, stale.dump()).problems.empty());
    CHECK(d.claims[0].summary == "Two double-blind trials disagree.");
    CHECK(std::count(d.claims[0].fallback.begin(), d.claims[0].fallback.end(), "summary") == 1);
    REQUIRE(d.translation);
    CHECK(d.translation->stale == std::vector<std::string>{"claims.fast-relief.summary"});
    CHECK(d.translation->untranslated == d.translation->total - 6);
}

TEST_CASE("the template's keys are exactly those a translation may have") {
    benefits::Dataset d = fixtures::mini_dataset();
    json skeleton = json::parse(benefits::translation_template(d, "es"));
    CHECK(skeleton["language"] == "es");
    CHECK(skeleton["source"]["title"] == "Test dataset");
    // Every key filled with its own text is accepted, and then nothing is left untranslated.
    for (auto& [key, value] : skeleton["texts"].items()) {
        value["text"] = value["from"];
        if (value.contains("gender")) {
            value["gender"] = "masculine";
            value["number"] = "singular";
        }
        if (value.contains("singular")) value["singular"] = value["from"];
    }
    skeleton["translated"] = "2026-12-06";
    benefits::Dataset filled = fixtures::mini_dataset();
    auto result = benefits::apply_translation(filled, skeleton.dump());
    REQUIRE(result.problems.empty());
    CHECK(filled.translation->untranslated == 0);
    CHECK(filled.translation->total == skeleton["texts"].size());
}

TEST_CASE("the api loads a dataset with a translation, and refuses a bad one with its path") {
    const std::string text = fixtures::mini_text();
    json ok = json::parse(benefits::api::load_translated(text, spanish().dump()));
    REQUIRE(ok["ok"] == true);
    CHECK(ok["view"]["language"] == "es");
    json plain = json::parse(benefits::api::load_translated(text, ""));
    CHECK(plain["view"]["language"] == "en");
    CHECK(plain["view"]["translation"].is_null());
    json bad = spanish();
    bad["texts"]["claims.fast-relief.outcomes.main.timepoint"]["text"] = "60 minutos después";
    json refused = json::parse(benefits::api::load_translated(text, bad.dump()));
    CHECK(refused["ok"] == false);
    CHECK(refused["errors"][0]["path"] == "texts[\"claims.fast-relief.outcomes.main.timepoint\"]");
    json missing = json::parse(benefits::api::load_translated(text, "es"));
    CHECK(missing["errors"][0]["path"] == "(translation)");
    for (auto& answer : {ok, plain}) benefits::api::release(answer["handle"].get<int>());
}

TEST_CASE("a dataset names its translations: a file beside it, or inline") {
    json doc = fixtures::mini();
    json inline_es = spanish();
    doc["translations"] = {{"es", inline_es}, {"fr", "claims.fr.json"}};
    json answer = json::parse(benefits::api::load_translated(doc.dump(), "es"));
    REQUIRE(answer["ok"] == true);
    CHECK(answer["view"]["language"] == "es");
    CHECK(answer["view"]["translations"] == json{{"es", true}, {"fr", "claims.fr.json"}});
    benefits::api::release(answer["handle"].get<int>());
    doc["translations"] = {{"fr", "https://example.org/claims.fr.json"}, {"english", "x.json"}};
    std::string problems;
    for (const auto& p : fixtures::problems_of(doc)) problems += p + "\n";
    CHECK_THAT(problems, Contains("translations.fr: expected a file name beside the dataset"));
    CHECK_THAT(problems, Contains("translations.english: \"english\" is not a BCP 47 language tag"));
}
