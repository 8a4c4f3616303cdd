#include <catch2/catch.hpp>
#include <set>

#include "benefits/load.hpp"
#include "benefits/session.hpp"
#include "fixtures.hpp"

// The dataset every clinic gets by default: the brief's 12 claims.
TEST_CASE("the default dataset loads without a problem and covers the brief's 12 claims") {
    auto result = benefits::load(fixtures::read_file(BENEFITS_DATA_DIR "/claims.json"));
    for (const auto& p : result.problems) UNSCOPED_INFO(benefits::to_string(p));
    REQUIRE(result.ok());
    const auto& data = *result.dataset;
    std::set<std::string> ids;
    for (const auto& c : data.claims) ids.insert(c.id);
    CHECK(ids == std::set<std::string>{"rapid-relief", "aura", "associated-symptoms", "vs-standard-treatments",
                                       "emergency", "meta-analysis-948", "prevention", "sleep", "anxiety",
                                       "fibromyalgia", "energy", "menstrual-pain"});
}

TEST_CASE("every default claim shows harms or cautions and at least one source against or beside it") {
    auto data = *benefits::load(fixtures::read_file(BENEFITS_DATA_DIR "/claims.json")).dataset;
    for (const auto& c : data.claims) {
        INFO(c.id);
        CHECK((!c.harms.empty() || !c.cautions.empty()));
        CHECK_FALSE(c.evidence.empty());
    }
}
