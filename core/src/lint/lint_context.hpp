// What every rule family reads (the dataset, its grades, the fields to judge) and where findings go.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "benefits/grade.hpp"
#include "benefits/lint.hpp"
#include "benefits/model.hpp"

namespace benefits::lint_detail {

struct TextField {
    std::string path;  // e.g. claims[3].summary
    const std::string* text;
};

// Claim fields a rule may read, combined with |.
enum ClaimField : unsigned {
    kTitle = 1u << 0,
    kBriefIfAsserted = 1u << 1,  // the brief, only when the verdict is supported or partly-supported
    kBrief = 1u << 2,            // the brief, whatever the verdict
    kSummary = 1u << 3,
    kVerdictReason = 1u << 4,
    kPopulation = 1u << 5,
    kTimeframe = 1u << 6,
    kOutcome = 1u << 7,
    kCautions = 1u << 8,
};

// The text a clinic asserts as fact on a claim's card (see docs/linter.md).
inline constexpr unsigned kAssertedText =
    kBriefIfAsserted | kSummary | kVerdictReason | kPopulation | kTimeframe | kOutcome | kCautions;

// A clinic publishing the claim as (partly) supported takes the brief's wording as its own.
bool brief_is_asserted(const Claim& claim);

std::string claim_path(std::size_t index);  // "claims[3]"

std::vector<TextField> claim_fields(const Claim& claim, std::size_t index, unsigned fields);

struct LintContext {
    const Dataset& data;
    std::vector<Grade> grades;  // one per claim
    std::vector<LintFinding>& out;

    // Severity and fix come from the rule table unless given.
    void report(std::string_view rule, std::string path, std::string message, std::string fix = {}) const;
    void report(std::string_view rule, Severity severity, std::string path, std::string message,
                std::string fix = {}) const;
};

// "reduces" with its quotes, for messages.
std::string quoted(std::string_view text);
// "a", "b", "c": each distinct item once, in order; long lists end with "and N more". several tells whether
// more than one distinct item was listed, for the verb that follows.
std::string quoted_list(const std::vector<std::string>& items, bool* several = nullptr);

// One function per family of rules.
void check_wording(const LintContext& cx);    // L1, L4, L11, L12
void check_efficacy(const LintContext& cx);   // L2, L3
void check_route(const LintContext& cx);      // L5
void check_harms(const LintContext& cx);      // L6
void check_effects(const LintContext& cx);    // L7, L9
void check_context(const LintContext& cx);    // L8
void check_citations(const LintContext& cx);  // L10
void check_figures(const LintContext& cx);    // L13
void check_disguises(const LintContext& cx);  // L14

}  // namespace benefits::lint_detail
