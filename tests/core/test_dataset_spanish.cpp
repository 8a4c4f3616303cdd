// A dataset written in Spanish (docs/format.md, "A dataset in Spanish"): each phrase gives its gender and number
// and each event its form for one person, as a translation's do, so that the core's Spanish sentences agree
// with them ("las infusiones … pueden reducir la náusea", "1 persona menos de cada 100 necesitó …"). A phrase or
// an event without them is refused with its path. An English dataset may give them too, and reads the same; a
// translation of a Spanish dataset into English needs none of them.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "benefits/load.hpp"
#include "benefits/session.hpp"
#include "benefits/translation.hpp"
#include "fixtures.hpp"

using Catch::Matchers::Contains;
using nlohmann::json;

namespace {

json phrase(std::string text, std::string gender, std::string number) {
    return {{"text", std::move(text)}, {"gender", std::move(gender)}, {"number", std::move(number)}};
}

json event(std::string text, std::string singular) {
    return {{"text", std::move(text)}, {"singular", std::move(singular)}};
}

// tests/fixtures/mini.json written in Spanish, its phrases and events with their grammar.
json spanish_mini() {
    json doc = fixtures::mini();
    doc["language"] = "es";
    doc["intervention"] = phrase("magnesio intravenoso", "masculine", "singular");
    for (auto& claim : doc["claims"])
        for (auto& row : claim["outcomes"])
            for (const char* field : {"intervention", "comparator", "outcome"})
                if (row.contains(field) && row[field] != "") row[field] = phrase(row[field], "masculine", "singular");
    json& main = doc["claims"][0]["outcomes"][0];
    main["intervention"] = phrase("infusiones de magnesio", "feminine", "plural");
    main["comparator"] = phrase("inyecciones de placebo", "feminine", "plural");
    main["outcome"] = phrase("náusea", "feminine", "singular");
    main["timepoint"] = "30 minutos después de la infusión";
    main["absolute"][0]["event"] = event("se sintieron mejor", "se sintió mejor");
    main["absolute"][1]["event"] = event("necesitaron otro medicamento", "necesitó otro medicamento");
    json& oral = doc["claims"][1]["outcomes"][0];
    oral["intervention"] = phrase("pastillas de magnesio tomadas a diario", "feminine", "plural");
    oral["outcome"] = phrase("ataques de migraña", "masculine", "plural");
    oral["timepoint"] = "a las 12 semanas";
    return doc;
}

json view_of(const json& doc) {
    auto result = benefits::load(doc.dump());
    std::string problems;
    for (const auto& p : result.problems) problems += to_string(p) + "\n";
    INFO(problems);
    REQUIRE(result.ok());
    return fixtures::full_view(benefits::Session(std::move(*result.dataset)));
}

}  // namespace

TEST_CASE("a dataset in Spanish: the core's sentences agree with each phrase's gender and number") {
    json view = view_of(spanish_mini());
    const json& main = view["claims"][0]["outcomes"][0];
    CHECK(main["statement"] == "La evidencia es muy incierta acerca del efecto de las infusiones de magnesio, en "
                               "comparación con las inyecciones de placebo, en la náusea 30 minutos después de la "
                               "infusión.");
    CHECK(view["claims"][1]["outcomes"][0]["statement"] ==
          "En comparación con el placebo, las pastillas de magnesio tomadas a diario reducen los ataques de migraña "
          "a las 12 semanas.");
    CHECK(main["absolute"][1]["text"] == "7 personas menos de cada 100 necesitaron otro medicamento (entre 23 menos "
                                         "y 9 más)");
}

TEST_CASE("a dataset in Spanish: after a count of one person an event takes its singular") {
    json doc = spanish_mini();
    doc["claims"][0]["outcomes"][0]["absolute"][1]["per100"] = -1;
    json view = view_of(doc);
    CHECK_THAT(view["claims"][0]["outcomes"][0]["absolute"][1]["text"].get<std::string>(),
               Contains("1 persona menos de cada 100 necesitó otro medicamento"));
}

TEST_CASE("a dataset in Spanish without a phrase's grammar or an event's singular is refused, with each path") {
    for (const char* language : {"es", "es-MX"}) {
        INFO(language);
        json doc = spanish_mini();
        doc["language"] = language;
        doc["intervention"] = "magnesio intravenoso";
        doc["claims"][0]["outcomes"][0]["outcome"] = "náusea";
        doc["claims"][0]["outcomes"][0]["absolute"][1]["event"] = "necesitaron otro medicamento";
        CHECK(fixtures::problems_of(doc) ==
              std::vector<std::string>{
                  "intervention: a dataset in Spanish gives each phrase its gender and number, which the page's "
                  "sentences agree with (el/la, reduce/reducen): write {\"text\": \"magnesio intravenoso\", "
                  "\"gender\": \"masculine\" or \"feminine\", \"number\": \"singular\" or \"plural\"}",
                  "claims[0].outcomes[0].outcome: a dataset in Spanish gives each phrase its gender and number, "
                  "which the page's sentences agree with (el/la, reduce/reducen): write {\"text\": \"náusea\", "
                  "\"gender\": \"masculine\" or \"feminine\", \"number\": \"singular\" or \"plural\"}",
                  "claims[0].outcomes[0].absolute[1].event: a dataset in Spanish gives each event its form for one "
                  "person: the page writes it after a count of 1 (\"1 persona más de cada 100 tuvo alivio\"): write "
                  "{\"text\": \"necesitaron otro medicamento\", \"singular\": \"…\"}"});
    }
    // The same texts in an English dataset need nothing more.
    json english = spanish_mini();
    english["language"] = "en";
    english["intervention"] = "magnesio intravenoso";
    english["claims"][0]["outcomes"][0]["outcome"] = "náusea";
    english["claims"][0]["outcomes"][0]["absolute"][1]["event"] = "necesitaron otro medicamento";
    CHECK(fixtures::problems_of(english).empty());
}

TEST_CASE("a phrase's or an event's object is checked like a translation's, each problem at its field") {
    json doc = spanish_mini();
    json& main = doc["claims"][0]["outcomes"][0];
    main["outcome"]["gender"] = "neuter";
    main["comparator"].erase("number");
    main["intervention"]["article"] = "las";
    main["absolute"][1]["event"].erase("singular");
    auto problems = fixtures::problems_of(doc);
    std::string all;
    for (const auto& p : problems) all += p + "\n";
    INFO(all);
    REQUIRE(problems.size() == 4);
    CHECK_THAT(all, Contains("claims[0].outcomes[0].intervention.article: "));
    CHECK_THAT(all, Contains("claims[0].outcomes[0].comparator.number: expected \"singular\" or \"plural\": the "
                             "sentences the page writes agree with it (reduce/reducen)"));
    CHECK_THAT(all, Contains("claims[0].outcomes[0].outcome.gender: expected \"masculine\" or \"feminine\": the "
                             "sentences the page writes agree with it (el/la)"));
    CHECK_THAT(all, Contains("claims[0].outcomes[0].absolute[1].event.singular: missing required field"));
}

TEST_CASE("an English dataset may give its phrases' grammar and its events' singular: the page reads the same") {
    json with = fixtures::mini();
    for (auto& claim : with["claims"])
        for (auto& row : claim["outcomes"]) {
            for (const char* field : {"intervention", "comparator", "outcome"})
                if (row.contains(field) && row[field] != "") row[field] = phrase(row[field], "feminine", "plural");
            if (row.contains("absolute"))
                for (auto& effect : row["absolute"])
                    if (effect.contains("event")) effect["event"] = event(effect["event"], "one person's form");
        }
    CHECK(view_of(with) == view_of(fixtures::mini()));
}

TEST_CASE("a dataset in Spanish translated into English: no gender, number or singular is asked for") {
    json doc = spanish_mini();
    doc["claims"][0]["outcomes"][0]["absolute"][1]["per100"] = -1;
    auto loaded = benefits::load(doc.dump());
    REQUIRE(loaded.ok());
    const std::string skeleton = benefits::translation_template(*loaded.dataset, "en");
    CHECK(skeleton.find("\"gender\"") == std::string::npos);
    CHECK(skeleton.find("\"singular\"") == std::string::npos);

    const std::string row = "claims.fast-relief.outcomes.main.";
    const auto text = [](std::string from, std::string to) { return json{{"from", std::move(from)}, {"text", std::move(to)}}; };
    json english = {{"translation", 1},
                    {"language", "en"},
                    {"source", {{"title", "Test dataset"}, {"language", "es"}}},
                    {"translated", "2026-12-07"},
                    {"clinician_reviewed", nullptr},
                    {"texts",
                     {{row + "intervention", text("infusiones de magnesio", "magnesium infusions")},
                      {row + "comparator", text("inyecciones de placebo", "placebo injections")},
                      {row + "outcome", text("náusea", "nausea")},
                      {row + "timepoint", text("30 minutos después de la infusión", "30 minutes after the infusion")},
                      {row + "absolute.1.event", text("necesitaron otro medicamento", "needed another medicine")}}}};
    benefits::Dataset d = *loaded.dataset;
    auto result = benefits::apply_translation(d, english.dump());
    std::string problems;
    for (const auto& p : result.problems) problems += to_string(p) + "\n";
    INFO(problems);
    REQUIRE(result.problems.empty());
    json view = fixtures::full_view(benefits::Session(std::move(d)));
    const json& main = view["claims"][0]["outcomes"][0];
    CHECK(main["statement"] == "The evidence is very uncertain about the effect of magnesium infusions, compared with "
                               "placebo injections, on nausea 30 minutes after the infusion.");
    // After a count of one the English text, not the Spanish singular.
    CHECK_THAT(main["absolute"][1]["text"].get<std::string>(), Contains("needed another medicine"));

    // Given, they are checked as a Spanish translation's are.
    english["texts"][row + "outcome"]["gender"] = "neuter";
    english["texts"][row + "outcome"]["number"] = "singular";
    english["texts"][row + "absolute.1.event"]["singular"] = " ";
    benefits::Dataset again = *loaded.dataset;
    std::vector<std::string> refused;
    for (const auto& p : benefits::apply_translation(again, english.dump()).problems) refused.push_back(to_string(p));
    std::string all;
    for (const auto& line : refused) all += line + "\n";
    INFO(all);
    CHECK(refused.size() == 2);
    CHECK_THAT(all, Contains("texts[\"" + row + "outcome\"].gender: expected \"masculine\" or \"feminine\""));
    CHECK_THAT(all, Contains("texts[\"" + row + "absolute.1.event\"].singular: expected the phrase for one person"));
}
