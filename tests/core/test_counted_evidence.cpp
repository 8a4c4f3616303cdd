// Counted once: every count is of distinct sources per role, never of evidence links (evidence review F3: one
// review cited for three findings was shown as three supporting studies), and the body of evidence of a row is
// the sources of its best design class. Datasets are built here in code.
#include <catch2/catch.hpp>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "benefits/counted_evidence.hpp"
#include "fixtures.hpp"

using benefits::Design;
using benefits::DesignClass;
using benefits::Role;
using benefits::Route;
using Ids = std::vector<std::string>;

using fixtures::link;
using fixtures::source;

namespace {

benefits::OutcomeRow row(Route route, std::vector<benefits::EvidenceLink> evidence,
                         std::vector<benefits::EvidenceLink> observations = {}) {
    benefits::OutcomeRow r;
    r.id = "pain-2h";
    r.intervention = "IV magnesium";
    r.route = route;
    r.comparator = "placebo";
    r.outcome = "pain";
    r.population = "adults with migraine";
    r.direction = benefits::EffectDirection::Decrease;
    r.evidence = std::move(evidence);
    r.observations = std::move(observations);
    return r;
}

benefits::Dataset dataset() {
    benefits::Dataset d;
    d.route = Route::IV;
    d.references = {
        source("review-iv", Design::MetaAnalysis, Route::IV, 295),
        source("trial-iv-a", Design::RctDoubleBlind, Route::IV, 32),
        source("trial-iv-b", Design::RctSingleBlind, Route::IV, 150),
        source("trial-iv-big", Design::RctDoubleBlind, Route::IV, 500),
        source("trial-im", Design::RctDoubleBlind, Route::IM, 32),
        source("trial-oral", Design::RctOpen, Route::Oral, 81),
        source("cohort-iv", Design::Observational, Route::IV, 60),
        source("quasi-iv", Design::QuasiExperimental, Route::IV, 40),
        source("series-iv", Design::OpenLabel, Route::IV, 7),
        source("guide", Design::Guideline, Route::IV, std::nullopt),
        source("narrative", Design::Review, Route::IV, std::nullopt),
        source("trial-unsized", Design::RctOpen, Route::IV, std::nullopt),
    };
    return d;
}

}  // namespace

TEST_CASE("every design has one grading class, and only reviews pool") {
    CHECK(benefits::classify(Design::MetaAnalysis) == DesignClass::Randomised);
    CHECK(benefits::classify(Design::SystematicReview) == DesignClass::Randomised);
    CHECK(benefits::classify(Design::CochraneReview) == DesignClass::Randomised);
    CHECK(benefits::classify(Design::RctDoubleBlind) == DesignClass::Randomised);
    CHECK(benefits::classify(Design::RctSingleBlind) == DesignClass::Randomised);
    CHECK(benefits::classify(Design::RctOpen) == DesignClass::Randomised);
    CHECK(benefits::classify(Design::QuasiExperimental) == DesignClass::NonRandomised);
    CHECK(benefits::classify(Design::Retrospective) == DesignClass::NonRandomised);
    CHECK(benefits::classify(Design::Observational) == DesignClass::NonRandomised);
    CHECK(benefits::classify(Design::OpenLabel) == DesignClass::Uncontrolled);
    CHECK(benefits::classify(Design::Guideline) == DesignClass::NotGraded);
    CHECK(benefits::classify(Design::Review) == DesignClass::NotGraded);
    CHECK(benefits::classify(Design::Unknown) == DesignClass::NotGraded);

    CHECK(benefits::is_pooled(Design::MetaAnalysis));
    CHECK(benefits::is_pooled(Design::SystematicReview));
    CHECK(benefits::is_pooled(Design::CochraneReview));
    CHECK_FALSE(benefits::is_pooled(Design::RctDoubleBlind));
    CHECK_FALSE(benefits::is_pooled(Design::Guideline));
    CHECK_FALSE(benefits::is_pooled(Design::Review));
}

TEST_CASE("a source cited for three findings is one source, and its participants count once") {
    auto data = dataset();
    auto r = row(Route::IV, {link("trial-iv-a", Role::Supports, 0), link("trial-iv-a", Role::Supports, 1),
                             link("trial-iv-a", Role::Supports, 2), link("trial-iv-b", Role::Contradicts),
                             link("trial-iv-big", Role::Contradicts), link("guide", Role::Context)});
    auto e = benefits::count_evidence(r, data);
    CHECK(e.supports == Ids{"trial-iv-a"});
    CHECK(e.contradicts == Ids{"trial-iv-b", "trial-iv-big"});
    CHECK(e.context == Ids{"guide"});
    CHECK(e.of(Role::Contradicts).size() == 2);
    CHECK(e.body == Ids{"trial-iv-a", "trial-iv-b", "trial-iv-big"});
    CHECK(e.participants == 32 + 150 + 500);
    CHECK_FALSE(e.participants_from_review);
}

TEST_CASE("a source cited on both sides is counted once on each side and once in the body") {
    auto data = dataset();
    auto r = row(Route::IV, {link("trial-iv-big", Role::Supports, 0), link("trial-iv-big", Role::Contradicts, 1),
                             link("narrative", Role::Context)});
    auto e = benefits::count_evidence(r, data);
    CHECK(e.supports == Ids{"trial-iv-big"});
    CHECK(e.contradicts == Ids{"trial-iv-big"});
    CHECK(e.body == Ids{"trial-iv-big"});
    CHECK(e.body_supports);
    CHECK(e.body_contradicts);
    CHECK(e.participants == 500);
}

TEST_CASE("participants are the trials added up, or the largest review when that is more") {
    auto data = dataset();
    SECTION("a review larger than the trials cited beside it") {
        auto e = benefits::count_evidence(
            row(Route::IV, {link("review-iv", Role::Contradicts), link("trial-iv-a", Role::Contradicts),
                            link("trial-iv-b", Role::Contradicts)}),
            data);
        CHECK(e.participants == 295);  // not 295 + 32 + 150: the review pools such trials
        CHECK(e.participants_from_review);
    }
    SECTION("trials adding up to more than the review") {
        auto e = benefits::count_evidence(
            row(Route::IV, {link("review-iv", Role::Contradicts), link("trial-iv-big", Role::Contradicts)}), data);
        CHECK(e.participants == 500);
        CHECK_FALSE(e.participants_from_review);
    }
    SECTION("a source that does not say how many took part adds nothing") {
        auto e = benefits::count_evidence(row(Route::IV, {link("trial-unsized", Role::Supports)}), data);
        CHECK(e.body == Ids{"trial-unsized"});
        CHECK(e.participants == 0);
    }
}

TEST_CASE("the body is the best design class: weaker designs and observations are listed, not graded") {
    auto data = dataset();
    auto r = row(Route::IV, {link("trial-iv-big", Role::Contradicts), link("cohort-iv", Role::Supports),
                             link("guide", Role::Supports), link("narrative", Role::Contradicts)},
                 {link("series-iv", Role::Supports)});
    auto e = benefits::count_evidence(r, data);
    CHECK(e.best == DesignClass::Randomised);
    CHECK(e.body == Ids{"trial-iv-big"});
    CHECK_FALSE(e.body_supports);  // the cohort's support is listed, not part of the body
    CHECK(e.body_contradicts);
    CHECK(e.participants == 500);
    // Listed: every evidence source by role; the series only as an observation, never under a role.
    CHECK(e.supports == Ids{"cohort-iv", "guide"});
    CHECK(e.contradicts == Ids{"trial-iv-big", "narrative"});
    CHECK(e.observations == Ids{"series-iv"});

    SECTION("without a trial, the non-randomised comparisons are the body") {
        auto only_weaker = row(Route::IV, {link("cohort-iv", Role::Supports), link("quasi-iv", Role::Contradicts)});
        auto w = benefits::count_evidence(only_weaker, data);
        CHECK(w.best == DesignClass::NonRandomised);
        CHECK(w.body == Ids{"cohort-iv", "quasi-iv"});
        CHECK(w.participants == 100);
    }
}

TEST_CASE("rows with no body: no studies, observations only, context only") {
    auto data = dataset();
    auto none = benefits::count_evidence(row(Route::IV, {}), data);
    CHECK(none.body.empty());
    CHECK(none.best == DesignClass::NotGraded);
    CHECK(none.supports.empty());

    auto observed = benefits::count_evidence(row(Route::IV, {}, {link("series-iv", Role::Supports)}), data);
    CHECK(observed.body.empty());
    CHECK(observed.observations == Ids{"series-iv"});
    CHECK(observed.supports.empty());  // a report without a comparison group supports nothing in the counts
    CHECK(observed.participants == 0);

    auto background = benefits::count_evidence(
        row(Route::IV, {link("trial-iv-big", Role::Context), link("guide", Role::Supports)}), data);
    CHECK(background.body.empty());
    CHECK(background.context == Ids{"trial-iv-big"});
}

TEST_CASE("a source cited both as evidence and as an observation is not counted as an observation") {
    auto data = dataset();
    auto e = benefits::count_evidence(
        row(Route::IV, {link("trial-iv-a", Role::Supports)}, {link("trial-iv-a", Role::Context),
                                                              link("series-iv", Role::Supports)}),
        data);
    CHECK(e.observations == Ids{"series-iv"});
    // Roles come from the evidence links only: the observation links' roles are not counted.
    CHECK(e.supports == Ids{"trial-iv-a"});
    CHECK(e.context.empty());
}

// The one meaning of the counts (issue 14): supports / contradicts / context are the distinct sources of the rows'
// evidence by role; observations the sources cited only as observations, in no row's evidence. Every source
// appears in the counts under each role it has in evidence, or once as an observation, never both.
TEST_CASE("a claim: a source in evidence on one row and an observation on another counts once, in evidence") {
    auto data = dataset();
    benefits::Claim claim;
    claim.id = "mixed-citations";
    auto first = row(Route::IV, {link("cohort-iv", Role::Supports)}, {link("series-iv", Role::Supports)});
    first.id = "pain-30min";
    auto second = row(Route::IV, {link("trial-iv-big", Role::Contradicts)},
                      {link("cohort-iv", Role::Supports), link("series-iv", Role::Contradicts)});
    second.id = "pain-2h";
    claim.outcomes = {first, second};

    auto e = benefits::count_evidence(claim, data);
    CHECK(e.supports == Ids{"cohort-iv"});        // in the first row's evidence; the second row's report is ignored
    CHECK(e.contradicts == Ids{"trial-iv-big"});  // series-iv "contradicts" only as an observation
    CHECK(e.context.empty());
    CHECK(e.observations == Ids{"series-iv"});    // only ever observed: once, whatever roles its links give
    // The same on the second row alone: there cohort-iv is only observed.
    auto on_second = benefits::count_evidence(second, data);
    CHECK(on_second.supports.empty());
    CHECK(on_second.contradicts == Ids{"trial-iv-big"});
    CHECK(on_second.observations == Ids{"cohort-iv", "series-iv"});
    // The order of the rows does not change the answer.
    claim.outcomes = {second, first};
    auto reversed = benefits::count_evidence(claim, data);
    CHECK(reversed.supports == Ids{"cohort-iv"});
    CHECK(reversed.observations == Ids{"series-iv"});
}

TEST_CASE("a claim: a source supporting on one row and contradicting on another is counted on each side once") {
    auto data = dataset();
    benefits::Claim claim;
    claim.id = "both-sides";
    auto early = row(Route::IV, {link("review-iv", Role::Contradicts, 0), link("trial-iv-a", Role::Supports)});
    early.id = "pain-30min";
    auto late = row(Route::IV, {link("review-iv", Role::Supports, 1), link("review-iv", Role::Supports, 2)});
    late.id = "pain-2h";
    auto harms = row(Route::IV, {link("review-iv", Role::Contradicts, 3)});
    harms.id = "side-effects";
    claim.outcomes = {early, late, harms};

    auto e = benefits::count_evidence(claim, data);
    CHECK(e.supports == Ids{"trial-iv-a", "review-iv"});
    CHECK(e.contradicts == Ids{"review-iv"});
    CHECK(e.observations.empty());
    // In the grade it is one source: the body and the participants count it once.
    CHECK(e.body == Ids{"review-iv", "trial-iv-a"});
    CHECK(e.participants == 295);
    CHECK(e.participants_from_review);
    // Each row keeps its own count: the grade per row is unchanged.
    CHECK(benefits::count_evidence(late, data).supports == Ids{"review-iv"});
    CHECK(benefits::count_evidence(late, data).contradicts.empty());
    CHECK(benefits::count_evidence(harms, data).contradicts == Ids{"review-iv"});
}

TEST_CASE("the route matches against the row's own route") {
    auto data = dataset();
    auto oral = benefits::count_evidence(row(Route::Oral, {link("trial-oral", Role::Supports)}), data);
    CHECK(oral.route_matches);
    CHECK(oral.routes == std::set<Route>{Route::Oral});

    auto im_for_iv = benefits::count_evidence(row(Route::IV, {link("trial-im", Role::Supports)}), data);
    CHECK_FALSE(im_for_iv.route_matches);
    CHECK(im_for_iv.routes == std::set<Route>{Route::IM});

    // A weaker IV study beside the IM trial is not in the body, so it does not make the route match.
    auto with_weaker = benefits::count_evidence(
        row(Route::IV, {link("trial-im", Role::Supports), link("cohort-iv", Role::Supports)}), data);
    CHECK_FALSE(with_weaker.route_matches);

    // A question about several routes is answered by a study of any of them.
    CHECK(benefits::count_evidence(row(Route::Mixed, {link("trial-im", Role::Supports)}), data).route_matches);
}

TEST_CASE("a claim counts distinct sources over all its rows and matches the clinic's route") {
    auto data = dataset();
    benefits::Claim claim;
    claim.id = "prevention";
    auto iv = row(Route::IV, {});
    iv.id = "iv-attacks";
    auto oral = row(Route::Oral, {link("trial-oral", Role::Supports), link("guide", Role::Context)},
                    {link("series-iv", Role::Supports)});
    oral.id = "oral-attacks";
    auto oral_later = row(Route::Oral, {link("trial-oral", Role::Supports, 1), link("guide", Role::Context)});
    oral_later.id = "oral-attacks-later";
    claim.outcomes = {iv, oral, oral_later};

    auto e = benefits::count_evidence(claim, data);
    CHECK(e.supports == Ids{"trial-oral"});
    CHECK(e.context == Ids{"guide"});
    CHECK(e.observations == Ids{"series-iv"});
    CHECK(e.body == Ids{"trial-oral"});
    CHECK(e.participants == 81);
    CHECK_FALSE(e.route_matches);  // the clinic gives IV; only oral trials

    claim.outcomes[0].evidence = {link("trial-iv-a", Role::Contradicts)};
    auto with_iv = benefits::count_evidence(claim, data);
    CHECK(with_iv.route_matches);
    CHECK(with_iv.body == Ids{"trial-iv-a", "trial-oral"});
    CHECK(with_iv.participants == 32 + 81);
    CHECK(with_iv.body_supports);
    CHECK(with_iv.body_contradicts);
}
