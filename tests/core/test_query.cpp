#include <catch2/catch.hpp>
#include <algorithm>
#include <optional>

#include "benefits/query.hpp"
#include "benefits/session.hpp"
#include "fixtures.hpp"

// The cases live in tests/fixtures/queries.json so the wasm tests check the very same answers.
TEST_CASE("every shared query case returns the expected claims in order") {
    benefits::Session session(fixtures::mini_dataset());
    auto cases = nlohmann::json::parse(fixtures::read_file(BENEFITS_FIXTURES_DIR "/queries.json"))["cases"];
    REQUIRE(cases.size() >= 10);
    for (const auto& c : cases) {
        INFO(c["name"].get<std::string>());
        std::vector<benefits::Problem> problems;
        auto q = benefits::parse_query(c["query"].dump(), problems);
        REQUIRE(problems.empty());
        std::vector<std::string> ids;
        for (auto i : session.index.run(q)) ids.push_back(session.data.claims[i].id);
        CHECK(ids == c["ids"].get<std::vector<std::string>>());
    }
}

TEST_CASE("a malformed query names the bad field") {
    std::vector<benefits::Problem> problems;
    benefits::parse_query(R"({"verdict":["great"],"certainty":["none","very low"],"sort":"random","colour":1})",
                          problems);
    std::vector<std::string> lines;
    for (const auto& p : problems) lines.push_back(benefits::to_string(p));
    CHECK_THAT(lines, Catch::Matchers::VectorContains(std::string(
                          "verdict[0]: expected one of supported|partly-supported|contested|oral-only|not-supported|"
                          "contradicted, got \"great\"")));
    CHECK_THAT(lines, Catch::Matchers::VectorContains(std::string(
                          "sort: expected one of topic|certainty|verdict, got \"random\"")));
    CHECK_THAT(lines, Catch::Matchers::VectorContains(std::string(
                          "certainty[1]: expected one of high|moderate|low|very-low|none, got \"very low\"")));
    CHECK(lines.size() == 4);  // "none" is a certainty name of queries
    CHECK_THAT(lines, Catch::Matchers::VectorContains(std::string("colour: unknown field")));

    problems.clear();
    benefits::parse_query("not json", problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "(query)");
}

TEST_CASE("an unknown topic in a filter matches nothing rather than everything") {
    benefits::Session session(fixtures::mini_dataset());
    benefits::Query q;
    q.topics = {"nonexistent"};
    CHECK(session.index.run(q).empty());
}

TEST_CASE("the index reads the Session's results: headline certainty, body routes, rows' words") {
    benefits::Session session(fixtures::mini_dataset());
    auto ids = [&](const benefits::Query& q) {
        std::vector<std::string> out;
        for (auto i : session.index.run(q)) out.push_back(session.data.claims[i].id);
        return out;
    };
    benefits::Query none;
    none.certainties = {std::nullopt};
    // Exactly the claims whose headline row the Session left without a grade.
    std::vector<std::string> ungraded;
    for (std::size_t i = 0; i < session.results.size(); ++i)
        if (!session.results[i].certainty()) ungraded.push_back(session.data.claims[i].id);
    REQUIRE_FALSE(ungraded.empty());
    CHECK(ids(none) == ungraded);

    benefits::Query every_level;
    every_level.certainties = {benefits::Certainty::High, benefits::Certainty::Moderate, benefits::Certainty::Low,
                               benefits::Certainty::VeryLow};
    for (const auto& id : ids(every_level)) CHECK(std::find(ungraded.begin(), ungraded.end(), id) == ungraded.end());
    CHECK(ids(every_level).size() + ungraded.size() == session.data.claims.size());
}
