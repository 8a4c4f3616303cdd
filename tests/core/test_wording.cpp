// Plain-language statements per outcome row (GRADE guideline 26) and absolute effects in words.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "benefits/wording.hpp"

using benefits::AbsoluteKind;
using benefits::Certainty;
using benefits::EffectDirection;
using benefits::Role;

namespace {

benefits::OutcomeRow row(std::string intervention, std::string comparator, std::string outcome,
                         std::string timepoint, std::optional<EffectDirection> direction) {
    benefits::OutcomeRow r;
    r.id = "row";
    r.intervention = std::move(intervention);
    r.comparator = std::move(comparator);
    r.outcome = std::move(outcome);
    r.timepoint = std::move(timepoint);
    r.population = "adults with migraine";
    r.direction = direction;
    if (direction) r.evidence = {{"trial-a", -1, Role::Supports, ""}};
    return r;
}

benefits::AbsoluteEffect risk_difference(double per100, std::optional<double> low, std::optional<double> high,
                                         std::string event) {
    benefits::AbsoluteEffect a;
    a.kind = AbsoluteKind::RiskDifference;
    a.ref = "trial-a";
    a.event = std::move(event);
    a.value = per100;
    a.low = low;
    a.high = high;
    return a;
}

}  // namespace

TEST_CASE("a reduction is worded by certainty (GRADE guideline 26)") {
    auto r = row("oral magnesium taken daily", "", "how often migraine attacks happen", "", EffectDirection::Decrease);
    CHECK(row_statement(r, Certainty::High) == "Oral magnesium taken daily reduces how often migraine attacks happen.");
    CHECK(row_statement(r, Certainty::Moderate) ==
          "Oral magnesium taken daily probably reduces how often migraine attacks happen.");
    CHECK(row_statement(r, Certainty::Low) ==
          "Oral magnesium taken daily may reduce how often migraine attacks happen.");
    CHECK(row_statement(r, Certainty::VeryLow) ==
          "The evidence is very uncertain about the effect of oral magnesium taken daily on how often migraine "
          "attacks happen.");
}

TEST_CASE("the comparator and the time point are named") {
    auto r = row("IV magnesium", "placebo", "migraine pain", "30 minutes after the infusion",
                 EffectDirection::NoDifference);
    CHECK(row_statement(r, Certainty::High) ==
          "Compared with placebo, IV magnesium results in little to no difference in migraine pain 30 minutes "
          "after the infusion.");
    CHECK(row_statement(r, Certainty::Moderate) ==
          "Compared with placebo, IV magnesium likely results in little to no difference in migraine pain 30 "
          "minutes after the infusion.");
    CHECK(row_statement(r, Certainty::Low) ==
          "Compared with placebo, IV magnesium may result in little to no difference in migraine pain 30 minutes "
          "after the infusion.");
    CHECK(row_statement(r, Certainty::VeryLow) ==
          "The evidence is very uncertain about the effect of IV magnesium, compared with placebo, on migraine "
          "pain 30 minutes after the infusion.");
}

TEST_CASE("an increase is worded by certainty") {
    auto r = row("IV magnesium", "placebo", "side effects", "", EffectDirection::Increase);
    CHECK(row_statement(r, Certainty::High) == "Compared with placebo, IV magnesium increases side effects.");
    CHECK(row_statement(r, Certainty::Moderate) ==
          "Compared with placebo, IV magnesium probably increases side effects.");
    CHECK(row_statement(r, Certainty::Low) == "Compared with placebo, IV magnesium may increase side effects.");
}

TEST_CASE("a slight effect says slightly; no difference never does") {
    auto r = row("IV magnesium", "placebo", "migraine pain", "2 hours after the infusion", EffectDirection::Decrease);
    r.size = benefits::EffectSize::Slight;
    CHECK(row_statement(r, Certainty::Low) ==
          "Compared with placebo, IV magnesium may reduce migraine pain slightly 2 hours after the infusion.");
    CHECK(row_statement(r, Certainty::Moderate) ==
          "Compared with placebo, IV magnesium probably reduces migraine pain slightly 2 hours after the infusion.");
    r.direction = EffectDirection::NoDifference;
    CHECK(row_statement(r, Certainty::Low) ==
          "Compared with placebo, IV magnesium may result in little to no difference in migraine pain 2 hours "
          "after the infusion.");
}

TEST_CASE("a row without certainty says there are no studies, or only reports without a comparison") {
    auto none = row("IV magnesium", "", "how well people sleep", "", std::nullopt);
    CHECK(row_statement(none, std::nullopt) == "We found no studies of the effect of IV magnesium on how well people "
                                               "sleep.");

    auto observed = row("IV magnesium", "", "migraine pain", "", std::nullopt);
    observed.observations = {{"series-a", -1, Role::Supports, ""}};
    CHECK(row_statement(observed, std::nullopt) ==
          "No study with a comparison group measured the effect of IV magnesium on migraine pain; there are only "
          "reports of people treated without one, which cannot show whether it works.");

    auto background = row("IV magnesium", "placebo", "migraine pain", "", std::nullopt);
    background.evidence = {{"guide", -1, Role::Context, ""}};
    CHECK(row_statement(background, std::nullopt) ==
          "No study with a comparison group measured the effect of IV magnesium, compared with placebo, on "
          "migraine pain.");
}

TEST_CASE("a value carrying a bidi override is isolated so it cannot reorder the rest of the sentence") {
    auto r = row("IV \u202Emagnesium", "placebo", "pain", "", EffectDirection::Decrease);
    CHECK(row_statement(r, Certainty::Low) == "Compared with placebo, \u2068IV \u202Emagnesium\u2069 may reduce pain.");
    auto c = row("IV magnesium", "\u202Eplacebo", "pain", "at 1 \u2067hour", EffectDirection::Decrease);
    CHECK(row_statement(c, Certainty::Low) ==
          "Compared with \u2068\u202Eplacebo\u2069, IV magnesium may reduce pain \u2068at 1 \u2067hour\u2069.");
    auto plain = row("IV magnesium", "", "pain", "", EffectDirection::Decrease);
    CHECK(row_statement(plain, Certainty::Low) == "IV magnesium may reduce pain.");
}

TEST_CASE("a risk difference in people in every 100, with its interval in words") {
    auto r = row("IV magnesium", "placebo", "side effects", "", EffectDirection::Increase);
    CHECK(absolute_text(risk_difference(37, 6, 68, "had side effects"), r) ==
          "37 more people in every 100 had side effects (between 6 and 68 more)");
    CHECK(absolute_text(risk_difference(-7, -23, 9, "had relief"), r) ==
          "7 fewer people in every 100 had relief (between 23 fewer and 9 more)");
    CHECK(absolute_text(risk_difference(-37, -68, -6, "had relief"), r) ==
          "37 fewer people in every 100 had relief (between 6 and 68 fewer)");
    CHECK(absolute_text(risk_difference(0, -9, 9, "had relief"), r) ==
          "The same number of people in every 100 had relief in both groups (between 9 fewer and 9 more)");
    CHECK(absolute_text(risk_difference(1, std::nullopt, std::nullopt, "had relief"), r) ==
          "1 more person in every 100 had relief");
    CHECK(absolute_text(risk_difference(6.6, 1.2, 12, "had relief"), r) ==
          "About 7 more people in every 100 had relief (between about 1 and 12 more)");
}

TEST_CASE("rates in both groups are whole people in every 100, about when rounded") {
    auto r = row("IM magnesium", "placebo injections", "how people felt", "after 6 weeks", EffectDirection::Increase);
    benefits::AbsoluteEffect a;
    a.kind = AbsoluteKind::Rates;
    a.magnesium.events = 12;
    a.magnesium.total = 15;
    a.control.events = 3;
    a.control.total = 17;
    CHECK(absolute_text(a, r) == "80 in every 100 with IM magnesium, about 18 in every 100 with placebo injections");

    a.event = "felt better";
    a.magnesium = {std::nullopt, std::nullopt, 28.6};
    a.control = {std::nullopt, std::nullopt, 29.0};
    r.comparator = "";
    CHECK(absolute_text(a, r) ==
          "About 29 in every 100 felt better with IM magnesium, 29 in every 100 with the comparison group");

    a.control = {};
    CHECK(absolute_text(a, r) ==
          "About 29 in every 100 felt better with IM magnesium; not reported with the comparison group");
}

TEST_CASE("a mean difference with its scale and interval, lower or higher in words") {
    auto r = row("IV magnesium", "placebo", "migraine pain", "", EffectDirection::Decrease);
    benefits::AbsoluteEffect md;
    md.kind = AbsoluteKind::MeanDifference;
    md.value = -9.73;
    md.low = -16.75;
    md.high = -2.72;
    md.scale = "points on a 100-point pain scale";
    CHECK(absolute_text(md, r) ==
          "On average 9.73 points on a 100-point pain scale lower with IV magnesium than with placebo (between "
          "2.72 and 16.75 lower)");

    md.value = 0.5;
    md.low = -1.2;
    md.high = 2.0;
    md.scale = "points on a 0-10 scale";
    CHECK(absolute_text(md, r) ==
          "On average 0.5 points on a 0-10 scale higher with IV magnesium than with placebo (between 1.2 lower "
          "and 2 higher)");
}
