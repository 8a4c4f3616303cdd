// The certainty rule: GRADE-style, written down once and applied the same way to every claim.
#pragma once

#include <string>
#include <vector>

#include "benefits/model.hpp"

namespace benefits {

enum class Domain { RiskOfBias, Inconsistency, Indirectness, Imprecision, PublicationBias, LargeEffect };
std::string_view to_string(Domain);

struct GradeStep {
    Domain domain;
    int change;        // -2, -1 or +1 levels
    std::string reason;
    bool automatic;    // set by the rule from the data, not by the editor's judgement
};

struct Grade {
    Certainty start = Certainty::VeryLow;
    std::string start_reason;
    std::vector<GradeStep> steps;
    Certainty result = Certainty::VeryLow;
};

// Thresholds of the automatic imprecision check (participants in the largest counted source).
inline constexpr int kImprecisionSerious = 400;
inline constexpr int kImprecisionVerySerious = 100;

// Evidence that counts towards grading: links that support or contradict, to sources of a primary or
// pooled design (not guidelines or narrative reviews).
bool counts_for_grading(const EvidenceLink&, const Reference&);

Grade grade(const Claim&, const Dataset&);

// The rule in words, one step a line, as the page shows it.
std::vector<std::string> grading_rule_text();

}  // namespace benefits
