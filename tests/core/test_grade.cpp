#include <catch2/catch.hpp>

#include "benefits/grade.hpp"
#include "fixtures.hpp"

using benefits::Certainty;
using benefits::Domain;

namespace {

const benefits::GradeStep* step(const benefits::Grade& g, Domain d) {
    for (const auto& s : g.steps)
        if (s.domain == d) return &s;
    return nullptr;
}

}  // namespace

TEST_CASE("randomised evidence starts high and a large consistent trial stays high") {
    auto data = fixtures::mini_dataset();
    auto g = benefits::grade(*data.find_claim("big-trial"), data);
    CHECK(g.start == Certainty::High);
    CHECK(g.steps.empty());
    CHECK(g.result == Certainty::High);
}

TEST_CASE("a claim backed only by oral trials is marked down for indirectness") {
    auto data = fixtures::mini_dataset();
    auto g = benefits::grade(*data.find_claim("fewer-attacks"), data);
    const auto* s = step(g, Domain::Indirectness);
    REQUIRE(s);
    CHECK(s->automatic);
    CHECK(s->change == -1);
    CHECK(g.result == Certainty::Moderate);
}

TEST_CASE("support and contradiction together count as inconsistency; small trials as imprecision") {
    auto data = fixtures::mini_dataset();
    auto g = benefits::grade(*data.find_claim("fast-relief"), data);
    CHECK(g.start == Certainty::High);
    REQUIRE(step(g, Domain::Inconsistency));
    CHECK(step(g, Domain::Inconsistency)->automatic);
    REQUIRE(step(g, Domain::Imprecision));
    CHECK(step(g, Domain::Imprecision)->change == -1);  // largest study 150 people
    REQUIRE(step(g, Domain::RiskOfBias));
    CHECK_FALSE(step(g, Domain::RiskOfBias)->automatic);
    CHECK(step(g, Domain::RiskOfBias)->reason == "small trials with unclear allocation");
    CHECK(g.result == Certainty::VeryLow);
}

TEST_CASE("an uncontrolled series starts very low and never goes below it") {
    auto data = fixtures::mini_dataset();
    auto g = benefits::grade(*data.find_claim("cafeina-sleep"), data);
    CHECK(g.start == Certainty::VeryLow);
    CHECK(step(g, Domain::Imprecision)->change == -2);  // 7 people
    CHECK(g.result == Certainty::VeryLow);
}

TEST_CASE("context sources and guidelines do not count towards grading") {
    auto data = fixtures::mini_dataset();
    auto& claim = data.claims[3];
    claim.evidence = {{"guide", -1, benefits::Role::Supports, "a guideline"}};
    auto g = benefits::grade(claim, data);
    CHECK(g.start == Certainty::VeryLow);
    CHECK(g.steps.empty());
    CHECK(g.start_reason == "no trial or comparison counts towards this claim");
}

TEST_CASE("an editor can judge a domain more serious but not less serious than the automatic check") {
    auto data = fixtures::mini_dataset();
    auto claim = *data.find_claim("fewer-attacks");
    claim.grading.indirectness = {benefits::Concern::VerySerious, "different population"};
    auto stricter = benefits::grade(claim, data);
    CHECK(step(stricter, Domain::Indirectness)->change == -2);
    CHECK(step(stricter, Domain::Indirectness)->reason == "different population");

    claim.grading.indirectness = {benefits::Concern::None, ""};
    CHECK(step(benefits::grade(claim, data), Domain::Indirectness)->change == -1);
}

TEST_CASE("a large effect raises non-randomised evidence only when nothing was marked down") {
    auto data = fixtures::mini_dataset();
    data.references[4].design = benefits::Design::Observational;  // large-iv, 500 people
    auto claim = *data.find_claim("big-trial");
    claim.grading.large_effect = true;
    claim.grading.large_effect_reason = "ten-fold difference";
    auto g = benefits::grade(claim, data);
    CHECK(g.start == Certainty::Low);
    CHECK(g.result == Certainty::Moderate);

    claim.grading.publication_bias = {benefits::Concern::Serious, "only one trial, industry funded"};
    CHECK(benefits::grade(claim, data).result == Certainty::VeryLow);
}

TEST_CASE("the rule's text states the thresholds the code applies") {
    auto text = benefits::grading_rule_text();
    std::string all;
    for (const auto& line : text) all += line + "\n";
    CHECK_THAT(all, Catch::Matchers::Contains(std::to_string(benefits::kImprecisionSerious) + " participants"));
    CHECK_THAT(all, Catch::Matchers::Contains("very serious under " +
                                              std::to_string(benefits::kImprecisionVerySerious)));
    CHECK_THAT(all, Catch::Matchers::Contains("randomised trials, or reviews that pool them, start at high"));
}
