// L15: the editor's grading judgements that differ from the certainty rule's automatic checks, and every
// upgrade for a large effect, listed for a second reviewer, so that a clinic cannot quietly grade its own
// claims up (or down).
#include <algorithm>
#include <optional>
#include <vector>

#include "benefits/grade.hpp"
#include "lint_context.hpp"

namespace benefits::lint_detail {
namespace {

// The grading field a domain is judged in, as the JSON names it.
std::string_view grading_key(Domain d) {
    switch (d) {
        case Domain::RiskOfBias: return "risk_of_bias";
        case Domain::Inconsistency: return "inconsistency";
        case Domain::Indirectness: return "indirectness";
        case Domain::Imprecision: return "imprecision";
        case Domain::PublicationBias: return "publication_bias";
        case Domain::LargeEffect: return "large_effect";
    }
    return "";
}

std::optional<Judgement>* judgement_of(Grading& g, Domain d) {
    switch (d) {
        case Domain::RiskOfBias: return &g.risk_of_bias;
        case Domain::Inconsistency: return &g.inconsistency;
        case Domain::Indirectness: return &g.indirectness;
        case Domain::Imprecision: return &g.imprecision;
        case Domain::PublicationBias: return &g.publication_bias;
        case Domain::LargeEffect: return nullptr;
    }
    return nullptr;
}

Concern level_of_change(int change) {
    return change <= -2 ? Concern::VerySerious : change == -1 ? Concern::Serious : Concern::None;
}

// What the rule alone gives for a domain: the row graded again without the editor's judgement of it.
Concern rule_level(const OutcomeRow& row, Domain domain, const RowResult& result, const Dataset& data) {
    OutcomeRow without = row;
    if (auto* judgement = judgement_of(without.grading, domain)) judgement->reset();
    const std::optional<Grade> g = grade(without, result.evidence, data);
    if (!g) return Concern::None;
    for (const auto& step : g->steps)
        if (step.domain == domain) return level_of_change(step.change);
    return Concern::None;
}

std::string quoted_reason(const LintContext& cx, const std::string& reason) {
    return reason.empty() ? std::string(cx.say().no_reason) : cx.quoted(reason);
}

void check_row(const LintContext& cx, std::size_t i, std::size_t j) {
    const OutcomeRow& row = cx.data.claims[i].outcomes[j];
    const RowResult* result = cx.row_result(i, j);
    if (!result || !result->grade) return;
    const Grade& g = *result->grade;
    const std::string at = row_path(i, j) + ".grading.";

    std::vector<Domain> judged;  // domains whose judgement differs from the rule, each once, in order
    auto add = [&](Domain d) {
        if (d != Domain::LargeEffect && std::find(judged.begin(), judged.end(), d) == judged.end()) judged.push_back(d);
    };
    for (const auto& step : g.steps)
        if (step.differs_from_rule) add(step.domain);
    for (const auto& step : g.lifted) add(step.domain);

    for (Domain d : judged) {
        Grading copy = row.grading;
        const std::optional<Judgement>* judgement = judgement_of(copy, d);
        if (!judgement || !*judgement) continue;  // no editor's judgement: nothing to review
        const Concern editor = (*judgement)->level;
        const Concern rule = rule_level(row, d, *result, cx.data);
        if (editor == rule) continue;
        const bool raises = static_cast<int>(editor) < static_cast<int>(rule);
        cx.report("L15", at + std::string(grading_key(d)),
                  cx.fill(raises ? cx.say().judged_higher : cx.say().judged_lower,
                          {{"domain", to_string(d)},
                           {"editor", to_string(editor)},
                           {"rule", to_string(rule)},
                           {"reason", quoted_reason(cx, (*judgement)->reason)}}));
    }
    for (const auto& step : g.steps) {
        if (step.domain != Domain::LargeEffect || step.change <= 0) continue;
        cx.report("L15", at + "large_effect",
                  cx.fill(cx.say().large_effect, step.change != 1,
                          {{"n", std::to_string(step.change)},
                           {"reason", quoted_reason(cx, row.grading.large_effect_reason.empty()
                                                            ? step.reason
                                                            : row.grading.large_effect_reason)}}));
    }
}

}  // namespace

void check_judgements(const LintContext& cx) {
    for (std::size_t i = 0; i < cx.data.claims.size(); ++i)
        for (std::size_t j = 0; j < cx.data.claims[i].outcomes.size(); ++j) check_row(cx, i, j);
}

}  // namespace benefits::lint_detail
