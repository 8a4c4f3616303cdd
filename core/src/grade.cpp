#include "benefits/grade.hpp"

#include <algorithm>

namespace benefits {
namespace {

enum class DesignTier { NotCounted, Uncontrolled, NonRandomised, Randomised };

DesignTier tier_of(Design d) {
    switch (d) {
        case Design::MetaAnalysis:
        case Design::SystematicReview:
        case Design::CochraneReview:
        case Design::RctDoubleBlind:
        case Design::RctSingleBlind:
        case Design::RctOpen: return DesignTier::Randomised;
        case Design::QuasiExperimental:
        case Design::Retrospective:
        case Design::Observational: return DesignTier::NonRandomised;
        case Design::OpenLabel: return DesignTier::Uncontrolled;
        default: return DesignTier::NotCounted;
    }
}

Certainty start_of(DesignTier tier) {
    switch (tier) {
        case DesignTier::Randomised: return Certainty::High;
        case DesignTier::NonRandomised: return Certainty::Low;
        default: return Certainty::VeryLow;
    }
}

std::string start_reason_of(DesignTier tier) {
    switch (tier) {
        case DesignTier::Randomised: return "randomised trials, or reviews that pool them";
        case DesignTier::NonRandomised: return "non-randomised comparisons";
        case DesignTier::Uncontrolled: return "uncontrolled case series only";
        default: return "no trial or comparison counts towards this claim";
    }
}

Certainty clamp(int level) {
    return static_cast<Certainty>(std::clamp(level, static_cast<int>(Certainty::VeryLow),
                                             static_cast<int>(Certainty::High)));
}

// The larger of the automatic and the editor's concern for a domain becomes one step.
void add_step(Grade& g, Domain domain, Concern automatic, std::string automatic_reason, const Judgement& editor) {
    if (automatic == Concern::None && editor.level == Concern::None) return;
    bool by_rule = static_cast<int>(automatic) >= static_cast<int>(editor.level);
    Concern level = by_rule ? automatic : editor.level;
    g.steps.push_back({domain, -static_cast<int>(level), by_rule ? automatic_reason : editor.reason, by_rule});
}

}  // namespace

std::string_view to_string(Domain d) {
    switch (d) {
        case Domain::RiskOfBias: return "risk-of-bias";
        case Domain::Inconsistency: return "inconsistency";
        case Domain::Indirectness: return "indirectness";
        case Domain::Imprecision: return "imprecision";
        case Domain::PublicationBias: return "publication-bias";
        case Domain::LargeEffect: return "large-effect";
    }
    return "unknown";
}

bool counts_for_grading(const EvidenceLink& link, const Reference& ref) {
    return link.role != Role::Context && tier_of(ref.design) != DesignTier::NotCounted;
}

Grade grade(const Claim& claim, const Dataset& data) {
    Grade g;
    DesignTier best = DesignTier::NotCounted;
    bool supports = false, contradicts = false, route_matches = false, any_counted = false;
    int largest = 0;
    for (const auto& link : claim.evidence) {
        const Reference* ref = data.find_reference(link.ref);
        if (!ref || !counts_for_grading(link, *ref)) continue;
        any_counted = true;
        best = std::max(best, tier_of(ref->design));
        supports |= link.role == Role::Supports;
        contradicts |= link.role == Role::Contradicts;
        route_matches |= ref->route == data.route;
        largest = std::max(largest, ref->n_total.value_or(0));
    }
    g.start = start_of(best);
    g.start_reason = start_reason_of(best);

    if (any_counted) {
        add_step(g, Domain::RiskOfBias, Concern::None, "", claim.grading.risk_of_bias);
        add_step(g, Domain::Inconsistency, supports && contradicts ? Concern::Serious : Concern::None,
                 "some counted studies support the claim and others go against it", claim.grading.inconsistency);
        add_step(g, Domain::Indirectness, route_matches ? Concern::None : Concern::Serious,
                 "no counted study gave magnesium the way the clinic does (" + std::string(to_string(data.route)) +
                     ")",
                 claim.grading.indirectness);
        Concern imprecision = largest < kImprecisionVerySerious ? Concern::VerySerious
                              : largest < kImprecisionSerious   ? Concern::Serious
                                                                : Concern::None;
        std::string size_reason =
            largest == 0 ? "no counted study reports how many people took part"
                         : "the largest counted study or review had " + std::to_string(largest) +
                               " participants (fewer than " +
                               std::to_string(largest < kImprecisionVerySerious ? kImprecisionVerySerious
                                                                                : kImprecisionSerious) +
                               ")";
        add_step(g, Domain::Imprecision, imprecision, size_reason, claim.grading.imprecision);
        add_step(g, Domain::PublicationBias, Concern::None, "", claim.grading.publication_bias);
    }

    int level = static_cast<int>(g.start);
    for (const auto& step : g.steps) level += step.change;
    if (claim.grading.large_effect && g.start == Certainty::Low && g.steps.empty()) {
        g.steps.push_back({Domain::LargeEffect, +1, claim.grading.large_effect_reason, false});
        level += 1;
    }
    g.result = clamp(level);
    return g;
}

std::vector<std::string> grading_rule_text() {
    const std::string serious = std::to_string(kImprecisionSerious);
    const std::string very_serious = std::to_string(kImprecisionVerySerious);
    return {
        "Only studies that support or go against a claim count; background reading, guidelines and narrative "
        "reviews do not.",
        "Start from the strongest design among them: randomised trials, or reviews that pool them, start at "
        "high; non-randomised comparisons start at low; uncontrolled case series start at very low.",
        "Go down one level for each serious concern, two for a very serious one: risk of bias, inconsistency, "
        "indirectness, imprecision and publication bias.",
        "Inconsistency is serious whenever some counted studies support the claim and others go against it.",
        "Indirectness is serious whenever no counted study gave magnesium the way the clinic does (for example, "
        "only tablets behind a claim about infusions).",
        "Imprecision is serious when the largest counted study or review had fewer than " + serious +
            " participants, and very serious under " + very_serious + ".",
        "Editors may judge a domain more serious, with a written reason, but never less serious than these "
        "checks.",
        "Go up one level for a very large effect, only when the evidence started at low and nothing was marked "
        "down.",
        "The result is high, moderate, low or very low; it never goes below very low.",
    };
}

}  // namespace benefits
