#include <catch2/catch.hpp>

#include "benefits/load.hpp"
#include "fixtures.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::VectorContains;
using fixtures::mini;
using fixtures::problems_of;
using nlohmann::json;

namespace {

// The first outcome row of claim i of a parsed dataset, to edit.
json& row(json& doc, int claim, int r = 0) { return doc["claims"][claim]["outcomes"][r]; }

}  // namespace

TEST_CASE("a valid dataset loads with every claim, row, reference and harm") {
    auto data = fixtures::mini_dataset();
    REQUIRE(data.format == 2);
    REQUIRE(data.claims.size() == 4);
    CHECK(data.claims[0].id == "fast-relief");
    CHECK(data.emergency_line == "Call your local emergency number.");
    CHECK(data.infusion_cautions == std::vector<std::string>{"low-pressure"});

    const auto& graded = data.claims[0].outcomes.at(0);
    CHECK(graded.id == "main");
    CHECK(graded.intervention == "IV magnesium");
    CHECK(graded.route == benefits::Route::IV);
    CHECK(graded.comparator == "placebo");
    CHECK(graded.outcome == "migraine pain");
    CHECK(graded.timepoint == "30 minutes after the infusion");
    CHECK(graded.direction == benefits::EffectDirection::NoDifference);
    CHECK(graded.size == benefits::EffectSize::Important);
    CHECK(graded.evidence.size() == 3);
    CHECK(graded.observations.empty());
    REQUIRE(graded.grading.risk_of_bias.has_value());
    CHECK(graded.grading.risk_of_bias->level == benefits::Concern::Serious);
    CHECK_FALSE(graded.grading.inconsistency.has_value());  // absent: not judged, the rule decides

    REQUIRE(graded.absolute.size() == 2);
    CHECK(graded.absolute[0].kind == benefits::AbsoluteKind::Rates);
    CHECK(graded.absolute[0].event == "felt better");
    CHECK(graded.absolute[0].magnesium.events == 12);
    CHECK(graded.absolute[1].kind == benefits::AbsoluteKind::RiskDifference);
    CHECK(graded.absolute[1].value == -7);
    CHECK(graded.absolute[1].low == -23);
    CHECK(graded.absolute[1].high == 9);

    const auto& oral = data.claims[1].outcomes.at(0);
    CHECK(oral.route == benefits::Route::Oral);

    const auto& observed = data.claims[2].outcomes.at(0);
    CHECK(observed.evidence.empty());
    CHECK(observed.observations.size() == 1);
    CHECK_FALSE(observed.direction.has_value());
    CHECK(observed.comparator.empty());
    const auto& none = data.claims[2].outcomes.at(1);
    CHECK(none.id == "sleep-length");
    CHECK(none.evidence.empty());
    CHECK(none.observations.empty());
    CHECK(none.timepoint.empty());

    const auto& slight = data.claims[3].outcomes.at(0);
    CHECK(slight.size == benefits::EffectSize::Slight);
    REQUIRE(slight.absolute.size() == 1);
    CHECK(slight.absolute[0].kind == benefits::AbsoluteKind::MeanDifference);
    CHECK(slight.absolute[0].value == -4.5);
    CHECK(slight.absolute[0].scale == "points on a 100-point fatigue scale");
    REQUIRE(slight.grading.publication_bias.has_value());
    CHECK(slight.grading.publication_bias->level == benefits::Concern::None);

    CHECK(data.references.size() == 7);
    CHECK(data.references[0].findings[0].magnesium == "12/15");
    CHECK_FALSE(data.references[0].pmid.has_value());
    CHECK(data.references[0].checking_notes ==
          std::vector<std::pair<std::string, std::string>>{{"findings[0].control", "3 of 17 improved"}});
    CHECK(data.harms[0].seriousness == benefits::Seriousness::CommonMild);
    CHECK(data.harms[1].seriousness == benefits::Seriousness::Serious);
    REQUIRE(data.red_flags.size() == 2);
    CHECK(data.red_flags[0].urgency == benefits::Urgency::Emergency);
    CHECK(data.red_flags[1].urgency == benefits::Urgency::SeeDoctor);
    CHECK(data.topics[0].red_flags);
    CHECK_FALSE(data.topics[1].red_flags);
}

TEST_CASE("invalid JSON is reported with its line and column") {
    auto result = benefits::load("{\n  \"format\": 2,\n  \"title\": \"x\",,\n}");
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].path == "(root)");
    CHECK_THAT(result.problems[0].message, Contains("invalid JSON at line 3, column"));
    CHECK_THAT(result.problems[0].message, Contains("syntax error"));
}

TEST_CASE("a trailing comma is named as such, at the comma, with the fix") {
    // Before '}' (a field list), with the comma at line 3, column 15.
    auto result = benefits::load("{\n  \"format\": 2,\n  \"title\": \"x\",\n}");
    REQUIRE(result.problems.size() == 1);
    CHECK(benefits::to_string(result.problems[0]) ==
          "(root): invalid JSON: a trailing comma before '}' (line 3, column 15): remove it");
    // Before ']' inside the streamed claims list, with spaces and a line break between.
    result = benefits::load("{\"format\": 2, \"claims\": [{\"id\": \"a\"},\n   ]}");
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].message == "invalid JSON: a trailing comma before ']' (line 1, column 37): remove it");
    // A comma inside a string is no trailing comma: the usual syntax error.
    result = benefits::load("{\"title\": \"a,\" }}");
    REQUIRE(result.problems.size() == 1);
    CHECK_THAT(result.problems[0].message, Contains("syntax error"));
    CHECK_THAT(result.problems[0].message, !Contains("trailing comma"));
}

TEST_CASE("empty input and a non-object document are refused") {
    CHECK_THAT(benefits::load("").problems.at(0).message, Contains("invalid JSON"));
    CHECK(benefits::to_string(benefits::load("[1,2]").problems.at(0)) ==
          "(root): expected an object with \"format\" and \"claims\", got array");
}

TEST_CASE("format 1 is refused at format with the converter to run, and nothing else") {
    auto doc = mini();
    doc["format"] = 1;
    CHECK(problems_of(doc) ==
          std::vector<std::string>{"format: format 1 is no longer read: convert it with \"python3 "
                                   "scripts/convert-format1.py OLD.json > NEW.json\" (docs/format.md, \"From "
                                   "format 1\")"});
}

TEST_CASE("an unknown format version gets a clear message and nothing else") {
    auto doc = mini();
    doc["format"] = 3;
    CHECK(problems_of(doc) ==
          std::vector<std::string>{"format: unsupported format version 3 (this widget reads format 2)"});
}

TEST_CASE("the fields of a format-1 claim are refused, each naming where it went") {
    auto doc = mini();
    auto& claim = doc["claims"][1];
    claim["population"] = "adults";
    claim["timeframe"] = "12 weeks";
    claim["certainty"] = "low";
    claim["effect"] = {{"intervention", "IV magnesium"}, {"outcome", "pain"}, {"direction", "decrease"}};
    claim["grading"] = json::object();
    claim["evidence"] = json::array();
    claim["absolute"] = json::array();
    auto lines = problems_of(doc);
    for (const char* field : {"population", "effect", "grading", "evidence", "absolute"})
        CHECK_THAT(lines, VectorContains("claims[1]." + std::string(field) + ": moved into outcomes[] in format 2"));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[1].timeframe: moved into outcomes[] in format 2 (each row's \"timepoint\")")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[1].certainty: moved into outcomes[] in format 2: each row's certainty is "
                          "worked out from its evidence and grading")));
    CHECK(lines.size() == 7);
}

TEST_CASE("a claim needs at least one outcome row") {
    auto doc = mini();
    doc["claims"][0]["outcomes"] = json::array();
    doc["claims"][1].erase("outcomes");
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string("claims[0].outcomes: must have at least one item")));
    CHECK_THAT(lines, VectorContains(std::string("claims[1].outcomes: missing required field")));
}

TEST_CASE("a missing required field names its place") {
    auto doc = mini();
    doc["claims"][2].erase("summary");
    row(doc, 3).erase("population");
    row(doc, 3).erase("intervention");
    row(doc, 3).erase("outcome");
    row(doc, 1).erase("route");
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string("claims[2].summary: missing required field")));
    CHECK_THAT(lines, VectorContains(std::string("claims[3].outcomes[0].population: missing required field")));
    CHECK_THAT(lines, VectorContains(std::string("claims[3].outcomes[0].intervention: missing required field")));
    CHECK_THAT(lines, VectorContains(std::string("claims[3].outcomes[0].outcome: missing required field")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[1].outcomes[0].route: missing required field (one of IV|IM|oral|mixed)")));
    CHECK(lines.size() == 5);
}

TEST_CASE("a row that cites evidence says what it shows; a row without evidence shows no direction") {
    auto doc = mini();
    row(doc, 0).erase("direction");
    row(doc, 2)["direction"] = "decrease";  // observations only
    row(doc, 2, 1)["direction"] = "increase";  // no studies
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].outcomes[0].direction: missing required field: say what the evidence shows "
                          "(one of decrease|increase|no-difference)")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[2].outcomes[0].direction: a row without evidence shows no direction: remove it, "
                          "or cite the controlled studies in \"evidence\"")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[2].outcomes[1].direction: a row without evidence shows no direction: remove it, "
                          "or cite the controlled studies in \"evidence\"")));
    CHECK(lines.size() == 3);
}

TEST_CASE("not-measured is no longer a direction: a row without studies says so by having none") {
    auto doc = mini();
    row(doc, 1)["direction"] = "not-measured";
    CHECK(problems_of(doc) == std::vector<std::string>{
                                  "claims[1].outcomes[0].direction: expected one of decrease|increase|no-difference, "
                                  "got \"not-measured\""});
}

TEST_CASE("row ids are checked and unique within their claim, not across claims") {
    auto doc = mini();
    row(doc, 2, 1)["id"] = "main";
    row(doc, 1)["id"] = "Main Row";
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[2].outcomes[1].id: duplicate id \"main\" (first at claims[2].outcomes[0].id)")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[1].outcomes[0].id: \"Main Row\" may use only lower-case letters, digits and "
                          "hyphens")));
    CHECK(lines.size() == 2);  // every claim has a row "main": no clash across claims
}

TEST_CASE("a wrong type names its place and both types") {
    auto doc = mini();
    doc["claims"][1]["title"] = 42;
    doc["references"][0]["n_total"] = "thirty";
    row(doc, 0)["evidence"] = "trial-iv-a";
    row(doc, 2)["observations"] = json::object();
    doc["claims"][3]["outcomes"] = "main";
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string("claims[1].title: expected a string, got number")));
    CHECK_THAT(lines, VectorContains(std::string("references[0].n_total: expected an integer, got string")));
    CHECK_THAT(lines, VectorContains(std::string("claims[0].outcomes[0].evidence: expected an array, got string")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[2].outcomes[0].observations: expected an array, got object")));
    CHECK_THAT(lines, VectorContains(std::string("claims[3].outcomes: expected an array, got string")));
}

TEST_CASE("a value outside its list names the allowed values") {
    auto doc = mini();
    doc["claims"][3]["verdict"] = "proven";
    row(doc, 0)["route"] = "iv";
    row(doc, 3)["size"] = "large";
    doc["harms"][0]["seriousness"] = "mild";
    doc["red_flags"][1]["urgency"] = "soon";
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[3].verdict: expected one of supported|partly-supported|contested|oral-only|"
                          "not-supported|contradicted, got \"proven\"")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].outcomes[0].route: expected one of IV|IM|oral|mixed, got \"iv\"")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[3].outcomes[0].size: expected one of important|slight, got \"large\"")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "harms[0].seriousness: expected one of contraindication|serious|warning|common-mild|"
                          "not-reported, got \"mild\"")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "red_flags[1].urgency: expected one of emergency|see-doctor, got \"soon\"")));
    CHECK(lines.size() == 5);
}

TEST_CASE("an unknown reference names the evidence link") {
    auto doc = mini();
    row(doc, 0)["evidence"][1]["ref"] = "foo2019";
    CHECK(problems_of(doc) ==
          std::vector<std::string>{"claims[0].outcomes[0].evidence[1].ref: unknown reference \"foo2019\""});
    doc = mini();
    row(doc, 2)["observations"][0]["ref"] = "foo2019";
    CHECK(problems_of(doc) ==
          std::vector<std::string>{"claims[2].outcomes[0].observations[0].ref: unknown reference \"foo2019\""});
}

TEST_CASE("an uncontrolled series is refused as evidence and pointed to observations") {
    auto doc = mini();
    row(doc, 0)["evidence"].push_back({{"ref", "series"}, {"role", "supports"}, {"note", "A series."}});
    CHECK(problems_of(doc) ==
          std::vector<std::string>{"claims[0].outcomes[0].evidence[3].ref: \"series\" is an uncontrolled series "
                                   "(open-label): list it under observations"});
    // The same source is welcome as an observation, and any design may be observed.
    doc = mini();
    row(doc, 0)["observations"] = {{{"ref", "series"}, {"role", "supports"}, {"note", "A series."}},
                                   {{"ref", "large-iv"}, {"role", "context"}, {"note", "Seen once."}}};
    CHECK(problems_of(doc).empty());
}

TEST_CASE("unknown harm, topic, finding index and source ids are reported") {
    auto doc = mini();
    doc["claims"][1]["harms"][0] = "itching";
    doc["claims"][2]["topic"] = "sleep";
    row(doc, 0)["evidence"][0]["finding"] = 5;
    row(doc, 2)["observations"][0]["finding"] = 0;  // "series" has no findings
    doc["harms"][0]["source_ids"][0] = "nowhere";
    doc["red_flags"][1]["source_ids"][0] = "nowhere";
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string("claims[1].harms[0]: unknown harm \"itching\"")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[2].topic: unknown topic \"sleep\" (topics: headache, beyond)")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].outcomes[0].evidence[0].finding: source \"trial-iv-a\" has 1 findings (0-0), "
                          "got 5")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[2].outcomes[0].observations[0].finding: source \"series\" has no findings, got 0")));
    CHECK_THAT(lines, VectorContains(std::string("harms[0].source_ids[0]: unknown reference \"nowhere\"")));
    CHECK_THAT(lines, VectorContains(std::string("red_flags[1].source_ids[0]: unknown reference \"nowhere\"")));
    CHECK(lines.size() == 6);
}

TEST_CASE("a misspelt reference or harm id gets the closest known id, only when it is close") {
    auto doc = mini();
    row(doc, 0)["evidence"][1]["ref"] = "trial-iv-c";   // one letter off "trial-iv-a" and "trial-iv-b": the first
    row(doc, 2)["observations"][0]["ref"] = "seires";   // two letters swapped
    row(doc, 0)["absolute"][1]["ref"] = "trial-iv-x";
    doc["claims"][1]["harms"][0] = "flusing";
    doc["infusion_cautions"][0] = "low-presure";
    doc["harms"][0]["source_ids"][0] = "lable";
    doc["red_flags"][1]["source_ids"][0] = "guidance";   // 3 edits from "guide": too far to guess
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].outcomes[0].evidence[1].ref: unknown reference \"trial-iv-c\" "
                          "(did you mean \"trial-iv-a\"?)")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[2].outcomes[0].observations[0].ref: unknown reference \"seires\" "
                          "(did you mean \"series\"?)")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].outcomes[0].absolute[1].ref: unknown reference \"trial-iv-x\" "
                          "(did you mean \"trial-iv-a\"?)")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[1].harms[0]: unknown harm \"flusing\" (did you mean \"flushing\"?)")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "infusion_cautions[0]: unknown harm \"low-presure\" (did you mean \"low-pressure\"?) "
                          "(infusion cautions name harms by id)")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "harms[0].source_ids[0]: unknown reference \"lable\" (did you mean \"label\"?)")));
    CHECK_THAT(lines, VectorContains(std::string("red_flags[1].source_ids[0]: unknown reference \"guidance\"")));
    // A short id is not matched by a guess that changes half of it or more: "lab" is not taken for "label".
    doc = mini();
    doc["harms"][0]["source_ids"][0] = "lab";
    CHECK(problems_of(doc) == std::vector<std::string>{"harms[0].source_ids[0]: unknown reference \"lab\""});
}

TEST_CASE("language is a BCP 47 tag, as the schema checks it") {
    for (const char* ok : {"en", "es", "en-GB", "es-419", "zh-Hant-TW"}) {
        auto doc = mini();
        doc["language"] = ok;
        if (std::string(ok).rfind("es", 0) != 0) {
            CHECK(problems_of(doc).empty());
            continue;
        }
        // A dataset in Spanish must also give its phrases' grammar (test_dataset_spanish.cpp): not the tag's fault.
        for (const auto& problem : problems_of(doc)) CHECK(problem.rfind("language", 0) != 0);
    }
    for (const char* wrong : {"English", "e", "en_GB", "en-", "en-verylongsubtag", "es-", " en"}) {
        auto doc = mini();
        doc["language"] = wrong;
        CHECK(problems_of(doc) ==
              std::vector<std::string>{"language: \"" + std::string(wrong) + "\" is not a BCP 47 language tag: write "
                                       "the tag, e.g. \"en\" (English), \"es\" (Spanish) or \"en-GB\""});
    }
}

TEST_CASE("a DOI is the bare DOI: one given as an address is refused with the DOI to write") {
    auto doc = mini();
    doc["references"][0]["doi"] = "10.1111/head.12345";
    CHECK(problems_of(doc).empty());
    doc["references"][0]["doi"] = "https://doi.org/10.1111/head.12345";
    CHECK(problems_of(doc) ==
          std::vector<std::string>{"references[0].doi: write the bare DOI \"10.1111/head.12345\", without "
                                   "\"https://doi.org/\" (the page makes the link)"});
    doc["references"][0]["doi"] = "doi:10.1111/head.12345";
    CHECK(problems_of(doc) ==
          std::vector<std::string>{"references[0].doi: write the bare DOI \"10.1111/head.12345\", without "
                                   "\"doi:\" (the page makes the link)"});
    for (const char* wrong : {"head.12345", "10.11/head", "10.1111/", "10.1111/head 12345", "10.1111/head\u00a012345",
                             "https://example.org/x"}) {
        doc["references"][0]["doi"] = wrong;
        CHECK(problems_of(doc) == std::vector<std::string>{"references[0].doi: expected a bare DOI such as "
                                                           "\"10.1000/xyz123\" (no address, no spaces)"});
    }
}

TEST_CASE("a certainty typed on a row is refused: it is always worked out") {
    auto doc = mini();
    row(doc, 0)["certainty"] = "moderate";
    CHECK(problems_of(doc) ==
          std::vector<std::string>{"claims[0].outcomes[0].certainty: a row's certainty is not typed: it is worked "
                                   "out from its evidence and grading (docs/grading.md); remove it"});
}

TEST_CASE("infusion cautions name harms by id") {
    auto doc = mini();
    doc["infusion_cautions"] = {"low-pressure", "fainting"};
    CHECK(problems_of(doc) == std::vector<std::string>{
                                  "infusion_cautions[1]: unknown harm \"fainting\" (infusion cautions name harms by id)"});
    doc["infusion_cautions"] = "low-pressure";
    CHECK(problems_of(doc) == std::vector<std::string>{"infusion_cautions: expected an array, got string"});
    doc.erase("infusion_cautions");
    doc.erase("emergency_line");
    CHECK(problems_of(doc).empty());  // both optional
}

TEST_CASE("every red flag says how urgent it is") {
    auto doc = mini();
    doc["red_flags"][0].erase("urgency");
    CHECK(problems_of(doc) == std::vector<std::string>{
                                  "red_flags[0].urgency: missing required field: \"emergency\" (call the emergency "
                                  "number now) or \"see-doctor\" (see a doctor before any infusion)"});
}

TEST_CASE("an absolute figure must be one the row cites") {
    SECTION("a mistyped link is reported alone: it may be the figure's citation") {
        auto doc = mini();
        row(doc, 0)["evidence"][1]["ref"] = "trial-iv-c";
        CHECK(problems_of(doc) ==
              std::vector<std::string>{"claims[0].outcomes[0].evidence[1].ref: unknown reference \"trial-iv-c\" "
                                       "(did you mean \"trial-iv-a\"?)"});
    }
    SECTION("a source the row does not cite") {
        auto doc = mini();
        row(doc, 0)["absolute"][1]["ref"] = "trial-oral";
        CHECK(problems_of(doc) == std::vector<std::string>{
                                      "claims[0].outcomes[0].absolute[1].ref: \"trial-oral\" is not cited by this "
                                      "row: cite it in its evidence or observations"});
    }
    SECTION("a finding the row does not cite") {
        auto doc = mini();
        doc["references"][1]["findings"].push_back(doc["references"][1]["findings"][0]);
        row(doc, 0)["absolute"][1]["finding"] = 1;
        CHECK(problems_of(doc) == std::vector<std::string>{
                                      "claims[0].outcomes[0].absolute[1].finding: finding 1 of \"trial-iv-b\" is not "
                                      "cited by this row: cite it in its evidence or observations"});
    }
    SECTION("a finding out of range is reported once") {
        auto doc = mini();
        row(doc, 0)["absolute"][0]["finding"] = 3;
        CHECK(problems_of(doc) == std::vector<std::string>{
                                      "claims[0].outcomes[0].absolute[0].finding: source \"trial-iv-a\" has 1 "
                                      "findings (0-0), got 3"});
    }
    SECTION("an unknown source") {
        auto doc = mini();
        row(doc, 3)["absolute"][0]["ref"] = "nowhere";
        CHECK(problems_of(doc) ==
              std::vector<std::string>{"claims[3].outcomes[0].absolute[0].ref: unknown reference \"nowhere\""});
    }
    SECTION("a source cited as a whole covers its findings; an observation counts as cited") {
        auto doc = mini();
        row(doc, 3)["absolute"][0]["ref"] = "trial-iv-b";
        row(doc, 3)["absolute"][0]["finding"] = 0;
        row(doc, 3)["observations"] = {{{"ref", "trial-iv-b"}, {"role", "context"}, {"note", "n"}}};
        CHECK(problems_of(doc).empty());
    }
}

TEST_CASE("each kind of absolute figure has its own fields") {
    SECTION("kind is required and named") {
        auto doc = mini();
        row(doc, 0)["absolute"][0].erase("kind");
        row(doc, 0)["absolute"][1]["kind"] = "odds-ratio";
        auto lines = problems_of(doc);
        CHECK_THAT(lines, VectorContains(std::string(
                              "claims[0].outcomes[0].absolute[0].kind: missing required field (one of "
                              "rates|risk-difference|mean-difference)")));
        CHECK_THAT(lines, VectorContains(std::string(
                              "claims[0].outcomes[0].absolute[1].kind: expected one of "
                              "rates|risk-difference|mean-difference, got \"odds-ratio\"")));
        CHECK(lines.size() == 2);
    }
    SECTION("rates: the event and both groups") {
        auto doc = mini();
        auto& rates = row(doc, 0)["absolute"][0];
        rates.erase("event");
        rates["control"] = {{"events", 3}};
        rates["per100"] = 5;
        auto lines = problems_of(doc);
        CHECK_THAT(lines, VectorContains(std::string("claims[0].outcomes[0].absolute[0].event: missing required field")));
        CHECK_THAT(lines, VectorContains(std::string(
                              "claims[0].outcomes[0].absolute[0].control: give both events and total, or a percent")));
        CHECK_THAT(lines, VectorContains(std::string("claims[0].outcomes[0].absolute[0].per100: unknown field")));
        CHECK(lines.size() == 3);
    }
    SECTION("risk difference: per100 in -100..100, its interval both ends or none, around it") {
        auto doc = mini();
        auto& rd = row(doc, 0)["absolute"][1];
        rd["per100"] = -170;
        CHECK(problems_of(doc) == std::vector<std::string>{
                                      "claims[0].outcomes[0].absolute[1].per100: expected a number from -100.0 to "
                                      "100.0, got -170"});
        rd["per100"] = -7;
        rd.erase("high");
        CHECK(problems_of(doc) == std::vector<std::string>{
                                      "claims[0].outcomes[0].absolute[1].high: give both low and high, or neither"});
        rd["high"] = -30;
        CHECK(problems_of(doc) == std::vector<std::string>{
                                      "claims[0].outcomes[0].absolute[1].low: the interval runs from low to high: got "
                                      "low -23, high -30"});
        rd["low"] = -5;
        rd["high"] = 9;
        CHECK(problems_of(doc) == std::vector<std::string>{
                                      "claims[0].outcomes[0].absolute[1].per100: -7 lies outside its interval (-5 to "
                                      "9)"});
        rd.erase("low");
        rd.erase("high");
        CHECK(problems_of(doc).empty());
        rd.erase("per100");
        rd.erase("event");
        auto lines = problems_of(doc);
        CHECK_THAT(lines, VectorContains(std::string(
                              "claims[0].outcomes[0].absolute[1].per100: missing required field: people in every 100 "
                              "(-7 = 7 fewer)")));
        CHECK_THAT(lines, VectorContains(std::string("claims[0].outcomes[0].absolute[1].event: missing required field")));
    }
    SECTION("mean difference: value and scale, interval around the value") {
        auto doc = mini();
        auto& md = row(doc, 3)["absolute"][0];
        md.erase("scale");
        md["value"] = -0.5;
        md["event"] = "felt better";
        auto lines = problems_of(doc);
        CHECK_THAT(lines, VectorContains(std::string("claims[3].outcomes[0].absolute[0].scale: missing required field")));
        CHECK_THAT(lines, VectorContains(std::string(
                              "claims[3].outcomes[0].absolute[0].value: -0.5 lies outside its interval (-8 to -1)")));
        CHECK_THAT(lines, VectorContains(std::string("claims[3].outcomes[0].absolute[0].event: unknown field")));
        CHECK(lines.size() == 3);
        md.erase("value");
        CHECK_THAT(problems_of(doc), VectorContains(std::string(
                                         "claims[3].outcomes[0].absolute[0].value: missing required field")));
    }
}

TEST_CASE("every judgement gives a non-blank reason, a level of none included") {
    auto doc = mini();
    auto& grading = row(doc, 0)["grading"];
    grading["risk_of_bias"]["reason"] = "";
    grading["inconsistency"] = {{"level", "none"}};
    grading["imprecision"] = {{"level", "serious"}, {"reason", "\u200B "}};
    grading["indirectness"] = {{"reason", "different patients"}};
    grading["large_effect"] = {{"applies", true}};
    row(doc, 1)["grading"]["large_effect"] = {{"reason", "no large effect"}};
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string("claims[0].outcomes[0].grading.risk_of_bias.reason: must not be empty")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].outcomes[0].grading.inconsistency.reason: missing required field: every "
                          "judgement gives its reason, \"none\" included")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].outcomes[0].grading.imprecision.reason: must not be empty: it holds only spaces "
                          "and invisible characters")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].outcomes[0].grading.indirectness.level: missing required field (one of "
                          "none|serious|very-serious)")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].outcomes[0].grading.large_effect.reason: missing required field: every judgement "
                          "gives its reason")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[1].outcomes[0].grading.large_effect.applies: missing required field (true or "
                          "false)")));
    CHECK(lines.size() == 6);
}

TEST_CASE("a grading names only the five domains and a large effect") {
    auto doc = mini();
    row(doc, 0)["grading"]["risk-of-bias"] = {{"level", "none"}, {"reason", "r"}};
    CHECK(problems_of(doc) == std::vector<std::string>{
                                  "claims[0].outcomes[0].grading.risk-of-bias: unknown field (did you mean "
                                  "\"risk_of_bias\"?)"});
}

TEST_CASE("checking notes are an object of strings keyed by fields of their reference") {
    auto doc = mini();
    auto& notes = doc["references"][0]["checking_notes"];
    notes["authors"] = "Avila B, Muller C";
    notes["findings[0].effect"] = "not stated";
    notes["year"] = "2001 (online 2000)";
    notes["findings[0]"] = "the whole finding as the file had it";
    doc["references"][0]["harms"] = {"flushing"};
    notes["harms[0]"] = "flushing and warmth";
    CHECK(problems_of(doc).empty());
    notes["harms[1]"] = "x";  // the reference lists one harm
    notes["author"] = "x";
    notes["findings[1].control"] = "x";  // the reference has one finding
    notes["findings[0].colour"] = "x";
    notes["conclusion"] = 3;
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string(
                          "references[0].checking_notes.author: not a field of this reference (e.g. \"authors\", "
                          "\"harms[0]\", \"findings[0].control\")")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "references[0].checking_notes.findings[1].control: not a field of this reference (e.g. "
                          "\"authors\", \"harms[0]\", \"findings[0].control\")")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "references[0].checking_notes.findings[0].colour: not a field of this reference (e.g. "
                          "\"authors\", \"harms[0]\", \"findings[0].control\")")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "references[0].checking_notes.harms[1]: not a field of this reference (e.g. \"authors\", "
                          "\"harms[0]\", \"findings[0].control\")")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "references[0].checking_notes.conclusion: expected a string, got number")));
    CHECK(lines.size() == 5);
    doc["references"][1]["checking_notes"] = json::array({"authors"});
    CHECK_THAT(problems_of(doc), VectorContains(std::string(
                                     "references[1].checking_notes: expected an object, got array")));
}

TEST_CASE("a duplicate id names both places") {
    auto doc = mini();
    doc["claims"][3]["id"] = "fast-relief";
    doc["references"][2]["id"] = "trial-iv-a";
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[3].id: duplicate id \"fast-relief\" (first at claims[0].id)")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "references[2].id: duplicate id \"trial-iv-a\" (first at references[0].id)")));
}

TEST_CASE("every problem is collected, not just the first") {
    auto doc = mini();
    doc["claims"][0].erase("title");
    doc["claims"][1]["verdict"] = 3;
    row(doc, 3)["evidence"][0]["ref"] = "missing";
    CHECK(problems_of(doc) == std::vector<std::string>{
                                  "claims[0].title: missing required field",
                                  "claims[1].verdict: expected a string, got number",
                                  "claims[3].outcomes[0].evidence[0].ref: unknown reference \"missing\""});
}

TEST_CASE("a misspelt field is reported with the nearest known name") {
    auto doc = mini();
    doc["claims"][0]["sumary"] = "typo";
    row(doc, 0)["comparater"] = "placebo";
    doc["red_flags"][0]["urgncy"] = "emergency";
    doc["emergency-line"] = "112";
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string("claims[0].sumary: unknown field (did you mean \"summary\"?)")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].outcomes[0].comparater: unknown field (did you mean \"comparator\"?)")));
    CHECK_THAT(lines, VectorContains(std::string("red_flags[0].urgncy: unknown field (did you mean \"urgency\"?)")));
    CHECK_THAT(lines, VectorContains(std::string("emergency-line: unknown field (did you mean \"emergency_line\"?)")));
}

TEST_CASE("ids, dates, empty strings and rates are checked") {
    auto doc = mini();
    doc["claims"][0]["id"] = "Fast Relief";
    doc["reviewed"] = "24/11/2026";
    doc["claims"][1]["brief"] = "  ";
    row(doc, 0)["absolute"][0]["magnesium"]["events"] = 20;
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].id: \"Fast Relief\" may use only lower-case letters, digits and hyphens")));
    CHECK_THAT(lines, VectorContains(std::string("reviewed: expected a date as YYYY-MM-DD, got \"24/11/2026\"")));
    CHECK_THAT(lines, VectorContains(std::string("claims[1].brief: must not be empty")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].outcomes[0].absolute[0].magnesium.events: events (20) exceed total (15)")));
    CHECK(lines.size() == 4);
}

TEST_CASE("limits on size and nesting are reported, not exhausted") {
    benefits::Limits small;
    small.max_bytes = 100;
    CHECK_THAT(benefits::load(fixtures::mini_text(), small).problems.at(0).message, Contains("the limit is 100"));

    std::string deep(100, '[');
    deep += std::string(100, ']');
    CHECK_THAT(benefits::load(deep).problems.at(0).message, Contains("nested deeper than 64 levels at line 1"));

    benefits::Limits short_strings;
    short_strings.max_string = 10;
    auto result = benefits::load(fixtures::mini_text(), short_strings);
    REQUIRE_FALSE(result.problems.empty());
    CHECK_THAT(benefits::to_string(result.problems.at(0)), Contains("bytes long; the limit is 10"));
}

TEST_CASE("dates are real calendar days: days per month and leap years") {
    const auto reviewed = [](const char* date) {
        auto doc = mini();
        doc["reviewed"] = date;
        return problems_of(doc);
    };
    for (const char* good : {"2024-02-29", "2000-02-29", "2026-01-31", "2026-04-30", "2026-12-31", "1900-01-01",
                             "2099-12-31"}) {
        INFO(good);
        CHECK(reviewed(good).empty());
    }
    CHECK(reviewed("2023-02-29") ==
          std::vector<std::string>{"reviewed: \"2023-02-29\" is not a date: February 2023 has 28 days"});
    CHECK(reviewed("2024-02-31") ==
          std::vector<std::string>{"reviewed: \"2024-02-31\" is not a date: February 2024 has 29 days"});
    CHECK(reviewed("2024-04-31") ==
          std::vector<std::string>{"reviewed: \"2024-04-31\" is not a date: April 2024 has 30 days"});
    CHECK(reviewed("1900-02-29") ==
          std::vector<std::string>{"reviewed: \"1900-02-29\" is not a date: February 1900 has 28 days"});
    CHECK(reviewed("2026-00-10") == std::vector<std::string>{"reviewed: \"2026-00-10\" is not a date: there is no month 0"});
    CHECK(reviewed("2026-13-10") == std::vector<std::string>{"reviewed: \"2026-13-10\" is not a date: there is no month 13"});
    CHECK(reviewed("2026-06-00") == std::vector<std::string>{"reviewed: \"2026-06-00\" is not a date: there is no day 0"});
}

TEST_CASE("dates outside the years 1900 to 2099 are refused") {
    const auto reviewed = [](const char* date) {
        auto doc = mini();
        doc["reviewed"] = date;
        return problems_of(doc);
    };
    CHECK(reviewed("0000-01-01") ==
          std::vector<std::string>{"reviewed: \"0000-01-01\" is outside the years 1900 to 2099"});
    CHECK(reviewed("1899-12-31") ==
          std::vector<std::string>{"reviewed: \"1899-12-31\" is outside the years 1900 to 2099"});
    CHECK(reviewed("2100-01-01") ==
          std::vector<std::string>{"reviewed: \"2100-01-01\" is outside the years 1900 to 2099"});
    CHECK(reviewed("3000-01-01") ==
          std::vector<std::string>{"reviewed: \"3000-01-01\" is outside the years 1900 to 2099"});
}

TEST_CASE("an empty, blank or invisible caution, harm statement or red flag is refused with its place") {
    // An empty caution would satisfy the linter's L6 and show an empty box on the card.
    auto doc = mini();
    doc["claims"][0]["cautions"] = {"Fine.", ""};
    doc["claims"][1]["cautions"] = {" \t "};
    doc["claims"][2]["cautions"] = {"\u200B\u00AD\u2060"};
    doc["harms"][0]["statement"] = "\u200B";
    doc["red_flags"][0]["statement"] = "\u00A0\uFEFF";
    auto problems = problems_of(doc);
    CHECK_THAT(problems, VectorContains(std::string("claims[0].cautions[1]: must not be empty")));
    CHECK_THAT(problems, VectorContains(std::string("claims[1].cautions[0]: must not be empty")));
    CHECK_THAT(problems, VectorContains(std::string(
                             "claims[2].cautions[0]: must not be empty: it holds only spaces and invisible characters")));
    CHECK_THAT(problems, VectorContains(std::string(
                             "harms[0].statement: must not be empty: it holds only spaces and invisible characters")));
    CHECK_THAT(problems, VectorContains(std::string(
                             "red_flags[0].statement: must not be empty: it holds only spaces and invisible characters")));
    CHECK(problems.size() == 5);
}

TEST_CASE("row texts and the emergency line are refused when blank; optional ones may be left out or empty") {
    auto doc = mini();
    row(doc, 0)["outcome"] = "\u200B";
    row(doc, 0)["population"] = " ";
    row(doc, 1)["intervention"] = "";
    row(doc, 0)["evidence"][0]["note"] = "\u2060";
    row(doc, 3)["comparator"] = " \u00AD";
    row(doc, 3)["timepoint"] = "\t";
    doc["emergency_line"] = "\uFEFF";
    auto problems = problems_of(doc);
    CHECK_THAT(problems, VectorContains(std::string(
                             "claims[0].outcomes[0].outcome: must not be empty: it holds only spaces and invisible "
                             "characters")));
    CHECK_THAT(problems, VectorContains(std::string("claims[0].outcomes[0].population: must not be empty")));
    CHECK_THAT(problems, VectorContains(std::string("claims[1].outcomes[0].intervention: must not be empty")));
    CHECK_THAT(problems, VectorContains(std::string(
                             "claims[0].outcomes[0].evidence[0].note: must not be empty: it holds only spaces and "
                             "invisible characters")));
    CHECK_THAT(problems, VectorContains(std::string(
                             "claims[3].outcomes[0].comparator: must not be empty: it holds only spaces and invisible "
                             "characters")));
    CHECK_THAT(problems, VectorContains(std::string("claims[3].outcomes[0].timepoint: must not be empty")));
    CHECK_THAT(problems, VectorContains(std::string(
                             "emergency_line: must not be empty: it holds only spaces and invisible characters")));
    CHECK(problems.size() == 7);

    doc = mini();
    row(doc, 3)["comparator"] = "";  // empty: no comparison
    row(doc, 3).erase("timepoint");
    CHECK(problems_of(doc).empty());
}
