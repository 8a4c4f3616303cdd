#include <catch2/catch.hpp>

#include "benefits/load.hpp"
#include "fixtures.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::VectorContains;
using fixtures::mini;
using fixtures::problems_of;

TEST_CASE("a valid dataset loads with every claim, reference and harm") {
    auto data = fixtures::mini_dataset();
    REQUIRE(data.claims.size() == 4);
    CHECK(data.claims[0].id == "fast-relief");
    CHECK(data.claims[0].evidence.size() == 3);
    CHECK(data.claims[0].absolute[0].magnesium.events == 12);
    CHECK(data.references.size() == 7);
    CHECK(data.references[0].findings[0].magnesium == "12/15");
    CHECK_FALSE(data.references[0].pmid.has_value());
    CHECK(data.harms[0].seriousness == "common-mild");
    CHECK(data.topics[0].red_flags);
    CHECK_FALSE(data.topics[1].red_flags);
}

TEST_CASE("invalid JSON is reported with its line and column") {
    auto result = benefits::load("{\n  \"format\": 1,\n  \"title\": \"x\",,\n}");
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].path == "(root)");
    CHECK_THAT(result.problems[0].message, Contains("invalid JSON at line 3, column"));
    CHECK_THAT(result.problems[0].message, Contains("syntax error"));
}

TEST_CASE("empty input and a non-object document are refused") {
    CHECK_THAT(benefits::load("").problems.at(0).message, Contains("invalid JSON"));
    CHECK(benefits::to_string(benefits::load("[1,2]").problems.at(0)) ==
          "(root): expected an object with \"format\" and \"claims\", got array");
}

TEST_CASE("a missing required field names its place") {
    auto doc = mini();
    doc["claims"][2].erase("summary");
    doc["claims"][0]["effect"].erase("direction");
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string("claims[2].summary: missing required field")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].effect.direction: missing required field (one of "
                          "decrease|increase|no-difference|not-measured)")));
}

TEST_CASE("a wrong type names its place and both types") {
    auto doc = mini();
    doc["claims"][1]["title"] = 42;
    doc["references"][0]["n_total"] = "thirty";
    doc["claims"][0]["evidence"] = "trial-iv-a";
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string("claims[1].title: expected a string, got number")));
    CHECK_THAT(lines, VectorContains(std::string("references[0].n_total: expected an integer, got string")));
    CHECK_THAT(lines, VectorContains(std::string("claims[0].evidence: expected an array, got string")));
}

TEST_CASE("a value outside its list names the allowed values") {
    auto doc = mini();
    doc["claims"][0]["certainty"] = "strong";
    doc["claims"][3]["verdict"] = "proven";
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].certainty: expected one of high|moderate|low|very-low, got \"strong\"")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[3].verdict: expected one of supported|partly-supported|oral-only|not-supported|"
                          "contradicted, got \"proven\"")));
}

TEST_CASE("an unknown reference names the evidence link") {
    auto doc = mini();
    doc["claims"][0]["evidence"][1]["ref"] = "foo2019";
    CHECK(problems_of(doc) ==
          std::vector<std::string>{"claims[0].evidence[1].ref: unknown reference \"foo2019\""});
}

TEST_CASE("unknown harm, topic, finding index and source ids are reported") {
    auto doc = mini();
    doc["claims"][1]["harms"][0] = "itching";
    doc["claims"][2]["topic"] = "sleep";
    doc["claims"][0]["evidence"][0]["finding"] = 5;
    doc["harms"][0]["source_ids"][0] = "nowhere";
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string("claims[1].harms[0]: unknown harm \"itching\"")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[2].topic: unknown topic \"sleep\" (topics: headache, beyond)")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].evidence[0].finding: source \"trial-iv-a\" has 1 findings (0-0), got 5")));
    CHECK_THAT(lines, VectorContains(std::string("harms[0].source_ids[0]: unknown reference \"nowhere\"")));
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
    doc["claims"][3]["evidence"][0]["ref"] = "missing";
    CHECK(problems_of(doc).size() == 3);
}

TEST_CASE("an unknown format version gets a clear message and nothing else") {
    auto doc = mini();
    doc["format"] = 2;
    CHECK(problems_of(doc) ==
          std::vector<std::string>{"format: unsupported format version 2 (this widget reads format 1)"});
}

TEST_CASE("a misspelt field is reported with the nearest known name") {
    auto doc = mini();
    doc["claims"][0]["sumary"] = "typo";
    CHECK_THAT(problems_of(doc), VectorContains(std::string(
                                     "claims[0].sumary: unknown field (did you mean \"summary\"?)")));
}

TEST_CASE("ids, dates, empty strings and rates are checked") {
    auto doc = mini();
    doc["claims"][0]["id"] = "Fast Relief";
    doc["reviewed"] = "24/11/2026";
    doc["claims"][1]["brief"] = "  ";
    doc["claims"][0]["absolute"][0]["magnesium"]["events"] = 20;
    doc["claims"][0]["grading"]["risk_of_bias"]["reason"] = "";
    auto lines = problems_of(doc);
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].id: \"Fast Relief\" may use only lower-case letters, digits and hyphens")));
    CHECK_THAT(lines, VectorContains(std::string("reviewed: expected a date as YYYY-MM-DD, got \"24/11/2026\"")));
    CHECK_THAT(lines, VectorContains(std::string("claims[1].brief: must not be empty")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].absolute[0].magnesium.events: events (20) exceed total (15)")));
    CHECK_THAT(lines, VectorContains(std::string(
                          "claims[0].grading.risk_of_bias.reason: a reason is required when the level is not "
                          "\"none\"")));
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
