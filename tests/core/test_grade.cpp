// The certainty rule, per outcome row: one test per domain and per kind of row. Datasets are built here in code.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "benefits/counted_evidence.hpp"
#include "benefits/grade.hpp"
#include "fixtures.hpp"

using benefits::Certainty;
using benefits::Concern;
using benefits::Design;
using benefits::Domain;
using benefits::Role;
using benefits::Route;
using Catch::Matchers::Contains;

using fixtures::link;
using fixtures::source;

namespace {

benefits::Dataset dataset() {
    benefits::Dataset d;
    d.route = Route::IV;  // the clinic gives infusions
    d.references = {
        source("trial-iv-big", Design::RctDoubleBlind, Route::IV, 500),
        source("trial-iv-other", Design::RctDoubleBlind, Route::IV, 450),
        source("trial-iv-small", Design::RctSingleBlind, Route::IV, 150),
        source("trial-iv-tiny", Design::RctOpen, Route::IV, 40),
        source("trial-iv-unsized", Design::RctOpen, Route::IV, std::nullopt),
        source("review-iv", Design::CochraneReview, Route::IV, 420),
        source("review-small", Design::SystematicReview, Route::IV, 295),
        source("trial-im", Design::RctDoubleBlind, Route::IM, 600),
        source("trial-oral-a", Design::RctDoubleBlind, Route::Oral, 300),
        source("trial-oral-b", Design::RctDoubleBlind, Route::Oral, 250),
        source("cohort-iv", Design::Observational, Route::IV, 700),
        source("quasi-iv", Design::QuasiExperimental, Route::IV, 60),
        source("series-iv", Design::OpenLabel, Route::IV, 7),
        source("guide", Design::Guideline, Route::IV, std::nullopt),
    };
    return d;
}

benefits::OutcomeRow row(Route route, std::vector<benefits::EvidenceLink> evidence,
                         std::vector<benefits::EvidenceLink> observations = {}) {
    benefits::OutcomeRow r;
    r.id = "pain-30min";
    r.intervention = route == Route::Oral ? "oral magnesium taken daily" : "IV magnesium";
    r.route = route;
    r.comparator = "placebo";
    r.outcome = "migraine pain";
    r.timepoint = "30 minutes after the infusion";
    r.population = "adults with migraine";
    if (!evidence.empty()) r.direction = benefits::EffectDirection::NoDifference;
    r.evidence = std::move(evidence);
    r.observations = std::move(observations);
    return r;
}

std::optional<benefits::Grade> graded(const benefits::OutcomeRow& r, const benefits::Dataset& data) {
    return benefits::grade(r, benefits::count_evidence(r, data), data);
}

const benefits::GradeStep* step(const benefits::Grade& g, Domain d) {
    for (const auto& s : g.steps)
        if (s.domain == d) return &s;
    return nullptr;
}

const benefits::GradeStep* lifted(const benefits::Grade& g, Domain d) {
    for (const auto& s : g.lifted)
        if (s.domain == d) return &s;
    return nullptr;
}

// Two large, consistent double-blind IV trials: high, nothing marked down.
std::vector<benefits::EvidenceLink> solid_iv() {
    return {link("trial-iv-big", Role::Contradicts), link("trial-iv-other", Role::Contradicts)};
}

}  // namespace

TEST_CASE("a row with no studies has no certainty") {
    auto data = dataset();
    CHECK_FALSE(graded(row(Route::IV, {}), data).has_value());
}

TEST_CASE("a row with only uncontrolled observations has no certainty") {
    auto data = dataset();
    CHECK_FALSE(graded(row(Route::IV, {}, {link("series-iv", Role::Supports)}), data).has_value());
}

TEST_CASE("a row whose evidence is only background or guidelines has no certainty") {
    auto data = dataset();
    CHECK_FALSE(graded(row(Route::IV, {link("trial-iv-big", Role::Context), link("guide", Role::Supports)}), data)
                    .has_value());
}

TEST_CASE("randomised evidence starts high and large consistent trials of the row's route stay high") {
    auto data = dataset();
    auto g = graded(row(Route::IV, solid_iv()), data);
    REQUIRE(g);
    CHECK(g->start == Certainty::High);
    CHECK_THAT(g->start_reason, Contains("randomised trials"));
    CHECK(g->steps.empty());
    CHECK(g->lifted.empty());
    CHECK(g->result == Certainty::High);
}

TEST_CASE("non-randomised comparisons start low") {
    auto data = dataset();
    auto g = graded(row(Route::IV, {link("cohort-iv", Role::Supports)}), data);
    REQUIRE(g);
    CHECK(g->start == Certainty::Low);
    CHECK(g->steps.empty());  // 700 people, IV, one source
    CHECK(g->result == Certainty::Low);
}

TEST_CASE("indirectness: an oral row with oral trials is not marked down for not being IV") {
    auto data = dataset();  // the clinic's route is IV
    auto g = graded(row(Route::Oral, {link("trial-oral-a", Role::Supports), link("trial-oral-b", Role::Supports)}),
                    data);
    REQUIRE(g);
    CHECK_FALSE(step(*g, Domain::Indirectness));
    CHECK(g->result == Certainty::High);  // 550 people, consistent
}

TEST_CASE("indirectness: an IV row with only intramuscular evidence is marked down one level") {
    auto data = dataset();
    auto g = graded(row(Route::IV, {link("trial-im", Role::Supports)}), data);
    REQUIRE(g);
    const auto* s = step(*g, Domain::Indirectness);
    REQUIRE(s);
    CHECK(s->automatic);
    CHECK(s->change == -1);
    CHECK_FALSE(s->differs_from_rule);
    CHECK_THAT(s->reason, Contains("into a vein"));
    CHECK_THAT(s->reason, Contains("injection into a muscle"));
    CHECK(g->result == Certainty::Moderate);
}

TEST_CASE("a trial row's certainty does not move when an uncontrolled series is added as an observation") {
    auto data = dataset();
    auto trials = row(Route::IV, solid_iv());
    auto before = graded(trials, data);
    trials.observations = {link("series-iv", Role::Supports)};
    auto after = graded(trials, data);
    REQUIRE(before);
    REQUIRE(after);
    CHECK(after->result == before->result);
    CHECK(after->steps.size() == before->steps.size());
    CHECK(after->result == Certainty::High);
}

TEST_CASE("a trial row's certainty does not move when a weaker non-randomised study disagrees") {
    auto data = dataset();
    auto trials = row(Route::IV, solid_iv());
    trials.evidence.push_back(link("quasi-iv", Role::Supports));
    auto g = graded(trials, data);
    REQUIRE(g);
    CHECK_FALSE(step(*g, Domain::Inconsistency));  // explained by its design, not counted twice
    CHECK_FALSE(step(*g, Domain::Imprecision));    // its 60 people do not enter the trials' count either
    CHECK(g->result == Certainty::High);
}

TEST_CASE("inconsistency: randomised trials that disagree mark the row down one level") {
    auto data = dataset();
    auto g = graded(row(Route::IV, {link("trial-iv-big", Role::Supports), link("trial-iv-other", Role::Contradicts)}),
                    data);
    REQUIRE(g);
    const auto* s = step(*g, Domain::Inconsistency);
    REQUIRE(s);
    CHECK(s->automatic);
    CHECK(s->change == -1);
    CHECK_THAT(s->reason, Contains("the trials that answer this question disagree"));
    CHECK(g->result == Certainty::Moderate);
}

TEST_CASE("imprecision: an interval that includes no effect marks the row down, whatever the size") {
    auto data = dataset();
    auto r = row(Route::IV, solid_iv());  // 950 people
    benefits::AbsoluteEffect rd;
    rd.kind = benefits::AbsoluteKind::RiskDifference;
    rd.ref = "trial-iv-big";
    rd.event = "had relief";
    rd.value = -7;
    rd.low = -23;
    rd.high = 9;
    r.absolute = {rd};
    auto g = graded(r, data);
    REQUIRE(g);
    const auto* s = step(*g, Domain::Imprecision);
    REQUIRE(s);
    CHECK(s->automatic);
    CHECK(s->change == -1);
    CHECK_THAT(s->reason, Contains("includes no effect"));
    CHECK_THAT(s->reason, Contains("between 23 fewer and 9 more"));

    SECTION("an interval on one side of no effect does not") {
        r.absolute[0].low = -23;
        r.absolute[0].high = -2;
        CHECK_FALSE(step(*graded(r, data), Domain::Imprecision));
    }
    SECTION("a mean difference's interval counts the same way") {
        benefits::AbsoluteEffect md;
        md.kind = benefits::AbsoluteKind::MeanDifference;
        md.value = -1;
        md.low = -3;
        md.high = 0.5;
        md.scale = "points on a 0-10 pain scale";
        r.absolute = {md};
        CHECK(step(*graded(r, data), Domain::Imprecision));
    }
    SECTION("rates have no interval") {
        r.absolute[0].kind = benefits::AbsoluteKind::Rates;
        CHECK_FALSE(step(*graded(r, data), Domain::Imprecision));
    }
}

TEST_CASE("imprecision: few participants in the body mark the row down, very few two levels") {
    auto data = dataset();
    auto serious = graded(row(Route::IV, {link("trial-iv-small", Role::Contradicts)}), data);  // 150
    REQUIRE(serious);
    REQUIRE(step(*serious, Domain::Imprecision));
    CHECK(step(*serious, Domain::Imprecision)->change == -1);
    CHECK_THAT(step(*serious, Domain::Imprecision)->reason, Contains("150 people"));

    auto very = graded(row(Route::IV, {link("trial-iv-tiny", Role::Contradicts)}), data);  // 40
    REQUIRE(very);
    CHECK(step(*very, Domain::Imprecision)->change == -2);
    CHECK(very->result == Certainty::Low);

    auto unknown = graded(row(Route::IV, {link("trial-iv-unsized", Role::Contradicts)}), data);
    REQUIRE(unknown);
    CHECK(step(*unknown, Domain::Imprecision)->change == -2);
    CHECK_THAT(step(*unknown, Domain::Imprecision)->reason, Contains("does not say how many people took part"));

    // The largest review, not the sum of the trials it pools: 420 people is enough.
    auto pooled = graded(row(Route::IV, {link("review-iv", Role::Contradicts), link("trial-iv-small", Role::Contradicts),
                                         link("trial-iv-tiny", Role::Contradicts)}),
                         data);
    REQUIRE(pooled);
    CHECK_FALSE(step(*pooled, Domain::Imprecision));

    // A smaller review beside a trial it pools: its 295 people, not 295 + 150, and the reason says so.
    auto small_review = graded(
        row(Route::IV, {link("review-small", Role::Contradicts), link("trial-iv-small", Role::Contradicts)}), data);
    REQUIRE(small_review);
    REQUIRE(step(*small_review, Domain::Imprecision));
    CHECK(step(*small_review, Domain::Imprecision)->change == -1);
    CHECK_THAT(step(*small_review, Domain::Imprecision)->reason,
               Contains("the largest review of these trials included only 295 people"));
}

TEST_CASE("risk of bias and publication bias come from the editor only") {
    auto data = dataset();
    auto r = row(Route::IV, solid_iv());
    r.grading.risk_of_bias = benefits::Judgement{Concern::Serious, "allocation was not concealed"};
    r.grading.publication_bias = benefits::Judgement{Concern::VerySerious, "only industry-funded trials"};
    auto g = graded(r, data);
    REQUIRE(g);
    const auto* bias = step(*g, Domain::RiskOfBias);
    REQUIRE(bias);
    CHECK_FALSE(bias->automatic);
    CHECK_FALSE(bias->differs_from_rule);  // the rule has no check of its own to differ from
    CHECK(bias->reason == "allocation was not concealed");
    CHECK(step(*g, Domain::PublicationBias)->change == -2);
    CHECK(g->result == Certainty::VeryLow);  // high - 1 - 2, clamped at very low
}

TEST_CASE("an editor can judge a domain more serious than the rule") {
    auto data = dataset();
    auto r = row(Route::IV, {link("trial-im", Role::Supports)});
    r.grading.indirectness = benefits::Judgement{Concern::VerySerious, "people with chronic fatigue, not migraine"};
    auto g = graded(r, data);
    REQUIRE(g);
    const auto* s = step(*g, Domain::Indirectness);
    REQUIRE(s);
    CHECK(s->change == -2);
    CHECK_FALSE(s->automatic);
    CHECK(s->differs_from_rule);
    CHECK(s->reason == "people with chronic fatigue, not migraine");
    CHECK(g->result == Certainty::Low);

    SECTION("where the rule finds nothing") {
        auto solid = row(Route::IV, solid_iv());
        solid.grading.inconsistency = benefits::Judgement{Concern::Serious, "the trials measured pain differently"};
        auto h = graded(solid, data);
        REQUIRE(step(*h, Domain::Inconsistency));
        CHECK(step(*h, Domain::Inconsistency)->differs_from_rule);
        CHECK(h->result == Certainty::Moderate);
    }
    SECTION("agreeing with the rule is not a difference") {
        r.grading.indirectness = benefits::Judgement{Concern::Serious, "muscle injections, not infusions"};
        auto h = graded(r, data);
        CHECK_FALSE(step(*h, Domain::Indirectness)->differs_from_rule);
        CHECK(step(*h, Domain::Indirectness)->reason == "muscle injections, not infusions");
        CHECK(h->lifted.empty());
    }
}

TEST_CASE("an editor can judge a domain less serious than the rule; the judgement is kept as lifted") {
    auto data = dataset();
    auto r = row(Route::IV, {link("trial-iv-big", Role::Supports), link("trial-iv-other", Role::Contradicts)});
    r.grading.inconsistency =
        benefits::Judgement{Concern::None, "the trials measured different time points; at 30 minutes they agree"};
    auto g = graded(r, data);
    REQUIRE(g);
    CHECK_FALSE(step(*g, Domain::Inconsistency));
    const auto* l = lifted(*g, Domain::Inconsistency);
    REQUIRE(l);
    CHECK(l->differs_from_rule);
    CHECK_FALSE(l->automatic);
    CHECK(l->change == -1);  // the step the rule would have taken
    CHECK_THAT(l->reason, Contains("at 30 minutes they agree"));
    CHECK(g->result == Certainty::High);

    SECTION("lowered from very serious to serious: one step, marked as differing") {
        auto tiny = row(Route::IV, {link("trial-iv-tiny", Role::Contradicts)});
        tiny.grading.imprecision = benefits::Judgement{Concern::Serious, "a narrow interval despite the size"};
        auto h = graded(tiny, data);
        REQUIRE(step(*h, Domain::Imprecision));
        CHECK(step(*h, Domain::Imprecision)->change == -1);
        CHECK(step(*h, Domain::Imprecision)->differs_from_rule);
        CHECK(h->lifted.empty());
        CHECK(h->result == Certainty::Moderate);
    }
}

TEST_CASE("a large effect raises a non-randomised row one level only when nothing was marked down") {
    auto data = dataset();
    auto r = row(Route::IV, {link("cohort-iv", Role::Supports)});  // 700 people, IV
    r.direction = benefits::EffectDirection::Decrease;
    r.grading.large_effect = true;
    r.grading.large_effect_reason = "ten times as many people had relief";
    auto g = graded(r, data);
    REQUIRE(g);
    CHECK(g->start == Certainty::Low);
    REQUIRE(step(*g, Domain::LargeEffect));
    CHECK(step(*g, Domain::LargeEffect)->change == +1);
    CHECK(step(*g, Domain::LargeEffect)->reason == "ten times as many people had relief");
    CHECK(g->result == Certainty::Moderate);

    SECTION("not after a step down") {
        r.grading.risk_of_bias = benefits::Judgement{Concern::Serious, "groups differed at the start"};
        auto h = graded(r, data);
        CHECK_FALSE(step(*h, Domain::LargeEffect));
        CHECK(h->result == Certainty::VeryLow);
    }
    SECTION("not for randomised evidence, which starts high") {
        auto trials = row(Route::IV, solid_iv());
        trials.grading.large_effect = true;
        trials.grading.large_effect_reason = "large";
        auto h = graded(trials, data);
        CHECK_FALSE(step(*h, Domain::LargeEffect));
        CHECK(h->result == Certainty::High);
    }
}

TEST_CASE("the rule's text states the thresholds and the per-row steps the code applies") {
    std::string all;
    for (const auto& line : benefits::grading_rule_text()) {
        CHECK_FALSE(line.empty());
        CHECK(line.find('\n') == std::string::npos);
        all += line + "\n";
    }
    CHECK_THAT(all, Contains("fewer than " + std::to_string(benefits::kImprecisionSerious) + " people"));
    CHECK_THAT(all, Contains("very serious under " + std::to_string(benefits::kImprecisionVerySerious)));
    CHECK_THAT(all, Contains("randomised trials, or reviews that pool them, start at high"));
    CHECK_THAT(all, Contains("never marked down for not being an infusion"));
    CHECK_THAT(all, Contains("observations and never rated"));
}
