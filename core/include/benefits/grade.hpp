// The certainty rule: GRADE-style, written down once and applied the same way to every outcome row.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "benefits/counted_evidence.hpp"
#include "benefits/model.hpp"
#include "benefits/text.hpp"

namespace benefits {

enum class Domain { RiskOfBias, Inconsistency, Indirectness, Imprecision, PublicationBias, LargeEffect };
std::string_view to_string(Domain);

struct GradeStep {
    Domain domain;
    int change;          // -2, -1 or +1 levels
    std::string reason;
    bool automatic;      // set by the rule from the data, not by the editor's judgement
    bool differs_from_rule = false;  // the editor's level is not what the automatic check gives (up or down)
};

struct Grade {
    Certainty start = Certainty::VeryLow;
    std::string start_reason;
    std::vector<GradeStep> steps;
    // Domains the editor judged differently from the rule with no resulting step (e.g. set inconsistency to
    // none where the rule finds it serious): kept so that the page and the linter can show every judgement.
    // Each has the change the rule would have made, the editor's reason, automatic false, differs_from_rule true.
    std::vector<GradeStep> lifted;
    Certainty result = Certainty::VeryLow;
};

// Optimal information size for the automatic imprecision check (participants in the row's body).
inline constexpr int kImprecisionSerious = 400;
inline constexpr int kImprecisionVerySerious = 100;

// nullopt when the row has no body of evidence: no studies, or only uncontrolled observations. Such a row has
// no certainty.
std::optional<Grade> grade(const OutcomeRow&, const CountedEvidence& row_evidence, const Dataset&);

// The rule in words, one step a line, as the page shows it, in the language asked. The reasons grade() writes
// are in the dataset's language (Dataset::language: the translation's once one is applied).
std::vector<std::string> grading_rule_text(Lang lang = Lang::En);

}  // namespace benefits
